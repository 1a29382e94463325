import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { subDays, subMonths, subYears } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toIsoDate } from '@/domain/dates';
import type { ConditionId } from '@/domain/ids';
import type { YouthFields } from '@/domain/youth';
import { setLight } from '@/db/assessment-repository';
import { clock } from '@/db/clock';
import { listConditions } from '@/db/condition-repository';
import { recordEscalation, recordEscalationAnswer } from '@/db/escalation-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { updateSettings } from '@/db/settings-repository';
import { addYouth } from '@/db/youth-repository';
import { CapabilityProvider } from '@/ui/capability';
import { formatDate } from '@/ui/format';
import { freshDatabase } from '@/testing/test-database';
import { MonthlyReportPage } from './monthly-report-page';
import { MunicipalitiesPage } from './municipalities-page';
import { RegionalPage } from './regional-page';
import { makeYouthFields } from '@/testing/factories';

const realNow = new Date();
const iso = (date: Date) => toIsoDate(date);

function fields(overrides: Partial<YouthFields>): YouthFields {
  return makeYouthFields({
    birthDate: iso(subYears(realNow, 15)),
    placementStart: iso(subDays(realNow, 400)),
    ...overrides,
  });
}

/** Writes a light as if it was set at `when`. */
async function lightAt(when: Date, ...args: Parameters<typeof setLight>) {
  const spy = vi.spyOn(clock, 'now').mockReturnValue(when);
  await setLight(...args);
  spy.mockRestore();
}

let database: UitstroombordDatabase;
let wonen: ConditionId;
const lastMonth = subMonths(realNow, 1);
const lastMonthKey = iso(lastMonth).slice(0, 7);

beforeEach(async () => {
  database = await freshDatabase();
  wonen = (await listConditions()).find((condition) => condition.key === 'housing')!.id;
  const kampen = await addYouth(fields({ initials: 'K.A.', municipality: 'Kampen' }));
  const zwolle = await addYouth(fields({ initials: 'Z.B.', municipality: 'Zwolle' }));
  const zwolle2 = await addYouth(fields({ initials: 'Z.C.', municipality: 'Zwolle' }));
  // Red last month; green since today. The report for last month must still say red.
  await lightAt(new Date(lastMonth.getFullYear(), lastMonth.getMonth(), 10, 12), zwolle.id, wonen, {
    colour: 'red',
  });
  await setLight(zwolle.id, wonen, { colour: 'green' });
  await setLight(zwolle2.id, wonen, { colour: 'amber' });
  await setLight(kampen.id, wonen, { colour: 'red' });
});
afterEach(() => database.close());

function countsRow(name: string) {
  return screen.getByRole('row', { name: new RegExp(`^${name}:`) });
}

describe('Gemeenten', () => {
  it('shows the first municipality, then others picked by keyboard, with chart and table', async () => {
    const user = userEvent.setup();
    render(<MunicipalitiesPage />);
    expect(await screen.findByRole('checkbox', { name: 'Kampen' })).toBeChecked();
    expect(await screen.findByRole('row', { name: /^Wonen:/ })).toHaveAccessibleName(
      'Wonen: 1 rood, 0 oranje, 0 groen, 0 niet beoordeeld',
    );
    expect(screen.getByRole('img', { name: /Staafdiagram/ })).toBeInTheDocument();

    screen.getByRole('checkbox', { name: 'Zwolle' }).focus();
    await user.keyboard(' ');
    expect(await screen.findByText('Kampen, Zwolle')).toBeInTheDocument();
    // Only the chosen municipalities' history is read; the controls stay while it loads.
    expect(screen.getByRole('checkbox', { name: 'Zwolle' })).toHaveFocus();
    expect(countsRow('Wonen')).toHaveAccessibleName(
      'Wonen: 1 rood, 1 oranje, 1 groen, 0 niet beoordeeld',
    );
    const reds = screen.getByRole('region', { name: 'Jongeren met rode stoplichten' });
    expect(within(reds).getByRole('link', { name: 'K.A.' })).toBeInTheDocument();
    expect(within(reds).queryByRole('link', { name: 'Z.B.' })).not.toBeInTheDocument();
  }, 30_000);

  it('names the provider, as every print does', async () => {
    await updateSettings({ providerName: 'Stichting De Linde' });
    render(<MunicipalitiesPage />);
    const provider = await screen.findByText('Stichting De Linde');
    // On paper too: nothing around it is left out of the print.
    expect(provider.closest('.no-print')).toBeNull();
  });
});

