import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { subMonths } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLight } from '@/db/assessment-repository';
import { gzipText } from '@/db/backup-compression';
import { listConditions } from '@/db/condition-repository';
import type { UitstroombordDatabase } from '@/db/database';
import { getSettings } from '@/db/settings-repository';
import { addYouth, registerOutflow } from '@/db/youth-repository';
import { toIsoDate } from '@/domain/dates';
import type { YouthFields } from '@/domain/youth';
import { t } from '@/i18n/dictionary';
import { freshDatabase } from '@/testing/test-database';
import { Toaster } from '@/ui/toaster';
import { DataPage } from './data-page';
import { makeYouthFields } from '@/testing/factories';
import { tb } from '@/i18n/backup';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

function fields(overrides: Partial<YouthFields> = {}): YouthFields {
  return makeYouthFields({ initials: 'K.L.', birthDate: '2009-04-12', ...overrides });
}

function renderPage() {
  return render(
    <>
      <DataPage />
      <Toaster />
    </>,
  );
}

/** Captures what "Back-up downloaden" hands to the browser. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:backup';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(screen.getByLabelText(tb.restore.file), file);
}

describe('Gegevens page: backup and restore', () => {
  it('downloads a backup, records when, and restores it into an emptied database', async () => {
    const user = userEvent.setup();
    const youth = await addYouth(fields());
    const [housing] = await listConditions();
    await setLight(youth.id, housing!.id, { colour: 'red', reason: 'Geen kamer' });
    const downloads = captureDownloads();
    renderPage();
    expect(await screen.findByText(t.backup.export.never)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: t.backup.export.button }));
    expect(
      await screen.findByText(/Back-up gedownload: uitstroombord-backup-[\d-]+\.json\.gz/),
    ).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
    expect((await getSettings()).lastBackupAt).toBeDefined();
    expect(await screen.findByText(/Laatste back-up:/)).toBeInTheDocument();

    // Lose everything, then restore from the file.
    await database.youths.clear();
    await database.assessments.clear();
    await database.currentLights.clear();
    // The download is gzip (it starts with gzip's magic bytes) and is restored as it is.
    const bytes = new Uint8Array(await downloads[0]!.arrayBuffer());
    expect([...bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const file = new File([bytes], 'backup.json.gz', { type: 'application/gzip' });
    await chooseFile(user, file);

    const plan = await screen.findByRole('table', { name: tb.restore.planCaption });
    const youthRow = within(plan).getByRole('row', { name: /Jongeren/ });
    expect(
      within(youthRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0', '1', '0']);
    await user.click(screen.getByLabelText(/Vervangen/));
    expect(screen.getByText(tb.restore.replaceWarning)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: tb.restore.confirmReplace }));

    expect(await screen.findByText(tb.restore.done)).toBeInTheDocument();
    expect(await database.youths.toArray()).toEqual([youth]);
    expect((await database.currentLights.toArray()).map((light) => light.reason)).toEqual([
      'Geen kamer',
    ]);
    // Export, read back, check and restore a whole database: more than the default 5 s on a busy machine.
  }, 20_000);

  it('a saved backup is a success even when recording "last backup" hits a full disk', async () => {
    const user = userEvent.setup();
    await addYouth(fields());
    const downloads = captureDownloads();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(database.settings, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    renderPage();
    await user.click(await screen.findByRole('button', { name: t.backup.export.button }));
    expect(await screen.findByText(/Back-up gedownload: uitstroombord-backup-/)).toHaveTextContent(
      t.backup.export.notRecorded,
    );
    expect(screen.queryByText(t.backup.export.failed)).toBeNull();
    expect(downloads).toHaveLength(1);
    expect((await getSettings()).lastBackupAt).toBeUndefined();
    warn.mockRestore();
  });

  it('explains a foreign file next to the field and changes nothing', async () => {
    const user = userEvent.setup();
    await addYouth(fields());
    renderPage();
    await chooseFile(
      user,
      new File([JSON.stringify({ name: 'iets anders' })], 'ander.json', {
        type: 'application/json',
      }),
    );
    expect(await screen.findByText(tb.errors.foreign)).toBeInTheDocument();
    expect(screen.getByLabelText(tb.restore.file)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(await database.youths.count()).toBe(1);
  });

  it('explains a truncated file', async () => {
    const user = userEvent.setup();
    renderPage();
    await chooseFile(user, new File(['{"format":"uitstroombord-backup","da'], 'kapot.json'));
    expect(await screen.findByText(tb.errors.notJson)).toBeInTheDocument();
  });

  it('explains a truncated .json.gz (half a download) and changes nothing', async () => {
    const user = userEvent.setup();
    await addYouth(fields());
    const packed = await gzipText(
      JSON.stringify({ format: 'uitstroombord-backup', data: { notes: 'x'.repeat(5000) } }),
    );
    const half = new Uint8Array(await packed.slice(0, Math.floor(packed.size / 2)).arrayBuffer());
    renderPage();
    await chooseFile(user, new File([half], 'kapot.json.gz', { type: 'application/gzip' }));
    expect(await screen.findByText(tb.errors.notJson)).toBeInTheDocument();
    expect(await database.youths.count()).toBe(1);
  });
});

describe('Gegevens page: erasure and retention', () => {
  it('erases one young person only after the initials are typed', async () => {
    const user = userEvent.setup();
    const gone = await addYouth(fields({ initials: 'W.E.' }));
    await addYouth(fields({ initials: 'B.L.' }));
    const [housing] = await listConditions();
    await setLight(gone.id, housing!.id, { colour: 'amber' });
    renderPage();

    await user.selectOptions(await screen.findByLabelText(tb.erase.choose), gone.id);
    await user.click(screen.getByRole('button', { name: tb.erase.button }));
    const dialog = await screen.findByRole('dialog', { name: 'W.E. volledig verwijderen' });
    expect(
      await within(dialog).findByText('1 stoplichtbeoordeling (de hele geschiedenis)'),
    ).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/Typ de initialen W.E./), 'B.L.');
    await user.click(within(dialog).getByRole('button', { name: tb.erase.confirm }));
    expect(await within(dialog).findByText(tb.erase.mismatch)).toBeInTheDocument();
    expect(await database.youths.count()).toBe(2);

    await user.clear(within(dialog).getByLabelText(/Typ de initialen/));
    await user.type(within(dialog).getByLabelText(/Typ de initialen/), 'w.e.');
    await user.click(within(dialog).getByRole('button', { name: tb.erase.confirm }));
    expect(await screen.findByText(tb.erase.done('W.E.'))).toBeInTheDocument();
    expect((await database.youths.toArray()).map((youth) => youth.initials)).toEqual(['B.L.']);
    expect(await database.assessments.count()).toBe(0);
  });

  it('lists young people past the retention period and removes them after a warning', async () => {
    const user = userEvent.setup();
    const old = await addYouth(fields({ initials: 'O.U.', placementStart: '2020-01-01' }));
    const recent = await addYouth(fields({ initials: 'R.E.' }));
    await registerOutflow(old.id, toIsoDate(subMonths(new Date(), 30)), 'thuis');
    await registerOutflow(recent.id, toIsoDate(subMonths(new Date(), 3)), 'thuis');
    renderPage();

    const table = await screen.findByRole('table', { name: tb.retention.caption });
    expect(within(table).getByText('O.U.')).toBeInTheDocument();
    expect(within(table).queryByText('R.E.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: tb.retention.button(1) }));
    const dialog = await screen.findByRole('dialog', { name: tb.retention.dialogTitle });
    expect(within(dialog).getByText(tb.retention.warning(1))).toBeInTheDocument();
    expect(await database.youths.count()).toBe(2);
    await user.type(within(dialog).getByLabelText(tb.retention.confirmLabel(1)), '1');
    await user.click(within(dialog).getByRole('button', { name: tb.retention.confirm }));

    expect(await screen.findByText(tb.retention.done(1))).toBeInTheDocument();
    await waitFor(async () =>
      expect((await database.youths.toArray()).map((youth) => youth.initials)).toEqual(['R.E.']),
    );
  });
});
