import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeConditions } from '@/domain/conditions';
import { summarizeMeeting } from '@/domain/meetings';
import type { YouthFields } from '@/domain/youth';
import { freshDatabase } from '@/testing/test-database';
import { historyForYouth, setLight, undoAssessment } from './assessment-repository';
import { clock } from './clock';
import { listConditions } from './condition-repository';
import {
  closeMeeting,
  confirmLights,
  createMeeting,
  getMeeting,
  historyForYouths,
  listMeetingAssessments,
  listMeetings,
  setAgendaNotes,
  setMeetingLight,
  startMeeting,
  updateAgenda,
  updateMeetingDetails,
  updateProposal,
  UnassessedLightsError,
} from './meeting-repository';
import { addYouth } from './youth-repository';

const youthFields: YouthFields = {
  clientNumber: undefined,
  plannedEnd: undefined,
  perspective: undefined,
  coordinator: undefined,
  procesregie: undefined,
  notes: undefined,
  initials: 'A.B.',
  birthDate: '2009-01-01',
  municipality: 'Zwolle',
  location: 'De Linde',
  placementType: 'groep',
  placementStart: '2025-01-01',
};

const details = {
  type: 'caseReview' as const,
  date: '2026-12-01',
  chair: ' Mo ',
  attendees: ['Mo', 'Sam'],
  municipalities: ['Zwolle'],
};

const realNow = clock.now;
beforeEach(async () => {
  // Each write a millisecond later, so "before" and "after" never tie.
  let tick = Date.parse('2026-11-26T09:00:00.000Z');
  clock.now = () => new Date((tick += 1000));
  await freshDatabase();
});
afterEach(() => {
  clock.now = realNow;
});

