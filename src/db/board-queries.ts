/**
 * The board's current lights, live, in buckets of young-person ids: the one
 * clever live query of the data layer. Everything else reads with plain
 * `liveQuery`/`useLiveQuery`; this one exists because the bench showed that
 * one live query over the whole table read, cloned and rebuilt every light on
 * the board at each key press, far too slow on a large board.
 *
 * Invariants (each has a test in `board-queries.test.ts`):
 *
 * 1. 64 buckets by the first two hex digits of the young person's id
 *    (`lightBucketOf`). Every id lands in exactly one bucket, and a bucket is
 *    one primary-key range, so `lightBucketOf` and the range read agree: ids
 *    sort as strings. Random hex UUIDs spread evenly; other ids only less so.
 * 2. An unchanged bucket keeps the same array. Readers cache per bucket on
 *    that identity: `indexBucket` (a WeakMap), the signals per bucket in
 *    `signal-queries.ts`, the board's rows. A re-read that finds the same
 *    records (by id: a changed light is a new record) keeps the old array, and
 *    nothing is emitted when no bucket changed. Break this and every key press
 *    rebuilds the whole board again, without any test of behaviour failing.
 * 3. IndexedDB is the source of truth. After a commit, only the buckets whose
 *    key range it touched are read again, one read at a time, so a later read
 *    never loses to an earlier one. What a commit touched comes from Dexie's
 *    change notices, read only through `dexie-changes.ts` (the notice format
 *    is Dexie's, not ours: its contract test guards it).
 * 4. The 5-second overlay. A writer whose own transaction committed tells its
 *    light (`noteCurrentLightWritten`), so the cell repaints without waiting
 *    for the re-read. A re-read that began before that commit does not have
 *    the light yet and must not paint the old one back: the told light wins
 *    until a re-read has it (or something newer), or for 5 seconds, far longer
 *    than any re-read takes. After that the database wins, so a told light
 *    that never arrives (another tab restored a backup) cannot stay forever.
 *    Writes inside a caller's larger transaction are not told: it may still
 *    roll back, and its commit arrives through the re-read.
 * 5. Time comes from `clock.ts`, as everywhere in the data layer.
 *
 * The buckets listen to the change notices themselves rather than being 64
 * live queries: each live query that did not re-run merges every write into
 * its own growing set of changed keys, which cost more per light change than
 * re-reading the bucket, and 64 separate first reads opened the board later
 * than one read of the whole table.
 */

import { Dexie } from 'dexie';
import { cellKey, indexCurrentLights, type CurrentLightIndex } from '@/domain/board';
import { BucketedMap } from '@/domain/bucketed-map';
import type { CurrentLight } from '@/domain/types';
import { clock } from './clock';
import { db } from './database';
import { keyRange, onTableChanged, type KeyRange, type TableChange } from './dexie-changes';
import { shareLive, sharedFor, type SharedObservable } from './shared-observable';

/** A power of two up to 256: bucket bounds are two hex digits. */
export const LIGHT_BUCKET_COUNT = 64;

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

function bucketBounds(bucket: number): [lower: unknown, upper: unknown] {
  // Primary-key ranges ([youthId] sorts before [youthId, conditionId]): no index lookups.
  return [
    bucket === 0 ? Dexie.minKey : [BOUNDS[bucket - 1]],
    bucket === LIGHT_BUCKET_COUNT - 1 ? Dexie.maxKey : [BOUNDS[bucket]],
  ];
}

/** Each bucket's primary-key range, to test change notices against. */
const BUCKET_RANGES: readonly KeyRange[] = Array.from({ length: LIGHT_BUCKET_COUNT }, (_, b) =>
  keyRange(...bucketBounds(b)),
);

function readBucket(bucket: number): Promise<CurrentLight[]> {
  const [lower, upper] = bucketBounds(bucket);
  return db()
    .currentLights.where(':id')
    .between(lower as never, upper as never, true, false)
    .toArray();
}

/** Above this many changed buckets, one read of the whole table is cheaper than range reads. */
const READ_ALL_ABOVE = 8;

/** The lights of `buckets`, read in one transaction. */
async function readBuckets(buckets: readonly number[]): Promise<(readonly CurrentLight[])[]> {
  const database = db();
  return Dexie.ignoreTransaction(() =>
    database.transaction('r', database.currentLights, async () => {
      if (buckets.length <= READ_ALL_ABOVE) return Promise.all(buckets.map(readBucket));
      const all = groupByLightBucket(await database.currentLights.toArray(), (l) => l.youthId);
      return buckets.map((bucket) => all[bucket] ?? []);
    }),
  );
}

/** The buckets whose range a commit touched (all for a cleared table). */
function changedBuckets(change: TableChange): number[] {
  return BUCKET_RANGES.flatMap((range, bucket) =>
    change.everything || change.touches(range) ? [bucket] : [],
  );
}

export type LightBuckets = readonly (readonly CurrentLight[])[];

/** Cells in the order IndexedDB keeps them: by young person, then condition (code units). */
function compareCells(a: CurrentLight, b: CurrentLight): number {
  if (a.youthId !== b.youthId) return a.youthId < b.youthId ? -1 : 1;
  if (a.conditionId !== b.conditionId) return a.conditionId < b.conditionId ? -1 : 1;
  return 0;
}

/** Where `light`'s cell is (found) or would go in a bucket's sorted lights. */
function cellPosition(lights: readonly CurrentLight[], light: CurrentLight) {
  let low = 0;
  let high = lights.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareCells(lights[mid] as CurrentLight, light) < 0) low = mid + 1;
    else high = mid;
  }
  const at = lights[low];
  return { index: low, found: at && compareCells(at, light) === 0 ? at : undefined };
}

