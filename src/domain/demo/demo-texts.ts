import type { DefaultConditionKey } from '../types';

/**
 * The words of the fictitious demo world. The generator decides the numbers
 * (who, when, which colour); these decide what it says. The Dutch ones live in
 * `src/i18n/nl/demo.ts`, a section loaded only with the demo generator.
 * Lengths and order matter: the same texts and seed give the same board.
 */
export type DemoTexts = {
  /** In this order: a group home, a secure and clinical site, a family home. */
  locations: readonly [DemoLocation, DemoLocation, DemoLocation];
  /** The paying municipalities; `weight` is each one's share of the placements. */
  municipalities: readonly DemoMunicipality[];
  /** The certified institution (GI) that holds procesregie for young people under a court order. */
  guardianship: string;
  /** Letters to draw initials from; a letter repeated is drawn more often. */
  initials: { first: string; surname: string; prefixes: readonly string[] };
  /** First names of mentors, the everyday carers who own many actions. */
  mentors: readonly string[];
  /** Internal notes on a few young people. */
  notes: readonly string[];
  /** Action owners named by their role, not a person. */
  owners: { districtTeam: string; parents: string; youth: string };
  /** What is missing and what happens about it, per default condition. */
  conditions: Record<DefaultConditionKey, DemoConditionTexts>;
  /** The same for conditions the user added. */
  generic: DemoConditionTexts;
  /** Why a light is "niet van toepassing". */
  notApplicable: readonly string[];
};

export type DemoLocation = { name: string; coordinators: readonly string[] };
export type DemoMunicipality = { name: string; accessTeam: string; weight: number };
/** What is missing, and the action that addresses it. */
export type DemoReasonAction = readonly [reason: string, action: string];
export type DemoConditionTexts = {
  red: readonly DemoReasonAction[];
  amber: readonly DemoReasonAction[];
  /** Why a light is green (sometimes left empty). */
  green: readonly string[];
};
