import { configure, render, screen } from '@testing-library/react';
import { subYears } from 'date-fns';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { setLight } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { createMeeting, startMeeting } from '@/db/meeting-repository';
import { addYouth } from '@/db/youth-repository';
import { toIsoDate } from '@/domain/dates';
import { makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { MeetingModePage } from './meeting-mode-page';

// Several live queries on the page: give a loaded machine time.
configure({ asyncUtilTimeout: 5000 });

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

// Meeting mode explains a signal in the same words as Aandacht (t.signals.explain).
it('says "Is al 18" in meeting mode for a 19-year-old whose 18+ light is red', async () => {
  const birthDate = toIsoDate(subYears(new Date(), 19));
  const youth = await addYouth(makeYouthFields({ initials: 'A.A.', birthDate }));
  const transition = (await listConditions()).find((c) => c.key === 'transition18')!;
  await setLight(youth.id, transition.id, { colour: 'red' });
  const meeting = await createMeeting(
    { type: 'caseReview', date: '2026-12-01', chair: '', attendees: [], municipalities: [] },
    [{ youthId: youth.id, notes: '' }],
  );
  await startMeeting(meeting.id);
  render(<MeetingModePage id={meeting.id} />);

  expect(await screen.findByText('Is al 18, 18+ overgang staat op rood')).toBeInTheDocument();
  expect(screen.queryByText(/Wordt .*18/)).not.toBeInTheDocument();
});
