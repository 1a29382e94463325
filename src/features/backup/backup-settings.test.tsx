import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UitstroombordDatabase } from '@/db/database';
import { getSettings, updateSettings } from '@/db/settings-repository';
import { isBackupDue } from '@/domain/data-safety';
import type * as DataSafety from '@/domain/data-safety';
import { addYouth } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { freshDatabase } from '@/testing/test-database';
import { BackupReminder } from './backup-reminder';
import { BackupSettings } from './backup-settings';
import { makeYouthFields } from '@/testing/factories';
import { tb } from '@/i18n/backup';

// The reminder draws nothing both while it loads and when no backup is due: its call to the
// rule is the fact that says it has read the settings and the board and decided.
vi.mock('@/domain/data-safety', async (importOriginal) => {
  const actual = await importOriginal<typeof DataSafety>();
  return { ...actual, isBackupDue: vi.fn(actual.isBackupDue) };
});
const decided = vi.mocked(isBackupDue);

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => {
  database.close();
  vi.unstubAllGlobals();
});

function stubStorage(options: { persisted: boolean; grant: boolean }) {
  const storage = {
    persisted: vi.fn(async () => options.persisted),
    persist: vi.fn(async () => options.grant),
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

describe('storage and backup settings', () => {
  it('shows the storage used and advises when persistent storage is refused', async () => {
    const user = userEvent.setup();
    const storage = stubStorage({ persisted: false, grant: false });
    render(<BackupSettings />);
    expect(await screen.findByText(tb.settings.notPersistent)).toBeInTheDocument();
    expect(screen.getByText('In gebruik: 3 MB van 2 GB beschikbaar (0,1%).')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: tb.settings.askPersist }));
    expect(storage.persist).toHaveBeenCalled();
    expect(await screen.findByText(tb.settings.refusedAdvice)).toBeInTheDocument();
  });

  it('says so when storage is persistent', async () => {
    stubStorage({ persisted: true, grant: true });
    render(<BackupSettings />);
    expect(await screen.findByText(tb.settings.persistent)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: tb.settings.askPersist })).toBeNull();
  });

  it('saves the reminder period and retention, with a message next to a wrong value', async () => {
    const user = userEvent.setup();
    stubStorage({ persisted: true, grant: true });
    render(<BackupSettings />);
    const days = await screen.findByLabelText(tb.settings.reminderDays);
    expect(days).toHaveValue('7');
    expect(screen.getByLabelText(tb.settings.retentionMonths)).toHaveValue('24');

    await user.clear(days);
    await user.type(days, 'nul');
    await user.click(screen.getByRole('button', { name: t.actions.save }));
    expect(await screen.findByText(tb.settings.wholeNumber(1, 365))).toBeInTheDocument();
    expect((await getSettings()).backupReminderDays).toBeUndefined();

    await user.clear(screen.getByLabelText(tb.settings.reminderDays));
    await user.type(screen.getByLabelText(tb.settings.reminderDays), '14');
    await user.click(screen.getByRole('button', { name: t.actions.save }));
    await vi.waitFor(async () => expect((await getSettings()).backupReminderDays).toBe(14));
  });
});

describe('backup reminder', () => {
  const fields = makeYouthFields({ initials: 'K.L.', birthDate: '2009-04-12' });

  it('stays away on a new board, appears when the last backup is older than the setting', async () => {
    await addYouth(fields);
    decided.mockClear();
    const { unmount } = render(<BackupReminder />);
    // A fresh board has no reminder.
    await vi.waitFor(() => expect(decided).toHaveLastReturnedWith(false));
    expect(screen.queryByRole('region', { name: t.backup.reminder.label })).toBeNull();
    unmount();

    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();
    await updateSettings({ lastBackupAt: tenDaysAgo });
    const user = userEvent.setup();
    render(<BackupReminder />);
    const banner = await screen.findByRole('region', { name: t.backup.reminder.label });
    expect(banner).toHaveTextContent(t.backup.reminder.old(10));
    await user.click(screen.getByRole('button', { name: t.backup.reminder.later }));
    expect(screen.queryByRole('region', { name: t.backup.reminder.label })).toBeNull();

    await updateSettings({ backupReminderDays: 30 });
    decided.mockClear();
    render(<BackupReminder />);
    await vi.waitFor(() => expect(decided).toHaveLastReturnedWith(false));
    expect(screen.queryByRole('region', { name: t.backup.reminder.label })).toBeNull();
  });
});
