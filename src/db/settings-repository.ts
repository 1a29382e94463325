import { db, SETTINGS_ID, type SettingsRecord } from './database';
import { guarded } from './errors';
import { nowIso } from './clock';

export const DEFAULT_USER_NAME = 'Onbekend';

export async function getSettings(): Promise<SettingsRecord> {
  const stored = await db().settings.get(SETTINGS_ID);
  if (stored) return stored;
  const at = nowIso();
  return {
    id: SETTINGS_ID,
    userName: DEFAULT_USER_NAME,
    conditionsSeeded: false,
    createdAt: at,
    updatedAt: at,
    updatedBy: DEFAULT_USER_NAME,
  };
}

/** The name stamped on changes; read inside write transactions that include `settings`. */
export async function currentActor(): Promise<string> {
  return (await getSettings()).userName;
}

export async function updateSettings(
  patch: Partial<Omit<SettingsRecord, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>>,
): Promise<SettingsRecord> {
  return guarded(() =>
    db().transaction('rw', db().settings, async () => {
      const current = await getSettings();
      const next: SettingsRecord = {
        ...current,
        ...patch,
        updatedAt: nowIso(),
        updatedBy: patch.userName ?? current.userName,
      };
      await db().settings.put(next);
      return next;
    }),
  );
}
