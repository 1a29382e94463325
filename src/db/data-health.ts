import { BACKUP_TABLES } from '@/domain/backup-types';
import type { YouthId } from '@/domain/ids';
import {
  findRuleBreaks,
  idsOf,
  isRecordId,
  repairedRecord,
  type KnownIds,
  type RecordTable,
  type RuleBreak,
} from '@/domain/record-rules';
import { toIsoDate } from '@/domain/dates';
import { currentLightsOf } from '@/domain/signals';
import { nowIso } from './clock';
import { db, SETTINGS_ID } from './database';
import { eraseYouths } from './erasure-queries';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';

/**
 * A record that breaks the value rules, with the key it is stored under (its
 * id, whatever it holds), and what can be done about it here: `repairable`
 * only when the repair really gives a record that keeps every rule,
 * `removable` when removing it leaves nothing else broken or missing.
 */
export type BadRecord = RuleBreak & {
  key: unknown;
  label?: string;
  repairable: boolean;
  removable: boolean;
};

/** The stored tables are the ones a backup holds (currentLights is rebuilt from the history). */
const TABLES: readonly RecordTable[] = BACKUP_TABLES;

function storedTables() {
  return TABLES.map((table) => db().table(table));
}

type StoredData = Record<RecordTable, Record<string, unknown>[]>;

async function readStoredData(): Promise<StoredData> {
  const tables = await Promise.all(TABLES.map((table) => db().table(table).toArray()));
  return Object.fromEntries(TABLES.map((table, index) => [table, tables[index]!])) as StoredData;
}

function knownIdsOf(data: StoredData): Required<KnownIds> {
  return {
    youths: idsOf(data.youths),
    conditions: idsOf(data.conditions),
    assessments: idsOf(data.assessments),
    meetings: idsOf(data.meetings),
    escalations: idsOf(data.escalations),
  };
}

/** The repair of one record, and whether the result keeps every rule (then it is offered). */
function repairOf(
  table: RecordTable,
  stored: Record<string, unknown>,
  known: KnownIds,
  now: string,
): Record<string, unknown> | undefined {
  // A young person is put right in the form: a birth date cannot be guessed.
  if (table === 'youths' || !isRecordId(stored.id)) return undefined;
  const repaired = repairedRecord(table, stored, now, toIsoDate(new Date(now)), known);
  return findRuleBreaks({ [table]: [repaired] }, known).length === 0 ? repaired : undefined;
}

/**
 * Whether removing a record is safe: never the settings this device works
 * with, never a condition that a light or escalation still names (conditions
 * are retired, not deleted); a condition or settings record under an id the
 * app never gives (a future bug) is used by nothing and may go.
 */
function removable(table: RecordTable, key: unknown, data: StoredData): boolean {
  if (table === 'settings') return key !== SETTINGS_ID;
  if (table !== 'conditions') return true;
  if (isRecordId(key)) return false;
  return ![...data.assessments, ...data.escalations].some((record) => record.conditionId === key);
}

/**
 * The start-up check: every stored record that breaks a value rule or names a
 * record that does not exist. Reads only; a record a future bug wrote badly
 * shows up here instead of blanking a page.
 */
export async function findBadRecords(): Promise<BadRecord[]> {
  const data = await db().transaction('r', storedTables(), readStoredData);
  const known = knownIdsOf(data);
  const now = nowIso();
  const youths = new Map(data.youths.map((youth) => [youth.id, youth]));
  return findRuleBreaks(data).map((found) => {
    const record = data[found.table][found.index]!;
    const youth = youths.get(found.table === 'youths' ? record.id : record.youthId);
    const initials = typeof youth?.initials === 'string' ? youth.initials.slice(0, 40) : undefined;
    return {
      ...found,
      key: record.id,
      label: initials,
      repairable: repairOf(found.table, record, known, now) !== undefined,
      removable: removable(found.table, record.id, data),
    };
  });
}

const HISTORY_PAGE = 2_000;

