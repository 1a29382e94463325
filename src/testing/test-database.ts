import { defaultConditions } from '@/i18n/nl/conditions-defaults';
import { defaultConditionSpecs } from '@/domain/conditions';
import { seedDefaultConditions } from '@/db/condition-repository';
import { UitstroombordDatabase, setDatabase } from '@/db/database';

let counter = 0;

/** A fresh, empty database per test (fake-indexeddb), made the app's database. */
export async function freshDatabase(
  options: { seed?: boolean } = {},
): Promise<UitstroombordDatabase> {
  counter += 1;
  const database = new UitstroombordDatabase(
    `test-${counter}-${Math.random().toString(36).slice(2)}`,
  );
  setDatabase(database);
  await database.open();
  if (options.seed !== false) await seedDefaultConditions(defaultConditionSpecs(defaultConditions));
  return database;
}
