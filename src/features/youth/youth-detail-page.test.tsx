import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLight } from '@/db/assessment-repository';
import { clock } from '@/db/clock';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { addYouth, listLeftYouths, listPlacedYouths } from '@/db/youth-repository';
import type { Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { freshDatabase } from '@/testing/test-database';
import { CapabilityProvider } from '@/ui/capability';
import { DataPrecisionProvider } from '@/ui/data-precision';
import { Toaster } from '@/ui/toaster';
import { LeftListPage } from './left-list-page';
import { daysAgo, yearsAgo, youthFields } from './test-fixtures';
import { YouthDetailPage } from './youth-detail-page';

let database: UitstroombordDatabase;
let youth: Youth;
beforeEach(async () => {
  database = await freshDatabase();
  youth = await addYouth(youthFields({ birthDate: yearsAgo(16), placementStart: daysAgo(400) }));
});
afterEach(() => database.close());

function renderDetail() {
  const user = userEvent.setup();
  render(
    <>
      <YouthDetailPage id={youth.id} />
      <Toaster />
    </>,
  );
  return user;
}

async function housing() {
  const conditions = await listConditions();
  const found = conditions.find((condition) => condition.key === 'housing');
  if (!found) throw new Error('seeded conditions missing');
  return found;
}

const historyItems = () =>
  within(screen.getByRole('region', { name: t.youth.history.title })).getAllByRole('listitem');

describe('young person detail', () => {
  it('shows the facts and the history of lights, newest first', async () => {
    const wonen = await housing();
    const now = vi.spyOn(clock, 'now');
    now.mockReturnValue(new Date(`${daysAgo(20)}T10:00:00`));
    await setLight(youth.id, wonen.id, { colour: 'red', reason: 'Geen woonplek in zicht' });
    now.mockReturnValue(new Date(`${daysAgo(2)}T10:00:00`));
    await setLight(youth.id, wonen.id, {
      colour: 'amber',
      reason: 'Aangemeld bij begeleid wonen',
      action: 'Wachtlijst nabellen',
      actionOwner: 'Wijkteam',
      discussedWithYouth: 'agreed',
    });
    now.mockRestore();

    renderDetail();
    expect(await screen.findByRole('heading', { level: 1, name: 'A.B.' })).toBeInTheDocument();
    expect(screen.getByText('16 jaar')).toBeInTheDocument();
    expect(screen.getByText(t.eighteenthBirthday.future)).toBeInTheDocument();
    expect(screen.getByText('Nog onbekend')).toBeInTheDocument();

    const row = (await screen.findByRole('rowheader', { name: 'Wonen' })).closest('tr');
    expect(row).toHaveTextContent('oranje');
    expect(row).toHaveTextContent('Aangemeld bij begeleid wonen');

    const items = await waitFor(() => {
      const found = historyItems();
      expect(found).toHaveLength(2);
      return found;
    });
    expect(items[0]).toHaveTextContent('oranje');
    expect(items[0]).toHaveTextContent('Wachtlijst nabellen');
    expect(items[0]).toHaveTextContent(t.discussed.agreed);
    expect(items[1]).toHaveTextContent('rood');
    expect(items[1]).toHaveTextContent('Geen woonplek in zicht');
  });

  it('says "Werd 18 op" for a young adult whose 18th birthday has passed', async () => {
    youth = await addYouth(youthFields({ initials: 'E.F.', birthDate: yearsAgo(19) }));
    renderDetail();
    expect(await screen.findByRole('heading', { level: 1, name: 'E.F.' })).toBeInTheDocument();
    expect(screen.getByText('19 jaar')).toBeInTheDocument();
    expect(screen.getByText('Werd 18 op')).toBeInTheDocument();
    expect(screen.queryByText('Wordt 18 op')).not.toBeInTheDocument();
  });

  it('shows every active condition, "niet beoordeeld" or n.v.t. by age until set', async () => {
    await addYouth(youthFields());
    const young = await addYouth(youthFields({ initials: 'C.D.', birthDate: yearsAgo(13) }));
    youth = young;
    renderDetail();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(9);
    const transition = within(table).getByRole('rowheader', { name: '18+ overgang' });
    expect(transition.closest('tr')).toHaveTextContent(t.automaticNotApplicable);
    expect(within(table).getByRole('rowheader', { name: 'Wonen' }).closest('tr')).toHaveTextContent(
      t.light.unassessed,
    );
    expect(await screen.findByText(t.youth.history.empty)).toBeInTheDocument();
  });

  it('sets a light with the light editor and can undo it', async () => {
    const user = renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Wijzig Wonen' }));
    const editor = screen.getByRole('dialog');
    await user.click(within(editor).getByRole('radio', { name: /^groen/ }));
    await user.type(within(editor).getByLabelText(t.lightEditor.reason), 'Kamer toegezegd');
    await user.click(within(editor).getByRole('button', { name: t.actions.save }));

    expect(await screen.findByText('Wonen: groen opgeslagen')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(historyItems()).toHaveLength(1));
    expect(historyItems()[0]).toHaveTextContent('Kamer toegezegd');

    await user.click(screen.getByRole('button', { name: t.actions.undo }));
    await waitFor(() => expect(historyItems()).toHaveLength(2));
    const history = screen.getByRole('region', { name: t.youth.history.title });
    expect(within(history).getByText(t.youth.history.undone)).toBeInTheDocument();
    expect(within(history).getByText(t.youth.history.restore)).toBeInTheDocument();
    // The row comes from the current lights, a different live query than the history.
    await waitFor(() =>
      expect(screen.getByRole('rowheader', { name: 'Wonen' }).closest('tr')).toHaveTextContent(
        t.light.unassessed,
      ),
    );
  });

  it('shows "niet gevonden" for an unknown id', async () => {
    render(<YouthDetailPage id="onbekend" />);
    expect(await screen.findByRole('heading', { name: t.youth.notFound })).toBeInTheDocument();
  });
});

describe('young person detail in inzage (a share file, birth month only)', () => {
  it('draws nothing that writes, and says what the file does not carry', async () => {
    const shared = await addYouth(
      youthFields({ initials: 'M.N.', birthDate: '2008-08-01', coordinator: undefined }),
    );
    render(
      <CapabilityProvider value={{ write: false, readOnlyBecause: 'review' }}>
        <DataPrecisionProvider value={{ birthDate: 'month', shared: true }}>
          <YouthDetailPage id={shared.id} />
        </DataPrecisionProvider>
      </CapabilityProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'M.N.' })).toBeInTheDocument();
    await screen.findByRole('heading', { name: t.signals.review.title });
    for (const name of [
      t.actions.edit,
      t.youth.detail.registerOutflow,
      t.signals.review.request,
      new RegExp(`^${t.youth.lights.change} `),
    ]) {
      expect(screen.queryByRole('button', { name })).toBeNull();
      expect(screen.queryByRole('link', { name })).toBeNull();
    }
    const facts = within(document.querySelector<HTMLElement>('.youth-facts')!);
    expect(facts.getByText('aug. 2008')).toBeInTheDocument();
    expect(facts.getByText('18 in')).toBeInTheDocument();
    expect(facts.getByText('aug. 2026')).toBeInTheDocument();
    expect(facts.getAllByText(t.youth.notShared)).toHaveLength(3);
  });
});

