import { toIsoDate } from '@/domain/dates';
import { t } from '@/i18n/dictionary';
import { useSignals } from './use-signals';

/** The number of active signals, next to "Aandacht" in the navigation. */
export function AttentionNavCount() {
  const today = toIsoDate(new Date());
  const data = useSignals(today);
  if (data.loading) return null;
  let count = 0;
  for (const list of data.byYouth.values()) count += list.length;
  if (count === 0) return null;
  return (
    <>
      <span className="nav-count" aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden">{` (${t.signals.navCount(count)})`}</span>
    </>
  );
}
