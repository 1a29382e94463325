import { useLiveQuery } from 'dexie-react-hooks';
import { historyForYouth, listCurrentLightsForYouth } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import { getYouth, listLeftYouths, listPlacedYouths } from '@/db/youth-repository';
import type { YouthId } from '@/domain/ids';
import type { Youth } from '@/domain/types';

/** `undefined` while loading, `null` when there is no such young person. */
export function useYouth(id: string): Youth | null | undefined {
  return useLiveQuery(async () => (await getYouth(id as YouthId)) ?? null, [id]);
}

export function useConditions() {
  return useLiveQuery(() => listConditions(), []);
}

export function useHistory(id: YouthId) {
  return useLiveQuery(() => historyForYouth(id), [id]);
}

export function useCurrentLights(id: YouthId) {
  return useLiveQuery(() => listCurrentLightsForYouth(id), [id]);
}

export function useLeftYouths() {
  return useLiveQuery(() => listLeftYouths(), []);
}

export type Suggestions = { municipality: string[]; location: string[]; coordinator: string[] };

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))].sort(
    collator.compare,
  );
}

/** Values already in use, offered in the form so the same place is spelled the same way. */
export function useSuggestions(): Suggestions {
  const youths = useLiveQuery(async () => {
    const [placed, left] = await Promise.all([listPlacedYouths(), listLeftYouths()]);
    return [...placed, ...left];
  }, []);
  const all = youths ?? [];
  return {
    municipality: distinct(all.map((youth) => youth.municipality)),
    location: distinct(all.map((youth) => youth.location)),
    coordinator: distinct(all.map((youth) => youth.coordinator)),
  };
}
