import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { freshDatabase } from '@/testing/test-database';
import { completeAction, replanAction, type ActionAssessment } from './action-repository';
import {
  historyForYouth,
  listCurrentLights,
  setLight,
  undoAssessment,
} from './assessment-repository';
import { listConditions } from './condition-repository';
import type { UitstroombordDatabase } from './database';
import {
  listOutflowChecks,
  listOutflowChecksForYouth,
  saveOutflowCheck,
} from './outflow-check-repository';
import {
  listReviewRequestsForYouth,
  listUnresolvedReviewRequests,
  requestReview,
  reopenReviewRequest,
  resolveReviewRequest,
} from './review-request-repository';
import { clock } from './clock';
import { consecutiveReds, redRun } from '@/domain/signals';
import { addYouth } from './youth-repository';
import { assessmentsOfYouths } from './assessments-by-youth';
import { makeYouthFields } from '@/testing/factories';

const fields = makeYouthFields({ coordinator: 'Sanne W.' });

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

async function setup() {
  const youth = await addYouth(fields);
  const [housing] = await listConditions();
  return { youth, housing: housing! };
}

describe('actions', () => {
  it('"afgerond" appends a review of the same colour that clears the action and keeps its text', async () => {
    const { youth, housing } = await setup();
    const set = await setLight(youth.id, housing.id, {
      colour: 'red',
      reason: 'Geen woning',
      action: 'Aanmelden begeleid wonen',
      actionOwner: 'Sanne W.',
      dueDate: '2026-01-01',
    });
    const done = await completeAction(youth.id, housing.id, set.id);
    expect(done).toMatchObject({
      colour: 'red',
      reason: 'Geen woning',
      action: '',
      actionOwner: '',
      completedAction: 'Aanmelden begeleid wonen',
    });
    expect(done.dueDate).toBeUndefined();
    const history = (await historyForYouth(youth.id)) as ActionAssessment[];
    expect(history).toHaveLength(2);
    expect((await listCurrentLights())[0]?.id).toBe(done.id);
  });

  it('"opnieuw plannen" sets a new date and owner', async () => {
    const { youth, housing } = await setup();
    const set = await setLight(youth.id, housing.id, {
      colour: 'amber',
      action: 'Bellen',
      actionOwner: 'Sanne W.',
      dueDate: '2026-01-01',
    });
    const replanned = await replanAction(youth.id, housing.id, set.id, {
      dueDate: '2026-12-15',
      actionOwner: ' Joost V. ',
    });
    expect(replanned).toMatchObject({
      colour: 'amber',
      action: 'Bellen',
      actionOwner: 'Joost V.',
      dueDate: '2026-12-15',
    });
  });

  it('undoing "afgerond" or "opnieuw plannen" appends a record that reopens the action as it was', async () => {
    const { youth, housing } = await setup();
    const set = await setLight(youth.id, housing.id, {
      colour: 'red',
      reason: 'Geen woning',
      action: 'Aanmelden begeleid wonen',
      actionOwner: 'Sanne W.',
      dueDate: '2026-01-01',
    });
    const done = await completeAction(youth.id, housing.id, set.id);
    const reopened = await undoAssessment(done.id);
    expect(reopened).toMatchObject({
      undoes: done.id,
      colour: 'red',
      reason: 'Geen woning',
      action: 'Aanmelden begeleid wonen',
      actionOwner: 'Sanne W.',
      dueDate: '2026-01-01',
    });
    expect(reopened).not.toHaveProperty('completedAction');

    const replanned = await replanAction(youth.id, housing.id, reopened.id, {
      dueDate: '2026-12-15',
      actionOwner: 'Joost V.',
    });
    const back = await undoAssessment(replanned.id);
    expect(back).toMatchObject({ actionOwner: 'Sanne W.', dueDate: '2026-01-01' });

    // Append-only: every step is in the history, the newest is the current light.
    expect(await historyForYouth(youth.id)).toHaveLength(5);
    expect((await listCurrentLights())[0]).toMatchObject({
      id: back.id,
      action: 'Aanmelden begeleid wonen',
    });
  });

  it('refuses to act on a light that changed meanwhile', async () => {
    const { youth, housing } = await setup();
    const first = await setLight(youth.id, housing.id, { colour: 'red', action: 'Bellen' });
    await setLight(youth.id, housing.id, { colour: 'green' });
    await expect(completeAction(youth.id, housing.id, first.id)).rejects.toMatchObject({
      code: 'notFound',
    });
  });
});

