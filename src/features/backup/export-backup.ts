import { updateSettings } from '@/db/settings-repository';
import { downloadBlob } from '@/ui/download';

/** Set at build time from package.json (vite.config.ts `define`). */
export const APP_VERSION: string = (import.meta.env.APP_VERSION as string | undefined) ?? 'dev';

export type DownloadedBackup = {
  fileName: string;
  /** False when the file was saved but "last backup" could not be recorded (a full disk). */
  recorded: boolean;
};

/**
 * Makes a backup of everything, hands it to the browser as a download and
 * then records when (the file is gzip-compressed `.json.gz`, see
 * db/backup-compression.ts): the backup counts as done only once the file is saved,
 * and a saved file is a success even if recording it fails. The backup code
 * (and zod) load only now.
 */
export async function downloadBackup(): Promise<DownloadedBackup> {
  const { createBackup } = await import('@/db/backup');
  const { blob, fileName, file } = await createBackup(APP_VERSION);
  downloadBlob(fileName, blob);
  try {
    await updateSettings({ lastBackupAt: file.createdAt });
    return { fileName, recorded: true };
  } catch (error) {
    console.warn(error);
    return { fileName, recorded: false };
  }
}
