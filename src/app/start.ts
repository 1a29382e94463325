import { defaultConditionSpecs } from '@/domain/conditions';
import { seedDefaultConditions } from '@/db/condition-repository';
import { db } from '@/db/database';
import { toStorageError } from '@/db/errors';
import { resumeReview } from '@/db/review-database';
import { t } from '@/i18n/dictionary';
import { storageMessage } from '@/ui/format';

export type StartResult = { kind: 'ready' } | { kind: 'failed'; message: string };

export type StartHooks = {
  /** Another tab holds the old schema open: the upgrade waits until it closes. */
  onBlocked?: () => void;
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
      return { kind: 'ready' };
    }
    const database = db();
    if (hooks.onBlocked) database.on('blocked', hooks.onBlocked);
    await database.open();
    await seedDefaultConditions(defaultConditionSpecs(t.defaultConditions));
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
