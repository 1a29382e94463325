import { activeConditions } from '@/domain/conditions';
import { currentLightsOf } from '@/domain/signals';
import type { DemoTexts } from '@/domain/demo/demo-texts';
import { demoBoardSteps } from '@/domain/demo/generate';
import type { DemoProgress } from '@/domain/demo/progress';
import { runInSlices } from '@/domain/slices';
import type { YouthId } from '@/domain/ids';
import type { Assessment, Youth } from '@/domain/types';
import { listConditions } from './condition-repository';
import { DATABASE_NAME, db } from './database';
import { replaceAllDirectly } from './bulk-write';
import { guarded, StorageError, type StorageErrorCode } from './errors';
import { eraseFromReviewCopies } from './review-database';

export type { DemoProgress } from '@/domain/demo/progress';

export type DemoData = { youths: Youth[]; assessments: Assessment[] };

/**
 * Records per batch written: each batch is cloned by IndexedDB in one go, so on
 * the page's thread (no worker) a small batch keeps every pause for input short.
 */
const DEMO_WRITE_BATCH = 1_000;

/**
 * Loads the demo board. With `replace` it first removes every young person,
 * light and everything else that names a young person (review requests,
 * follow-up checks, escalations, agenda items); the caller has asked the user. Conditions,
 * settings and the meetings themselves stay. All in one transaction: a
 * failure leaves the database as it was. Returns the ids of the young people
 * it removed: the page erases them from the review copies (see
 * {@link loadDemoBoard}), as erasure and retention do.
 */
export async function loadDemoData(
  data: DemoData,
  options: { replace: boolean; onProgress?: (progress: DemoProgress) => void },
): Promise<YouthId[]> {
  const d = db();
  const currentLights = currentLightsOf(data.assessments);
  const total = data.youths.length + data.assessments.length + currentLights.length;
  let written = 0;
  const report = (done: number) =>
    options.onProgress?.({ stage: 'writing', done: written + done, total });
  // Through Dexie, in batches: its change notice then names every index of the table, so
  // a live query that found nothing (an empty board's young people) reads again.
  const inBatches = async <T>(records: readonly T[], add: (batch: T[]) => Promise<unknown>) => {
    for (let from = 0; from < records.length; from += DEMO_WRITE_BATCH) {
      await add(records.slice(from, from + DEMO_WRITE_BATCH));
      report(Math.min(from + DEMO_WRITE_BATCH, records.length));
    }
    written += records.length;
  };
  let removed: YouthId[] = [];
  await guarded(() =>
    d.transaction(
      'rw',
      [
        d.youths,
        d.assessments,
        d.currentLights,
        d.reviewRequests,
        d.outflowChecks,
        d.escalations,
        d.escalationUpdates,
        d.meetings,
      ],
      async () => {
        if (options.replace) {
          removed = await d.youths.toCollection().primaryKeys();
          await Promise.all([
            d.youths.clear(),
            d.currentLights.clear(),
            d.reviewRequests.clear(),
            d.outflowChecks.clear(),
            d.escalations.clear(),
            d.escalationUpdates.clear(),
            // Nobody on an agenda is still on the board; the meetings stay.
            d.meetings
              .filter((meeting) => meeting.agenda.length > 0)
              .modify((meeting) => {
                meeting.agenda = [];
              }),
          ]);
        } else if ((await d.youths.count()) > 0) {
          throw new Error('loadDemoData: database is not empty');
        }
        written = 0;
        await inBatches(data.youths, (batch) => d.youths.bulkAdd(batch));
        // The whole history with the bare IndexedDB API (see replaceAllDirectly).
        await replaceAllDirectly(d.assessments, data.assessments, report, DEMO_WRITE_BATCH);
        written += data.assessments.length;
        await inBatches(currentLights, (batch) => d.currentLights.bulkPut(batch));
      },
    ),
  );
  return removed;
}

/** How big a demo board `?demo=1000&maanden=12` asks for; the generator's defaults otherwise. */
export type DemoSize = { count?: number; months?: number };

/** Everything one demo load needs; plain data, so it can be posted to a worker. */
export type DemoRequest = {
  today: string;
  replace: boolean;
  size: DemoSize;
  texts: DemoTexts;
};

/** How one load runs: its slices, and the pause between them. */
type Pacing = { budgetMs: number; pause: () => Promise<void> };

/** What one load did: how many fictional young people are placed, whom it removed. */
export type DemoLoaded = { placed: number; removed: YouthId[] };

/**
 * Generates the demo board for the active conditions and loads it: the
 * same steps in the worker and, where there is none, on the page's thread.
 */
async function generateAndLoad(
  request: DemoRequest,
  pacing: Pacing,
  onProgress: (progress: DemoProgress) => void,
): Promise<DemoLoaded> {
  const conditions = activeConditions(await listConditions());
  const steps = demoBoardSteps({
    today: request.today,
    conditions,
    texts: request.texts,
    ...request.size,
  });
  const data = await runInSlices(steps, {
    now: () => performance.now(),
    ...pacing,
    onProgress: (generated) => onProgress({ stage: 'generating', ...generated }),
  });
  const removed = await loadDemoData(data, { replace: request.replace, onProgress });
  return { placed: data.youths.filter((youth) => youth.status === 'placed').length, removed };
}

