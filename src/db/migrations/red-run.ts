import type { Table, Transaction } from 'dexie';

// FROZEN: what the v3 and v5 upgrades compute, copied from the domain as it was
// when they shipped (`redRun` in domain/signals.ts), so a later change to the
// live rule cannot change what an old database becomes. Never edit this file:
// a new rule gets a new schema version with its own copy.

/** An assessment as stored up to v5 (only the fields the upgrades read). */
export type StoredAssessment = {
  id: string;
  youthId: string;
  conditionId: string;
  colour: string;
  assessedAt: string;
  createdAt: string;
  undoes?: string;
};
/** A current light: its cell's newest assessment; v3 adds `redStreak`, v5 `redSince`. */
export type StoredLight = StoredAssessment & { redStreak?: number; redSince?: string };

/** Lights read per step, so memory holds a batch, not the table. */
const BATCH = 500;

/**
 * The red reviews in a row that end one cell's history (any order), and when
 * the first of them was made. An undo and the record it undid are not reviews.
 */
export function redRun(history: readonly StoredAssessment[]): { reviews: number; since?: string } {
  const undone = new Set<string>();
  for (const assessment of history) if (assessment.undoes) undone.add(assessment.undoes);
  const newestFirst = history
    .filter((assessment) => !assessment.undoes && !undone.has(assessment.id))
    .sort((a, b) =>
      (
        a.assessedAt !== b.assessedAt
          ? a.assessedAt < b.assessedAt
          : a.createdAt !== b.createdAt
            ? a.createdAt < b.createdAt
            : a.id < b.id
      )
        ? 1
        : -1,
    );
  let reviews = 0;
  let since: string | undefined;
  for (const review of newestFirst) {
    if (review.colour !== 'red') break;
    reviews += 1;
    since = review.assessedAt;
  }
  return since === undefined ? { reviews } : { reviews, since };
}

/**
 * Walks the current lights in primary-key batches, hands each batch with its
 * cells' histories (read through `[youthId+conditionId+assessedAt]`; the light
 * alone when the history is gone) to `update`, and stores what it returns. No
 * table is loaded whole. `wanted` picks the lights whose history is read.
 */
export async function updateLightsInBatches(
  transaction: Transaction,
  wanted: (light: StoredLight) => boolean,
  update: (light: StoredLight, history: StoredAssessment[]) => StoredLight | undefined,
): Promise<void> {
  const lights: Table<StoredLight, [string, string]> = transaction.table('currentLights');
  const assessments: Table<StoredAssessment, string> = transaction.table('assessments');
  let after: [string, string] | undefined;
  for (;;) {
    const batch = await (after ? lights.where(':id').above(after) : lights.orderBy(':id'))
      .limit(BATCH)
      .toArray();
    const chosen = batch.filter(wanted);
    const histories = await Promise.all(
      chosen.map(({ youthId, conditionId }) =>
        assessments
          .where('[youthId+conditionId+assessedAt]')
          .between([youthId, conditionId, ''], [youthId, conditionId, '\uffff'])
          .toArray(),
      ),
    );
    await lights.bulkPut(
      chosen.flatMap((light, index) => {
        const history = histories[index]!;
        return update(light, history.length ? history : [light]) ?? [];
      }),
    );
    if (batch.length < BATCH) return;
    const last = batch[batch.length - 1]!;
    after = [last.youthId, last.conditionId];
  }
}
