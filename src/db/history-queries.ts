import type { Assessment, Youth } from '@/domain/types';
import { db } from './database';

/** Every young person, placed and left: a report at a past date needs both. */
export function listAllYouths(): Promise<Youth[]> {
  return db().youths.toArray();
}

const DAY_MS = 86_400_000;

/**
 * Every assessment made before `endMs` (epoch milliseconds), read through the
 * `assessedAt` index so later history is never loaded. The bound is widened by
 * a day because timestamps written with an offset instead of "Z" sort
 * differently as strings; the domain filters on the exact instant.
 */
export function listAssessmentsBefore(endMs: number): Promise<Assessment[]> {
  return db()
    .assessments.where('assessedAt')
    .below(new Date(endMs + DAY_MS).toISOString())
    .toArray();
}
