import { BACKUP_TABLES } from '@/domain/backup-types';
import type { AssessmentId, YouthId } from '@/domain/ids';
import {
  findRuleBreaks,
  idsOf,
  repairedRecord,
  type RecordTable,
  type RuleBreak,
} from '@/domain/record-rules';
import { toIsoDate } from '@/domain/dates';
import { currentLightsOf } from '@/domain/signals';
import type { Assessment } from '@/domain/types';
import { createId, nowIso } from './clock';
import { db } from './database';
import { eraseYouths } from './erasure-queries';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';

/** A record that breaks the value rules, with the key it is stored under (its id, whatever it holds). */
export type BadRecord = RuleBreak & { key: unknown; label?: string };

/** The stored tables are the ones a backup holds (currentLights is rebuilt from the history). */
const TABLES: readonly RecordTable[] = BACKUP_TABLES;

function storedTables() {
  return TABLES.map((table) => db().table(table));
}

/**
 * The start-up check: every stored record that breaks a value rule or names a
 * record that does not exist. Reads only; a record a future bug wrote badly
 * shows up here instead of blanking a page.
 */
export async function findBadRecords(): Promise<BadRecord[]> {
  const data = await db().transaction('r', storedTables(), async () => {
    const tables = await Promise.all(TABLES.map((table) => db().table(table).toArray()));
    return Object.fromEntries(TABLES.map((table, index) => [table, tables[index]!])) as Record<
      RecordTable,
      Record<string, unknown>[]
    >;
  });
  const youths = new Map(data.youths.map((youth) => [youth.id, youth]));
  return findRuleBreaks(data).map((found) => {
    const record = data[found.table][found.index]!;
    const youth = youths.get(found.table === 'youths' ? record.id : record.youthId);
    const initials = typeof youth?.initials === 'string' ? youth.initials.slice(0, 40) : undefined;
    return { ...found, key: record.id, label: initials };
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

/** Tables whose bad records may be removed: never conditions (retired, not deleted) or settings. */
export function canRemove(table: RecordTable): boolean {
  return table !== 'conditions' && table !== 'settings';
}

/** Youths are repaired in their own form (a birth date cannot be guessed); the rest here. */
export function canRepair(found: Pick<BadRecord, 'table' | 'field'>): boolean {
  return found.table !== 'youths' && found.field !== 'id' && !isReferenceField(found);
}

function isReferenceField({ table, field }: Pick<BadRecord, 'table' | 'field'>): boolean {
  if (table === 'meetings') return /^agenda\.\d+\.youthId$/.test(field);
  return field === 'youthId' || field === 'conditionId' || field === 'escalationId';
}

async function rebuildCurrentLights(): Promise<void> {
  const history = await db().assessments.toArray();
  await db().currentLights.clear();
  await db().currentLights.bulkAdd(currentLightsOf(history));
}

/**
 * Repairs one record (see domain `repairedRecord`). History stays append-only
 * in what it says: a bad assessment is replaced by an appended, corrected one
 * (a new id, stamped by whoever repairs it), so the board shows a light that
 * can be read; the unreadable original goes, because no backup could hold it.
 * An agenda item of a young person who no longer exists is taken off the agenda.
 */
export async function repairRecord(table: RecordTable, key: unknown): Promise<void> {
  if (table === 'youths') throw new StorageError('unknown');
  const d = db();
  await guarded(() =>
    d.transaction('rw', [...storedTables(), d.currentLights], async () => {
      const stored = (await d.table(table).get(key as string)) as
        Record<string, unknown> | undefined;
      if (!stored) throw new StorageError('notFound');
      const now = nowIso();
      const actor = await currentActor();
      let repaired = repairedRecord(table, stored, now, toIsoDate(new Date(now)));
      if (table === 'meetings' && Array.isArray(repaired.agenda)) {
        const youths = new Set(await d.youths.toCollection().primaryKeys());
        repaired = {
          ...repaired,
          agenda: (repaired.agenda as { youthId: YouthId }[]).filter((item) =>
            youths.has(item.youthId),
          ),
        };
      }
      if (table === 'assessments') {
        await d.assessments.delete(key as AssessmentId);
        await d.assessments.add({
          ...(repaired as Assessment),
          id: createId<AssessmentId>(),
          createdAt: now,
          updatedAt: now,
          updatedBy: actor,
        });
        await rebuildCurrentLights();
      } else {
        await d.table(table).put({ ...repaired, updatedAt: now, updatedBy: actor });
      }
    }),
  );
}

/** Removes one bad record; a young person is erased with everything that names them. */
export async function removeBadRecord(table: RecordTable, key: unknown): Promise<void> {
  if (!canRemove(table)) throw new StorageError('unknown');
  if (table === 'youths') return eraseYouths([key as YouthId]);
  const d = db();
  await guarded(() =>
    d.transaction('rw', [d.table(table), d.assessments, d.currentLights], async () => {
      await d.table(table).delete(key as string);
      if (table === 'assessments') await rebuildCurrentLights();
    }),
  );
}
