import { defaultConditionSpecs } from '@/domain/conditions';
import { conditionsNeedSeeding, seedDefaultConditions } from '@/db/condition-repository';
import { db } from '@/db/database';
import { observeSignals } from '@/db/signal-queries';
import { toIsoDate } from '@/domain/dates';
import { toStorageError } from '@/db/errors';
import { resumeReview } from '@/db/review-database';
import { t } from '@/i18n/dictionary';
import { storageMessage } from '@/ui/format';

export type StartResult = { kind: 'ready' } | { kind: 'failed'; message: string };

export type StartHooks = {
  /** Another tab holds the old schema open: the upgrade waits until it closes. */
  onBlocked?: () => void;
  /** The database is open; seeding the default conditions may still follow. */
  onOpen?: () => void;
};

/** Opens the database and seeds the default conditions once. */
export async function startDatabase(
  location: Pick<Location, 'search'>,
  hooks: StartHooks = {},
): Promise<StartResult> {
  void location;
  try {
    if (typeof indexedDB === 'undefined') return { kind: 'failed', message: t.storage.unavailable };
    // A share file opened before a reload stays open, read-only, until the user closes it.
    if (await resumeReview()) {
      await db().open();
      hooks.onOpen?.();
      return { kind: 'ready' };
    }
    const database = db();
    if (hooks.onBlocked) database.on('blocked', hooks.onBlocked);
    await database.open();
    hooks.onOpen?.();
    if (await conditionsNeedSeeding()) {
      // Their names and criteria are needed once per browser, not in every start's download.
      const { defaultConditions } = await import('@/i18n/nl/conditions-defaults');
      await seedDefaultConditions(defaultConditionSpecs(defaultConditions));
    }
    void askPersistentStorage();
    return { kind: 'ready' };
  } catch (error) {
    console.error(error);
    // Dexie's own errors (open failed, quota) become the Dutch storage messages.
    return { kind: 'failed', message: storageMessage(toStorageError(error)) };
  }
}

/** Asks the browser not to evict our data under storage pressure; the answer shows in settings. */
async function askPersistentStorage(): Promise<void> {
  try {
    const storage = navigator.storage;
    if (storage?.persisted && !(await storage.persisted())) await storage.persist();
  } catch (error) {
    console.warn(error);
  }
}

export type Starting = {
  result: Promise<StartResult>;
  /** True once another tab has blocked the upgrade. */
  blocked: () => boolean;
  /** Calls `listener` when another tab blocks the upgrade; returns how to stop listening. */
  onBlocked: (listener: () => void) => () => void;
};

/** How long the early reads are kept alive for the first view to pick up. */
const WARM_MS = 10_000;

/**
 * Starts the database before React renders (main.tsx): opening it and reading
 * the board's lights, young people and signals then run while the app's code
 * renders the shell and the board, which find the data already there (the
 * shared live queries give a late subscriber the latest value at once).
 */
export function beginStart(location: Pick<Location, 'search'>): Starting {
  let blocked = false;
  const listeners = new Set<() => void>();
  const result = startDatabase(location, {
    onBlocked: () => {
      blocked = true;
      listeners.forEach((listener) => listener());
    },
    // Reading needs no seeded conditions (a new database has nothing to read): start at once.
    onOpen: () => {
      const warm = observeSignals(toIsoDate(new Date())).subscribe(
        () => undefined,
        () => undefined, // the views that read it report errors themselves
      );
      setTimeout(() => warm.unsubscribe(), WARM_MS);
    },
  });
  return {
    result,
    blocked: () => blocked,
    onBlocked: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