describe('register outflow', () => {
  async function openOutflow() {
    const user = renderDetail();
    await user.click(await screen.findByRole('button', { name: t.youth.detail.registerOutflow }));
    const dialog = screen.getByRole('dialog', { name: t.youth.outflow.title('A.B.') });
    const submit = within(dialog).getByRole('button', { name: t.youth.outflow.submit });
    const leftOn = within(dialog).getByLabelText(/^Datum uitstroom/);
    const destination = within(dialog).getByLabelText(/^Werkelijke bestemming/);
    return { user, dialog, submit, leftOn, destination };
  }

  it('shows messages next to the fields and writes nothing while invalid', async () => {
    const { user, submit, leftOn, destination } = await openOutflow();
    expect(leftOn).toHaveValue(daysAgo(0));
    expect(leftOn).toHaveFocus();
    await user.clear(leftOn);
    await user.click(submit);
    expect(leftOn).toHaveAccessibleDescription(expect.stringContaining(t.errors.required));
    expect(destination).toHaveAccessibleDescription(expect.stringContaining(t.errors.required));
    expect(leftOn).toHaveFocus();

    await user.type(leftOn, daysAgo(500));
    await user.click(submit);
    expect(leftOn).toHaveAccessibleDescription(expect.stringContaining(t.errors.beforeStart));
    expect(await listLeftYouths()).toHaveLength(0);
  });

  it('moves the young person off the board into the Uitgestroomd list', async () => {
    const { user, submit, leftOn, destination } = await openOutflow();
    await user.clear(leftOn);
    await user.type(leftOn, daysAgo(10));
    await user.selectOptions(destination, t.perspective.begeleidWonen);
    await user.click(submit);

    expect(await screen.findByText('A.B. is uitgestroomd')).toBeInTheDocument();
    expect(await screen.findByText(/^Uitgestroomd op/)).toHaveTextContent(
      t.perspective.begeleidWonen,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: t.youth.detail.undoOutflow })).toBeInTheDocument();
    expect(await listPlacedYouths()).toHaveLength(0);

    cleanup();
    render(<LeftListPage />);
    const link = await screen.findByRole('link', { name: 'A.B.' });
    const row = link.closest('tr');
    expect(row).toHaveTextContent(t.perspective.begeleidWonen);
    expect(row).toHaveTextContent('390');
  });

  it('puts a young person who left back on the board', async () => {
    const { user, submit, destination } = await openOutflow();
    await user.selectOptions(destination, t.perspective.thuis);
    await user.click(submit);
    await user.click(await screen.findByRole('button', { name: t.youth.detail.undoOutflow }));
    expect(await screen.findByText('A.B. staat weer op het bord')).toBeInTheDocument();
    expect(await listPlacedYouths()).toHaveLength(1);
  });
});
