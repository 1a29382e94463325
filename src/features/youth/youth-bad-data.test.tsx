import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLight } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { addYouth } from '@/db/youth-repository';
import type { Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { freshDatabase } from '@/testing/test-database';
import { Toaster } from '@/ui/toaster';
import { LeftListPage } from './left-list-page';
import { daysAgo, yearsAgo, youthFields } from './test-fixtures';
import { YouthDetailPage } from './youth-detail-page';

// Stored values no form could have written, put straight into the tables as a future bug might.
let database: UitstroombordDatabase;
let youth: Youth;
beforeEach(async () => {
  database = await freshDatabase();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  youth = await addYouth(youthFields({ birthDate: yearsAgo(17), placementStart: daysAgo(400) }));
});
afterEach(() => {
  cleanup();
  database.close();
  vi.restoreAllMocks();
});

async function makeLightBad(assessedAt: string) {
  const wonen = (await listConditions()).find((condition) => condition.key === 'housing')!;
  await setLight(youth.id, wonen.id, { colour: 'red', reason: 'Geen plek', dueDate: daysAgo(-30) });
  await database.assessments.filter((light) => light.youthId === youth.id).modify({ assessedAt });
  await database.currentLights.filter((light) => light.youthId === youth.id).modify({ assessedAt });
}

describe('a young person with stored dates that are not dates', () => {
  it.each(['gisteren', '2010-02-30'])(
    'with birth date %s: the page renders, saying "ongeldige datum" for the age and the 18th birthday',
    async (birthDate) => {
      await database.youths.update(youth.id, { birthDate });
      render(<YouthDetailPage id={youth.id} />);
      expect(await screen.findByRole('heading', { level: 1, name: 'A.B.' })).toBeInTheDocument();
      const facts = screen.getByText(t.youth.fields.age).closest('dl')!;
      // Age, birth date and 18th birthday: each says it cannot be read.
      expect(within(facts).getAllByText(t.dates.invalid)).toHaveLength(3);
      expect(within(facts).getByText(t.eighteenthBirthday.future)).toBeInTheDocument();
      expect(await screen.findByRole('table')).toBeInTheDocument();
    },
  );

  it('with a light assessed on "gisteren": the page and its history render, saying "ongeldige datum"', async () => {
    await makeLightBad('gisteren');
    render(
      <>
        <YouthDetailPage id={youth.id} />
        <Toaster />
      </>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'A.B.' })).toBeInTheDocument();
    const row = (await screen.findByRole('rowheader', { name: 'Wonen' })).closest('tr')!;
    expect(row).toHaveTextContent('rood');
    expect(row).toHaveTextContent(t.dates.invalid);
    const history = await screen.findByRole('region', { name: t.youth.history.title });
    expect(await within(history).findByText(new RegExp(t.dates.invalid))).toBeInTheDocument();
  });

  it('Uitgestroomd renders a leaving date 2026-02-31 as "ongeldige datum", with no follow-up due day made up', async () => {
    await database.youths.update(youth.id, { status: 'left', leftOn: '2026-02-31' });
    render(<LeftListPage />);
    const row = (await screen.findByRole('rowheader', { name: 'A.B.' })).closest('tr')!;
    // Leaving date, days placed and both follow-ups.
    expect(within(row).getAllByText(t.dates.invalid)).toHaveLength(4);
  });
});
