import { updateSettings } from '@/db/settings-repository';

/** Set at build time from package.json (vite.config.ts `define`). */
export const APP_VERSION: string = (import.meta.env.APP_VERSION as string | undefined) ?? 'dev';

function saveFile(contents: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type DownloadedBackup = {
  fileName: string;
  /** False when the file was saved but "last backup" could not be recorded (a full disk). */
  recorded: boolean;
};

/**
 * Makes a backup of everything, hands it to the browser as a download and
 * then records when: the backup counts as done only once the file is saved,
 * and a saved file is a success even if recording it fails. The backup code
 * (and zod) load only now.
 */
export async function downloadBackup(): Promise<DownloadedBackup> {
  const { createBackup } = await import('@/db/backup');
  const { json, fileName, file } = await createBackup(APP_VERSION);
  saveFile(json, fileName);
  try {
    await updateSettings({ lastBackupAt: file.createdAt });
    return { fileName, recorded: true };
  } catch (error) {
    console.warn(error);
    return { fileName, recorded: false };
  }
}
