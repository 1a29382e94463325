import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { dataSafetySettings, isBackupDue } from '@/domain/data-safety';
import { daysBetween, toIsoDate } from '@/domain/dates';
import { getSettings } from '@/db/settings-repository';
import { countYouths } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { useBackupDownload } from './use-backup-download';

/** A non-blocking banner when the last backup is older than the chosen number of days. */
export function BackupReminder() {
  const settings = useLiveQuery(getSettings, []);
  const youthCount = useLiveQuery(countYouths, []);
  const [dismissed, setDismissed] = useState(false);
  const { busy, download: backUp } = useBackupDownload();
  if (!settings || youthCount === undefined || dismissed) return null;
  const today = toIsoDate(new Date());
  const { backupReminderDays, lastBackupAt } = dataSafetySettings(settings);
  if (!isBackupDue(lastBackupAt, settings.createdAt, today, backupReminderDays, youthCount > 0))
    return null;

  return (
    <section className="banner banner-warning" aria-label={t.backup.reminder.label}>
      <p>
        <strong>
          {lastBackupAt
            ? t.backup.reminder.old(daysBetween(lastBackupAt, today))
            : t.backup.reminder.never}
        </strong>{' '}
        {t.backup.reminder.advice}
      </p>
      <div className="banner-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void backUp()}
        >
          {busy ? t.backup.export.busy : t.backup.reminder.button}
        </button>
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          {t.backup.reminder.later}
        </button>
      </div>
    </section>
  );
}
