// @vitest-environment jsdom
// (needs the window: sessionStorage, the back-forward cache event)
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildShareFile, parseShareFile, type ShareFile } from '@/domain/share';
import type { Condition } from '@/domain/types';
import { freshDatabase } from '@/testing/test-database';
import {
  makeAssessment,
  makeEscalation,
  makeEscalationUpdate,
  makeYouth,
} from '@/testing/factories';
import { setLight } from './assessment-repository';
import { listConditions } from './condition-repository';
import { listOpenEscalations, recordEscalation } from './escalation-repository';
import { db, type UitstroombordDatabase } from './database';
import { StorageError } from './errors';
import {
  activeReview,
  deleteReview,
  enterReview,
  leaveReview,
  listReviewSessions,
  resumeReview,
  storeShare,
} from './review-database';
import { addYouth, listPlacedYouths } from './youth-repository';

let own: UitstroombordDatabase;
let conditions: Condition[];

/** A share file as the app opens it: written, then read back through its checks. */
function share(): ShareFile {
  const zwolle = makeYouth({ initials: 'Z.W.', municipality: 'Zwolle' });
  const kampen = makeYouth({ initials: 'K.A.', municipality: 'Kampen' });
  const condition = conditions[0]!;
  const escalation = makeEscalation({ youthId: zwolle.id, conditionId: condition.id });
  const written = buildShareFile(
    {
      youths: [zwolle, kampen],
      conditions,
      assessments: [makeAssessment({ youthId: zwolle.id, conditionId: condition.id })],
      escalations: [escalation, makeEscalation({ youthId: kampen.id })],
      escalationUpdates: [
        makeEscalationUpdate({ escalationId: escalation.id, youthId: zwolle.id, kind: 'answer' }),
      ],
    },
    { municipality: 'Zwolle', birthMonthOnly: true, actorLabel: 'zorgaanbieder' },
    '2026-11-25',
    '2026-11-25T09:00:00.000Z',
  );
  const read = parseShareFile(JSON.parse(JSON.stringify(written)));
  if (!read.ok) throw new Error(read.code);
  return read.share;
}

beforeEach(async () => {
  leaveReview();
  own = await freshDatabase();
  conditions = await listConditions();
  await addYouth({
    initials: 'E.I.',
    birthDate: '2010-01-01',
    municipality: 'Deventer',
    location: 'Eigen',
    placementType: 'groep',
    placementStart: '2025-01-01',
  } as never);
});

describe('review database', () => {
  it('carries the escalations of the file into the inzage, read-only', async () => {
    const session = await storeShare(share());
    expect(await enterReview(session)).toBe(true);
    const open = await listOpenEscalations('2026-11-25');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      status: 'answered',
      escalation: { updatedBy: 'zorgaanbieder' },
      lastAnswer: { answer: 'Plek per januari', outcome: 'resolved' },
    });
    const [youth] = await listPlacedYouths();
    await expect(
      recordEscalation(youth!.id, {
        question: 'Nog een vraag',
        askedOf: 'contractmanager',
        raisedOn: '2026-11-25',
        answerDueOn: '2026-12-25',
      }),
    ).rejects.toBeInstanceOf(StorageError);
    leaveReview();
    expect(await listOpenEscalations('2026-11-25')).toEqual([]);
  });

  it('opens a share file apart from the own data and refuses every write', async () => {
    const session = await storeShare(share());
    expect(session).toMatchObject({
      municipality: 'Zwolle',
      asOf: '2026-11-25',
      youthCount: 1,
      shared: { reasonAndAction: false },
    });
    expect(await enterReview(session)).toBe(true);
    expect(activeReview()).toBe(session);
    expect(db()).not.toBe(own);

    const placed = await listPlacedYouths();
    expect(placed.map((youth) => youth.initials)).toEqual(['Z.W.']);
    expect(await db().currentLights.count()).toBe(1);

    const error = await setLight(placed[0]!.id, conditions[0]!.id, { colour: 'green' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('readOnly');
    await expect(db().youths.clear()).rejects.toMatchObject({ code: 'readOnly' });
    expect(await db().assessments.count()).toBe(1);

    leaveReview();
    expect(activeReview()).toBeUndefined();
    expect(db()).toBe(own);
    expect((await listPlacedYouths()).map((youth) => youth.initials)).toEqual(['E.I.']);
  });

  it('is remembered across a reload and can be removed', async () => {
    const session = await storeShare(share());
    await enterReview(session);
    leaveReview();
    // A reload keeps the tab's sessionStorage (which review is open is per tab).
    sessionStorage.setItem('uitstroombord.inzage.actief', JSON.stringify(session.databaseName));
    expect(await resumeReview()).toMatchObject({ databaseName: session.databaseName });
    expect(activeReview()?.municipality).toBe('Zwolle');

    await deleteReview(session.databaseName);
    expect(activeReview()).toBeUndefined();
    expect(db()).toBe(own);
    expect(listReviewSessions().some((s) => s.databaseName === session.databaseName)).toBe(false);
    expect(await Dexie.exists(session.databaseName)).toBe(false);
    expect(await resumeReview()).toBeUndefined();
    expect(await own.youths.count()).toBe(1);
  });
});

