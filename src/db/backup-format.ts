import { z } from 'zod';
import type { OutflowCheck, ReviewRequest } from '@/domain/follow-up-types';
import type { Meeting } from '@/domain/meeting-types';
import {
  DEFAULT_CONDITION_KEYS,
  PERSPECTIVES,
  PLACEMENT_TYPES,
  type Assessment,
  type Condition,
  type Youth,
} from '@/domain/types';
import {
  BACKUP_TABLES,
  type BackupErrorCode,
  type BackupErrorDetail,
  type BackupTable,
} from '@/domain/backup-types';
import type { SettingsRecord } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema';

// No `new Function` under the strict CSP (see app/no-eval.ts; this keeps tests and other entries safe too).
z.config({ jitless: true });

// The backup file: what it holds, how it is checked, and how older files are
// brought up to date. No Dexie here, so it can be tested on plain values.

export const BACKUP_FORMAT = 'uitstroombord-backup';
export const BACKUP_FORMAT_VERSION = 1;
/**
 * Larger files are refused before they are read. A backup of 5,000 young people
 * with a year of monthly reviews is about 155 MB (`npm run bench`); the limit
 * leaves room for years of history while refusing a wrong file (a video, a disk image).
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
};

export type BackupFile = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The database schema the data was read from; older ones are migrated on restore. */
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  /** SHA-256 (hex) over the canonical JSON of `data`. */
  checksum: string;
  data: BackupData;
  /** Set by {@link parseBackupText} when the file came from an older schema and was migrated. */
  migratedFromSchema?: number;
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

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/);
const id = z.string().min(1);
// Stored optional fields may be absent or null (written by other code paths); both round-trip.
const meta = { createdAt: isoDateTime, updatedAt: isoDateTime, updatedBy: z.string() };

// Loose objects keep fields this version does not know, so a restore loses nothing.
const youthSchema = z.looseObject({
  id,
  initials: z.string().min(1),
  clientNumber: z.string().nullish(),
  birthDate: isoDate,
  municipality: z.string(),
  location: z.string(),
  placementType: z.enum(PLACEMENT_TYPES),
  placementStart: isoDate,
  plannedEnd: isoDate.nullish(),
  perspective: z.enum(PERSPECTIVES).nullish(),
  coordinator: z.string().nullish(),
  procesregie: z.string().nullish(),
  notes: z.string().nullish(),
  status: z.enum(['placed', 'left']),
  leftOn: isoDate.nullish(),
  actualDestination: z.enum(PERSPECTIVES).nullish(),
  ...meta,
});

const conditionSchema = z.looseObject({
  id,
  key: z.enum(DEFAULT_CONDITION_KEYS).nullish(),
  name: z.string().min(1),
  description: z.string(),
  criteria: z.looseObject({ red: z.string(), amber: z.string(), green: z.string() }),
  order: z.number().finite(),
  appliesFromAge: z.number().int().min(0).nullish(),
  retired: z.boolean(),
  ...meta,
});

const assessmentSchema = z.looseObject({
  id,
  youthId: id,
  conditionId: id,
  colour: z.enum(['red', 'amber', 'green', 'notApplicable', 'unassessed']),
  reason: z.string(),
  action: z.string(),
  actionOwner: z.string(),
  dueDate: isoDate.nullish(),
  discussedWithYouth: z.enum(['agreed', 'disagreed', 'notDiscussed']),
  assessedAt: isoDateTime,
  assessedBy: z.string(),
  meetingId: id.nullish(),
  undoes: id.nullish(),
  actionFrom: id.nullish(),
  ...meta,
});

const settingsSchema = z.looseObject({
  id,
  userName: z.string(),
  conditionsSeeded: z.boolean(),
  lastBackupAt: isoDateTime.nullish(),
  backupReminderDays: z.number().int().positive().nullish(),
  retentionMonths: z.number().int().positive().nullish(),
  audience: z.enum(['provider', 'municipality']).nullish(),
  recentUserNames: z.array(z.string()).nullish(),
  ...meta,
});

const meetingSchema = z.looseObject({
  id,
  type: z.enum(['caseReview', 'municipalReview']),
  date: isoDate,
  chair: z.string(),
  attendees: z.array(z.string()),
  municipalities: z.array(z.string()),
  agenda: z.array(
    z.looseObject({ youthId: id, notes: z.string(), discussedAt: isoDateTime.nullish() }),
  ),
  status: z.enum(['planned', 'inProgress', 'closed']),
  startedAt: isoDateTime.nullish(),
  closedAt: isoDateTime.nullish(),
  notes: z.string(),
  ...meta,
});

const reviewRequestSchema = z.looseObject({
  id,
  youthId: id,
  trigger: z.enum(['crisis', 'schoolDropout', 'placementBreakdown', 'other']),
  note: z.string(),
  requestedAt: isoDateTime,
  resolvedAt: isoDateTime.nullish(),
  ...meta,
});

const outflowCheckSchema = z.looseObject({
  id,
  youthId: id,
  monthsAfter: z.union([z.literal(3), z.literal(6)]),
  checkedOn: isoDate,
  stillInIntendedPlace: z.boolean(),
  backInCare: z.boolean(),
  note: z.string(),
  ...meta,
});

