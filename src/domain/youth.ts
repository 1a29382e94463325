import { ageOn, isIsoDate } from './dates';
import type { IsoDate, Perspective, PlacementType, Youth } from './types';
import { PERSPECTIVES, PLACEMENT_TYPES } from './types';
import { TEXT_MAX } from './text-limits';

/** What the form edits: every field a person types, as text. */
export type YouthDraft = {
  initials: string;
  clientNumber: string;
  birthDate: string;
  municipality: string;
  location: string;
  placementType: string;
  placementStart: string;
  plannedEnd: string;
  perspective: string;
  coordinator: string;
  procesregie: string;
  notes: string;
};

export type YouthErrorCode =
  | 'required'
  | 'invalidDate'
  | 'inFuture'
  | 'beforeStart'
  | 'beforeBirth'
  | 'implausibleAge'
  | 'tooLong'
  | 'looksLikeFullName'
  | 'unknownOption';

export type YouthErrors = Partial<Record<keyof YouthDraft, YouthErrorCode>>;

export const INITIALS_MAX_LENGTH = TEXT_MAX.initials;

export function emptyYouthDraft(): YouthDraft {
  return {
    initials: '',
    clientNumber: '',
    birthDate: '',
    municipality: '',
    location: '',
    placementType: 'groep',
    placementStart: '',
    plannedEnd: '',
    perspective: '',
    coordinator: '',
    procesregie: '',
    notes: '',
  };
}

/**
 * 'onbekend' and no perspective mean the same thing (the signals treat them
 * alike, the screens show one label), so a draft stores them one way: none.
 */
function recordedPerspective(perspective: Perspective | undefined): Perspective | undefined {
  return perspective === 'onbekend' ? undefined : perspective;
}

export function draftFromYouth(youth: Youth): YouthDraft {
  return {
    initials: youth.initials,
    clientNumber: youth.clientNumber ?? '',
    birthDate: youth.birthDate,
    municipality: youth.municipality,
    location: youth.location,
    placementType: youth.placementType,
    placementStart: youth.placementStart,
    plannedEnd: youth.plannedEnd ?? '',
    perspective: recordedPerspective(youth.perspective) ?? '',
    coordinator: youth.coordinator ?? '',
    procesregie: youth.procesregie ?? '',
    notes: youth.notes ?? '',
  };
}

/**
 * Name particles: Dutch tussenvoegsels and a few particles of names common in
 * the Netherlands. A particle names no one, so "A.B. de J." is still initials;
 * a written-out word next to one is a surname all the same ("de Vries").
 */
