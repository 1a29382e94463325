import { db } from './database';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  canonicalJson,
  checkBackupData,
  type BackupData,
  type BackupFile,
  type BackupTable,
} from './backup-format';
import { currentLightsOf } from '@/domain/signals';
import { gzipFile } from './backup-compression';
import { replaceAllDirectly } from './bulk-write';
import { Sha256 } from './sha256';
import { guarded, StorageError } from './errors';
import { activeReview } from './review-database';
import { SETTINGS_ID, type SettingsRecord } from './database';

// Export and restore of the whole database. Loaded on demand (zod is large):
// import it with `await import('@/db/backup')`.

export type RestoreMode = 'replace' | 'merge';

function backupTables() {
  return BACKUP_TABLES.map((table) => db().table(table));
}

/** Every table the backup holds, read in one transaction so the snapshot is consistent. */
export async function readAllData(): Promise<BackupData> {
  return db().transaction('r', backupTables(), async () => {
    const records = await Promise.all(backupTables().map((table) => table.toArray()));
    return Object.fromEntries(
      BACKUP_TABLES.map((table, index) => [table, records[index]]),
    ) as BackupData;
  });
}

export type CreatedBackup = {
  /** What the file holds: the data as read, its checksum and envelope. */
  file: BackupFile;
  /** The file to download: the JSON text, gzip-compressed. */
  blob: Blob;
  fileName: string;
  /** How long the JSON text is before compression, in bytes. */
  plainBytes: number;
};

/** Records serialised at a time: small enough that no piece of text is large, big enough to be quick. */
const RECORDS_PER_PIECE = 2000;

/**
 * The canonical JSON of `data` (see `canonicalJson`: keys sorted at every
 * level), one piece at a time. Joined, the pieces are exactly
 * `canonicalJson(data)`: the text the checksum is taken over. The file holds
 * this very text as its `data`, so the checksum is hashed as it is written.
 */
export function* canonicalPieces(data: BackupData): Generator<string> {
  const tables = [...BACKUP_TABLES].sort();
  for (const [position, table] of tables.entries()) {
    yield `${position === 0 ? '{' : ','}${JSON.stringify(table)}:[`;
    const records: readonly unknown[] = data[table];
    for (let start = 0; start < records.length; start += RECORDS_PER_PIECE) {
      const piece = records.slice(start, start + RECORDS_PER_PIECE).map(canonicalJson);
      yield `${start === 0 ? '' : ','}${piece.join(',')}`;
    }
    yield ']';
  }
  yield tables.length ? '}' : '{}';
}

/**
 * The backup file's text as a stream of bytes: the envelope, the data piece by
 * piece (hashed as it goes), and the checksum last (JSON does not care about
 * the order of keys; older files have it first and read the same).
 */
function fileStream(
  head: Omit<BackupFile, 'data' | 'checksum'>,
  data: BackupData,
  done: (checksum: string, plainBytes: number, serialiseMs: number) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const hash = new Sha256();
  const pieces = canonicalPieces(data);
  let bytes = 0;
  let serialiseMs = 0;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const begun = performance.now();
        const enqueue = (piece: Uint8Array) => {
          bytes += piece.byteLength;
          controller.enqueue(piece);
        };
        if (!started) {
          started = true;
          enqueue(encoder.encode(`${JSON.stringify(head).slice(0, -1)},"data":`));
        }
        const next = pieces.next();
        if (next.done) {
          const checksum = hash.hex();
          enqueue(encoder.encode(`,"checksum":${JSON.stringify(checksum)}}`));
          serialiseMs += performance.now() - begun;
          done(checksum, bytes, serialiseMs);
          controller.close();
          return;
        }
        const piece = encoder.encode(next.value);
        hash.update(piece);
        enqueue(piece);
        serialiseMs += performance.now() - begun;
      },
    },
    // One piece waits at a time: the text is made only as fast as it is compressed.
    { highWaterMark: 1 },
  );
}

/**
 * Builds the backup file of everything in the database, gzip-compressed. The
 * text is made and compressed a few thousand records at a time, so even the
 * largest board never has its whole text in memory. The data is first held to
 * the same checks a restore uses, so a backup that could not be restored is
 * never handed out.
 */
export async function createBackup(appVersion: string, now = new Date()): Promise<CreatedBackup> {
  // A review copy is a municipality's read-only view of someone else's board, not a board to back up.
  if (activeReview()) throw new StorageError('readOnly');
  const started = performance.now();
  const data = checkBackupData(await readAllData());
  const readMs = performance.now() - started;
  const head = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    createdAt: now.toISOString(),
  } as const;
  let written: { checksum: string; plainBytes: number; serialiseMs: number } | undefined;
  const blob = await gzipFile(
    fileStream(head, data, (checksum, plainBytes, serialiseMs) => {
      written = { checksum, plainBytes, serialiseMs };
    }),
  );
  if (!written) throw new Error('backup: the text was not finished');
  // For `npm run bench`: what the file costs without and with compression.
  performance.mark('backup-made', {
    detail: {
      readMs,
      serialiseMs: written.serialiseMs,
      totalMs: performance.now() - started,
      plainBytes: written.plainBytes,
      packedBytes: blob.size,
    },
  });
  return {
    file: { ...head, checksum: written.checksum, data },
    blob,
    fileName: backupFileName(now),
    plainBytes: written.plainBytes,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `uitstroombord-backup-2026-11-26-0910.json.gz`, in local time, so files sort by date. */
export function backupFileName(now: Date): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `uitstroombord-backup-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.json.gz`;
}

