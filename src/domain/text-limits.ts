/**
 * Longest text per kind of field, shared by the forms, CSV import, share files
 * and backup validation (domain/record-rules.ts). Form limits where a form has
 * one; elsewhere generous limits no person types but that stop a 20 MB field.
 */
export const TEXT_MAX = {
  id: 100,
  /** Initials or a pseudonym. */
  initials: 12,
  clientNumber: 40,
  /** Names of people, places, organisations, roles. */
  short: 200,
  youthNotes: 2000,
  /** Reasons, actions, criteria, agenda notes. */
  long: 5000,
  /** The provider's explanation with a monthly report. */
  reportNote: 5000,
  /** Meeting minutes. */
  minutes: 50_000,
} as const;
