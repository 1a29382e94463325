import { ageOn, daysBetween } from './dates';
import type { Assessment, Condition, IsoDate, LightState, Youth } from './types';

/** Newest first: by the moment it was assessed, then by when it was written. */
export function compareNewestFirst(a: Assessment, b: Assessment): number {
  if (a.assessedAt !== b.assessedAt) return a.assessedAt < b.assessedAt ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

/** The current light of one cell is its newest assessment (history is append-only). */
export function currentLight(history: readonly Assessment[]): Assessment | undefined {
  let newest: Assessment | undefined;
  for (const assessment of history) {
    if (!newest || compareNewestFirst(assessment, newest) < 0) newest = assessment;
  }
  return newest;
}

/** Does this condition apply to a young person of this age, absent a light someone set? */
export function conditionApplies(condition: Condition, youth: Youth, today: IsoDate): boolean {
  if (condition.appliesFromAge === undefined) return true;
  // An unknown age (a birth date that is not a date) is not guessed away: the condition applies.
  return !(ageOn(youth.birthDate, today) < condition.appliesFromAge);
}

export type CellState = {
  state: LightState;
  /** The assessment behind the state; absent for "niet beoordeeld" and the automatic n.v.t. */
  assessment?: Assessment;
  /** n.v.t. because of age, not because someone chose it. */
  automatic: boolean;
  /** Days since the light was last assessed. */
  ageInDays?: number;
};

/**
 * What a cell shows. A light someone set wins; without one, a condition with an
 * age floor (18+ overgang from 16) reads n.v.t. below that age, else "niet beoordeeld".
 */
export function cellState(
  youth: Youth,
  condition: Condition,
  current: Assessment | undefined,
  today: IsoDate,
): CellState {
  if (current && current.colour !== 'unassessed') {
    return {
      state: current.colour,
      assessment: current,
      automatic: false,
      ageInDays: Math.max(0, daysBetween(current.assessedAt, today)),
    };
  }
  if (!conditionApplies(condition, youth, today)) {
    return { state: 'notApplicable', automatic: true };
  }
  return { state: 'unassessed', automatic: false };
}

/** Matches the default stale threshold (6 weeks): until then a light never assessed is simply new. */
export const NEW_ON_BOARD_DAYS = 42;

/**
 * Was the young person added to the board recently? Their unassessed lights
 * then read "nieuw", however long ago the placement itself began.
 */
export function newOnBoard(youth: Youth, today: IsoDate): boolean {
  const days = daysBetween(youth.createdAt, today);
  return Number.isFinite(days) && days >= 0 && days < NEW_ON_BOARD_DAYS;
}

/** The letter that carries the colour's meaning without colour (print, colour-blind users). */
export const LIGHT_LETTER: Record<LightState, string> = {
  red: 'R',
  amber: 'O',
  green: 'G',
  notApplicable: '–',
  unassessed: '?',
};
