import { cleanup, configure, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLight } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { closeMeeting, createMeeting, startMeeting } from '@/db/meeting-repository';
import { addYouth } from '@/db/youth-repository';
import { activeConditions } from '@/domain/conditions';
import type { MeetingId } from '@/domain/ids';
import type { Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { useUiStore } from '@/ui/store';
import { MeetingMinutesPage } from './meeting-minutes-page';
import { MeetingModePage } from './meeting-mode-page';
import { MeetingPage } from './meeting-page';
import { MeetingsPage } from './meetings-page';

// Several live queries per page: give a loaded machine time.
configure({ asyncUtilTimeout: 5000 });

// Stored values no form could have written, put straight into the tables as a future bug might.
let database: UitstroombordDatabase;
let youth: Youth;
let meetingId: MeetingId;
beforeEach(async () => {
  database = await freshDatabase();
  useUiStore.setState(useUiStore.getInitialState());
  window.location.hash = '';
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  youth = await addYouth(makeYouthFields({ initials: 'A.A.' }));
  const [wonen] = activeConditions(await listConditions());
  await setLight(youth.id, wonen!.id, { colour: 'red', reason: 'Geen plek' });
  const meeting = await createMeeting(
    { type: 'caseReview', date: '2026-12-01', chair: 'Mo', attendees: [], municipalities: [] },
    [{ youthId: youth.id, notes: 'Woonplek nagebeld' }],
  );
  meetingId = meeting.id;
  await database.meetings.update(meetingId, { date: '2026-11-31' });
  await database.youths.update(youth.id, { birthDate: 'gisteren' });
});
afterEach(() => {
  cleanup();
  database.close();
  vi.restoreAllMocks();
});

describe('a meeting with a date that is not a date', { timeout: 30_000 }, () => {
  it('the meetings page renders it as "ongeldige datum"', async () => {
    render(<MeetingsPage />);
    const row = (await screen.findByRole('cell', { name: t.dates.invalid })).closest('tr')!;
    expect(within(row).getAllByRole('link').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('the meeting page renders, with its agenda and the young person whose birth date is bad', async () => {
    render(<MeetingPage id={meetingId} />);
    expect(await screen.findByRole('list', { name: 'Agenda (1)' })).toHaveTextContent('A.A.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.dates.invalid);
  });

  it('meeting mode renders, with "ongeldige datum" for the age', async () => {
    await startMeeting(meetingId);
    render(<MeetingModePage id={meetingId} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'A.A.' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^${t.dates.invalid} · `))).toBeInTheDocument();
  });

  it('the minutes render, also with start and close times that are not dates', async () => {
    await startMeeting(meetingId);
    await closeMeeting(meetingId);
    await database.meetings.update(meetingId, {
      startedAt: 'gisteren',
      closedAt: '2026-02-31T10:00:00.000Z',
    });
    render(<MeetingMinutesPage id={meetingId} />);
    const title = await screen.findByRole('heading', { level: 1, name: /^Verslag/ });
    expect(title).toHaveTextContent(t.dates.invalid);
    expect(await screen.findByText('Woonplek nagebeld')).toBeInTheDocument();
  });
});
