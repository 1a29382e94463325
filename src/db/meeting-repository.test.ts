import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeConditions } from '@/domain/conditions';
import { summarizeMeeting } from '@/domain/meetings';
import type { YouthFields } from '@/domain/youth';
import { freshDatabase } from '@/testing/test-database';
import { historyForYouth, setLight } from './assessment-repository';
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

  it('records lights with the meeting, confirms unchanged ones, and summarises at close', async () => {
    const [housing, school] = activeConditions(await listConditions());
    const a = await addYouth(youthFields);
    const b = await addYouth({ ...youthFields, initials: 'C.D.' });
    const c = await addYouth({ ...youthFields, initials: 'E.F.' });
    await setLight(a.id, housing!.id, { colour: 'red', reason: 'Geen plek' });
    await setLight(b.id, housing!.id, { colour: 'amber', action: 'Bellen', actionOwner: 'Mo' });
    await setLight(b.id, school!.id, { colour: 'green' });

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
    expect(confirmations.map((x) => x.colour).sort()).toEqual(['amber', 'green']);
    expect(confirmations.every((x) => x.meetingId === meeting.id)).toBe(true);
    // A confirmation keeps the open action, so the history shows it was discussed.
    expect((await historyForYouth(b.id))[0]).toMatchObject({ action: expect.any(String) });

    const afterRun = await getMeeting(meeting.id);
    expect(afterRun?.agenda.map((item) => Boolean(item.discussedAt))).toEqual([true, true, false]);
    expect(await listMeetingAssessments(meeting.id)).toHaveLength(3);

    const closed = await closeMeeting(meeting.id);
    expect(closed.status).toBe('closed');
    const summary = summarizeMeeting({
      meeting: closed,
      conditions: activeConditions(await listConditions()),
      history: await historyForYouths(closed.agenda.map((item) => item.youthId)),
    });
    expect(summary.moved).toEqual([
      { youthId: a.id, conditionId: housing!.id, from: 'red', to: 'amber' },
    ]);
    expect(summary.confirmed).toEqual([b.id]);
    expect(summary.notDiscussed).toEqual([c.id]);
  });

  it('fails with notFound for a meeting that does not exist', async () => {
    await expect(startMeeting('nope' as never)).rejects.toMatchObject({ code: 'notFound' });
  });
});
