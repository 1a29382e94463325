/*
 * Who is working: every record names its author by the name the person gave,
 * and prints name the provider. On first use the app asks both, or learns that
 * this is a municipality that only reads a share file.
 */

/** The name records carried before anyone said who they were. Never written after first use. */
export const UNKNOWN_PERSON = 'Onbekend';

/** Who uses this browser: the provider's team, or a municipality reading a share file. */
export type Audience = 'provider' | 'municipality';

export type IdentityFields = {
  userName?: string;
  providerName?: string;
  audience?: Audience;
};

export const PERSON_NAME_MAX = 60;
export const RECENT_NAMES_MAX = 6;

export type NameError = 'required' | 'tooLong' | 'placeholder';

/** A person's or provider's name as typed: what is wrong with it, if anything. */
export function nameError(value: string): NameError | undefined {
  const name = value.trim();
  if (!name) return 'required';
  if (name.length > PERSON_NAME_MAX) return 'tooLong';
  if (name.toLocaleLowerCase('nl') === UNKNOWN_PERSON.toLocaleLowerCase('nl')) return 'placeholder';
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
