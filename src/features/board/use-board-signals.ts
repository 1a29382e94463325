import { useObservable } from 'dexie-react-hooks';
import type { YouthId } from '@/domain/ids';
import type { Signal } from '@/domain/signals';
import { observeSignals } from '@/db/signal-queries';

const NO_SIGNALS: ReadonlyMap<YouthId, readonly Signal[]> = new Map();

/**
 * Signals per row, shared with the navigation's count and computed per bucket
 * of young people (see `observeSignals`). Until they are known the board shows
 * no markers, so signals never delay the first paint of the lights.
 */
export function useBoardSignals(today: string): ReadonlyMap<YouthId, readonly Signal[]> {
  const live = useObservable(() => observeSignals(today), [today]);
  return live?.byYouth ?? NO_SIGNALS;
}
