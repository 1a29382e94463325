import type { Table, Transaction } from 'dexie';

// FROZEN: the v2 → v3 upgrade exactly as it shipped. Everything it computes is
// copied here instead of imported from `src/domain`, so a later change to the
// live rules cannot change what this upgrade writes for someone still on v2.
// Never edit this file; a new rule gets a new schema version with its own copy.

/** An assessment as stored at v2 (only the fields this upgrade reads). */
type StoredAssessment = {
  id: string;
  youthId: string;
  conditionId: string;
  colour: string;
  assessedAt: string;
  createdAt: string;
  undoes?: string;
};
/** A current light as stored at v2: the cell's newest assessment; v3 adds `redStreak`. */
type StoredLight = StoredAssessment & { redStreak?: number };

/** Lights read and written per step, so memory holds a batch, not the table. */
const BATCH = 500;

function compareNewestFirst(a: StoredAssessment, b: StoredAssessment): number {
  if (a.assessedAt !== b.assessedAt) return a.assessedAt < b.assessedAt ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

/**
 * The red reviews in a row, ending at the newest, of one cell's history (any
 * order). An undo and the record it undid are not reviews.
 */
export function consecutiveRedsV3(history: readonly StoredAssessment[]): number {
  const undone = new Set<string>();
  for (const assessment of history) if (assessment.undoes) undone.add(assessment.undoes);
  const reviews = history
    .filter((assessment) => !assessment.undoes && !undone.has(assessment.id))
    .sort((a, b) => -compareNewestFirst(a, b));
  let count = 0;
  for (let i = reviews.length - 1; i >= 0; i--) {
    if (reviews[i]!.colour !== 'red') break;
    count += 1;
  }
  return count;
}

/**
 * v2 → v3: every current light gets `redStreak`, counted from its cell's
 * history (or from the light alone when the history is gone). Lights are
 * walked in primary-key batches and each cell's history is read through the
 * `[youthId+conditionId+assessedAt]` index, so no table is loaded whole.
 */
export async function migrateV2ToV3(transaction: Transaction): Promise<void> {
  const lights: Table<StoredLight, [string, string]> = transaction.table('currentLights');
  const assessments: Table<StoredAssessment, string> = transaction.table('assessments');
  let after: [string, string] | undefined;
  for (;;) {
    const batch = await (after ? lights.where(':id').above(after) : lights.orderBy(':id'))
      .limit(BATCH)
      .toArray();
    if (batch.length === 0) return;
    const histories = await Promise.all(
      batch.map((light) =>
        assessments
          .where('[youthId+conditionId+assessedAt]')
          .between(
            [light.youthId, light.conditionId, ''],
            [light.youthId, light.conditionId, '\uffff'],
          )
          .toArray(),
      ),
    );
    await lights.bulkPut(
      batch.map((light, index) => {
        const history = histories[index]!;
        return { ...light, redStreak: consecutiveRedsV3(history.length ? history : [light]) };
      }),
    );
    if (batch.length < BATCH) return;
    const last = batch[batch.length - 1]!;
    after = [last.youthId, last.conditionId];
  }
}
