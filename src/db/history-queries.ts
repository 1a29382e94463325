import type { Assessment, Youth } from '@/domain/types';
import { historyOfYouths } from './assessments-by-youth';
import { db } from './database';

/** Every young person, placed and left: a report at a past date needs both. */
export function listAllYouths(): Promise<Youth[]> {
  return db().youths.toArray();
}

const DAY_MS = 86_400_000;

/** The widened upper bound for `assessedAt` strings; see {@link listAssessmentsBefore}. */
function boundBefore(endMs: number): string {
  return new Date(endMs + DAY_MS).toISOString();
}

/**
 * Every assessment made before `endMs` (epoch milliseconds). The bound is
 * widened by a day because timestamps written with an offset instead of "Z"
 * sort differently as strings; the domain filters on the exact instant.
 *
 * Reads the whole table and filters here: a report's month includes nearly all
 * history anyway, reading by primary key costs IndexedDB no more than reading
 * through the `assessedAt` index, and a live query over a whole table tracks
 * one range instead of every key it returned (through the index, Dexie's
 * bookkeeping of 70,000 returned keys took a third of a second here).
 */
export function listAssessmentsBefore(endMs: number): Promise<Assessment[]> {
  const bound = boundBefore(endMs);
  return db()
    .assessments.toArray()
    .then((all) => all.filter((assessment) => assessment.assessedAt < bound));
}

/**
 * Reading per young person costs IndexedDB a request each, so reading nearly
 * everyone that way is slower than one read of everything (measured with
 * `npm run bench`, see docs/performance.md). Above this share of everyone, read it all.
 */
const READ_ALL_ABOVE = 3 / 4;

/**
 * The assessments of these young people made before `endMs` (see
 * {@link listAssessmentsBefore}): a municipality's report reads its own young
 * people's history, not the whole provider's — unless they are most of it.
 */
export async function listAssessmentsOfYouthsBefore(
  youthIds: readonly string[],
  endMs: number,
): Promise<Assessment[]> {
  if (youthIds.length === 0) return [];
  const bound = boundBefore(endMs);
  const everyone = await db().youths.count();
  if (youthIds.length > everyone * READ_ALL_ABOVE) {
    const wanted = new Set(youthIds);
    const all = await db().assessments.toArray();
    return all.filter(
      (assessment) => wanted.has(assessment.youthId) && assessment.assessedAt < bound,
    );
  }
  const history = await historyOfYouths(youthIds);
  return history.filter((assessment) => assessment.assessedAt < bound);
}
