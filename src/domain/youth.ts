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
    perspective: youth.perspective ?? '',
    coordinator: youth.coordinator ?? '',
    procesregie: youth.procesregie ?? '',
    notes: youth.notes ?? '',
  };
}

/**
 * Checks a draft. Keeps personal data minimal: initials or a pseudonym, so a
 * value with a space between two long words (a full name) is refused.
 */
export function validateYouth(draft: YouthDraft, today: IsoDate): YouthErrors {
  const errors: YouthErrors = {};
  const initials = draft.initials.trim();
  if (!initials) errors.initials = 'required';
  else if (initials.length > INITIALS_MAX_LENGTH) errors.initials = 'tooLong';
  else if (/\p{L}{3,}\s+\p{L}{3,}/u.test(initials)) errors.initials = 'looksLikeFullName';

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
  else if (isIsoDate(draft.birthDate) && draft.placementStart < draft.birthDate)
    errors.placementStart = 'beforeBirth';

  if (draft.plannedEnd) {
    if (!isIsoDate(draft.plannedEnd)) errors.plannedEnd = 'invalidDate';
    else if (isIsoDate(draft.placementStart) && draft.plannedEnd < draft.placementStart)
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
    perspective: optional(draft.perspective) as Perspective | undefined,
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
  if (!draft.leftOn) errors.leftOn = 'required';
  else if (!isIsoDate(draft.leftOn)) errors.leftOn = 'invalidDate';
  else if (draft.leftOn > today) errors.leftOn = 'inFuture';
  else if (draft.leftOn < youth.placementStart) errors.leftOn = 'beforeStart';
  if (!draft.actualDestination) errors.actualDestination = 'required';
  else if (!(PERSPECTIVES as readonly string[]).includes(draft.actualDestination)) {
    errors.actualDestination = 'unknownOption';
  }
  return errors;
}