export type TableRestorePlan = {
  /** Records in the file. */
  inFile: number;
  /** Records in the database now. */
  current: number;
  /** Merge: records the database does not have yet. */
  added: number;
  /** Merge: records the file has in a newer version (later `updatedAt`). */
  updated: number;
  /** Merge: records where the database's version is as new or newer and stays. */
  kept: number;
};
export type RestorePlan = Record<BackupTable, TableRestorePlan>;

type Stamped = { id: string; updatedAt: string };

function isNewer(incoming: Stamped, existing: Stamped | undefined): boolean {
  return !existing || incoming.updatedAt > existing.updatedAt;
}

type Comparison = { added: Stamped[]; updated: Stamped[]; stored: number };

/**
 * The file's records the database does not have, and those it has in an older
 * version (earlier `updatedAt`). History is append-only: an assessment that
 * exists is never replaced, so for that table only the ids are read (one key
 * read instead of fetching every record).
 */
async function compareWithStored(
  table: BackupTable,
  records: readonly Stamped[],
): Promise<Comparison> {
  const dexieTable = db().table<Stamped, string>(table);
  if (table === 'assessments') {
    const existing = new Set(await dexieTable.toCollection().primaryKeys());
    const added = records.filter((record) => !existing.has(record.id));
    return { added, updated: [], stored: existing.size };
  }
  const existing = await dexieTable.bulkGet(records.map((record) => record.id));
  const added: Stamped[] = [];
  const updated: Stamped[] = [];
  records.forEach((record, index) => {
    const stored = existing[index];
    if (!stored) added.push(record);
    // This device's own settings (who works here, its last backup) are never merged over.
    else if (table !== 'settings' && isNewer(record, stored)) updated.push(record);
  });
  return { added, updated, stored: await dexieTable.count() };
}

/** What a restore would do, per table, for both modes; reads only. */
export async function planRestore(file: BackupFile): Promise<RestorePlan> {
  return db().transaction('r', backupTables(), async () => {
    const plan = {} as RestorePlan;
    for (const table of BACKUP_TABLES) {
      const records = file.data[table] as Stamped[];
      const { added, updated, stored } = await compareWithStored(table, records);
      plan[table] = {
        inFile: records.length,
        current: stored,
        added: added.length,
        updated: updated.length,
        kept: records.length - added.length - updated.length,
      };
    }
    return plan;
  });
}

/** What describes this device rather than the board: kept when a backup replaces the board. */
const DEVICE_FIELDS = [
  'userName',
  'providerName',
  'audience',
  'recentUserNames',
  'lastBackupAt',
] as const;

function withOwnDeviceFields(record: Stamped, own: SettingsRecord | undefined): Stamped {
  if (!own || record.id !== SETTINGS_ID) return record;
  const kept: Partial<SettingsRecord> = {};
  for (const field of DEVICE_FIELDS)
    if (own[field] !== undefined) Object.assign(kept, { [field]: own[field] });
  return { ...record, ...kept };
}

/**
 * Writes a checked backup in ONE transaction: all of it or nothing.
 * `replace` empties every table first; `merge` matches by id — the newer
 * `updatedAt` wins, assessments (append-only history) are united. Either way
 * this device's own settings (who works here, its last backup) stay. The
 * current-light projection is rebuilt from the history in the same transaction.
 * `onProgress` hears how many of the file's records are written so far (the
 * projection that follows holds one record per cell and is quick).
 */
export async function restoreBackup(
  file: BackupFile,
  mode: RestoreMode,
  onProgress?: (written: number, total: number) => void,
): Promise<void> {
  const total = BACKUP_TABLES.reduce((sum, table) => sum + file.data[table].length, 0);
  let written = 0;
  const progress = (count: number) => {
    written += count;
    onProgress?.(written, total);
  };
  await guarded(() =>
    db().transaction('rw', [...backupTables(), db().currentLights], async () => {
      for (const table of BACKUP_TABLES) {
        const records = file.data[table] as Stamped[];
        const dexieTable = db().table<Stamped, string>(table);
        if (mode === 'merge') {
          const { added, updated } = await compareWithStored(table, records);
          await dexieTable.bulkPut([...added, ...updated]);
          progress(records.length);
        } else if (table === 'assessments') {
          let before = 0;
          await replaceAllDirectly(dexieTable, records, (count) => {
            progress(count - before);
            before = count;
          });
        } else if (table === 'settings') {
          const own = await db().settings.get(SETTINGS_ID);
          await dexieTable.clear();
          await dexieTable.bulkAdd(records.map((record) => withOwnDeviceFields(record, own)));
          progress(records.length);
        } else {
          await dexieTable.clear();
          await dexieTable.bulkAdd(records);
          progress(records.length);
        }
      }
      // After a replace the file holds the whole history: no need to read it back.
      const history = mode === 'replace' ? file.data.assessments : await db().assessments.toArray();
      await db().currentLights.clear();
      await db().currentLights.bulkAdd(currentLightsOf(history));
    }),
  );
}
