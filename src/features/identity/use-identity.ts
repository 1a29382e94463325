import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/db/settings-repository';

/** The settings that say who works here; undefined while loading. */
export function useIdentity() {
  return useLiveQuery(getSettings, []);
}
