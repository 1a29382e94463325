import { liveQuery } from 'dexie';
import { activeConditions } from '@/domain/conditions';
import { BucketedMap } from '@/domain/bucketed-map';
import type { EscalationView } from '@/domain/escalation';
import type { ReviewRequest } from '@/domain/follow-up-types';
import type { YouthId } from '@/domain/ids';
import {
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
  observeCurrentLightBuckets,
  type LightBuckets,
} from './board-queries';
import { listUnresolvedReviewRequests } from './review-request-repository';
import { getSettings } from './settings-repository';
import { observeConditions, observePlacedYouths } from './shared-lists';
import { shareLive, sharedFor, type SharedObservable } from './shared-observable';

export type LiveSignals = {
  /** Active signals per placed young person; those without any are absent. */
  byYouth: ReadonlyMap<YouthId, readonly Signal[]>;
  /** All active signals together (the number next to "Aandacht"). */
  count: number;
  /** Placed young people and active conditions the signals were computed from. */
  youths: readonly Youth[];
  conditions: readonly Condition[];
  /** The thresholds they were computed with (the agenda's reasons weigh with them too). */
  thresholds: SignalThresholds;
};

type BucketSignals = {
  lights: readonly Assessment[];
  youths: readonly Youth[];
  requests: readonly ReviewRequest[];
  escalations: readonly EscalationView[];
  conditions: readonly Condition[];
  thresholds: SignalThresholds;
  byYouth: Map<YouthId, Signal[]>;
  count: number;
};

type Scheduler = {
  postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void>;
};

/**
 * Runs `task` after the work already waiting, React's render of the board
 * included: as a background task where the browser has `scheduler.postTask`
 * (a plain timer used to fire before that render when the board opened, and
 * held it up by the whole computation), else after a timer. Returns a cancel.
 */
function afterRender(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) {
    let cancelled = false;
    scheduler
      .postTask(
        () => {
          if (!cancelled) task();
        },
        { priority: 'background' },
      )
      .catch(() => undefined);
    return () => (cancelled = true);
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

const sameThresholds = (a: SignalThresholds, b: SignalThresholds) =>
  THRESHOLD_KEYS.every((key) => a[key] === b[key]);

/**
 * Every active signal, live, computed once for all readers (board markers,
 * Aandacht, the count in the navigation) and per bucket of young people: a
 * light change re-reads one bucket of current lights (see
 * `observeCurrentLightBuckets`) and recomputes the signals of the young people
 * in that bucket only. Red streaks are stored on the current lights, so no
 * history is read. A change to young people, conditions, review requests,
 * escalations or thresholds recomputes them all.
 */
export function observeSignals(today: IsoDate): SharedObservable<LiveSignals> {
  return sharedFor(`signals:${today}`, () =>
    shareLive<LiveSignals>((emit, fail) => {
      let buckets: LightBuckets | undefined;
      let youths: readonly Youth[] | undefined;
      let youthBuckets: (readonly Youth[])[] = [];
      let conditions: readonly Condition[] | undefined;
      let requestBuckets: (readonly ReviewRequest[])[] | undefined;
      let escalationBuckets: (readonly EscalationView[])[] | undefined;
      let thresholds: SignalThresholds | undefined;
      const computed: (BucketSignals | undefined)[] = new Array(LIGHT_BUCKET_COUNT).fill(undefined);

      const compute = () => {
        if (
          !buckets ||
          !youths ||
          !conditions ||
          !requestBuckets ||
          !escalationBuckets ||
          !thresholds
        )
          return;
        let changed = false;
        const maps: Map<YouthId, Signal[]>[] = [];
        let count = 0;
        for (let bucket = 0; bucket < LIGHT_BUCKET_COUNT; bucket++) {
          const lights = buckets[bucket] ?? [];
          const bucketYouths = youthBuckets[bucket] ?? [];
          const requests = requestBuckets[bucket] ?? [];
          const escalations = escalationBuckets[bucket] ?? [];
          let entry = computed[bucket];
          if (
            entry?.lights !== lights ||
            entry.youths !== bucketYouths ||
            entry.requests !== requests ||
            entry.escalations !== escalations ||
            entry.conditions !== conditions ||
            entry.thresholds !== thresholds
          ) {
            const byYouth = signalsByYouth({
              youths: bucketYouths,
              conditions,
              lights: indexBucket(lights),
              reviewRequests: requests,
              escalations,
              thresholds,
              today,
            });
            let bucketCount = 0;
            for (const list of byYouth.values()) bucketCount += list.length;
            entry = {
              lights,
              youths: bucketYouths,
              requests,
              escalations,
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
            thresholds,
          });
      };

      // The first computation covers every young person, the biggest piece of work of a cold
      // start after the board itself: it waits until the board has rendered its lights (see
      // `afterRender`). Later changes are small: at once.
      let cancel: (() => void) | undefined;
      const update = () => {
        if (computed[0] !== undefined) compute();
        else
          cancel ??= afterRender(() => {
            cancel = undefined;
            compute();
          });
      };

      // Escalations are few (tens): the open ones are read whole on any change. Their
      // repository loads on demand, keeping it out of the board's first download.
      let closed = false;
      let escalationSubscription: { unsubscribe: () => void } | undefined;
      import('./escalation-repository')
        .then(({ listOpenEscalations }) => {
          if (closed) return;
          escalationSubscription = liveQuery(() => listOpenEscalations(today)).subscribe({
            next: (value) => {
              escalationBuckets = groupByLightBucket(value, (view) => view.escalation.youthId);
              update();
            },
            error: fail,
          });
        })
        .catch(fail);

      const subscriptions = [
        observeCurrentLightBuckets().subscribe((value) => {
          buckets = value;
          update();
        }, fail),
        observePlacedYouths().subscribe((value) => {
          youths = value;
          youthBuckets = groupByLightBucket(value, (youth) => youth.id);
          update();
        }, fail),
        observeConditions().subscribe((value) => {
          conditions = activeConditions(value);
          update();
        }, fail),
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
        cancel?.();
        closed = true;
        escalationSubscription?.unsubscribe();
        subscriptions.forEach((subscription) => subscription.unsubscribe());
      };
    }),
  );
}