function withLight(lights: readonly CurrentLight[], light: CurrentLight): CurrentLight[] {
  const { index, found } = cellPosition(lights, light);
  const next = lights.slice();
  next.splice(index, found ? 1 : 0, light);
  return next;
}

function sameLights(a: readonly CurrentLight[], b: readonly CurrentLight[]): boolean {
  // A projection record never changes under its id: a change writes a new record.
  return a.length === b.length && a.every((light, index) => light.id === b[index]?.id);
}

type WriteListener = (light: CurrentLight) => void;
const writeListeners = new WeakMap<Dexie, Set<WriteListener>>();

/** How long a light told by its writer wins over re-reads that do not have it yet. */
const NOTED_MS = 5_000;

/**
 * Tells the board's live buckets about a current light whose transaction has
 * committed, so the cell repaints without waiting for the re-read that follows
 * the commit; that re-read, having the same records, does not repaint again.
 * Only for writes that are not part of a larger transaction (invariant 4).
 */
export function noteCurrentLightWritten(light: CurrentLight): void {
  for (const listener of writeListeners.get(db()) ?? []) listener(light);
}

/**
 * Emits every bucket once all have loaded, then again whenever one changes; a
 * bucket that did not change keeps its array, so callers can memoise on it
 * (invariant 2). One source serves every reader (board, signals, navigation).
 */
export function observeCurrentLightBuckets(): SharedObservable<LightBuckets> {
  return sharedFor('currentLightBuckets', () =>
    shareLive<LightBuckets>((emit, fail) => {
      const values: (readonly CurrentLight[] | undefined)[] = new Array(LIGHT_BUCKET_COUNT).fill(
        undefined,
      );
      let missing = LIGHT_BUCKET_COUNT;
      // Lights told by their writer, by cell, until a re-read has them (or something newer).
      const noted = new Map<string, { light: CurrentLight; at: number }>();

      const settle = (bucket: number, read: readonly CurrentLight[]) => {
        let lights = read;
        const now = clock.now().getTime();
        for (const [key, { light, at }] of noted) {
          if (lightBucketOf(light.youthId) !== bucket) continue;
          const { found } = cellPosition(read, light);
          const confirmed = found && (found.id === light.id || found.createdAt > light.createdAt);
          if (confirmed || now - at > NOTED_MS) noted.delete(key);
          // A re-read that started before the write committed: keep what was written.
          else lights = withLight(lights, light);
        }
        const previous = values[bucket];
        return previous && sameLights(previous, lights) ? previous : lights;
      };

      /** Sets a bucket's lights; whether anything changed. */
      const update = (bucket: number, lights: readonly CurrentLight[]): boolean => {
        if (values[bucket] === lights) return false;
        if (values[bucket] === undefined) missing -= 1;
        values[bucket] = lights;
        return true;
      };
      const emitAll = () => {
        if (missing === 0) emit(values.slice() as LightBuckets);
      };

      const onWrite: WriteListener = (light) => {
        const bucket = lightBucketOf(light.youthId);
        const current = values[bucket];
        if (!current || cellPosition(current, light).found?.id === light.id) return;
        noted.set(cellKey(light.youthId, light.conditionId), {
          light,
          at: clock.now().getTime(),
        });
        if (update(bucket, withLight(current, light))) emitAll();
      };
      const database = db();
      const listeners = writeListeners.get(database) ?? new Set<WriteListener>();
      writeListeners.set(database, listeners);
      listeners.add(onWrite);

      // Buckets to read (again); one read at a time, so a later read never loses to an earlier one.
      const dirty = new Set<number>(values.keys());
      let reading = false;
      let stopped = false;
      const readDirty = async () => {
        if (reading || stopped) return;
        reading = true;
        try {
          while (dirty.size > 0 && !stopped) {
            const buckets = [...dirty];
            dirty.clear();
            const reads = await readBuckets(buckets);
            if (stopped) return;
            let changed = false;
            buckets.forEach((bucket, index) => {
              changed = update(bucket, settle(bucket, reads[index] ?? [])) || changed;
            });
            if (changed) emitAll();
          }
        } catch (error) {
          fail(error);
        } finally {
          reading = false;
        }
      };
      const stopListening = onTableChanged(database, 'currentLights', (change) => {
        const buckets = changedBuckets(change);
        if (buckets.length === 0) return;
        for (const bucket of buckets) dirty.add(bucket);
        // Outside the committing transaction's handler.
        queueMicrotask(() => void readDirty());
      });
      void readDirty();
      return () => {
        stopped = true;
        listeners.delete(onWrite);
        stopListening();
      };
    }),
  );
}

// Keyed by a bucket's array, which stays the same object while its lights do not change.
const indexByBucket = new WeakMap<readonly CurrentLight[], CurrentLightIndex>();

/** A bucket's lights by cell key, built once per version of the bucket. */
export function indexBucket(lights: readonly CurrentLight[]): CurrentLightIndex {
  let index = indexByBucket.get(lights);
  if (!index) {
    index = indexCurrentLights(lights);
    indexByBucket.set(lights, index);
  }
  return index;
}

/**
 * Every current light by cell key, over the buckets' own indexes: after a
 * change only that bucket's index is built again, not every light's.
 */
export function indexLightBuckets(buckets: LightBuckets): CurrentLightIndex {
  return new BucketedMap<string, CurrentLight>(buckets.map(indexBucket), lightBucketOfCell);
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
