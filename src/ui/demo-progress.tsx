import { demoProgressPercent, type DemoProgress } from '@/domain/demo/progress';
import { tdp } from '@/i18n/demo';

/**
 * The demo board filling: the stage in a polite status (said once per stage,
 * not per percent), the bar beside it. It takes no focus: the page stays
 * usable meanwhile.
 */
export function DemoProgressView({ progress }: { progress: DemoProgress | undefined }) {
  const percent = progress ? demoProgressPercent(progress) : 0;
  return (
    <div className="demo-progress">
      <p role="status">{progress?.stage === 'writing' ? tdp.writing : tdp.generating}</p>
      <progress aria-label={tdp.label} max={100} value={percent} />{' '}
      <span aria-hidden="true">{tdp.percent(percent)}</span>
      <p className="muted">{tdp.keepWorking}</p>
    </div>
  );
}
