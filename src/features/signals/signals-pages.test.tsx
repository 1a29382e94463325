import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, subDays, subYears } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyForYouth, setLight } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { listOutflowChecks } from '@/db/outflow-check-repository';
import { listUnresolvedReviewRequests, requestReview } from '@/db/review-request-repository';
import { getSettings } from '@/db/settings-repository';
import { addYouth, registerOutflow } from '@/db/youth-repository';
import { toIsoDate } from '@/domain/dates';
import type { CompletedActionField } from '@/domain/signals';
import type { Assessment } from '@/domain/types';
import type { YouthFields } from '@/domain/youth';
import { freshDatabase } from '@/testing/test-database';
import { CapabilityProvider } from '@/ui/capability';
import { Toaster } from '@/ui/toaster';
import { ActionsPage } from './actions-page';
import { AttentionNavCount } from './attention-nav-count';
import { AttentionPage } from './attention-page';
import { SignalSettings } from './signal-settings';

const day = (offset: number) => toIsoDate(addDays(new Date(), offset));
const yearsAgo = (years: number) => toIsoDate(subYears(new Date(), years));

function fields(overrides: Partial<YouthFields> = {}): YouthFields {
  return {
    initials: 'A.B.',
    clientNumber: undefined,
    birthDate: yearsAgo(15),
    municipality: 'Zwolle',
    location: 'De Linde',
    placementType: 'groep',
    placementStart: day(-400),
    plannedEnd: undefined,
    perspective: 'thuis',
    coordinator: 'Sanne W.',
    procesregie: undefined,
    notes: undefined,
    ...overrides,
  };
}

async function setAll(youthId: Parameters<typeof setLight>[0], colour: 'green' | 'amber') {
  for (const condition of await listConditions())
    if (condition.key !== 'transition18') await setLight(youthId, condition.id, { colour });
}

async function housingId() {
  const housing = (await listConditions()).find((condition) => condition.key === 'housing');
  return housing!.id;
}

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

