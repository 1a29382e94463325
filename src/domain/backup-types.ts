// Backup vocabulary shared by the data layer (which reads files) and the
// dictionary (which explains problems in Dutch).

/** Every table a backup holds. `currentLights` is left out: restore rebuilds it from `assessments`. */
export const BACKUP_TABLES = [
  'youths',
  'conditions',
  'assessments',
  'settings',
  'meetings',
  'reviewRequests',
  'outflowChecks',
  'reportNotes',
  'escalations',
  'escalationUpdates',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type BackupErrorCode =
  | 'tooLarge'
  | 'empty'
  | 'notJson'
  | 'foreign'
  | 'newerFormat'
  | 'unsupportedFormat'
  | 'checksum'
  | 'invalid'
  | 'duplicateId';

/** Where in the file a problem is: the UI turns it into a Dutch sentence. */
export type BackupErrorDetail = {
  table?: BackupTable;
  /** 0-based position of the record in its table. */
  index?: number;
  field?: string;
  id?: string;
  missing?: boolean;
  /** The field names a record that is not in the file (a young person, a condition, …). */
  reference?: boolean;
  /** The field is one the app never writes. */
  unknown?: boolean;
};
