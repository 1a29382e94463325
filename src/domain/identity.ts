/*
 * Who is working: every record names its author by the name the person gave,
 * and prints name the provider. On first use the app asks both, or learns that
 * this is a municipality that only reads a share file.
 */

/**
 * The name a browser has before anyone said who they are. The data layer writes no record as
 * this person (`currentActor` in db/settings-repository.ts refuses): only the settings carry it.
 */
export const UNKNOWN_PERSON = 'Onbekend';

/**
 * The author of what the app writes by itself, on nobody's behalf: the default conditions it
 * writes on first start, before the welcome question is answered. Stored, so not translated;
 * no person may take this name.
 */
export const SYSTEM_AUTHOR = 'Uitstroombord';

/** Who uses this browser: the provider's team, or a municipality reading a share file. */
export type Audience = 'provider' | 'municipality';

export type IdentityFields = {
  userName?: string;
  providerName?: string;
  audience?: Audience;
};

export const PERSON_NAME_MAX = 60;
export const RECENT_NAMES_MAX = 6;

export type NameError = 'required' | 'tooLong' | 'placeholder' | 'system';

/** A person's or provider's name as typed: what is wrong with it, if anything. */
export function nameError(value: string): NameError | undefined {
  const name = value.trim();
  if (!name) return 'required';
  if (name.length > PERSON_NAME_MAX) return 'tooLong';
  const lower = name.toLocaleLowerCase('nl');
  if (lower === UNKNOWN_PERSON.toLocaleLowerCase('nl')) return 'placeholder';
  if (lower === SYSTEM_AUTHOR.toLocaleLowerCase('nl')) return 'system';
  return undefined;
}

/** Has this browser's team said who works here and for which provider? */
export function needsIdentity(fields: IdentityFields): boolean {
  if (fields.audience === 'municipality') return false;
  return nameError(fields.userName ?? '') !== undefined || !fields.providerName?.trim();
}

/** The names used on this device, newest first, for switching person on a shared laptop. */
export function rememberName(recent: readonly string[] | undefined, name: string): string[] {
  const trimmed = name.trim();
  const others = (recent ?? []).filter(
    (other) => other.trim() && other.toLocaleLowerCase('nl') !== trimmed.toLocaleLowerCase('nl'),
  );
  return [trimmed, ...others].slice(0, RECENT_NAMES_MAX);
}
