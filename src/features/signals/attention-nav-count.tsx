import { toIsoDate } from '@/domain/dates';
import { t } from '@/i18n/dictionary';
import { useSignalCount } from './use-signals';

/** The number of active signals, next to "Aandacht" in the navigation. */
export function AttentionNavCount() {
  const count = useSignalCount(toIsoDate(new Date()));
  if (!count) return null;
  return (
    <>
      <span className="nav-count" aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden">{` (${t.signals.navCount(count)})`}</span>
    </>
  );
}
