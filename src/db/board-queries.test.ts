import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConditionId, YouthId } from '@/domain/ids';
import { freshDatabase } from '@/testing/test-database';
import { setLight } from './assessment-repository';
import {
  LIGHT_BUCKET_COUNT,
  lightBucketOf,
  lightBucketOfCell,
  observeCurrentLightBuckets,
  type LightBuckets,
} from './board-queries';
import type { UitstroombordDatabase } from './database';
import { addYouth } from './youth-repository';

const fields = {
  initials: 'A.B.',
  clientNumber: undefined,
  birthDate: '2009-03-01',
  municipality: 'Zwolle',
  location: 'De Linde',
  placementType: 'groep' as const,
  placementStart: '2025-01-10',
  plannedEnd: undefined,
  perspective: undefined,
  coordinator: undefined,
  procesregie: undefined,
  notes: undefined,
};

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

/** Collects what the observable emits; `next()` waits for the following emission. */
function watch() {
  const emitted: LightBuckets[] = [];
  let wake: (() => void) | undefined;
  const subscription = observeCurrentLightBuckets().subscribe((buckets) => {
    emitted.push(buckets);
    wake?.();
  });
  const next = (count: number) =>
    new Promise<LightBuckets>((resolve) => {
      const check = () => {
        if (emitted.length >= count) resolve(emitted[count - 1] as LightBuckets);
        else wake = check;
      };
      check();
    });
  return { emitted, next, stop: () => subscription.unsubscribe() };
}

describe('current lights in buckets', () => {
  it('puts every id in one bucket, in id order, hex ids spread over all buckets', () => {
    expect(lightBucketOf('00000000-0000-4000-8000-000000000000')).toBe(0);
    expect(lightBucketOf('ffffffff-ffff-4fff-bfff-ffffffffffff')).toBe(LIGHT_BUCKET_COUNT - 1);
    expect(lightBucketOf('')).toBe(0);
    expect(lightBucketOf('youth-1')).toBe(LIGHT_BUCKET_COUNT - 1);
    expect(lightBucketOf('A')).toBe(lightBucketOf('9z'));
    const ids = Array.from({ length: 256 }, (_, i) => `${i.toString(16).padStart(2, '0')}-x`);
    const buckets = ids.map(lightBucketOf);
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
    expect(new Set(buckets).size).toBe(LIGHT_BUCKET_COUNT);
    // The same bucket as the range query that reads it: ids sort as strings.
    const sorted = [...ids, 'A', 'youth-1', '0', 'f', 'fz'].sort();
    const bySort = sorted.map(lightBucketOf);
    expect(bySort).toEqual([...bySort].sort((a, b) => a - b));
    for (const id of ['ab', 'a', '0f-x', 'youth-1', 'A']) {
      expect(lightBucketOfCell(`${id}|condition`)).toBe(lightBucketOf(id));
    }
  });

  it('emits all lights once loaded, and after a change replaces only that bucket', async () => {
    const conditionId = (await database.conditions.toArray())[0]?.id as ConditionId;
    const youths = await Promise.all(
      Array.from({ length: 6 }, (_, i) => addYouth({ ...fields, initials: `Y${i}` })),
    );
    for (const youth of youths) await setLight(youth.id, conditionId, { colour: 'red' });

    const watcher = watch();
    const first = await watcher.next(1);
    expect(first).toHaveLength(LIGHT_BUCKET_COUNT);
    expect(first.flat()).toHaveLength(6);
    first.forEach((lights, bucket) =>
      lights.forEach((light) => expect(lightBucketOf(light.youthId)).toBe(bucket)),
    );

    const changed = youths[0]?.id as YouthId;
    await setLight(changed, conditionId, { colour: 'green' });
    const second = await watcher.next(2);
    watcher.stop();

    const bucket = lightBucketOf(changed);
    expect(second[bucket]).not.toBe(first[bucket]);
    expect(second[bucket]?.find((light) => light.youthId === changed)?.colour).toBe('green');
    second.forEach((lights, index) => {
      if (index !== bucket) expect(lights).toBe(first[index]);
    });
  });
});
