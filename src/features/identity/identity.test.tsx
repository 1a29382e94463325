import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UitstroombordDatabase } from '@/db/database';
import { setLight } from '@/db/assessment-repository';
import { needsIdentity } from '@/domain/identity';
import type * as Identity from '@/domain/identity';
import { getSettings, updateSettings } from '@/db/settings-repository';
import { addYouth } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { Toaster } from '@/ui/toaster';
import { PersonSwitcher } from './person-switcher';
import { WelcomeDialog } from './welcome-dialog';

// The dialog draws nothing both while it loads and when it need not ask: its call to the rule
// is the fact that says it has read the settings and decided.
vi.mock('@/domain/identity', async (importOriginal) => {
  const actual = await importOriginal<typeof Identity>();
  return { ...actual, needsIdentity: vi.fn(actual.needsIdentity) };
});
const decided = vi.mocked(needsIdentity);

let database: UitstroombordDatabase;
beforeEach(async () => {
  // A browser nobody has used yet: the welcome question is what these tests are about.
  database = await freshDatabase({ person: false });
});
afterEach(() => database.close());

describe('first use', () => {
  it('asks name and provider, refuses blanks and "Onbekend", then stamps records with the name', async () => {
    const user = userEvent.setup();
    render(<WelcomeDialog shareFilePath="/gegevens" />);
    const dialog = await screen.findByRole('dialog', { name: t.identity.welcomeTitle });
    // Nothing to close: the question must be answered.
    expect(screen.queryByRole('button', { name: t.actions.close })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: t.identity.audience.provider }));
    await user.type(screen.getByLabelText(/Je naam/), 'Onbekend');
    await user.click(screen.getByRole('button', { name: t.identity.start }));
    expect(await screen.findByText(t.identity.errors.placeholder)).toBeInTheDocument();
    expect(screen.getByText(t.identity.errors.required)).toBeInTheDocument();
    expect((await getSettings()).userName).toBe('Onbekend');

    await user.clear(screen.getByLabelText(/Je naam/));
    await user.type(screen.getByLabelText(/Je naam/), 'Anna de Boer');
    await user.type(screen.getByLabelText(/Naam van de zorgaanbieder/), 'Stichting De Linde');
    await user.click(screen.getByRole('button', { name: t.identity.start }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());

    const settings = await getSettings();
    expect(settings).toMatchObject({
      userName: 'Anna de Boer',
      providerName: 'Stichting De Linde',
      audience: 'provider',
      recentUserNames: ['Anna de Boer'],
    });
    const youth = await addYouth(makeYouthFields());
    const conditions = await database.conditions.toArray();
    const light = await setLight(youth.id, conditions[0]!.id, { colour: 'red' });
    expect(light.assessedBy).toBe('Anna de Boer');
  });

  it('lets a municipality go straight to opening a share file, without a name', async () => {
    const user = userEvent.setup();
    render(<WelcomeDialog shareFilePath="/gegevens" />);
    await user.click(await screen.findByRole('radio', { name: t.identity.audience.municipality }));
    expect(screen.queryByLabelText(/Je naam/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.identity.openShare }));
    await waitFor(() => expect(window.location.hash).toBe('#/gegevens'));
    expect((await getSettings()).audience).toBe('municipality');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not ask again once answered', async () => {
    await updateSettings({ userName: 'Bram', providerName: 'De Linde' });
    decided.mockClear();
    render(<WelcomeDialog shareFilePath="/gegevens" />);
    await vi.waitFor(() => expect(decided).toHaveLastReturnedWith(false));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('switching person on a shared laptop', () => {
  it('offers the names used before and stamps the next change with the chosen one', async () => {
    const user = userEvent.setup();
    await updateSettings({ userName: 'Anna', providerName: 'De Linde' });
    await updateSettings({ userName: 'Bram' });
    render(
      <>
        <PersonSwitcher />
        <Toaster />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: t.identity.currentPerson('Bram') }));
    // The dialog's code loads on first use.
    await user.click(await screen.findByRole('radio', { name: 'Anna' }));
    await user.click(screen.getByRole('button', { name: t.identity.switchTo }));
    expect(await screen.findByText(t.identity.switched('Anna'))).toBeInTheDocument();
    expect((await getSettings()).userName).toBe('Anna');

    await user.click(screen.getByRole('button', { name: t.identity.currentPerson('Anna') }));
    await user.click(await screen.findByRole('radio', { name: t.identity.otherPerson }));
    await user.click(screen.getByRole('button', { name: t.identity.switchTo }));
    expect(await screen.findByText(t.identity.errors.required)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Je naam/), 'Fatima');
    await user.click(screen.getByRole('button', { name: t.identity.switchTo }));
    await waitFor(async () =>
      expect((await getSettings()).recentUserNames).toEqual(['Fatima', 'Anna', 'Bram']),
    );
  });
});