describe('Maandrapport', () => {
  it('shows the month as it stood at its end, with the provider name from settings', async () => {
    await updateSettings({ providerName: 'Stichting De Linde' });
    render(<MonthlyReportPage municipality="Zwolle" month={lastMonthKey} />);
    // In the report header and in the header repeated on every printed page.
    expect((await screen.findAllByText('Stichting De Linde')).length).toBeGreaterThan(0);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Maandrapport Zwolle' }),
    ).toBeInTheDocument();
    // Z.B. was red at the end of last month; the green of today does not count yet.
    expect(await screen.findByRole('row', { name: /^Wonen:/ })).toHaveAccessibleName(
      'Wonen: 1 rood, 0 oranje, 0 groen, 1 niet beoordeeld',
    );
    expect(screen.getByRole('button', { name: 'Download CSV (Excel)' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Afdrukken / PDF' })).toBeInTheDocument();
  }, 30_000);
});

describe('Regionaal overzicht', () => {
  it('shows no initials and suppresses small counts', async () => {
    render(<RegionalPage />);
    expect(await screen.findByRole('heading', { name: 'Grootste knelpunten' })).toBeInTheDocument();
    const main = document.body.textContent ?? '';
    expect(main).not.toMatch(/K\.A\.|Z\.B\.|Z\.C\./);
    expect(screen.getAllByText('<5').length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: /\./ })).not.toBeInTheDocument();
  }, 30_000);

  it('shows the current month from the current lights and an earlier month from history', async () => {
    const user = userEvent.setup();
    render(<RegionalPage />);
    expect(await screen.findByText(`Stand op ${formatDate(iso(realNow))}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Grootste knelpunten' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Maand' }), lastMonthKey);
    const end = iso(new Date(lastMonth.getFullYear(), lastMonth.getMonth() + 1, 0));
    expect(await screen.findByText(`Stand op ${formatDate(end)}`)).toBeInTheDocument();
    // The figures themselves are compared with history's in review-model.test.ts.
    expect(screen.getByRole('heading', { name: 'Grootste knelpunten' })).toBeInTheDocument();
    expect(screen.queryByText(`Stand op ${formatDate(iso(realNow))}`)).not.toBeInTheDocument();
  }, 30_000);
});

describe('Maandrapport: key figures and the explanation', () => {
  it('shows the key figures and keeps the explanation with the report; read-only shows text only', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<MonthlyReportPage municipality="Zwolle" month={lastMonthKey} />);
    const figures = await screen.findByRole('region', { name: 'Kerncijfers' });
    expect(within(figures).getByText('Geplaatst').nextElementSibling).toHaveTextContent('2');
    expect(
      within(figures).getByText('Met een rood stoplicht').nextElementSibling,
    ).toHaveTextContent('1');
    expect(
      within(figures).getByText('Na 3 maanden nog op de beoogde plek').nextElementSibling,
    ).toHaveTextContent('nog geen controles');

    const field = await screen.findByRole('textbox', { name: 'Toelichting bij dit rapport' });
    await user.click(field);
    await user.paste('x'.repeat(5001));
    await user.click(screen.getByRole('button', { name: 'Toelichting opslaan' }));
    expect(await screen.findByText(/De toelichting is te lang: 5001 tekens/)).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(await database.reportNotes.count()).toBe(0);

    await user.clear(field);
    await user.keyboard('Twee jongeren wachten op begeleid wonen.');
    await user.click(screen.getByRole('button', { name: 'Toelichting opslaan' }));
    await vi.waitFor(async () =>
      expect((await database.reportNotes.toArray())[0]).toMatchObject({
        municipality: 'Zwolle',
        month: lastMonthKey,
        text: 'Twee jongeren wachten op begeleid wonen.',
      }),
    );
    unmount();

    render(
      <CapabilityProvider value={{ write: false, readOnlyBecause: 'municipality' }}>
        <MonthlyReportPage municipality="Zwolle" month={lastMonthKey} />
      </CapabilityProvider>,
    );
    expect(await screen.findByText('Twee jongeren wachten op begeleid wonen.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toelichting opslaan' })).not.toBeInTheDocument();
  }, 30_000);
});

describe('Maandrapport with a month that does not exist', () => {
  it('lists the escalations open at the end of the month and counts them on top', async () => {
    const [zwolle] = (await database.youths.toArray()).filter((y) => y.initials === 'Z.B.');
    const [kampen] = (await database.youths.toArray()).filter((y) => y.initials === 'K.A.');
    const raisedOn = `${lastMonthKey}-05`;
    const asked = await recordEscalation(zwolle!.id, {
      question: 'Een plek begeleid wonen',
      askedOf: 'contractmanager',
      raisedOn,
      answerDueOn: `${lastMonthKey}-08`,
      conditionId: wonen,
    });
    // Answered today: after the report's month, so the report still says "no answer".
    await recordEscalationAnswer(asked.id, {
      on: iso(realNow),
      answer: 'Plek per volgende maand',
      outcome: 'resolved',
      note: '',
    });
    await recordEscalation(kampen!.id, {
      question: 'Kampen wacht op een besluit',
      askedOf: 'toegang',
      raisedOn,
      answerDueOn: `${lastMonthKey}-20`,
    });
    render(<MonthlyReportPage municipality="Zwolle" month={lastMonthKey} />);
    const figures = await screen.findByRole('region', { name: 'Kerncijfers' });
    expect(within(figures).getByText('Escalaties open').nextElementSibling).toHaveTextContent('1');
    const section = screen.getByRole('region', { name: 'Open escalaties' });
    const row = within(section).getByRole('row', { name: /Z\.B\./ });
    expect(row).toHaveTextContent('Een plek begeleid wonen');
    expect(row).toHaveTextContent('contractmanager');
    expect(row).toHaveTextContent(formatDate(`${lastMonthKey}-08`));
    expect(row).toHaveTextContent('ja');
    expect(row).toHaveTextContent('nog geen antwoord');
    expect(section).not.toHaveTextContent('Kampen');
  });

  it('says the page does not exist instead of failing', () => {
    render(<MonthlyReportPage municipality="Zwolle" month="2026-13" />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet.' }),
    ).toBeInTheDocument();
  });
});