const dataSchema = z.strictObject({
  youths: z.array(youthSchema),
  conditions: z.array(conditionSchema),
  assessments: z.array(assessmentSchema),
  settings: z.array(settingsSchema),
  meetings: z.array(meetingSchema),
  reviewRequests: z.array(reviewRequestSchema),
  outflowChecks: z.array(outflowCheckSchema),
});

/** The envelope is checked first: it decides which migrations the data needs. */
const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int().positive(),
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

/**
 * Schema 1 had no meetings, review requests or outflow checks; a backup of it
 * restores into schema 2 with those tables empty.
 */
export function migrateBackupSchema1To2(data: RawData): RawData {
  return {
    ...data,
    meetings: data.meetings ?? [],
    reviewRequests: data.reviewRequests ?? [],
    outflowChecks: data.outflowChecks ?? [],
  };
}

/**
 * Schema 3 only added the red streak to current lights, which a backup does
 * not hold (restore rebuilds them from history): the data stays as it is.
 */
export function migrateBackupSchema2To3(data: RawData): RawData {
  return data;
}

/** Schema 4 only dropped indexes; records are the same. */
export function migrateBackupSchema3To4(data: RawData): RawData {
  return data;
}

/**
 * Schema 5 added when a red run began to current lights (rebuilt on restore,
 * like the streak) and dropped an index; records are the same.
 */
export function migrateBackupSchema4To5(data: RawData): RawData {
  return data;
}

/** Schema 6 only dropped an index; records are the same. */
export function migrateBackupSchema5To6(data: RawData): RawData {
  return data;
}

/** Data migrations keyed by the schema version they start from; each brings it one version up. */
export const BACKUP_SCHEMA_MIGRATIONS: Readonly<Record<number, (data: RawData) => RawData>> = {
  1: migrateBackupSchema1To2,
  2: migrateBackupSchema2To3,
  3: migrateBackupSchema3To4,
  4: migrateBackupSchema4To5,
  5: migrateBackupSchema5To6,
};

/**
 * Envelope migrations keyed by the format version they start from. Format 1 is
 * the first; a future format 2 adds `1: migrateBackupFormat1To2` here.
 */
export const BACKUP_FORMAT_MIGRATIONS: Readonly<Record<number, (file: Envelope) => Envelope>> = {};

export function migrateBackup(envelope: Envelope): Envelope {
  let file = envelope;
  while (file.formatVersion < BACKUP_FORMAT_VERSION) {
    const step = BACKUP_FORMAT_MIGRATIONS[file.formatVersion];
    if (!step) throw new BackupError('unsupportedFormat');
    file = step(file);
  }
  let { data, schemaVersion } = file;
  while (schemaVersion < CURRENT_SCHEMA_VERSION) {
    const step = BACKUP_SCHEMA_MIGRATIONS[schemaVersion];
    if (!step) throw new BackupError('unsupportedFormat');
    data = step(data);
    schemaVersion += 1;
  }
  return { ...file, data, schemaVersion };
}

// --- Reading a file ---------------------------------------------------------

function detailFromPath(path: readonly PropertyKey[], input: unknown): BackupErrorDetail {
  const [first, index, ...rest] = path[0] === 'data' ? path.slice(1) : path;
  const detail: BackupErrorDetail = {};
  if (typeof first === 'string' && (BACKUP_TABLES as readonly string[]).includes(first))
    detail.table = first as BackupTable;
  else if (typeof first === 'string') detail.field = first;
  if (typeof index === 'number') detail.index = index;
  const field = rest.filter((part) => typeof part === 'string').join('.');
  if (field) detail.field = field;
  if (input === undefined) detail.missing = true;
  return detail;
}

function firstIssue(error: z.ZodError): BackupErrorDetail {
  const issue = error.issues[0];
  if (!issue) return {};
  return detailFromPath(issue.path, (issue as { input?: unknown }).input);
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
  if (!envelope.success) throw new BackupError('invalid', firstIssue(envelope.error));
  if (envelope.data.formatVersion < 1) throw new BackupError('unsupportedFormat');
  if (envelope.data.schemaVersion > CURRENT_SCHEMA_VERSION) throw new BackupError('newerSchema');
  // The checksum covers the data as it was written, before any migration.
  if ((await checksumOf(envelope.data.data)) !== envelope.data.checksum)
    throw new BackupError('checksum');
  const migrated = migrateBackup(envelope.data);
  const data = dataSchema.safeParse(migrated.data);
  if (!data.success) throw new BackupError('invalid', firstIssue(data.error));
  // Validated above; the schemas accept null for optional fields, which the stored types allow in practice.
  const checked = data.data as unknown as BackupData;
  checkDuplicateIds(checked);
  const file: BackupFile = { ...migrated, format: BACKUP_FORMAT, data: checked };
  if (envelope.data.schemaVersion < migrated.schemaVersion)
    file.migratedFromSchema = envelope.data.schemaVersion;
  return file;
}

/** Reads a chosen file; a file over {@link MAX_BACKUP_BYTES} is refused before it is read. */
export async function readBackupFile(file: Blob, maxBytes = MAX_BACKUP_BYTES): Promise<BackupFile> {
  if (file.size > maxBytes) throw new BackupError('tooLarge');
  if (file.size === 0) throw new BackupError('empty');
  return parseBackupText(await file.text());
}
