import { liveQuery } from 'dexie';
import type { Condition, Youth } from '@/domain/types';
import { listConditions } from './condition-repository';
import { shareLive, sharedFor, type SharedObservable } from './shared-observable';
import { listPlacedYouths } from './youth-repository';

function shared<T>(name: string, query: () => Promise<T>): SharedObservable<T> {
  return sharedFor(name, () =>
    shareLive<T>((emit, fail) => {
      const subscription = liveQuery(query).subscribe({ next: emit, error: fail });
      return () => subscription.unsubscribe();
    }),
  );
}

/**
 * The placed young people, read once for everyone who shows them: the board,
 * the signals and the navigation count. The start reads them while React
 * renders, so the board finds them there instead of reading them again.
 */
export function observePlacedYouths(): SharedObservable<Youth[]> {
  return shared('placedYouths', listPlacedYouths);
}

/** Every condition (retired too), in board order, read once for everyone. */
export function observeConditions(): SharedObservable<Condition[]> {
  return shared('conditions', listConditions);
}
