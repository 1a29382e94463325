import { defaultConditions } from '@/i18n/nl/conditions-defaults';
import { defaultConditionSpecs } from '@/domain/conditions';
import { seedDefaultConditions } from '@/db/condition-repository';
import { UitstroombordDatabase, setDatabase } from '@/db/database';
import { updateSettings } from '@/db/settings-repository';

let counter = 0;

/** The person a test database is used by, unless the test is about first use. */
export const TEST_PERSON = 'Test';

/**
 * A fresh, empty database per test (fake-indexeddb), made the app's database. Someone has
 * said who they are (`TEST_PERSON`), as in the app after first use, because no record is
 * written "door Onbekend"; `person: false` leaves the browser as new (the welcome question).
 */
export async function freshDatabase(
  options: { seed?: boolean; person?: string | false } = {},
): Promise<UitstroombordDatabase> {
  counter += 1;
  const database = new UitstroombordDatabase(
    `test-${counter}-${Math.random().toString(36).slice(2)}`,
  );
  setDatabase(database);
  await database.open();
  if (options.seed !== false) await seedDefaultConditions(defaultConditionSpecs(defaultConditions));
  const person = options.person ?? TEST_PERSON;
  if (person !== false) await updateSettings({ userName: person });
  return database;
}
