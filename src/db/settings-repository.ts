import { db, SETTINGS_ID, type SettingsRecord } from './database';
import { guarded, StorageError } from './errors';
import { nowIso } from './clock';

import {
  nameError,
  rememberName,
  SYSTEM_AUTHOR,
  UNKNOWN_PERSON,
  type Audience,
} from '@/domain/identity';

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
    updatedBy: SYSTEM_AUTHOR,
  };
}

/** A person's or provider's name as stored: the forms' rule, held here too so no path writes "Onbekend". */
function validName(value: string): string {
  if (nameError(value)) throw new StorageError('invalid');
  return value.trim();
}

/**
 * The name stamped on changes; read inside write transactions that include `settings`.
 * Refuses while nobody has said who they are, so no record is ever written "door Onbekend"
 * (the settings themselves and the first-start defaults are written without it).
 */
export async function currentActor(): Promise<string> {
  const { userName } = await getSettings();
  // A review copy has no person and refuses every write anyway: say that, not "who are you".
  if (nameError(userName)) throw new StorageError(db().readOnly ? 'readOnly' : 'anonymous');
  return userName;
}

export async function updateSettings(
  patch: Partial<Omit<SettingsRecord, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>>,
): Promise<SettingsRecord> {
  return guarded(() =>
    db().transaction('rw', db().settings, async () => {
      const current = await getSettings();
      const userName = patch.userName === undefined ? undefined : validName(patch.userName);
      const next: SettingsRecord = {
        ...current,
        ...patch,
        ...(userName === undefined
          ? {}
          : { userName, recentUserNames: rememberName(current.recentUserNames, userName) }),
        updatedAt: nowIso(),
        updatedBy: userName ?? current.userName,
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
              userName: validName(identity.userName),
              providerName: validName(identity.providerName),
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
      const name = validName(userName);
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
