import { Dexie, liveQuery } from 'dexie';
import { indexCurrentLights, type CurrentLightIndex } from '@/domain/board';
import type { Assessment } from '@/domain/types';
import { db } from './database';
import { shareLive, sharedFor, type SharedObservable } from './shared-observable';

/**
 * The board's current lights, read in buckets of young-person-id ranges, each
 * its own live query. Setting one light commits an explicit transaction, after
 * which Dexie re-reads every live query that overlaps it: with one query over
 * the whole table that meant reading, cloning and rebuilding every light on the
 * board for each key press (½ s at 1,000 young people). With buckets it re-reads
 * one bucket and the other buckets keep their arrays, so the board can rebuild
 * only the rows in that bucket.
 *
 * Ids are random hex UUIDs, so ranges of the first two hex digits split them
 * evenly; any other id still lands in exactly one bucket, only less evenly.
 */
export const LIGHT_BUCKET_COUNT = 64; // a power of two up to 256: bounds are two hex digits

const BOUNDS: readonly string[] = Array.from({ length: LIGHT_BUCKET_COUNT - 1 }, (_, index) =>
  (((index + 1) * 256) / LIGHT_BUCKET_COUNT).toString(16).padStart(2, '0'),
);

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  return -1;
}

/** The bucket from two leading lowercase hex digits, or -1: the board asks this 40,000 times. */
function hexBucket(key: string): number {
  const high = hexDigit(key.charCodeAt(0));
  const low = hexDigit(key.charCodeAt(1));
  if (high < 0 || low < 0) return -1;
  return (((high << 4) | low) * LIGHT_BUCKET_COUNT) >> 8;
}

/** The bucket holding this young person's lights. */
export function lightBucketOf(youthId: string): number {
  const fast = hexBucket(youthId);
  if (fast >= 0) return fast;
  let low = 0;
  let high = BOUNDS.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (youthId >= (BOUNDS[mid] as string)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The bucket of a cell key (`${youthId}|${conditionId}`, domain `cellKey`). */
export function lightBucketOfCell(cellKey: string): number {
  // '|' is no hex digit, so two leading hex digits are the young person's.
  const fast = hexBucket(cellKey);
  return fast >= 0 ? fast : lightBucketOf(cellKey.slice(0, cellKey.indexOf('|')));
}

function readBucket(bucket: number): Promise<Assessment[]> {
  // Primary-key ranges ([youthId] sorts before [youthId, conditionId]): no index lookups.
  const lower = bucket === 0 ? Dexie.minKey : [BOUNDS[bucket - 1]];
  const upper = bucket === LIGHT_BUCKET_COUNT - 1 ? Dexie.maxKey : [BOUNDS[bucket]];
  return db().currentLights.where(':id').between(lower, upper, true, false).toArray();
}

export type LightBuckets = readonly (readonly Assessment[])[];

/**
 * Emits every bucket once all have loaded, then again whenever one changes; a
 * bucket that did not change keeps its array, so callers can memoise on it.
 * One set of live queries serves every reader (board, signals, navigation).
 */
export function observeCurrentLightBuckets(): SharedObservable<LightBuckets> {
  return sharedFor('currentLightBuckets', () =>
    shareLive<LightBuckets>((emit, fail) => {
      const values: (readonly Assessment[] | undefined)[] = new Array(LIGHT_BUCKET_COUNT).fill(
        undefined,
      );
      let missing = LIGHT_BUCKET_COUNT;
      const subscriptions = values.map((_, bucket) =>
        liveQuery(() => readBucket(bucket)).subscribe({
          next: (lights) => {
            if (values[bucket] === undefined) missing -= 1;
            values[bucket] = lights;
            if (missing === 0) emit(values.slice() as LightBuckets);
          },
          error: fail,
        }),
      );
      return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
    }),
  );
}

// Keyed by a bucket's array, which stays the same object while its lights do not change.
const indexByBucket = new WeakMap<readonly Assessment[], CurrentLightIndex>();

/** A bucket's lights by cell key, built once per version of the bucket. */
export function indexBucket(lights: readonly Assessment[]): CurrentLightIndex {
  let index = indexByBucket.get(lights);
  if (!index) {
    index = indexCurrentLights(lights);
    indexByBucket.set(lights, index);
  }
  return index;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Items split by the bucket of their young person, in their order. Empty
 * buckets share one frozen array, so "still nothing here" compares equal.
 */
export function groupByLightBucket<T>(
  items: readonly T[],
  youthIdOf: (item: T) => string,
): (readonly T[])[] {
  const groups: (readonly T[])[] = new Array<readonly T[]>(LIGHT_BUCKET_COUNT).fill(NONE);
  for (const item of items) {
    const bucket = lightBucketOf(youthIdOf(item));
    const group = groups[bucket];
    if (group === NONE || group === undefined) groups[bucket] = [item];
    else (group as T[]).push(item);
  }
  return groups;
}
