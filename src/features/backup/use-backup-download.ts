import { useState } from 'react';
import { t } from '@/i18n/dictionary';
import { useUiStore } from '@/ui/store';
import { downloadBackup } from './export-backup';

/** Downloads a backup and says how it went; used by the Gegevens page and the reminder banner. */
export function useBackupDownload() {
  const [busy, setBusy] = useState(false);
  const showToast = useUiStore((state) => state.showToast);
  const download = async () => {
    setBusy(true);
    try {
      const { fileName, recorded } = await downloadBackup();
      showToast(
        recorded
          ? { message: t.backup.export.done(fileName) }
          : { message: `${t.backup.export.done(fileName)} ${t.backup.export.notRecorded}` },
      );
    } catch (error) {
      const readOnly = (error as { code?: string } | null)?.code === 'readOnly';
      const invalid = (error as { name?: string } | null)?.name === 'BackupError';
      if (!readOnly && !invalid) console.error(error);
      showToast({
        tone: 'error',
        message: readOnly
          ? t.backup.export.inReview
          : invalid
            ? t.backup.export.badData
            : t.backup.export.failed,
      });
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