/** Gives the main thread back to the board (and a coordinator's keys) between pages. */
function yieldToBoard(): Promise<void> {
  const scheduler = (
    globalThis as {
      scheduler?: { postTask?: (task: () => void, options: object) => Promise<void> };
    }
  ).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The start-up check as the banner runs it: how many records break the rules.
 * The history (a year of 5,000 young people is ~340,000 records) is read and
 * checked a page at a time, yielding between pages, so the board stays
 * responsive while it runs. Not for a live query: it awaits the scheduler.
 */
export async function countBadRecords(): Promise<number> {
  const small = TABLES.filter((table) => table !== 'assessments');
  const [records, assessmentKeys] = await db().transaction('r', storedTables(), () =>
    Promise.all([
      Promise.all(small.map((table) => db().table(table).toArray())),
      db().assessments.toCollection().primaryKeys(),
    ]),
  );
  const set = Object.fromEntries(small.map((table, index) => [table, records[index]!]));
  const known = {
    youths: idsOf(set.youths ?? []),
    conditions: idsOf(set.conditions ?? []),
    meetings: idsOf(set.meetings ?? []),
    assessments: new Set(assessmentKeys as string[]),
  };
  let count = findRuleBreaks(set, known).length;
  // Keys that are not text cannot be paged by; a record stored under one is bad anyway.
  count += assessmentKeys.filter((key) => typeof key !== 'string').length;
  let after = '';
  for (;;) {
    await yieldToBoard();
    const page = await db().assessments.where(':id').above(after).limit(HISTORY_PAGE).toArray();
    if (page.length === 0) break;
    count += findRuleBreaks({ assessments: page }, known).length;
    after = page[page.length - 1]!.id;
  }
  return count;
}

async function rebuildCurrentLights(): Promise<void> {
  const history = await db().assessments.toArray();
  await db().currentLights.clear();
  await db().currentLights.bulkAdd(currentLightsOf(history));
}

/**
 * Repairs one record (see domain `repairedRecord`): what cannot be read gets
 * a neutral value or goes, a reference to a record that does not exist goes,
 * an agenda item of a young person who does not exist is taken off.
 *
 * An assessment keeps its id. History is append-only in what it says: the
 * repaired record still says who judged what and when (`assessedAt`,
 * `assessedBy`, colour), minus what could not be read, and `updatedAt` /
 * `updatedBy` say who repaired it. Keeping the id keeps every other record's
 * `undoes` and `actionFrom` pointing at it; a copy under a new id would have
 * left those dangling (or meant rewriting other records of the history), and
 * the unreadable original cannot stay, because no backup could hold it.
 *
 * Refuses (StorageError 'unknown') a record whose repair would still break a
 * rule: the page offers only removal for those.
 */
export async function repairRecord(table: RecordTable, key: unknown): Promise<void> {
  const d = db();
  await guarded(() =>
    d.transaction('rw', [...storedTables(), d.currentLights], async () => {
      const data = await readStoredData();
      const stored = data[table].find((record) => record.id === key);
      if (!stored) throw new StorageError('notFound');
      const now = nowIso();
      const repaired = repairOf(table, stored, knownIdsOf(data), now);
      if (!repaired) throw new StorageError('unknown');
      const actor = await currentActor();
      await d.table(table).put({ ...repaired, updatedAt: now, updatedBy: actor });
      if (table === 'assessments') await rebuildCurrentLights();
    }),
  );
}

/**
 * Removes one bad record; a young person is erased with everything that names
 * them. Refuses what {@link findBadRecords} does not offer to remove.
 */
export async function removeBadRecord(table: RecordTable, key: unknown): Promise<void> {
  if (table === 'youths') return eraseYouths([key as YouthId]);
  const d = db();
  await guarded(() =>
    d.transaction('rw', [...storedTables(), d.currentLights], async () => {
      if (table === 'conditions' || table === 'settings') {
        if (!removable(table, key, await readStoredData())) throw new StorageError('unknown');
      }
      await d.table(table).delete(key as string);
      if (table === 'assessments') await rebuildCurrentLights();
    }),
  );
}
