import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createBackupJson } from '@/testing/backup-files';
import type * as BackupModule from '@/db/backup';
import type { UitstroombordDatabase } from '@/db/database';
import { addYouth } from '@/db/youth-repository';
import { makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { Toaster } from '@/ui/toaster';
import { RestoreSection } from './restore-section';
import { tb } from '@/i18n/backup';

// The restore itself is tested in src/db; here it is held open to see the page while it writes.
const writing = vi.hoisted(() => {
  const held: {
    report: (written: number, total: number) => void;
    finish: () => void;
  } = { report: () => {}, finish: () => {} };
  return held;
});
vi.mock('@/db/backup', async (importOriginal) => {
  const actual = await importOriginal<typeof BackupModule>();
  return {
    ...actual,
    restoreBackup: (
      _file: unknown,
      _mode: unknown,
      onProgress: (written: number, total: number) => void,
    ) =>
      new Promise<void>((resolve) => {
        writing.report = onProgress;
        writing.finish = resolve;
      }),
  };
});

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

it('shows how far a restore is while it writes, then that it is done', async () => {
  const user = userEvent.setup();
  await addYouth(makeYouthFields({ initials: 'K.L.' }));
  const { json } = await createBackupJson();
  render(
    <>
      <RestoreSection />
      <Toaster />
    </>,
  );
  await user.upload(
    screen.getByLabelText(tb.restore.file),
    new File([json], 'backup.json', { type: 'application/json' }),
  );
  await screen.findByRole('table', { name: tb.restore.planCaption });
  await user.click(screen.getByLabelText(/Vervangen/));
  await user.click(screen.getByRole('button', { name: tb.restore.confirmReplace }));

  const progress = await screen.findByRole('progressbar', {
    name: tb.restore.progressLabel,
  });
  expect(within(progress.parentElement!).getByRole('status')).toHaveTextContent(tb.restore.busy);
  expect(screen.getByText('Voorbereiden…')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: tb.restore.busy })).toBeDisabled();

  act(() => writing.report(12_500, 50_000));
  expect(progress).toHaveAttribute('value', '12500');
  expect(progress).toHaveAttribute('max', '50000');
  expect(
    screen.getByText(/^12\.500 van 50\.000 gegevens geschreven \(25%\)\. Sluit dit tabblad niet/),
  ).toBeInTheDocument();

  await act(async () => writing.finish());
  expect(await screen.findByText(tb.restore.done)).toBeInTheDocument();
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
});