describe('a review copy is not a board to back up', () => {
  it('refuses to make a backup while a review is open', async () => {
    const { createBackup } = await import('./backup');
    const session = await storeShare(share());
    await enterReview(session);
    const error = await createBackup('0.1.0').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('readOnly');
    leaveReview();
    await expect(createBackup('0.1.0')).resolves.toMatchObject({
      file: { format: 'uitstroombord-backup' },
    });
  });
});

describe('inzage per tab, and erasure reaches the copies', () => {
  it('keeps which review is open in this tab only (sessionStorage)', async () => {
    localStorage.removeItem('uitstroombord.inzage.actief');
    const session = await storeShare(share());
    await enterReview(session);
    expect(sessionStorage.getItem('uitstroombord.inzage.actief')).toContain(session.databaseName);
    expect(localStorage.getItem('uitstroombord.inzage.actief')).toBeNull();
    leaveReview();
    expect(sessionStorage.getItem('uitstroombord.inzage.actief')).toBeNull();
  });

  it('erasing a young person removes them from the review copies in this browser', async () => {
    const { eraseYouths } = await import('./erasure-queries');
    const youth = await addYouth({
      initials: 'Z.W.',
      birthDate: '2010-01-01',
      municipality: 'Zwolle',
      location: 'Eigen',
      placementType: 'groep',
      placementStart: '2025-01-01',
    } as never);
    await setLight(youth.id, conditions[0]!.id, { colour: 'red' });
    const file = buildShareFile(
      {
        youths: await own.youths.toArray(),
        conditions,
        assessments: await own.assessments.toArray(),
      },
      { municipality: 'Zwolle', birthMonthOnly: true, actorLabel: 'zorgaanbieder' },
      '2026-11-25',
      '2026-11-25T09:00:00.000Z',
    );
    const read = parseShareFile(JSON.parse(JSON.stringify(file)));
    if (!read.ok) throw new Error(read.code);
    const session = await storeShare(read.share);

    await eraseYouths([youth.id]);

    const copy = new (await import('./database')).UitstroombordDatabase(session.databaseName);
    await copy.open();
    expect(await copy.youths.count()).toBe(0);
    expect(await copy.assessments.count()).toBe(0);
    expect(await copy.currentLights.count()).toBe(0);
    copy.close();
  });
});

describe('"Vervangen door demobord" reaches the copies too', () => {
  it('removes the replaced young people from the review copies in this browser', async () => {
    const { loadDemoBoard } = await import('./demo-repository');
    const { td } = await import('@/i18n/demo');
    const youth = await addYouth({
      initials: 'Z.W.',
      birthDate: '2010-01-01',
      municipality: 'Zwolle',
      location: 'Eigen',
      placementType: 'groep',
      placementStart: '2025-01-01',
    } as never);
    await setLight(youth.id, conditions[0]!.id, { colour: 'red' });
    const file = buildShareFile(
      {
        youths: await own.youths.toArray(),
        conditions,
        assessments: await own.assessments.toArray(),
        escalations: [makeEscalation({ youthId: youth.id, conditionId: conditions[0]!.id })],
      },
      { municipality: 'Zwolle', birthMonthOnly: true, actorLabel: 'zorgaanbieder' },
      '2026-11-25',
      '2026-11-25T09:00:00.000Z',
    );
    const read = parseShareFile(JSON.parse(JSON.stringify(file)));
    if (!read.ok) throw new Error(read.code);
    const session = await storeShare(read.share);

    // No worker here: the page loads it itself, and erases from the copies afterwards.
    expect(typeof Worker).toBe('undefined');
    await loadDemoBoard('2026-11-25', {
      replace: true,
      size: { count: 3, months: 2 },
      texts: Promise.resolve({ td }),
    });
    expect(await own.youths.get(youth.id)).toBeUndefined();

    const copy = new (await import('./database')).UitstroombordDatabase(session.databaseName);
    await copy.open();
    expect(await copy.youths.count()).toBe(0);
    expect(await copy.assessments.count()).toBe(0);
    expect(await copy.currentLights.count()).toBe(0);
    expect(await copy.escalations.count()).toBe(0);
    copy.close();
  });
});
