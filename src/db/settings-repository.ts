import { db, SETTINGS_ID, type SettingsRecord } from './database';
import { guarded } from './errors';
import { nowIso } from './clock';

import { rememberName, UNKNOWN_PERSON, type Audience } from '@/domain/identity';

export const DEFAULT_USER_NAME = UNKNOWN_PERSON;

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
        ...(patch.userName
          ? { recentUserNames: rememberName(current.recentUserNames, patch.userName) }
          : {}),
        updatedAt: nowIso(),
        updatedBy: patch.userName ?? current.userName,
      };
      await db().settings.put(next);
      return next;
    }),
  );
}

/** First use: who works here and for which provider (or: a municipality that only reads). */
export async function saveIdentity(
  identity:
    { audience: 'provider'; userName: string; providerName: string } | { audience: 'municipality' },
): Promise<SettingsRecord> {
  return guarded(() =>
    db().transaction('rw', db().settings, async () => {
      const current = await getSettings();
      const patch: Partial<SettingsRecord> =
        identity.audience === 'provider'
          ? {
              audience: 'provider' as Audience,
              userName: identity.userName.trim(),
              providerName: identity.providerName.trim(),
              recentUserNames: rememberName(current.recentUserNames, identity.userName),
            }
          : { audience: 'municipality' as Audience };
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

/** A shared meeting laptop: the next changes are stamped with this person's name. */
export async function switchPerson(userName: string): Promise<SettingsRecord> {
  return guarded(() =>
    db().transaction('rw', db().settings, async () => {
      const current = await getSettings();
      const name = userName.trim();
      const next: SettingsRecord = {
        ...current,
        userName: name,
        recentUserNames: rememberName(current.recentUserNames, name),
        updatedAt: nowIso(),
        updatedBy: name,
      };
      await db().settings.put(next);
      return next;
    }),
  );
}

/**
 * A device set up as a municipality's by mistake: forget the answer, so the
 * first-use question is asked again. Nothing else in the settings changes.
 */
export async function forgetAudience(): Promise<SettingsRecord> {
  return guarded(() =>
    db().transaction('rw', db().settings, async () => {
      const current = await getSettings();
      const next: SettingsRecord = { ...current, updatedAt: nowIso() };
      delete next.audience;
      await db().settings.put(next);
      return next;
    }),
  );
}
