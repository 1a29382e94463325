import { useMemo } from 'react';
import { topSeverity, type Signal } from '@/domain/signals';
import type { Condition } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { formatDate } from '@/ui/format';

export type SignalExplainer = (signal: Signal) => string;

/** Dutch one-liners for signals, with this board's condition names. */
export function useSignalExplainer(conditions: readonly Condition[]): SignalExplainer {
  return useMemo(() => {
    const names = new Map(conditions.map((condition) => [condition.id as string, condition.name]));
    const context = {
      conditionName: (id: string) => names.get(id) ?? '?',
      date: (iso: string) => formatDate(iso.slice(0, 10)),
    };
    return (signal: Signal) => t.signals.explain(signal, context);
  }, [conditions]);
}

/**
 * Icon and count beside the initials; the explanations show on hover and when
 * the row's link has focus (CSS), and the link is described by them, so screen
 * readers hear them too. Nothing here is focusable: the grid keeps one tab stop.
 */
export function SignalMarker({
  id,
  signals,
  explain,
}: {
  id: string;
  signals: readonly Signal[];
  explain: SignalExplainer;
}) {
  const severity = topSeverity(signals) ?? 'low';
  return (
    <>
      <span className={`signal-marker signal-marker-${severity}`} aria-hidden="true">
        <span className="signal-marker-icon">⚠</span>
        {signals.length}
      </span>
      <div className="signal-popover" id={id}>
        <span className="visually-hidden">{`${t.signals.marker(signals.length)}: `}</span>
        <ul>
          {signals.map((signal, index) => (
            <li key={`${signal.kind}-${index}`}>
              <strong>{t.signals.kind[signal.kind]}</strong>
              {`: ${explain(signal)}. `}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
