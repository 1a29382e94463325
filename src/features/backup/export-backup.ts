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

/**
 * Makes a backup of everything, hands it to the browser as a download and
 * records when. The backup code (and zod) load only now.
 */
export async function downloadBackup(): Promise<string> {
  const { createBackup } = await import('@/db/backup');
  const { json, fileName, file } = await createBackup(APP_VERSION);
  saveFile(json, fileName);
  await updateSettings({ lastBackupAt: file.createdAt });
  return fileName;
}
