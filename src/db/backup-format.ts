import { z } from 'zod';
import type { Escalation, EscalationUpdate } from '@/domain/escalation';
import type { OutflowCheck, ReviewRequest } from '@/domain/follow-up-types';
import type { Meeting } from '@/domain/meeting-types';
import type { ReportNote } from '@/domain/report-note';
import type { Assessment, Condition, Youth } from '@/domain/types';
import { findRuleBreaks, isIsoDateTime, recordBreak, valueAt } from '@/domain/record-rules';
import {
  BACKUP_TABLES,
  type BackupErrorCode,
  type BackupErrorDetail,
  type BackupTable,
} from '@/domain/backup-types';
import type { SettingsRecord } from './database';
import { backupText, UnpackError } from './backup-compression';

// No `new Function` under the strict CSP (see app/no-eval.ts; this keeps tests and other entries safe too).
z.config({ jitless: true });

// The backup file: what it holds, how it is checked, and how older files are
// brought up to date. No Dexie here, so it can be tested on plain values.

export const BACKUP_FORMAT = 'uitstroombord-backup';
/**
 * The version of the backup FILE, independent of the IndexedDB schema: it goes
 * up only when what a file holds changes (a new table, a changed record),
 * never for an index, with one step in {@link BACKUP_FORMAT_MIGRATIONS}.
 *  1. youths, conditions, assessments, settings
 *  2. adds meetings, reviewRequests, outflowChecks
 *  3. adds reportNotes
 *  4. adds escalations, escalationUpdates
 */
export const BACKUP_FORMAT_VERSION = 4;
/**
 * Files written before the file had its own version all say `formatVersion: 1`
 * and carry the IndexedDB version they were read from as `schemaVersion`; this
 * is the format their data has. Frozen: no file gets a `schemaVersion` any more.
 * (Those older apps read format 2 and up as newer and ask to be updated.)
 */
export const LEGACY_SCHEMA_FORMATS: Readonly<Record<number, number>> = {
  1: 1,
  2: 2,
  3: 2,
  4: 2,
  5: 2,
  6: 2,
  7: 3,
  8: 4,
};
/**
 * Larger files are refused before they are read. The limit is several times
 * the largest board's backup (`npm run bench` reports its size), leaving room
 * for years of history while refusing a wrong file (a video, a disk image).
 */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

export { BACKUP_TABLES, type BackupErrorCode, type BackupErrorDetail, type BackupTable };

export type BackupData = {
  youths: Youth[];
  conditions: Condition[];
  assessments: Assessment[];
  settings: SettingsRecord[];
  meetings: Meeting[];
  reviewRequests: ReviewRequest[];
  outflowChecks: OutflowCheck[];
  reportNotes: ReportNote[];
  escalations: Escalation[];
  escalationUpdates: EscalationUpdate[];
};

export type BackupFile = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  /** SHA-256 (hex) over the canonical JSON of `data`. */
  checksum: string;
  data: BackupData;
  /** Set by {@link parseBackupText} when the file had an older format and was migrated. */
  migratedFromFormat?: number;
};

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly detail: BackupErrorDetail = {},
  ) {
    super(`backup: ${code}${detail.table ? ` (${detail.table})` : ''}`);
    this.name = 'BackupError';
  }
}

// --- Validation -------------------------------------------------------------

// Every record is held to the app's own value rules (domain/record-rules.ts):
// a backup can hold nothing the app could not have written itself.
const isoDateTime = z.string().refine(isIsoDateTime);
/** The envelope is checked first: it decides which migrations the data needs. */
const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  /** Only in files written before the format had its own version (see LEGACY_SCHEMA_FORMATS). */
  schemaVersion: z.number().int().positive().optional(),
  appVersion: z.string(),
  createdAt: isoDateTime,
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.record(z.string(), z.unknown()),
});
type Envelope = z.infer<typeof envelopeSchema>;

// --- Checksum ---------------------------------------------------------------

/** JSON with object keys sorted at every level, so equal data always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(
        Object.keys(item)
          .sort()
          .map((key) => [key, (item as Record<string, unknown>)[key]]),
      );
    }
    return item;
  });
}

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  // A fresh ArrayBuffer: some test environments reject typed arrays from another realm.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const digest = await crypto.subtle.digest('SHA-256', buffer as ArrayBuffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function checksumOf(data: unknown): Promise<string> {
  return sha256Hex(canonicalJson(data));
}

// --- Migrations -------------------------------------------------------------

type RawData = Record<string, unknown>;

/** Format 1 had no meetings, review requests or outflow checks: they restore empty. */
export function migrateBackupFormat1To2(data: RawData): RawData {
  return {
    ...data,
    meetings: data.meetings ?? [],
    reviewRequests: data.reviewRequests ?? [],
    outflowChecks: data.outflowChecks ?? [],
  };
}

/** Format 2 had no report explanations: a file from before them restores with none. */
export function migrateBackupFormat2To3(data: RawData): RawData {
  return { ...data, reportNotes: data.reportNotes ?? [] };
}

/** Format 3 had no escalations: a file from before them restores with none. */
export function migrateBackupFormat3To4(data: RawData): RawData {
  return {
    ...data,
    escalations: data.escalations ?? [],
    escalationUpdates: data.escalationUpdates ?? [],
  };
}

/** Data migrations keyed by the format version they start from; each brings it one version up. */
export const BACKUP_FORMAT_MIGRATIONS: Readonly<Record<number, (data: RawData) => RawData>> = {
  1: migrateBackupFormat1To2,
  2: migrateBackupFormat2To3,
  3: migrateBackupFormat3To4,
};

