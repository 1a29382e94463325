import { backupPages } from './nl/backup-pages';

/**
 * The words of the Gegevens page's sections (backup, restore, data health,
 * erasure, retention) and the backup settings. Only those views use them, and
 * they load on demand: so do these, keeping the board's first download within
 * its budget. The shell's backup words stay in the dictionary (`t.backup`).
 */
export const tb: typeof backupPages = backupPages;