/** What the demo worker tells the page (`demo-worker.ts`). */
export type DemoWorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; progress: DemoProgress }
  | { type: 'done'; placed: number; removed: YouthId[] }
  | { type: 'failed'; code?: StorageErrorCode; message: string };

/**
 * The worker's side: runs one request and reports each step. Progress goes out
 * at most every 50 ms; the worker has no input to let through.
 */
export async function runDemoRequest(
  request: DemoRequest,
  post: (message: DemoWorkerMessage) => void,
): Promise<void> {
  post({ type: 'started' });
  let lastPost = -Infinity;
  const onProgress = (progress: DemoProgress) => {
    const now = performance.now();
    if (now - lastPost < 50) return;
    lastPost = now;
    post({ type: 'progress', progress });
  };
  try {
    const loaded = await generateAndLoad(
      request,
      { budgetMs: 50, pause: () => Promise.resolve() },
      onProgress,
    );
    post({ type: 'done', ...loaded });
  } catch (error) {
    console.error(error);
    post({
      type: 'failed',
      ...(error instanceof StorageError ? { code: error.code } : {}),
      message: String(error),
    });
  }
}

/** The page's view of a worker: what {@link loadInWorker} uses of it. */
export type DemoWorkerPort = {
  postMessage(request: DemoRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<DemoWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
};

/**
 * Runs the request in `worker`. Resolves 'unavailable' when the worker never
 * started (a browser without module workers): the caller then loads on its own
 * thread. A failure after the start rejects, and the transaction's rollback
 * has left the old board.
 */
export function loadInWorker(
  worker: DemoWorkerPort,
  request: DemoRequest,
  onProgress: (progress: DemoProgress) => void,
): Promise<DemoLoaded | 'unavailable'> {
  return new Promise((resolve, reject) => {
    let started = false;
    const finish = (settle: () => void, stop = true) => {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      // A worker that is done closes itself, once its change notice has gone out.
      if (stop) worker.terminate();
      settle();
    };
    worker.onmessage = ({ data }) => {
      if (data.type === 'started') started = true;
      else if (data.type === 'progress') onProgress(data.progress);
      else if (data.type === 'done')
        finish(() => resolve({ placed: data.placed, removed: data.removed }), false);
      else finish(() => reject(data.code ? new StorageError(data.code) : new Error(data.message)));
    };
    const broken = (reason: string) =>
      finish(() => (started ? reject(new Error(reason)) : resolve('unavailable')));
    worker.onerror = (event) => {
      event.preventDefault();
      broken(event.message || 'demo worker failed');
    };
    worker.onmessageerror = () => broken('demo worker message could not be read');
    worker.postMessage(request);
  });
}

function startWorker(): DemoWorkerPort | undefined {
  // The board hears of the worker's commit only through Dexie's broadcast to other contexts.
  if (typeof Worker === 'undefined' || typeof BroadcastChannel === 'undefined') return undefined;
  // The worker opens the user's own database; a review copy (read-only anyway) stays here.
  if (db().name !== DATABASE_NAME) return undefined;
  try {
    // A path, not an import: Vite bundles the worker with what it needs.
    return new Worker(new URL('./demo-worker.ts', import.meta.url), {
      type: 'module',
    }) as DemoWorkerPort;
  } catch {
    return undefined;
  }
}

/** A new task: input and painting get their turn before the next slice. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Generates a demo board for the active conditions and loads it (see
 * loadDemoData for `replace`). Returns how many fictional young people are
 * placed. The work runs in a worker, so the page answers every key meanwhile;
 * without one, on this thread in slices of a few milliseconds. The worker's
 * commit reaches the board's live queries as another tab's would: Dexie
 * broadcasts its change notices to every context of this origin.
 * This module and the generator load on demand (the callers import them): they
 * are not part of the first download. Nor are the generator's words: the
 * caller passes `import('@/i18n/demo')`, loaded meanwhile.
 */
export async function loadDemoBoard(
  today: string,
  options: {
    replace: boolean;
    size?: DemoSize;
    texts: Promise<{ td: DemoTexts }>;
    onProgress?: (progress: DemoProgress) => void;
  },
): Promise<number> {
  const { td } = await options.texts;
  const request: DemoRequest = {
    today,
    replace: options.replace,
    size: options.size ?? {},
    texts: td,
  };
  const onProgress = options.onProgress ?? (() => undefined);
  const worker = startWorker();
  let loaded = worker ? await loadInWorker(worker, request, onProgress) : 'unavailable';
  if (loaded === 'unavailable')
    loaded = await generateAndLoad(request, { budgetMs: 8, pause: nextTask }, onProgress);
  // Here, not in the worker: the list of review copies lives in this page's web storage.
  await eraseFromReviewCopies(loaded.removed);
  return loaded.placed;
}
