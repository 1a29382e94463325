import { consecutiveReds } from '@/domain/signals';
import type { Assessment } from '@/domain/types';
import { cellKey } from '@/domain/board';
import { db } from './database';

/**
 * Streak of red reviews per current light. History is append-only, so the
 * streak ending at a given newest record never changes: cache it by that
 * record's id. The first board load reads the history of red cells only;
 * after that a change reads just the cell that changed.
 */
const streakCache = new Map<string, number>();

/** Consecutive red reviews per cell ({@link cellKey}) for the given red current lights. */
export async function redStreaksFor(
  redLights: readonly Assessment[],
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  const missing: Assessment[] = [];
  for (const light of redLights) {
    const cached = streakCache.get(light.id);
    if (cached === undefined) missing.push(light);
    else result.set(cellKey(light.youthId, light.conditionId), cached);
  }
  if (missing.length > 0) {
    const table = db().assessments;
    await db().transaction('r', table, () =>
      Promise.all(
        missing.map(async (light) => {
          const history = await table
            .where('[youthId+conditionId+assessedAt]')
            .between(
              [light.youthId, light.conditionId, ''],
              [light.youthId, light.conditionId, '\uffff'],
            )
            .toArray();
          const streak = consecutiveReds(history);
          streakCache.set(light.id, streak);
          result.set(cellKey(light.youthId, light.conditionId), streak);
        }),
      ),
    );
  }
  return result;
}
