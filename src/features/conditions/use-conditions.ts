import { useLiveQuery } from 'dexie-react-hooks';
import { listConditions } from '@/db/condition-repository';
import type { Condition } from '@/domain/types';

/** All conditions, active and retired, by order; undefined while loading. */
export function useConditions(): Condition[] | undefined {
  return useLiveQuery(() => listConditions(), []);
}