describe('review requests', () => {
  it('creates, lists and resolves', async () => {
    const { youth } = await setup();
    const request = await requestReview(youth.id, 'crisis', ' Crisisopname ');
    expect(request.note).toBe('Crisisopname');
    expect(await listUnresolvedReviewRequests()).toHaveLength(1);
    await resolveReviewRequest(request.id);
    expect(await listUnresolvedReviewRequests()).toHaveLength(0);
    expect((await listReviewRequestsForYouth(youth.id))[0]?.resolvedAt).toBeDefined();
  });

  it('reopens a request closed by hand (undo of "Besproken"), only the closing it undoes', async () => {
    const { youth } = await setup();
    const request = await requestReview(youth.id, 'crisis', '');
    const closed = await resolveReviewRequest(request.id);
    await reopenReviewRequest(request.id, '2000-01-01T00:00:00.000Z');
    expect(await listUnresolvedReviewRequests()).toHaveLength(0);
    const open = await reopenReviewRequest(request.id, closed.resolvedAt!);
    expect(open.resolvedAt).toBeUndefined();
    expect(open).toMatchObject({
      id: request.id,
      trigger: 'crisis',
      requestedAt: request.requestedAt,
    });
    expect(await listUnresolvedReviewRequests()).toHaveLength(1);
  });
});

describe('outflow checks', () => {
  it('keeps one answer per check, replacing it when answered again', async () => {
    const { youth } = await setup();
    const base = {
      youthId: youth.id,
      monthsAfter: 3 as const,
      checkedOn: '2026-11-20',
      stillInIntendedPlace: true,
      backInCare: false,
      note: '',
    };
    await saveOutflowCheck(base);
    await saveOutflowCheck({ ...base, stillInIntendedPlace: false, note: 'Terug bij moeder' });
    await saveOutflowCheck({ ...base, monthsAfter: 6 });
    expect(await listOutflowChecks()).toHaveLength(2);
    expect((await listOutflowChecksForYouth(youth.id))[0]).toMatchObject({
      monthsAfter: 3,
      stillInIntendedPlace: false,
      note: 'Terug bij moeder',
    });
  });
});

describe('red streaks on the current light', () => {
  it('counts red reviews in a row and when they began on every write, undo and action change, as history says', async () => {
    const { youth, housing } = await setup();
    // Distinct moments, so "newest" is unambiguous.
    let tick = Date.UTC(2026, 10, 1);
    const realNow = clock.now;
    clock.now = () => new Date((tick += 60_000));
    onTestFinished(() => {
      clock.now = realNow;
    });
    const streak = async () =>
      (await database.currentLights.get([youth.id, housing.id]))?.redStreak;
    const fromHistory = async () =>
      consecutiveReds(await assessmentsOfYouths([youth.id]).toArray());
    const since = async () => (await database.currentLights.get([youth.id, housing.id]))?.redSince;
    const sinceFromHistory = async () =>
      redRun(await assessmentsOfYouths([youth.id]).toArray()).since;

    await setLight(youth.id, housing.id, { colour: 'amber' });
    expect(await streak()).toBe(0);
    expect(await since()).toBeUndefined();
    const first = await setLight(youth.id, housing.id, { colour: 'red' });
    expect(await since()).toBe(first.assessedAt);
    await setLight(youth.id, housing.id, {
      colour: 'red',
      action: 'Woning zoeken',
      dueDate: '2026-12-01',
    });
    expect(await streak()).toBe(2);
    const third = await setLight(youth.id, housing.id, {
      colour: 'red',
      action: 'Woning zoeken',
      dueDate: '2026-12-01',
    });
    expect(await streak()).toBe(3);
    // The streak lives on the projection only: history records stay as written.
    expect(await database.assessments.get(third.id)).not.toHaveProperty('redStreak');

    // Re-planning the action is a red review too.
    const replanned = await replanAction(youth.id, housing.id, third.id, {
      dueDate: '2027-01-15',
      actionOwner: 'Sanne W.',
    });
    expect(await streak()).toBe(4);
    expect(await database.assessments.get(replanned.id)).not.toHaveProperty('redStreak');
    expect(await streak()).toBe(await fromHistory());
    expect(await since()).toBe(first.assessedAt);
    expect(await since()).toBe(await sinceFromHistory());

    // Undo takes that review out again; green ends the streak.
    await undoAssessment(replanned.id);
    expect(await streak()).toBe(3);
    expect(await streak()).toBe(await fromHistory());
    expect(await since()).toBe(await sinceFromHistory());
    await setLight(youth.id, housing.id, { colour: 'green' });
    expect(await streak()).toBe(0);
    expect(await database.currentLights.get([youth.id, housing.id])).not.toHaveProperty('redSince');
    // Red again starts a new run.
    const again = await setLight(youth.id, housing.id, { colour: 'red' });
    expect(await since()).toBe(again.assessedAt);
  });
});
