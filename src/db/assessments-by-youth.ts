import { db } from './database';

/** Ids and ISO timestamps are plain ASCII: every value of the index's other parts sorts between these. */
const LOWEST = '';
const HIGHEST = '\uffff';

/**
 * The assessments of these young people, through the compound index
 * `[youthId+conditionId+assessedAt]`: since schema 4 there is no plain
 * `youthId` index on assessments, so every light written costs one index less.
 */
export function assessmentsOfYouths(ids: readonly string[]) {
  return db()
    .assessments.where('[youthId+conditionId+assessedAt]')
    .inAnyRange(
      ids.map((id) => [
        [id, LOWEST, LOWEST],
        [id, HIGHEST, HIGHEST],
      ]),
      { includeLowers: true, includeUppers: true },
    );
}
