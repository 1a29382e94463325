import { defaultConditions } from '@/i18n/nl/conditions-defaults';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listConditions, setConditionRetired } from '@/db/condition-repository';
import { activeConditions } from '@/domain/conditions';
import { DEFAULT_CONDITION_KEYS } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { freshDatabase } from '@/testing/test-database';
import { ConditionsPage } from './conditions-page';
import { tc } from '@/i18n/conditions';

const defaultNames = DEFAULT_CONDITION_KEYS.map((key) => defaultConditions[key].name);

beforeEach(async () => {
  await freshDatabase();
});

async function renderPage() {
  const user = userEvent.setup();
  render(<ConditionsPage />);
  await screen.findByRole('heading', { level: 3, name: defaultNames[0] });
  return user;
}

function activeSection() {
  return screen.getByRole('region', { name: tc.activeHeading });
}

function retiredSection() {
  return screen.getByRole('region', { name: tc.retiredHeading });
}

function shownActiveNames() {
  return within(activeSection())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
}

async function storedActiveNames() {
  return activeConditions(await listConditions()).map((condition) => condition.name);
}

async function openAddDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: tc.add }));
  return screen.getByRole('dialog', { name: tc.form.addTitle });
}

describe('ConditionsPage', () => {
  it('lists the eight default conditions in order, with their criteria and age floor', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: tc.title })).toBeVisible();
    expect(shownActiveNames()).toEqual(defaultNames);

    const housing = within(activeSection()).getAllByRole('listitem')[0]!;
    const criteria = defaultConditions.housing.criteria;
    expect(within(housing).getByText(criteria.red)).toBeVisible();
    expect(within(housing).getByText(criteria.amber)).toBeVisible();
    expect(within(housing).getByText(criteria.green)).toBeVisible();
    expect(within(housing).getByText(t.light.red)).toBeVisible();
    expect(within(housing).queryByText(/vanaf \d+ jaar/)).not.toBeInTheDocument();

    const transition = within(activeSection()).getAllByRole('listitem')[3]!;
    expect(within(transition).getByText(tc.appliesFrom(16))).toBeVisible();
    expect(within(retiredSection()).getByText(tc.noneRetired)).toBeVisible();
  });

  it('shows what is missing and writes nothing when the form is invalid', async () => {
    const user = await renderPage();
    const dialog = await openAddDialog(user);
    await user.click(within(dialog).getByRole('button', { name: t.actions.save }));

    const name = within(dialog).getByRole('textbox', { name: /Naam/ });
    expect(name).toHaveAccessibleDescription(expect.stringContaining(tc.form.nameErrors.required));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText(tc.form.criterionRequired.red)).toBeVisible();
    expect(within(dialog).getByText(tc.form.criterionRequired.amber)).toBeVisible();
    expect(within(dialog).getByText(tc.form.criterionRequired.green)).toBeVisible();
    await waitFor(() => expect(name).toHaveFocus());

    await user.type(name, 'x'.repeat(41));
    await user.type(within(dialog).getByRole('textbox', { name: tc.form.appliesFromAge }), '30');
    await user.click(within(dialog).getByRole('button', { name: t.actions.save }));
    expect(within(dialog).getByText(tc.form.nameErrors.tooLong)).toBeVisible();
    expect(within(dialog).getByText(tc.form.ageInvalid)).toBeVisible();

    expect(await listConditions()).toHaveLength(8);
  });

  it('refuses a name that is already used, also by a retired condition', async () => {
    const finances = (await listConditions()).find((condition) => condition.key === 'finances')!;
    await setConditionRetired(finances.id, true);
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: tc.editLabel('Wonen') }));
    const dialog = screen.getByRole('dialog', { name: tc.form.editTitle('Wonen') });
    const name = within(dialog).getByRole('textbox', { name: /Naam/ });
    const save = within(dialog).getByRole('button', { name: t.actions.save });

    await user.clear(name);
    await user.type(name, ' financiën ');
    await user.click(save);
    expect(within(dialog).getByText(tc.form.duplicateRetired)).toBeVisible();

    await user.clear(name);
    await user.type(name, 'NETWERK');
    await user.click(save);
    expect(within(dialog).getByText(tc.form.nameErrors.duplicate)).toBeVisible();

    // Keeping its own name is not a duplicate.
    await user.clear(name);
    await user.type(name, 'Wonen');
    await user.click(save);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await storedActiveNames()).toContain('Wonen');
    expect(await storedActiveNames()).not.toContain('NETWERK');
  });

  it('adds a valid condition at the end of the list', async () => {
    const user = await renderPage();
    const dialog = await openAddDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: /Naam/ }), 'Vrije tijd');
    await user.type(
      within(dialog).getByRole('textbox', { name: tc.form.description }),
      'Hobby, sport of club na vertrek.',
    );
    await user.type(within(dialog).getByRole('textbox', { name: /Rood/ }), 'Niets geregeld.');
    await user.type(within(dialog).getByRole('textbox', { name: /Oranje/ }), 'In gesprek.');
    await user.type(within(dialog).getByRole('textbox', { name: /Groen/ }), 'Lid van een club.');
    await user.type(within(dialog).getByRole('textbox', { name: tc.form.appliesFromAge }), '14');
    await user.click(within(dialog).getByRole('button', { name: t.actions.save }));

    await waitFor(() => expect(shownActiveNames()).toEqual([...defaultNames, 'Vrije tijd']));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const stored = (await listConditions()).at(-1)!;
    expect(stored).toMatchObject({
      name: 'Vrije tijd',
      description: 'Hobby, sport of club na vertrek.',
      criteria: { red: 'Niets geregeld.', amber: 'In gesprek.', green: 'Lid van een club.' },
      appliesFromAge: 14,
      retired: false,
    });
    expect(within(activeSection()).getByText(tc.appliesFrom(14))).toBeVisible();
  });

  it('renames a condition and clears its age floor', async () => {
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: tc.editLabel('18+ overgang') }));
    const dialog = screen.getByRole('dialog', {
      name: tc.form.editTitle('18+ overgang'),
    });
    const name = within(dialog).getByRole('textbox', { name: /Naam/ });
    expect(name).toHaveValue('18+ overgang');
    await user.clear(name);
    await user.type(name, 'Na 18 jaar');
    await user.clear(within(dialog).getByRole('textbox', { name: tc.form.appliesFromAge }));
    await user.click(within(dialog).getByRole('button', { name: t.actions.save }));

    await screen.findByRole('heading', { level: 3, name: 'Na 18 jaar' });
    expect(screen.queryByRole('heading', { name: '18+ overgang' })).not.toBeInTheDocument();
    const stored = (await listConditions()).find((condition) => condition.key === 'transition18');
    expect(stored?.name).toBe('Na 18 jaar');
    expect(stored).not.toHaveProperty('appliesFromAge');
    expect(shownActiveNames()[3]).toBe('Na 18 jaar');
  });

  it('retires a condition after confirming, keeps the record, and can restore it', async () => {
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: tc.retireLabel('Wonen') }));
    const dialog = screen.getByRole('dialog', { name: tc.retireDialog.title('Wonen') });
    expect(within(dialog).getByText(tc.retireDialog.body('Wonen'))).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: tc.retire }));

    const restore = await within(retiredSection()).findByRole('button', {
      name: tc.restoreLabel('Wonen'),
    });
    expect(within(retiredSection()).getByRole('heading', { name: 'Wonen' })).toBeVisible();
    expect(shownActiveNames()).toEqual(defaultNames.slice(1));
    await waitFor(() => expect(restore).toHaveFocus());
    const stored = (await listConditions()).find((condition) => condition.key === 'housing');
    expect(stored?.retired).toBe(true);

    await user.click(restore);
    await waitFor(() => expect(shownActiveNames()).toEqual(defaultNames));
    expect(within(retiredSection()).getByText(tc.noneRetired)).toBeVisible();
  });

  it('moves the first condition down with the "Omlaag" button and keeps focus on it', async () => {
    const user = await renderPage();
    const down = screen.getByRole('button', { name: tc.moveDownLabel('Wonen') });
    await user.click(down);

    await waitFor(async () =>
      expect((await storedActiveNames()).slice(0, 3)).toEqual([
        defaultNames[1],
        'Wonen',
        defaultNames[2],
      ]),
    );
    expect(shownActiveNames().slice(0, 2)).toEqual([defaultNames[1], 'Wonen']);
    expect(screen.getByRole('button', { name: tc.moveDownLabel('Wonen') })).toHaveFocus();
    expect(screen.getByText(tc.movedTo('Wonen', 2, 8))).toBeInTheDocument();
  });

  it('does nothing for "Omhoog" on the first condition', async () => {
    const user = await renderPage();
    const up = screen.getByRole('button', { name: tc.moveUpLabel('Wonen') });
    expect(up).toHaveAttribute('aria-disabled', 'true');
    await user.click(up);
    expect(await storedActiveNames()).toEqual(defaultNames);
  });

  describe('keyboard dragging (dnd-kit KeyboardSensor)', () => {
    // jsdom has no layout; give each list item a rectangle by its place in the list.
    beforeEach(() => {
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
        this: HTMLElement,
      ) {
        const item = this.closest('li[data-condition-id]');
        const list = item?.parentElement;
        const index = item && list ? Array.from(list.children).indexOf(item) : 0;
        const top = index * 100;
        return {
          x: 0,
          y: top,
          top,
          left: 0,
          right: 600,
          bottom: top + 90,
          width: 600,
          height: 90,
          toJSON: () => ({}),
        } as DOMRect;
      });
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('picks up with Space, moves with ArrowDown and drops with Space', async () => {
      const user = await renderPage();
      const handle = screen.getByRole('button', { name: tc.handle('Wonen') });
      expect(handle).toHaveAttribute('aria-roledescription', tc.drag.roleDescription);
      handle.focus();
      await user.keyboard('[Space]');
      await screen.findByText(tc.drag.pickedUp('Wonen', 1, 8));
      await user.keyboard('[ArrowDown]');
      await screen.findByText(tc.drag.over('Wonen', 2, 8));
      await user.keyboard('[Space]');

      await waitFor(async () =>
        expect((await storedActiveNames()).slice(0, 2)).toEqual([defaultNames[1], 'Wonen']),
      );
      await waitFor(() =>
        expect(shownActiveNames().slice(0, 2)).toEqual([defaultNames[1], 'Wonen']),
      );
      await waitFor(() =>
        expect(screen.getByRole('button', { name: tc.handle('Wonen') })).toHaveFocus(),
      );
      expect(screen.getByText(tc.drag.dropped('Wonen', 2, 8))).toBeInTheDocument();
    });

    it('leaves the order alone when the drag is cancelled with Escape', async () => {
      const user = await renderPage();
      screen.getByRole('button', { name: tc.handle('Wonen') }).focus();
      await user.keyboard('[Space]');
      await user.keyboard('[ArrowDown]');
      await user.keyboard('[Escape]');
      await screen.findByText(tc.drag.cancelled('Wonen', 1, 8));
      expect(await storedActiveNames()).toEqual(defaultNames);
    });
  });
});
