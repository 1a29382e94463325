import { useObservable } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import type { YouthId } from '@/domain/ids';
import type { Signal } from '@/domain/signals';
import { observeSignals } from '@/db/signal-queries';

const NO_SIGNALS: ReadonlyMap<YouthId, readonly Signal[]> = new Map();

/**
 * Signals per row, shared with the navigation's count and computed per bucket
 * of young people (see `observeSignals`). Until they are known the board shows
 * no markers, so signals never delay the first paint of the lights. Deferred,
 * like the board's rows: a light change repaints its cell first.
 */
export function useBoardSignals(today: string): ReadonlyMap<YouthId, readonly Signal[]> {
  const live = useObservable(() => observeSignals(today), [today]);
  return useDeferredValue(live?.byYouth ?? NO_SIGNALS);
}
