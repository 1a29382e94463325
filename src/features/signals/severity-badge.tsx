import type { Severity } from '@/domain/signals';
import { t } from '@/i18n/dictionary';

// Shape and word carry the meaning; colour only repeats it.
const ICON: Record<Severity, string> = { high: '▲', medium: '◆', low: '●' };

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`severity severity-${severity}`}>
      <span aria-hidden="true">{ICON[severity]} </span>
      {t.signals.severity[severity]}
    </span>
  );
}