describe('meeting repository', () => {
  it('creates, lists and edits a meeting and its agenda', async () => {
    const a = await addYouth(youthFields);
    const b = await addYouth({ ...youthFields, initials: 'C.D.' });
    const meeting = await createMeeting(details, [
      { youthId: a.id, notes: '' },
      { youthId: b.id, notes: '' },
    ]);
    expect(meeting).toMatchObject({ status: 'planned', chair: 'Mo', municipalities: [] });
    const older = await createMeeting({ ...details, date: '2026-11-03' }, []);
    expect((await listMeetings()).map((m) => m.id)).toEqual([meeting.id, older.id]);

    await updateAgenda(meeting.id, [
      { youthId: b.id, notes: '' },
      { youthId: a.id, notes: '' },
    ]);
    await setAgendaNotes(meeting.id, a.id, 'Woonplek besproken');
    await updateMeetingDetails(meeting.id, {
      ...details,
      type: 'municipalReview',
      municipalities: ['Zwolle'],
    });
    const stored = await getMeeting(meeting.id);
    expect(stored?.agenda).toEqual([
      { youthId: b.id, notes: '' },
      { youthId: a.id, notes: 'Woonplek besproken' },
    ]);
    expect(stored).toMatchObject({ type: 'municipalReview', municipalities: ['Zwolle'] });
  });

  it('keeps a time and place, and drops them again when cleared', async () => {
    const meeting = await createMeeting(
      { ...details, startTime: '10:00', endTime: '11:30', place: ' Gemeentehuis ' },
      [],
    );
    expect(await getMeeting(meeting.id)).toMatchObject({
      startTime: '10:00',
      endTime: '11:30',
      place: 'Gemeentehuis',
    });
    await updateMeetingDetails(meeting.id, { ...details, startTime: '', endTime: '', place: '' });
    const stored = await getMeeting(meeting.id);
    expect(stored).not.toHaveProperty('startTime');
    expect(stored).not.toHaveProperty('endTime');
    expect(stored).not.toHaveProperty('place');
    expect(stored).toMatchObject({ id: meeting.id, status: 'planned', chair: 'Mo' });
  });

  it('records lights with the meeting, confirms unchanged ones, and summarises at close', async () => {
    const conditions = activeConditions(await listConditions());
    const [housing] = conditions;
    const a = await addYouth(youthFields);
    const b = await addYouth({ ...youthFields, initials: 'C.D.' });
    const c = await addYouth({ ...youthFields, initials: 'E.F.' });
    await setLight(a.id, housing!.id, { colour: 'red', reason: 'Geen plek' });
    // "Besproken, ongewijzigd" needs every applicable light assessed (issue 21).
    for (const condition of conditions.slice(1)) {
      await setLight(b.id, condition.id, { colour: 'green' });
    }
    await setLight(b.id, housing!.id, { colour: 'amber', action: 'Bellen', actionOwner: 'Mo' });

    const meeting = await createMeeting(
      details,
      [a, b, c].map((y) => ({ youthId: y.id, notes: '' })),
    );
    const started = await startMeeting(meeting.id);
    expect(started.status).toBe('inProgress');
    expect(started.startedAt).toBeTruthy();

    const written = await setMeetingLight(meeting.id, a.id, housing!.id, { colour: 'amber' });
    expect(written.meetingId).toBe(meeting.id);
    const confirmations = await confirmLights(meeting.id, b.id);
    expect(confirmations.map((x) => x.colour).sort()).toEqual([
      'amber',
      ...conditions.slice(1).map(() => 'green'),
    ]);
    expect(confirmations.every((x) => x.meetingId === meeting.id)).toBe(true);
    // A confirmation keeps the open action, so the history shows it was discussed.
    expect((await historyForYouth(b.id))[0]).toMatchObject({ action: expect.any(String) });

    const afterRun = await getMeeting(meeting.id);
    expect(afterRun?.agenda.map((item) => Boolean(item.discussedAt))).toEqual([true, true, false]);
    expect(await listMeetingAssessments(meeting.id)).toHaveLength(1 + conditions.length);

    const closed = await closeMeeting(meeting.id);
    expect(closed.status).toBe('closed');
    const summary = summarizeMeeting({
      meeting: closed,
      conditions: activeConditions(await listConditions()),
      history: await historyForYouths(closed.agenda.map((item) => item.youthId)),
    });
    expect(summary.moved).toEqual([
      {
        youthId: a.id,
        conditionId: housing!.id,
        from: 'red',
        to: 'amber',
        reason: '',
        action: '',
        owner: '',
        actionCarried: false,
      },
    ]);
    expect(summary.confirmed).toEqual([b.id]);
    expect(summary.notDiscussed).toEqual([c.id]);
  });

  it('refuses "Besproken, ongewijzigd" while an applicable light is unassessed, and writes nothing', async () => {
    const conditions = activeConditions(await listConditions());
    const transition = conditions.find((condition) => condition.key === 'transition18')!;
    const finances = conditions.find((condition) => condition.key === 'finances')!;
    // 17 on the test clock: 18+ overgang applies.
    const a = await addYouth(youthFields);
    for (const condition of conditions) {
      if (condition.id !== transition.id && condition.id !== finances.id)
        await setLight(a.id, condition.id, { colour: 'amber' });
    }
    const meeting = await createMeeting(details, [{ youthId: a.id, notes: '' }]);
    await startMeeting(meeting.id);
    const before = await historyForYouth(a.id);

    const refused = await confirmLights(meeting.id, a.id).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnassessedLightsError);
    expect((refused as UnassessedLightsError).conditionIds).toEqual(
      conditions.filter((c) => c === transition || c === finances).map((c) => c.id),
    );
    expect(await historyForYouth(a.id)).toEqual(before);
    expect((await getMeeting(meeting.id))?.agenda[0]?.discussedAt).toBeUndefined();

    // An undone first light is "niet beoordeeld" again: still refused.
    await setLight(a.id, transition.id, { colour: 'green' });
    const first = await setLight(a.id, finances.id, { colour: 'red' });
    await undoAssessment(first.id);
    await expect(confirmLights(meeting.id, a.id)).rejects.toMatchObject({
      conditionIds: [finances.id],
    });

    await setLight(a.id, finances.id, { colour: 'red' });
    expect(await confirmLights(meeting.id, a.id)).toHaveLength(conditions.length);
  });

  it('lets "Besproken, ongewijzigd" pass a condition that is n.v.t. by age', async () => {
    const conditions = activeConditions(await listConditions());
    const young = await addYouth({ ...youthFields, birthDate: '2012-05-01' });
    const applicable = conditions.filter((condition) => condition.appliesFromAge === undefined);
    expect(applicable.length).toBeLessThan(conditions.length);
    for (const condition of applicable) await setLight(young.id, condition.id, { colour: 'green' });
    const meeting = await createMeeting(details, [{ youthId: young.id, notes: '' }]);
    await startMeeting(meeting.id);
    expect(await confirmLights(meeting.id, young.id)).toHaveLength(applicable.length);
    expect((await getMeeting(meeting.id))?.agenda[0]?.discussedAt).toBeTruthy();
  });

  it('keeps the location or coordinator a case review was proposed for, and only for a case review', async () => {
    const base = { date: '2026-12-01', chair: '', attendees: [], municipalities: [] };
    const review = await createMeeting({ ...base, type: 'caseReview' }, [], {
      location: ' De Linde ',
      coordinator: '',
    });
    expect(review.agendaScope).toEqual({ location: 'De Linde' });
    const municipal = await createMeeting(
      { ...base, type: 'municipalReview', municipalities: ['Zwolle'] },
      [],
      { location: 'De Linde' },
    );
    expect(municipal).not.toHaveProperty('agendaScope');
    // A new proposal for everyone drops the limit; the record keeps no empty field.
    const everyone = await updateProposal(review.id, [], {});
    expect(everyone).not.toHaveProperty('agendaScope');
    expect(await getMeeting(review.id)).not.toHaveProperty('agendaScope');
    const mine = await updateProposal(review.id, [], { coordinator: 'Joost V.' });
    expect(mine.agendaScope).toEqual({ coordinator: 'Joost V.' });
    expect(mine.createdAt).toBe(review.createdAt);
  });

  it('fails with notFound for a meeting that does not exist', async () => {
    await expect(startMeeting('nope' as never)).rejects.toMatchObject({ code: 'notFound' });
  });
});
