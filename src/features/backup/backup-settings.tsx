import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { dataSafetySettings } from '@/domain/data-safety';
import type { SettingsRecord } from '@/db/database';
import { getSettings, updateSettings } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { TextField } from '@/ui/fields';
import { Link, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { formatBytes, formatPercent, useStorageStatus } from './storage-status';
import { tb } from '@/i18n/backup';

function StorageStatusView() {
  const { status, requestPersistence } = useStorageStatus();
  if (status.kind === 'loading') return null;
  if (status.kind === 'unsupported') return <p>{tb.settings.unsupported}</p>;
  return (
    <div className="storage-status">
      <p>{status.persisted ? tb.settings.persistent : tb.settings.notPersistent}</p>
      {status.usage !== undefined && status.quota !== undefined && (
        <p>
          {tb.settings.usage(
            formatBytes(status.usage),
            formatBytes(status.quota),
            formatPercent(status.usage, status.quota),
          )}
        </p>
      )}
      {status.refused && (
        <p className="storage-advice" role="status">
          {tb.settings.refusedAdvice}
        </p>
      )}
      {!status.persisted && (
        <button type="button" className="button" onClick={() => void requestPersistence()}>
          {tb.settings.askPersist}
        </button>
      )}
    </div>
  );
}

function parseWhole(value: string, min: number, max: number): number | undefined {
  const parsed = Number(value.trim());
  return value.trim() && Number.isInteger(parsed) && parsed >= min && parsed <= max
    ? parsed
    : undefined;
}

const DAYS = { min: 1, max: 365 };
const MONTHS = { min: 1, max: 240 };

function PeriodsForm({ settings }: { settings: SettingsRecord }) {
  const current = dataSafetySettings(settings);
  const [days, setDays] = useState(String(current.backupReminderDays));
  const [months, setMonths] = useState(String(current.retentionMonths));
  const [errors, setErrors] = useState<{ days?: string; months?: string }>({});
  const showToast = useUiStore((state) => state.showToast);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const backupReminderDays = parseWhole(days, DAYS.min, DAYS.max);
    const retentionMonths = parseWhole(months, MONTHS.min, MONTHS.max);
    const next = {
      days: backupReminderDays ? undefined : tb.settings.wholeNumber(DAYS.min, DAYS.max),
      months: retentionMonths ? undefined : tb.settings.wholeNumber(MONTHS.min, MONTHS.max),
    };
    setErrors(next);
    if (!backupReminderDays || !retentionMonths) return;
    if (await runWrite(() => updateSettings({ backupReminderDays, retentionMonths })))
      showToast({ message: tb.settings.saved });
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="field-row">
        <TextField
          label={tb.settings.reminderDays}
          hint={tb.settings.reminderHint}
          inputMode="numeric"
          value={days}
          error={errors.days}
          onChange={(event) => setDays(event.target.value)}
        />
        <TextField
          label={tb.settings.retentionMonths}
          hint={tb.settings.retentionHint}
          inputMode="numeric"
          value={months}
          error={errors.months}
          onChange={(event) => setMonths(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t.actions.save}
        </button>
      </div>
    </form>
  );
}

/** The storage and backup section of the settings page. */
export function BackupSettings() {
  const settings = useLiveQuery(getSettings, []);
  return (
    <section className="form-card" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">{tb.settings.title}</h2>
      <h3>{tb.settings.storage}</h3>
      <StorageStatusView />
      {settings && (
        <PeriodsForm
          key={`${settings.backupReminderDays}-${settings.retentionMonths}`}
          settings={settings}
        />
      )}
      <p>
        <Link to={paths.data()}>{tb.settings.dataLink}</Link>
      </p>
    </section>
  );
}
