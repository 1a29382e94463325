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
      showToast({ message: t.backup.export.done(await downloadBackup()) });
    } catch (error) {
      console.error(error);
      showToast({ tone: 'error', message: t.backup.export.failed });
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
