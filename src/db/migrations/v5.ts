import type { Table, Transaction } from 'dexie';

// FROZEN: the v4 → v5 upgrade exactly as it shipped. Everything it computes is
// copied here instead of imported from `src/domain`, so a later change to the
// live rules cannot change what this upgrade writes for someone still on v4.
// Never edit this file; a new rule gets a new schema version with its own copy.

/** An assessment as stored at v4 (only the fields this upgrade reads). */
type StoredAssessment = {
  id: string;
  youthId: string;
  conditionId: string;
  colour: string;
  assessedAt: string;
  createdAt: string;
  undoes?: string;
};
/** A current light as stored at v4; v5 adds `redSince` to red ones. */
type StoredLight = StoredAssessment & { redStreak?: number; redSince?: string };

/** Lights read per step, so memory holds a batch, not the table. */
const BATCH = 500;

function compareNewestFirst(a: StoredAssessment, b: StoredAssessment): number {
  if (a.assessedAt !== b.assessedAt) return a.assessedAt < b.assessedAt ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

/**
 * When the red reviews in a row that end one cell's history (any order)
 * began; undefined when the newest review is not red. An undo and the record
 * it undid are not reviews.
 */
export function redSinceV5(history: readonly StoredAssessment[]): string | undefined {
  const undone = new Set<string>();
  for (const assessment of history) if (assessment.undoes) undone.add(assessment.undoes);
  const reviews = history
    .filter((assessment) => !assessment.undoes && !undone.has(assessment.id))
    .sort((a, b) => -compareNewestFirst(a, b));
  let since: string | undefined;
  for (let i = reviews.length - 1; i >= 0; i--) {
    if (reviews[i]!.colour !== 'red') break;
    since = reviews[i]!.assessedAt;
  }
  return since;
}

/**
 * v4 → v5: every red current light gets `redSince`, when its red run began,
 * from its cell's history (or the light alone when the history is gone); the
 * others are left as they are. Lights are walked in primary-key batches and
 * only red cells' histories are read, through the
 * `[youthId+conditionId+assessedAt]` index, so no table is loaded whole.
 */
export async function migrateV4ToV5(transaction: Transaction): Promise<void> {
  const lights: Table<StoredLight, [string, string]> = transaction.table('currentLights');
  const assessments: Table<StoredAssessment, string> = transaction.table('assessments');
  let after: [string, string] | undefined;
  for (;;) {
    const batch = await (after ? lights.where(':id').above(after) : lights.orderBy(':id'))
      .limit(BATCH)
      .toArray();
    if (batch.length === 0) return;
    const reds = batch.filter((light) => light.colour === 'red');
    const histories = await Promise.all(
      reds.map((light) =>
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
      reds.flatMap((light, index) => {
        const history = histories[index]!;
        const since = redSinceV5(history.length ? history : [light]);
        return since === undefined ? [] : [{ ...light, redSince: since }];
      }),
    );
    if (batch.length < BATCH) return;
    const last = batch[batch.length - 1]!;
    after = [last.youthId, last.conditionId];
  }
}
