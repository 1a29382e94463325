import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UitstroombordDatabase } from '@/db/database';
import { getSettings, saveIdentity } from '@/db/settings-repository';
import { needsIdentity, PERSON_NAME_MAX } from '@/domain/identity';
import { t } from '@/i18n/dictionary';
import { CapabilityProvider } from '@/ui/capability';
import { freshDatabase } from '@/testing/test-database';
import { SettingsPage } from './settings-page';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

describe('SettingsPage on a municipality device', () => {
  it('offers no setting that is data, and a way back if the device is a provider’s', async () => {
    const user = userEvent.setup();
    await saveIdentity({ audience: 'municipality' });
    render(
      <CapabilityProvider value={{ write: false, readOnlyBecause: 'municipality' }}>
        <SettingsPage>
          <p>feature sections</p>
        </SettingsPage>
      </CapabilityProvider>,
    );
    const back = await screen.findByRole('button', { name: t.settings.notMunicipality });
    expect(screen.queryByRole('button', { name: t.actions.save })).toBeNull();
    expect(screen.queryByRole('link', { name: t.settings.conditionsLink })).toBeNull();

    await user.click(back);
    // The first-use question comes back: the audience is forgotten, nothing else.
    await waitFor(async () => expect((await getSettings()).audience).toBeUndefined());
    expect(needsIdentity(await getSettings())).toBe(true);
  });
});

describe('SettingsPage: your name', () => {
  const renderForProvider = () =>
    render(
      <CapabilityProvider value={{ write: true }}>
        <SettingsPage />
      </CapabilityProvider>,
    );

  it.each([
    ['Onbekend', t.identity.errors.placeholder],
    ['  onbekend ', t.identity.errors.placeholder],
    ['   ', t.identity.errors.required],
    ['x'.repeat(PERSON_NAME_MAX + 1), t.identity.errors.tooLong],
  ])('refuses "%s" as the welcome question does, and writes nothing', async (name, message) => {
    const user = userEvent.setup();
    await saveIdentity({ audience: 'provider', userName: 'Anna', providerName: 'De Linde' });
    const before = await getSettings();
    renderForProvider();
    const field = await screen.findByLabelText(t.settings.userName, { exact: false });
    await user.clear(field);
    await user.type(field, name);
    await user.click(screen.getByRole('button', { name: t.actions.save }));

    expect(await screen.findByText(message)).toBeTruthy();
    expect(await getSettings()).toEqual(before);
  });

  it('saves a real name, stamped with that name', async () => {
    const user = userEvent.setup();
    await saveIdentity({ audience: 'provider', userName: 'Anna', providerName: 'De Linde' });
    renderForProvider();
    const field = await screen.findByLabelText(t.settings.userName, { exact: false });
    await user.clear(field);
    await user.type(field, ' Bram ');
    await user.click(screen.getByRole('button', { name: t.actions.save }));
    await waitFor(async () => expect((await getSettings()).userName).toBe('Bram'));
    expect((await getSettings()).updatedBy).toBe('Bram');
  });
});
