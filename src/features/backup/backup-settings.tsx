export function BackupSettings() {
  return null;
}