const NAME_PARTICLES = new Set([
  ...['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'op', 'in', 'aan', 'bij', 'uit'],
  ...['von', 'la', 'le', 'du', 'da', 'di', 'dos', 'del', 'el', 'al'],
]);

/**
 * Is this part of the value a written-out name? Two or more letters, not a
 * particle, and not initials written without dots (up to three capitals:
 * "PJ", "AB"). The price of that last rule: a name of three letters typed in
 * capitals ("JAN KOK") reads as initials.
 */
function isWrittenOutName(part: string): boolean {
  const letters = part.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  if (NAME_PARTICLES.has(letters.toLowerCase())) return false;
  return !(letters.length <= 3 && letters === letters.toUpperCase());
}

/**
 * The privacy rule for "initialen of schuilnaam": one written-out word may
 * stand alone, initials may come in any number, but a written-out word WITH
 * anything else is (part of) a full name and is refused.
 *
 * - Refused: "Jan de Vries", "Pieter Jansen", "Mohammed El Amrani", and a
 *   surname with an initial or a particle: "J. v.d. Berg", "J. Berg",
 *   "de Vries", "van der Berg", "Jansen, J." — a surname with an initial
 *   identifies a person in a group of a few dozen as surely as the full name.
 *   Also a given name with a surname initial ("Jan J.") and a two-word
 *   pseudonym ("Kleine Beer"): the rule cannot tell them from a full name,
 *   and "one word or initials" is a rule a coordinator can keep in mind.
 * - Accepted: initials in any form ("A.B.", "PJ", "J.v.d.M.", "A.B. de J." —
 *   the particle is written out but the surname is an initial), and one word:
 *   "Mo", "Sanne-Lotte". A single given name is pseudonym-level: on its own,
 *   without a surname, it does not single out one young person outside the
 *   group, and a nickname or invented name looks exactly the same. A single
 *   word that happens to be a surname ("Jansen") cannot be told from a
 *   pseudonym, so it passes too; the field's hint asks for none.
 *
 * Parts are split at spaces, dots, commas, slashes and underscores; a hyphen
 * or apostrophe stays inside its word ("Sanne-Lotte", "O'Neil"). Parts without
 * letters (a number, "Jongere 12") do not count.
 */
export function looksLikeFullName(value: string): boolean {
  const parts = value.split(/[\s.,/_;]+/u).filter((part) => /\p{L}/u.test(part));
  return parts.length > 1 && parts.some(isWrittenOutName);
}

// ---- Rules between fields: the form holds them, and so does every file read
// and the start-up check (record-rules.ts calls youthCrossFieldBreak), with
// these same functions. Only rules the app has held from the start, so a
// young person it once wrote is never refused later.

/** A placement cannot start before the young person was born. */
export function startsBeforeBirth(birthDate: IsoDate, placementStart: IsoDate): boolean {
  return placementStart < birthDate;
}

/** A planned end before the placement's start. */
export function endsBeforeStart(placementStart: IsoDate, plannedEnd: IsoDate): boolean {
  return plannedEnd < placementStart;
}

/** A young person who left has the day they left: the outflow form asks for it. */
export function leftWithoutDate(status: Youth['status'], leftOn: IsoDate | undefined): boolean {
  return status === 'left' && !leftOn;
}

/**
 * The first rule between a stored young person's fields that is broken, for a
 * record whose fields are each valid on their own (record-rules.ts checks that
 * first). Optional dates may be stored as null.
 */
export function youthCrossFieldBreak(
  youth: Pick<Youth, 'birthDate' | 'placementStart' | 'status'> & {
    plannedEnd?: IsoDate | null;
    leftOn?: IsoDate | null;
  },
):
  | { field: 'placementStart' | 'plannedEnd' | 'leftOn'; problem: 'invalid' | 'missing' }
  | undefined {
  if (startsBeforeBirth(youth.birthDate, youth.placementStart))
    return { field: 'placementStart', problem: 'invalid' };
  if (youth.plannedEnd && endsBeforeStart(youth.placementStart, youth.plannedEnd))
    return { field: 'plannedEnd', problem: 'invalid' };
  if (leftWithoutDate(youth.status, youth.leftOn ?? undefined))
    return { field: 'leftOn', problem: 'missing' };
  return undefined;
}

/**
 * Checks a draft: the one set of value rules for the form and the spreadsheet
 * import. Keeps personal data minimal: initials or a pseudonym, never a full
 * name (see {@link looksLikeFullName}).
 */
export function validateYouth(draft: YouthDraft, today: IsoDate): YouthErrors {
  const errors: YouthErrors = {};
  const initials = draft.initials.trim();
  if (!initials) errors.initials = 'required';
  // Before the length: "Mohammed El Amrani" is refused for being a name, not for being long.
  else if (looksLikeFullName(initials)) errors.initials = 'looksLikeFullName';
  else if (initials.length > INITIALS_MAX_LENGTH) errors.initials = 'tooLong';

  if (!draft.birthDate) errors.birthDate = 'required';
  else if (!isIsoDate(draft.birthDate)) errors.birthDate = 'invalidDate';
  else if (draft.birthDate > today) errors.birthDate = 'inFuture';
  else if (ageOn(draft.birthDate, today) > 27) errors.birthDate = 'implausibleAge';

  if (!draft.municipality.trim()) errors.municipality = 'required';
  if (!draft.location.trim()) errors.location = 'required';
  if (!(PLACEMENT_TYPES as readonly string[]).includes(draft.placementType))
    errors.placementType = 'unknownOption';
  if (draft.perspective && !(PERSPECTIVES as readonly string[]).includes(draft.perspective)) {
    errors.perspective = 'unknownOption';
  }

  if (!draft.placementStart) errors.placementStart = 'required';
  else if (!isIsoDate(draft.placementStart)) errors.placementStart = 'invalidDate';
  else if (draft.placementStart > today) errors.placementStart = 'inFuture';
  else if (isIsoDate(draft.birthDate) && startsBeforeBirth(draft.birthDate, draft.placementStart))
    errors.placementStart = 'beforeBirth';

  if (draft.plannedEnd) {
    if (!isIsoDate(draft.plannedEnd)) errors.plannedEnd = 'invalidDate';
    else if (
      isIsoDate(draft.placementStart) &&
      endsBeforeStart(draft.placementStart, draft.plannedEnd)
    )
      errors.plannedEnd = 'beforeStart';
  }
  if (draft.clientNumber.length > TEXT_MAX.clientNumber) errors.clientNumber = 'tooLong';
  if (draft.notes.length > TEXT_MAX.youthNotes) errors.notes = 'tooLong';
  // The same limits a backup or share file is held to (domain/record-rules.ts).
  for (const field of ['municipality', 'location', 'coordinator', 'procesregie'] as const) {
    if (!errors[field] && draft[field].trim().length > TEXT_MAX.short) errors[field] = 'tooLong';
  }
  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}

/** The fields of a valid draft as they are stored; optional text left empty is omitted. */
export function youthFieldsFromDraft(draft: YouthDraft) {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    initials: draft.initials.trim(),
    clientNumber: optional(draft.clientNumber),
    birthDate: draft.birthDate,
    municipality: draft.municipality.trim(),
    location: draft.location.trim(),
    placementType: draft.placementType as PlacementType,
    placementStart: draft.placementStart,
    plannedEnd: optional(draft.plannedEnd),
    perspective: recordedPerspective(optional(draft.perspective) as Perspective | undefined),
    coordinator: optional(draft.coordinator),
    procesregie: optional(draft.procesregie),
    notes: optional(draft.notes),
  };
}
export type YouthFields = ReturnType<typeof youthFieldsFromDraft>;

export type OutflowDraft = { leftOn: string; actualDestination: string };
export type OutflowErrors = Partial<Record<keyof OutflowDraft, YouthErrorCode>>;

export function validateOutflow(draft: OutflowDraft, youth: Youth, today: IsoDate): OutflowErrors {
  const errors: OutflowErrors = {};
  if (leftWithoutDate('left', draft.leftOn)) errors.leftOn = 'required';
  else if (!isIsoDate(draft.leftOn)) errors.leftOn = 'invalidDate';
  else if (draft.leftOn > today) errors.leftOn = 'inFuture';
  else if (draft.leftOn < youth.placementStart) errors.leftOn = 'beforeStart';
  if (!draft.actualDestination) errors.actualDestination = 'required';
  else if (!(PERSPECTIVES as readonly string[]).includes(draft.actualDestination)) {
    errors.actualDestination = 'unknownOption';
  }
  return errors;
}
