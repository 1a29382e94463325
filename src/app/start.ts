import { defaultConditionSpecs } from '@/domain/conditions';
import { seedDefaultConditions } from '@/db/condition-repository';
import { db } from '@/db/database';
import { t } from '@/i18n/dictionary';
import { storageMessage } from '@/ui/format';

export type StartResult = { kind: 'ready' } | { kind: 'failed'; message: string };

/** Opens the database and seeds the default conditions once. */
export async function startDatabase(location: Pick<Location, 'search'>): Promise<StartResult> {
  void location;
  try {
    if (typeof indexedDB === 'undefined') return { kind: 'failed', message: t.storage.unavailable };
    await db().open();
    await seedDefaultConditions(defaultConditionSpecs(t.defaultConditions));
    return { kind: 'ready' };
  } catch (error) {
    console.error(error);
    return { kind: 'failed', message: storageMessage(error) };
  }
}