/** The format a file's data has, reading the old numbering of files that carry a schema version. */
export function formatOf(envelope: Pick<Envelope, 'formatVersion' | 'schemaVersion'>): number {
  if (envelope.formatVersion !== 1 || envelope.schemaVersion === undefined)
    return envelope.formatVersion;
  const format = LEGACY_SCHEMA_FORMATS[envelope.schemaVersion];
  if (format === undefined) throw new BackupError('unsupportedFormat');
  return format;
}

/** The file's data brought up to {@link BACKUP_FORMAT_VERSION}, one step per format change. */
export function migrateBackup(data: RawData, fromFormat: number): RawData {
  let migrated = data;
  for (let format = fromFormat; format < BACKUP_FORMAT_VERSION; format += 1) {
    const step = BACKUP_FORMAT_MIGRATIONS[format];
    if (!step) throw new BackupError('unsupportedFormat');
    migrated = step(migrated);
  }
  return migrated;
}

// --- Reading a file ---------------------------------------------------------

/** zod 4 issues carry no input: presence is read from the file itself, so "ontbreekt" is true. */
function firstIssue(error: z.ZodError, root: unknown): BackupErrorDetail {
  const issue = error.issues[0];
  if (!issue) return {};
  const detail: BackupErrorDetail = {};
  const field = issue.path.filter((part) => typeof part === 'string').join('.');
  if (field) detail.field = field;
  if (valueAt(root, issue.path) === undefined) detail.missing = true;
  return detail;
}

function isTable(name: string): name is BackupTable {
  return (BACKUP_TABLES as readonly string[]).includes(name);
}

/** The data object: exactly the known tables, each an array. */
function checkTables(data: Record<string, unknown>): void {
  for (const table of BACKUP_TABLES) {
    if (data[table] === undefined || data[table] === null)
      throw new BackupError('invalid', { table, missing: true });
    if (!Array.isArray(data[table])) throw new BackupError('invalid', { table });
  }
  const unknown = Object.keys(data).find((name) => !isTable(name));
  if (unknown !== undefined) throw new BackupError('invalid', { field: unknown.slice(0, 100) });
}

function checkRecords(data: Record<BackupTable, unknown[]>): void {
  for (const table of BACKUP_TABLES) {
    data[table].forEach((record, index) => {
      const found = recordBreak(table, record);
      if (!found) return;
      const id = (record as { id?: unknown } | null)?.id;
      throw new BackupError('invalid', {
        table,
        index,
        ...(typeof id === 'string' && found.field !== 'id' ? { id: id.slice(0, 100) } : {}),
        ...(found.field ? { field: found.field } : {}),
        ...(found.problem === 'missing' ? { missing: true } : {}),
        ...(found.problem === 'unknown' ? { unknown: true } : {}),
      });
    });
  }
}

function checkDuplicateIds(data: BackupData): void {
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>();
    for (const record of data[table]) {
      if (seen.has(record.id)) throw new BackupError('duplicateId', { table, id: record.id });
      seen.add(record.id);
    }
  }
}

/** An assessment without its young person or condition would be invisible and unerasable. */
function checkReferences(data: BackupData): void {
  const found = findRuleBreaks(data)[0];
  if (found)
    throw new BackupError('invalid', {
      table: found.table,
      index: found.index,
      id: found.id,
      field: found.field,
      reference: true,
    });
}

/**
 * The data of a backup in the current format, held to every rule a restore
 * holds it to: the known tables, each record by the app's value rules, unique
 * ids, references that resolve. Throws {@link BackupError}.
 */
export function checkBackupData(data: Record<string, unknown>): BackupData {
  checkTables(data);
  checkRecords(data as Record<BackupTable, unknown[]>);
  // Checked above; optional fields may be null, which the stored types allow in practice.
  const checked = data as unknown as BackupData;
  checkDuplicateIds(checked);
  checkReferences(checked);
  return checked;
}

/**
 * Checks a backup completely — JSON, envelope, checksum, every record — and
 * migrates it to the current version. Throws {@link BackupError}; writes nothing.
 */
export async function parseBackupText(text: string): Promise<BackupFile> {
  if (!text.trim()) throw new BackupError('empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('notJson');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT)
    throw new BackupError('foreign');
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION)
    throw new BackupError('newerFormat');
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw new BackupError('invalid', firstIssue(envelope.error, json));
  if (envelope.data.formatVersion < 1) throw new BackupError('unsupportedFormat');
  const fromFormat = formatOf(envelope.data);
  // The checksum covers the data as it was written, before any migration. Anyone can
  // recompute it: it shows the file was not damaged, not that nobody edited it.
  if ((await checksumOf(envelope.data.data)) !== envelope.data.checksum)
    throw new BackupError('checksum');
  const checked = checkBackupData(migrateBackup(envelope.data.data, fromFormat));
  const { appVersion, createdAt, checksum } = envelope.data;
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    createdAt,
    checksum,
    data: checked,
  };
  if (fromFormat < BACKUP_FORMAT_VERSION) file.migratedFromFormat = fromFormat;
  return file;
}

/**
 * Reads a chosen file, gzip-compressed (`.json.gz`) or plain (`.json`, older
 * backups); a file over {@link MAX_BACKUP_BYTES}, packed or unpacked, is refused
 * before it is all read.
 */
export async function readBackupFile(file: Blob, maxBytes = MAX_BACKUP_BYTES): Promise<BackupFile> {
  if (file.size > maxBytes) throw new BackupError('tooLarge');
  if (file.size === 0) throw new BackupError('empty');
  let text: string;
  try {
    text = await backupText(file, maxBytes);
  } catch (error) {
    if (!(error instanceof UnpackError)) throw error;
    throw new BackupError(error.reason === 'tooLarge' ? 'tooLarge' : 'notJson');
  }
  return parseBackupText(text);
}
