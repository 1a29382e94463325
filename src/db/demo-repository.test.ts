import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeConditions } from '@/domain/conditions';
import { generateDemoBoard } from '@/domain/demo/generate';
import { demoProgressPercent, type DemoProgress } from '@/domain/demo/progress';
import type { MeetingId, YouthId } from '@/domain/ids';
import { td } from '@/i18n/demo';
import { makeAssessment, makeYouth } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import type { UitstroombordDatabase } from './database';
import {
  loadDemoBoard,
  loadDemoData,
  loadInWorker,
  runDemoRequest,
  type DemoRequest,
  type DemoWorkerMessage,
  type DemoWorkerPort,
} from './demo-repository';
import { StorageError } from './errors';
import { observePlacedYouths } from './shared-lists';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

const at = '2026-11-01T10:00:00.000Z';
const meta = { createdAt: at, updatedAt: at, updatedBy: 'T' };

describe('Vervangen door demobord', () => {
  it('leaves no trace of the young people it removes: requests, checks and agenda items go', async () => {
    const old = makeYouth({ initials: 'O.U.' });
    const [condition] = await database.conditions.toArray();
    await database.youths.add(old);
    await database.reviewRequests.add({
      id: 'r1' as never,
      youthId: old.id,
      trigger: 'crisis',
      note: '',
      requestedAt: at,
      ...meta,
    });
    await database.outflowChecks.add({
      id: 'o1' as never,
      youthId: old.id,
      monthsAfter: 3,
      checkedOn: '2026-10-01',
      stillInIntendedPlace: true,
      backInCare: false,
      note: '',
      ...meta,
    });
    await database.meetings.add({
      id: 'm1' as MeetingId,
      type: 'caseReview',
      date: '2026-12-01',
      chair: '',
      attendees: [],
      municipalities: [],
      agenda: [{ youthId: old.id, notes: 'bespreken' }],
      status: 'planned',
      notes: '',
      ...meta,
    });

    const demo = makeYouth({ id: 'demo-1' as YouthId, initials: 'D.M.' });
    await loadDemoData(
      {
        youths: [demo],
        assessments: [makeAssessment({ youthId: demo.id, conditionId: condition!.id })],
      },
      { replace: true },
    );

    expect((await database.youths.toArray()).map((youth) => youth.id)).toEqual(['demo-1']);
    expect(await database.reviewRequests.count()).toBe(0);
    expect(await database.outflowChecks.count()).toBe(0);
    const [meeting] = await database.meetings.toArray();
    expect(meeting).toMatchObject({ id: 'm1', agenda: [] });
  });
});

const TODAY = '2026-11-25';

/** A worker on this thread: the page's side and the worker's side of the real protocol. */
function workerHere(options: { startsAt: 'once' | 'never' } = { startsAt: 'once' }) {
  const port: DemoWorkerPort & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminated: false,
    terminate() {
      port.terminated = true;
    },
    postMessage(request: DemoRequest) {
      if (options.startsAt === 'never') {
        // What a browser without module workers does: an error event, nothing posted.
        const event = { message: 'module workers unsupported', preventDefault() {} };
        queueMicrotask(() => port.onerror?.(event as ErrorEvent));
        return;
      }
      // Through structured cloning, as postMessage does.
      void runDemoRequest(structuredClone(request), (message: DemoWorkerMessage) =>
        port.onmessage?.(new MessageEvent('message', { data: structuredClone(message) })),
      );
    },
  };
  return port;
}

function request(replace: boolean): DemoRequest {
  return { today: TODAY, replace, size: { count: 12, months: 3 }, texts: td };
}

describe('demo board off the main thread', () => {
  it('loads on this thread in slices where there is no worker, the same board, with progress', async () => {
    expect(typeof Worker).toBe('undefined');
    const progress: DemoProgress[] = [];
    const placed = await loadDemoBoard(TODAY, {
      replace: false,
      size: { count: 30, months: 6 },
      texts: Promise.resolve({ td }),
      onProgress: (step) => progress.push(step),
    });
    expect(placed).toBe(30);

    const expected = generateDemoBoard({
      today: TODAY,
      conditions: activeConditions(await database.conditions.orderBy('order').toArray()),
      texts: td,
      count: 30,
      months: 6,
    });
    expect((await database.youths.toArray()).map((youth) => youth.id).sort()).toEqual(
      expected.youths.map((youth) => youth.id).sort(),
    );
    expect(await database.assessments.count()).toBe(expected.assessments.length);
    expect(await database.currentLights.count()).toBeGreaterThan(0);

    // Writing is reported batch by batch, ending at all records; the bar never goes back.
    const writing = progress.filter((step) => step.stage === 'writing');
    expect(writing.at(-1)).toMatchObject({ done: writing.at(-1)!.total });
    const percents = progress.map(demoProgressPercent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  });

  it("tells an empty board's live list of young people that they arrived", async () => {
    const seen: number[] = [];
    const subscription = observePlacedYouths().subscribe((youths) => seen.push(youths.length));
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await loadInWorker(workerHere(), request(false), () => undefined);
    await vi.waitFor(() => expect(seen.at(-1)).toBe(12));
    subscription.unsubscribe();
  });

  it('runs the request in the worker and reports its progress', async () => {
    const worker = workerHere();
    const progress: DemoProgress[] = [];
    const loaded = await loadInWorker(worker, request(false), (step) => progress.push(step));
    expect(loaded).toEqual({ placed: 12, removed: [] });
    expect(await database.youths.count()).toBe(12 + 1);
    expect(progress.length).toBeGreaterThan(0);
    // It closes itself: terminated at once, its change notice to the board could be lost.
    expect(worker.terminated).toBe(false);
  });

  it('says "unavailable" when the worker never starts, so the page loads it itself', async () => {
    const worker = workerHere({ startsAt: 'never' });
    await expect(loadInWorker(worker, request(false), () => undefined)).resolves.toBe(
      'unavailable',
    );
    expect(await database.youths.count()).toBe(0);
  });

  it('keeps the old board when writing fails in the worker: all or nothing, a storage error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const old = makeYouth({ initials: 'O.U.' });
    await database.youths.add(old);
    const store = Object.getPrototypeOf(
      database.backendDB().transaction('youths').objectStore('youths'),
    );
    const add = store.add as (...args: unknown[]) => IDBRequest;
    vi.spyOn(store, 'add').mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'assessments') throw new DOMException('full', 'QuotaExceededError');
      return add.apply(this, args);
    });

    const failed = loadInWorker(workerHere(), request(true), () => undefined);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ code: 'quota' });
    expect((await database.youths.toArray()).map((youth) => youth.id)).toEqual([old.id]);
    expect(await database.assessments.count()).toBe(0);
  });
});

describe('the young people a replace removes', () => {
  it('are named to the page by the worker, which cannot reach the review copies itself', async () => {
    const old = makeYouth({ initials: 'O.U.' });
    await database.youths.add(old);
    const loaded = await loadInWorker(workerHere(), request(true), () => undefined);
    expect(loaded).toEqual({ placed: 12, removed: [old.id] });
    expect(await database.youths.get(old.id)).toBeUndefined();
  });

  it('are returned by loadDemoData, and none when nothing is replaced', async () => {
    const old = makeYouth({ initials: 'O.U.' });
    await database.youths.add(old);
    const demo = makeYouth({ id: 'demo-1' as YouthId, initials: 'D.M.' });
    const data = { youths: [demo], assessments: [] };
    expect(await loadDemoData(data, { replace: true })).toEqual([old.id]);
    await database.youths.clear();
    expect(await loadDemoData(data, { replace: false })).toEqual([]);
  });
});
