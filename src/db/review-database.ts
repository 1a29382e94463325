import Dexie, { type DBCore, type DBCoreTable } from 'dexie';
import type { ShareFile, SharedFields } from '@/domain/share';
import type { IsoDate, IsoDateTime } from '@/domain/types';
import { clock, nowIso } from './clock';
import { createOwnDatabase, db, SETTINGS_ID, setDatabase, UitstroombordDatabase } from './database';
import { currentLightsOf } from '@/domain/signals';
import { guarded, StorageError } from './errors';

/**
 * A share file is opened into its own IndexedDB database, never into the
 * user's: closing or removing the review cannot touch the user's data.
 */
export const REVIEW_DATABASE_PREFIX = 'uitstroombord-inzage-';
const ACTIVE_KEY = 'uitstroombord.inzage.actief';
const LIST_KEY = 'uitstroombord.inzagen';

export type ReviewSession = {
  databaseName: string;
  municipality: string;
  asOf: IsoDate;
  createdAt: IsoDateTime;
  openedAt: IsoDateTime;
  birthDatePrecision: 'day' | 'month';
  youthCount: number;
  /**
   * What the file carries beyond its minimum, so a view can say "niet gedeeld"
   * instead of showing an empty field. Absent for an inzage opened before share
   * files said so: those (version 1) always carried reason and action.
   */
  shared?: SharedFields;
};

/** Refuses every insert, update and delete below Dexie's API, whatever code asks for it. */
function readOnlyCore(down: DBCore): DBCore {
  return {
    ...down,
    table(name: string): DBCoreTable {
      const table = down.table(name);
      return { ...table, mutate: () => Promise.reject(new StorageError('readOnly')) };
    },
  };
}

export function openReviewDatabase(name: string): UitstroombordDatabase {
  const database = new UitstroombordDatabase(name);
  database.use({ stack: 'dbcore', name: 'uitstroombord-read-only', create: readOnlyCore });
  database.readOnly = true;
  return database;
}

// ---- Remembered reviews (names only; the data is in the review databases).

// The list of reviews is kept for the browser (localStorage); which one is open
// is kept per tab (sessionStorage), so another tab does not open in inzage.
function storageFor(key: string): Storage {
  return key === ACTIVE_KEY ? sessionStorage : localStorage;
}