describe('Aandacht', () => {
  it('shows one row per young person with all their signals, grouped by municipality or coordinator', async () => {
    const late = await addYouth(
      fields({ initials: 'P.Q.', plannedEnd: day(-10), municipality: 'Kampen' }),
    );
    await setAll(late.id, 'green');
    const calm = await addYouth(fields({ initials: 'C.C.', coordinator: 'Joost V.' }));
    await setAll(calm.id, 'green');
    const owed = await addYouth(
      fields({
        initials: 'X.Y.',
        coordinator: 'Joost V.',
        municipality: 'Deventer',
        location: 'Het Anker',
        plannedEnd: day(-5),
      }),
    );
    await setAll(owed.id, 'green');
    const housing = await housingId();
    await setLight(owed.id, housing, {
      colour: 'red',
      reason: 'Geen woonplek na vertrek',
      action: 'Aanmelden begeleid wonen',
      actionOwner: 'Joost V.',
      dueDate: day(-3),
    });

    const user = userEvent.setup();
    render(
      <>
        <AttentionPage />
        <p>
          <AttentionNavCount />
        </p>
      </>,
    );
    const kampen = await screen.findByRole('table', { name: 'Signalen Kampen' });
    expect(within(kampen).getByText(/Geplande uitstroom .* is 10 dagen verstreken/)).toBeVisible();
    expect(within(kampen).getByRole('link', { name: 'P.Q.' })).toHaveAttribute(
      'href',
      `#/jongere/${late.id}`,
    );

    // X.Y. is one row with both signals, highest first, each with its severity in words.
    const deventer = screen.getByRole('table', { name: 'Signalen Deventer' });
    const rows = within(deventer).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('X.Y.');
    expect(within(row).getByText('Het Anker')).toBeVisible();
    const items = within(within(row).getByRole('list', { name: 'Signalen van X.Y.' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.querySelector('.signal-kind')?.textContent)).toEqual([
      'Einddatum verstreken',
      'Actie over datum',
    ]);
    // Each with its severity written out, not colour only.
    expect(items.map((item) => item.querySelector('.severity')?.textContent)).toEqual([
      '◆ Middel',
      '◆ Middel',
    ]);
    expect(within(items[1]!).getByText(/Actie Wonen 3 dagen over de streefdatum/)).toBeVisible();
    // The light concerned opens on the youth page, focused.
    expect(
      within(row).getByRole('link', { name: 'Stoplicht Wonen van X.Y. openen' }),
    ).toHaveAttribute('href', `#/jongere/${owed.id}?stoplicht=${housing}`);
    expect(screen.queryByRole('link', { name: 'C.C.' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Deventer (1 jongere, 2 signalen)' })).toBeVisible();
    expect(screen.getByText('3 signalen bij 2 jongeren')).toBeVisible();
    expect(await screen.findByText('(3 signalen)')).toBeInTheDocument();
    // No "Besproken" without an open herbeoordeling.
    expect(screen.queryByRole('button', { name: /besproken$/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Coördinator' }));
    const joost = await screen.findByRole('table', { name: 'Signalen Joost V.' });
    expect(within(joost).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'Signalen Sanne W.' })).toBeVisible();
  });

  it('orders rows by their most urgent signal, then by how many signals', async () => {
    // One "Laag" signal only: no perspective at 17.
    const quiet = await addYouth(
      fields({ initials: 'A.A.', birthDate: yearsAgo(17), perspective: undefined }),
    );
    await setAll(quiet.id, 'green');
    // "Hoog": planned end passed.
    const late = await addYouth(fields({ initials: 'Z.Z.', plannedEnd: day(-2) }));
    await setAll(late.id, 'green');
    render(<AttentionPage />);
    const table = await screen.findByRole('table', { name: 'Signalen Zwolle' });
    const headers = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Z.Z.', 'A.A.']);
  });

  it('marks a herbeoordeling "besproken" from its row, with undo in the toast', async () => {
    const asked = await addYouth(fields({ initials: 'H.B.', plannedEnd: day(-2) }));
    await setAll(asked.id, 'green');
    await requestReview(asked.id, 'crisis', 'Crisisopname');
    const user = userEvent.setup();
    render(
      <>
        <AttentionPage />
        <Toaster />
      </>,
    );
    const requests = await screen.findByRole('table', { name: 'Herbeoordeling nodig' });
    expect(
      screen.getByRole('heading', { name: 'Herbeoordeling nodig (1 jongere, 2 signalen)' }),
    ).toBeVisible();
    // The young person is listed once: on top, with the other signal too.
    expect(screen.getAllByRole('link', { name: 'H.B.' })).toHaveLength(1);
    expect(within(requests).getByText('Einddatum verstreken')).toBeVisible();

    await user.click(
      within(requests).getByRole('button', { name: 'Herbeoordeling van H.B. besproken' }),
    );
    expect(
      await screen.findByText('Herbeoordeling van H.B. besproken en afgesloten'),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.queryByRole('table', { name: 'Herbeoordeling nodig' })).not.toBeInTheDocument(),
    );
    expect(await screen.findByRole('table', { name: 'Signalen Zwolle' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Aandacht' })).toHaveFocus();
    expect(await listUnresolvedReviewRequests()).toHaveLength(0);

    screen.getByRole('button', { name: 'Ongedaan maken' }).focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText('Ongedaan gemaakt: herbeoordeling van H.B. staat weer open'),
    ).toBeVisible();
    expect(await screen.findByRole('table', { name: 'Herbeoordeling nodig' })).toBeVisible();
    expect(await listUnresolvedReviewRequests()).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('link', { name: 'H.B.' })).toHaveFocus());
  });

  it('leaves "Besproken" out where the person may not write', async () => {
    const asked = await addYouth(fields({ initials: 'H.B.' }));
    await setAll(asked.id, 'green');
    await requestReview(asked.id, 'crisis', '');
    render(
      <CapabilityProvider value={{ write: false, readOnlyBecause: 'review' }}>
        <AttentionPage />
      </CapabilityProvider>,
    );
    expect(await screen.findByRole('table', { name: 'Herbeoordeling nodig' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /besproken/ })).not.toBeInTheDocument();
  });

  it('says so when nothing needs attention', async () => {
    const calm = await addYouth(fields());
    await setAll(calm.id, 'green');
    render(<AttentionPage />);
    expect(await screen.findByText(/Geen signalen/)).toBeVisible();
  });
});

describe('Acties', () => {
  it('shows the first 100 actions, most overdue first, and more on request', async () => {
    const conditions = (await listConditions()).filter((c) => c.key !== 'transition18');
    // 21 young people × 5 conditions = 105 open actions, due from 105 days ago onwards.
    let due = -105;
    for (let index = 0; index < 21; index++) {
      const youth = await addYouth(fields({ initials: `Y${index}.` }));
      for (const condition of conditions.slice(0, 5)) {
        await setLight(youth.id, condition.id, {
          colour: 'amber',
          action: `Actie ${due}`,
          actionOwner: index % 2 ? 'Joost V.' : 'Sanne W.',
          dueDate: day(due++),
        });
      }
    }
    const user = userEvent.setup();
    render(<ActionsPage />);
    const table = await screen.findByRole('table', { name: 'Open acties' });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(100);
    expect(within(rows()[0]!).getByText('Actie -105')).toBeVisible();
    expect(screen.getByText('100 van 105 acties getoond, te laat eerst.')).toBeVisible();
    expect(screen.getByText('105 open acties')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Toon 5 meer' }));
    await waitFor(() => expect(rows()).toHaveLength(105));
    // Keyboard users land on the first row that was added, not at the bottom of the page.
    expect(within(rows()[100]!).getByRole('link')).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Toon/ })).not.toBeInTheDocument();

    // Another order starts again at the first 100; group headings count every action.
    await user.click(screen.getByRole('radio', { name: 'Actiehouder' }));
    expect(await screen.findByRole('heading', { name: 'Joost V. (50)' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Sanne W. (55)' })).toBeVisible();
    const shown = screen
      .getAllByRole('table')
      .flatMap((group) => within(group).getAllByRole('row').slice(1));
    expect(shown).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: 'Toon alle 105' }));
    await waitFor(() =>
      expect(
        screen.getAllByRole('table').flatMap((group) => within(group).getAllByRole('row').slice(1)),
      ).toHaveLength(105),
    );
  });

  it('marks an overdue action done: the row and its signal go, history keeps it', async () => {
    const youth = await addYouth(fields({ initials: 'X.Y.' }));
    await setAll(youth.id, 'green');
    await setLight(youth.id, await housingId(), {
      colour: 'red',
      reason: 'Geen woonplek na vertrek',
      action: 'Aanmelden begeleid wonen',
      actionOwner: 'Joost V.',
      dueDate: day(-3),
    });
    const user = userEvent.setup();
    render(
      <>
        <ActionsPage />
        <p>
          <AttentionNavCount />
        </p>
        <Toaster />
      </>,
    );
    const table = await screen.findByRole('table', { name: 'Open acties' });
    expect(within(table).getByText('3 dagen te laat')).toBeVisible();
    expect(await screen.findByText('(1 signaal)')).toBeInTheDocument();

    await user.click(
      within(table).getByRole('button', { name: 'Afgerond: Aanmelden begeleid wonen (X.Y.)' }),
    );
    expect(await screen.findByText('Geen open acties.', {}, { timeout: 5000 })).toBeVisible();
    await waitFor(() => expect(screen.queryByText(/signaal/)).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 1, name: 'Acties' })).toHaveFocus();
    const [newest] = (await historyForYouth(youth.id)) as (Assessment & CompletedActionField)[];
    expect(newest).toMatchObject({
      colour: 'red',
      action: '',
      completedAction: 'Aanmelden begeleid wonen',
    });
  });

  it('undoes "Afgerond" from the toast by keyboard: the action is back, history only grows', async () => {
    const youth = await addYouth(fields({ initials: 'X.Y.' }));
    await setLight(youth.id, await housingId(), {
      colour: 'red',
      action: 'Aanmelden begeleid wonen',
      actionOwner: 'Joost V.',
      dueDate: day(-3),
    });
    const user = userEvent.setup();
    render(
      <>
        <ActionsPage />
        <Toaster />
      </>,
    );
    const done = await screen.findByRole('button', {
      name: 'Afgerond: Aanmelden begeleid wonen (X.Y.)',
    });
    done.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Geen open acties.', {}, { timeout: 5000 })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Actie afgerond: Aanmelden begeleid wonen (X.Y.)',
    );

    screen.getByRole('button', { name: 'Ongedaan maken' }).focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText('Ongedaan gemaakt: Aanmelden begeleid wonen (X.Y.) staat weer open'),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Open acties' }, { timeout: 5000 });
    const row = within(table).getByRole('row', { name: /Aanmelden begeleid wonen/ });
    expect(row).toHaveTextContent('Joost V.');
    expect(row).toHaveTextContent('3 dagen te laat');
    // Keyboard users land on the action that came back.
    await waitFor(() => expect(within(row).getByRole('link', { name: 'X.Y.' })).toHaveFocus());
    // Set, completed, restored: undo appended, nothing was removed.
    expect(await historyForYouth(youth.id)).toHaveLength(3);
  });

  it('undoes "Opnieuw plannen" from the toast: the old date and owner are back', async () => {
    const youth = await addYouth(fields({ initials: 'X.Y.' }));
    await setLight(youth.id, await housingId(), {
      colour: 'amber',
      action: 'Bellen met woningcorporatie',
      actionOwner: 'Sanne W.',
      dueDate: day(-1),
    });
    const user = userEvent.setup();
    render(
      <>
        <ActionsPage />
        <Toaster />
      </>,
    );
    await user.click(
      await screen.findByRole('button', {
        name: 'Opnieuw plannen: Bellen met woningcorporatie (X.Y.)',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Nieuwe streefdatum/), day(14));
    const owner = within(dialog).getByLabelText('Actiehouder');
    await user.clear(owner);
    await user.type(owner, 'Lotte B.');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    const table = await screen.findByRole('table', { name: 'Open acties' });
    await waitFor(() => expect(within(table).getByText('Lotte B.')).toBeVisible());

    screen.getByRole('button', { name: 'Ongedaan maken' }).focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText(
        'Ongedaan gemaakt: Bellen met woningcorporatie (X.Y.) heeft weer de vorige streefdatum en actiehouder',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(table).getByText('Sanne W.')).toBeVisible());
    expect(within(table).getByText('1 dag te laat')).toBeVisible();
    expect(within(table).queryByText('Lotte B.')).not.toBeInTheDocument();
  });

  it('re-plans with a new date and owner, and filters by owner', async () => {
    const youth = await addYouth(fields({ initials: 'X.Y.' }));
    await setLight(youth.id, await housingId(), {
      colour: 'amber',
      action: 'Bellen met woningcorporatie',
      actionOwner: 'Sanne W.',
      dueDate: day(-1),
    });
    const user = userEvent.setup();
    render(
      <>
        <ActionsPage />
        <Toaster />
      </>,
    );
    await user.click(
      await screen.findByRole('button', {
        name: 'Opnieuw plannen: Bellen met woningcorporatie (X.Y.)',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(within(dialog).getByText('Vul dit veld in.')).toBeVisible();
    await user.type(within(dialog).getByLabelText(/Nieuwe streefdatum/), day(14));
    const owner = within(dialog).getByLabelText('Actiehouder');
    await user.clear(owner);
    await user.type(owner, 'Lotte B.');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = screen.getByRole('table', { name: 'Open acties' });
    await waitFor(() => expect(within(table).getByText('Lotte B.')).toBeVisible());
    expect(within(table).queryByText(/te laat/)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Actiehouder' }), 'Lotte B.');
    expect(screen.getByRole('table', { name: 'Open acties' })).toBeVisible();
  });

  it('filters actions by municipality, location and coordinator', async () => {
    const zwolle = await addYouth(fields({ initials: 'Z.W.' }));
    const deventer = await addYouth(
      fields({
        initials: 'D.V.',
        municipality: 'Deventer',
        location: 'Het Anker',
        coordinator: 'Kees P.',
      }),
    );
    for (const youth of [zwolle, deventer])
      await setLight(youth.id, await housingId(), {
        colour: 'amber',
        action: `Woning zoeken ${youth.initials}`,
        actionOwner: 'Sanne W.',
        dueDate: day(7),
      });
    const user = userEvent.setup();
    render(<ActionsPage />);
    const table = await screen.findByRole('table', { name: 'Open acties' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Gemeente' }), 'Deventer');
    expect(within(table).getByText('Woning zoeken D.V.')).toBeVisible();
    expect(within(table).queryByText('Woning zoeken Z.W.')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Zorgcoördinator' }), 'Sanne W.');
    expect(screen.getByText('Geen open acties met deze filters.')).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Gemeente' }), '');
    expect(screen.getByRole('table', { name: 'Open acties' })).toBeVisible();
    expect(screen.getByText('Woning zoeken Z.W.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Locatie' })).toHaveDisplayValue('Alle locaties');
  });

  it('shows a follow-up check after outflow and keeps its answer', async () => {
    const youth = await addYouth(fields({ initials: 'U.V.' }));
    await registerOutflow(youth.id, toIsoDate(subDays(new Date(), 100)), 'thuis');
    const user = userEvent.setup();
    render(
      <>
        <ActionsPage />
        <Toaster />
      </>,
    );
    await user.click(
      await screen.findByRole('button', { name: 'Controle 3 maanden vastleggen voor U.V.' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Beoogde plek bij uitstroom: Terug naar huis')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(within(dialog).getByText('Kies ja of niet bereikt.')).toBeVisible();
    await user.click(within(dialog).getByRole('radio', { name: 'Ja' }));
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(within(dialog).getAllByText('Kies ja of nee.')).toHaveLength(2);
    const [, stillYes] = within(dialog).getAllByRole('radio', { name: 'Ja' });
    const [, backNo] = within(dialog).getAllByRole('radio', { name: 'Nee' });
    await user.click(stillYes!);
    await user.click(backNo!);
    await user.type(within(dialog).getByLabelText('Toelichting'), 'Woont weer thuis');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Geen nazorgcontroles open.')).toBeVisible();
    expect(await listOutflowChecks()).toEqual([
      expect.objectContaining({
        monthsAfter: 3,
        reached: true,
        stillInIntendedPlace: true,
        backInCare: false,
        note: 'Woont weer thuis',
      }),
    ]);
  });

  it('records "niet bereikt" without asking the questions it cannot answer', async () => {
    const youth = await addYouth(fields({ initials: 'W.X.' }));
    await registerOutflow(youth.id, toIsoDate(subDays(new Date(), 100)), 'begeleidWonen');
    const user = userEvent.setup();
    render(
      <>
        <ActionsPage />
        <Toaster />
      </>,
    );
    await user.click(
      await screen.findByRole('button', { name: 'Controle 3 maanden vastleggen voor W.X.' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Niet bereikt' }));
    expect(within(dialog).queryByText('Woont de jongere nog op de beoogde plek?')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Geen nazorgcontroles open.')).toBeVisible();
    expect(await listOutflowChecks()).toEqual([
      expect.objectContaining({ monthsAfter: 3, reached: false, stillInIntendedPlace: false }),
    ]);
  });
});

describe('signal settings', () => {
  it('validates next to the field and stores the thresholds', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SignalSettings />
        <Toaster />
      </>,
    );
    const field = await screen.findByLabelText(/Wordt 18 binnen \(maanden\)/);
    expect(field).toHaveValue('6');
    await user.clear(field);
    await user.type(field, '30');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Dit getal valt buiten het toegestane bereik.')).toBeVisible();
    expect(field).toHaveFocus();
    expect((await getSettings()).signalThresholds).toBeUndefined();

    await user.clear(field);
    await user.type(field, '12');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(async () =>
      expect((await getSettings()).signalThresholds?.turningEighteenMonths).toBe(12),
    );
  });
});
