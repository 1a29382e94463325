import { createBackup, type CreatedBackup } from '@/db/backup';
import { backupText } from '@/db/backup-compression';

/** A backup as the app downloads it, plus its JSON text unpacked (to read or change in a test). */
export async function createBackupJson(
  appVersion = '0.1.0',
  now?: Date,
): Promise<CreatedBackup & { json: string }> {
  const created = await createBackup(appVersion, now);
  return { ...created, json: await backupText(created.blob, Number.POSITIVE_INFINITY) };
}