function readStorage<T>(key: string, fallback: T): T {
  try {
    const raw = storageFor(key).getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

function writeStorage(key: string, value: unknown): void {
  try {
    if (value === undefined) storageFor(key).removeItem(key);
    else storageFor(key).setItem(key, JSON.stringify(value));
  } catch {
    // Without web storage the review still works; it is just not remembered across reloads.
  }
}

let sessions: ReviewSession[] | undefined;

/** The reviews kept in this browser; the same array until one is added or removed. */
export function listReviewSessions(): ReviewSession[] {
  if (!sessions) {
    const stored = readStorage<unknown>(LIST_KEY, []);
    sessions = Array.isArray(stored) ? (stored as ReviewSession[]) : [];
  }
  return sessions;
}

function saveSessions(next: ReviewSession[]): void {
  sessions = next;
  writeStorage(LIST_KEY, next);
}

// ---- The active review, as an external store the app subscribes to.

let active: ReviewSession | undefined;
let ownDatabase: UitstroombordDatabase | undefined;
const listeners = new Set<() => void>();

export function activeReview(): ReviewSession | undefined {
  return active;
}

export function subscribeReview(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Stores a validated share file in a new review database. The data goes in
 * before the read-only guard exists: this is the only write it ever gets.
 */
export async function storeShare(share: ShareFile): Promise<ReviewSession> {
  const databaseName = `${REVIEW_DATABASE_PREFIX}${clock.uuid()}`;
  const database = new UitstroombordDatabase(databaseName);
  try {
    await guarded(async () => {
      await database.open();
      const at = nowIso();
      await database.transaction(
        'rw',
        [
          database.youths,
          database.conditions,
          database.assessments,
          database.currentLights,
          database.escalations,
          database.escalationUpdates,
          database.settings,
        ],
        async () => {
          await database.youths.bulkAdd(share.data.youths);
          await database.conditions.bulkAdd(share.data.conditions);
          await database.assessments.bulkAdd(share.data.assessments);
          await database.currentLights.bulkPut(currentLightsOf(share.data.assessments));
          await database.escalations.bulkAdd(share.data.escalations);
          await database.escalationUpdates.bulkAdd(share.data.escalationUpdates);
          await database.settings.put({
            id: SETTINGS_ID,
            userName: '',
            conditionsSeeded: true,
            createdAt: at,
            updatedAt: at,
            updatedBy: '',
          });
        },
      );
    });
  } catch (error) {
    database.close();
    await Dexie.delete(databaseName).catch(() => undefined);
    throw error;
  } finally {
    database.close();
  }
  const session: ReviewSession = {
    databaseName,
    municipality: share.municipality,
    asOf: share.asOf,
    createdAt: share.createdAt,
    openedAt: nowIso(),
    birthDatePrecision: share.birthDatePrecision,
    youthCount: share.data.youths.length,
    shared: share.shared,
  };
  saveSessions([...listReviewSessions(), session]);
  notify();
  return session;
}

function switchTo(session: ReviewSession): void {
  if (!active) ownDatabase = db();
  else db().close();
  setDatabase(openReviewDatabase(session.databaseName));
  active = session;
  writeStorage(ACTIVE_KEY, session.databaseName);
  notify();
}

/** Makes a stored review the app's database; the app remounts and shows the banner. */
export async function enterReview(session: ReviewSession): Promise<boolean> {
  if (!(await Dexie.exists(session.databaseName))) {
    saveSessions(listReviewSessions().filter((s) => s.databaseName !== session.databaseName));
    return false;
  }
  switchTo(session);
  return true;
}

/** At start-up: reopen the review that was open before a reload, if it still exists. */
export async function resumeReview(): Promise<ReviewSession | undefined> {
  const name = readStorage<string | undefined>(ACTIVE_KEY, undefined);
  if (!name) return undefined;
  const session = listReviewSessions().find((s) => s.databaseName === name);
  if (session && (await enterReview(session))) return session;
  writeStorage(ACTIVE_KEY, undefined);
  return undefined;
}

/** Back to the user's own data; the review copy stays until it is removed. */
export function leaveReview(): void {
  if (!active) return;
  db().close();
  setDatabase(ownDatabase ?? createOwnDatabase());
  ownDatabase = undefined;
  active = undefined;
  writeStorage(ACTIVE_KEY, undefined);
  notify();
}

/** Deletes a review copy (leaving it first when it is open). The user's data is not touched. */
export async function deleteReview(databaseName: string): Promise<true> {
  if (!databaseName.startsWith(REVIEW_DATABASE_PREFIX)) throw new StorageError('notFound');
  if (active?.databaseName === databaseName) leaveReview();
  saveSessions(listReviewSessions().filter((s) => s.databaseName !== databaseName));
  notify();
  await guarded(() => Dexie.delete(databaseName));
  return true;
}

/**
 * Erasure reaches the review copies kept in this browser too: a young person
 * erased from the board must not live on in an inzage of it. The copies are
 * opened without the read-only guard for this one delete.
 */
export async function eraseFromReviewCopies(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const session of listReviewSessions()) {
    if (!(await Dexie.exists(session.databaseName))) continue;
    const copy = new UitstroombordDatabase(session.databaseName);
    try {
      await guarded(async () => {
        await copy.open();
        await copy.transaction(
          'rw',
          [
            copy.youths,
            copy.assessments,
            copy.currentLights,
            copy.escalations,
            copy.escalationUpdates,
          ],
          async () => {
            const gone = new Set<string>(ids);
            await copy.youths.bulkDelete([...ids] as never[]);
            await copy.assessments.filter((assessment) => gone.has(assessment.youthId)).delete();
            await copy.currentLights
              .where('youthId')
              .anyOf([...ids])
              .delete();
            // A share file may carry escalations: they name the young person too.
            await copy.escalations
              .where('youthId')
              .anyOf([...ids])
              .delete();
            await copy.escalationUpdates
              .where('youthId')
              .anyOf([...ids])
              .delete();
          },
        );
      });
    } finally {
      copy.close();
    }
  }
}
