import { liveQuery } from 'dexie';
import { activeConditions } from '@/domain/conditions';
import { BucketedMap } from '@/domain/bucketed-map';
import type { ReviewRequest } from '@/domain/follow-up-types';
import type { YouthId } from '@/domain/ids';
import {
  redLights,
  resolveThresholds,
  signalsByYouth,
  THRESHOLD_KEYS,
  type Signal,
  type SignalThresholds,
} from '@/domain/signals';
import type { Assessment, Condition, IsoDate, Youth } from '@/domain/types';
import {
  groupByLightBucket,
  indexBucket,
  LIGHT_BUCKET_COUNT,
  lightBucketOf,
  lightBucketOfCell,
  observeCurrentLightBuckets,
  type LightBuckets,
} from './board-queries';
import { listConditions } from './condition-repository';
import { listUnresolvedReviewRequests } from './review-request-repository';
import { getSettings } from './settings-repository';
import { shareLive, sharedFor, type SharedObservable } from './shared-observable';
import { redStreaksFor } from './signal-repository';
import { listPlacedYouths } from './youth-repository';

export type LiveSignals = {
  /** Active signals per placed young person; those without any are absent. */
  byYouth: ReadonlyMap<YouthId, readonly Signal[]>;
  /** All active signals together (the number next to "Aandacht"). */
  count: number;
  /** Placed young people and active conditions the signals were computed from. */
  youths: readonly Youth[];
  conditions: readonly Condition[];
};

type BucketSignals = {
  lights: readonly Assessment[];
  streaks: ReadonlyMap<string, number>;
  youths: readonly Youth[];
  requests: readonly ReviewRequest[];
  conditions: readonly Condition[];
  thresholds: SignalThresholds;
  byYouth: Map<YouthId, Signal[]>;
  count: number;
};

const sameThresholds = (a: SignalThresholds, b: SignalThresholds) =>
  THRESHOLD_KEYS.every((key) => a[key] === b[key]);

/**
 * Every active signal, live, computed once for all readers (board markers,
 * Aandacht, the count in the navigation) and per bucket of young people: a
 * light change re-reads one bucket of current lights (see
 * `observeCurrentLightBuckets`), the red streak of that one cell, and
 * recomputes the signals of the young people in that bucket only. A change to
 * young people, conditions, review requests or thresholds recomputes them all.
 */
export function observeSignals(today: IsoDate): SharedObservable<LiveSignals> {
  return sharedFor(`signals:${today}`, () =>
    shareLive<LiveSignals>((emit, fail) => {
      let buckets: LightBuckets | undefined;
      let youths: readonly Youth[] | undefined;
      let youthBuckets: (readonly Youth[])[] = [];
      let conditions: readonly Condition[] | undefined;
      let requestBuckets: (readonly ReviewRequest[])[] | undefined;
      let thresholds: SignalThresholds | undefined;
      // Red streaks per bucket, for the version of the bucket's lights they were read for.
      const streaks: (
        { lights: readonly Assessment[]; streaks: Map<string, number> } | undefined
      )[] = new Array(LIGHT_BUCKET_COUNT).fill(undefined);
      const computed: (BucketSignals | undefined)[] = new Array(LIGHT_BUCKET_COUNT).fill(undefined);
      let reading = false;
      let stopped = false;

      const readStreaks = () => {
        if (reading || !buckets) return;
        const current = buckets;
        const stale = current.flatMap((lights, bucket) =>
          streaks[bucket]?.lights === lights ? [] : [bucket],
        );
        if (stale.length === 0) return;
        reading = true;
        // History is append-only: a cell's streak is cached by its newest record, so
        // after the first load this reads only the cells that changed.
        redStreaksFor(stale.flatMap((bucket) => redLights(current[bucket] ?? [])))
          .then((found) => {
            const split = new Map(stale.map((bucket) => [bucket, new Map<string, number>()]));
            for (const [key, streak] of found) split.get(lightBucketOfCell(key))?.set(key, streak);
            for (const bucket of stale)
              streaks[bucket] = { lights: current[bucket] ?? [], streaks: split.get(bucket)! };
          })
          .catch(fail)
          .finally(() => {
            reading = false;
            if (stopped) return;
            readStreaks(); // lights that changed while reading
            update();
          });
      };

      const update = () => {
        if (!buckets || !youths || !conditions || !requestBuckets || !thresholds) return;
        let changed = false;
        for (let bucket = 0; bucket < LIGHT_BUCKET_COUNT; bucket++) {
          const lights = buckets[bucket] ?? [];
          const streak = streaks[bucket];
          // Wait for the streaks of this version of the bucket: never show a half-known state.
          if (streak?.lights !== lights) return;
        }
        const maps: Map<YouthId, Signal[]>[] = [];
        let count = 0;
        for (let bucket = 0; bucket < LIGHT_BUCKET_COUNT; bucket++) {
          const lights = buckets[bucket] ?? [];
          const streakMap = streaks[bucket]!.streaks;
          const bucketYouths = youthBuckets[bucket] ?? [];
          const requests = requestBuckets[bucket] ?? [];
          let entry = computed[bucket];
          if (
            entry?.lights !== lights ||
            entry.streaks !== streakMap ||
            entry.youths !== bucketYouths ||
            entry.requests !== requests ||
            entry.conditions !== conditions ||
            entry.thresholds !== thresholds
          ) {
            const byYouth = signalsByYouth({
              youths: bucketYouths,
              conditions,
              lights: indexBucket(lights),
              redStreaks: streakMap,
              reviewRequests: requests,
              thresholds,
              today,
            });
            let bucketCount = 0;
            for (const list of byYouth.values()) bucketCount += list.length;
            entry = {
              lights,
              streaks: streakMap,
              youths: bucketYouths,
              requests,
              conditions,
              thresholds,
              byYouth,
              count: bucketCount,
            };
            computed[bucket] = entry;
            changed = true;
          }
          maps.push(entry.byYouth);
          count += entry.count;
        }
        if (changed)
          emit({
            byYouth: new BucketedMap<YouthId, readonly Signal[]>(maps, lightBucketOf),
            count,
            youths,
            conditions,
          });
      };

      const subscriptions = [
        observeCurrentLightBuckets().subscribe((value) => {
          buckets = value;
          readStreaks();
          update();
        }, fail),
        liveQuery(listPlacedYouths).subscribe({
          next: (value) => {
            youths = value;
            youthBuckets = groupByLightBucket(value, (youth) => youth.id);
            update();
          },
          error: fail,
        }),
        liveQuery(listConditions).subscribe({
          next: (value) => {
            conditions = activeConditions(value);
            update();
          },
          error: fail,
        }),
        liveQuery(listUnresolvedReviewRequests).subscribe({
          next: (value) => {
            requestBuckets = groupByLightBucket(value, (request) => request.youthId);
            update();
          },
          error: fail,
        }),
        liveQuery(getSettings).subscribe({
          next: (settings) => {
            const next = resolveThresholds(settings.signalThresholds);
            if (thresholds && sameThresholds(thresholds, next)) return;
            thresholds = next;
            update();
          },
          error: fail,
        }),
      ];
      return () => {
        stopped = true;
        subscriptions.forEach((subscription) => subscription.unsubscribe());
      };
    }),
  );
}
