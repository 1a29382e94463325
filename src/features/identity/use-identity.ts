import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/db/settings-repository';

/**
 * The settings that say who works here; undefined while loading, and when the
 * database cannot be read (closed because another tab upgraded it): the app
 * then says so in its banner, and who is working is not the question.
 */
export function useIdentity() {
  return useLiveQuery(async () => {
    try {
      return await getSettings();
    } catch (error) {
      console.warn(error);
      return undefined;
    }
  }, []);
}
