import { addMonthsIso, daysBetween, isIsoDate } from './dates';
import type { OutflowCheck } from './follow-up-types';
import { FOLLOW_UP_MONTHS, type FollowUpMonths } from './signals';
import type { IsoDate, Youth } from './types';

/** One follow-up of a young person who left: its answer, or when it falls due. */
export type LeftFollowUp = {
  monthsAfter: FollowUpMonths;
  check?: OutflowCheck;
  /** Undefined when the leaving date is not a real date: the due day is then unknown. */
  dueOn?: IsoDate;
};

/** A row of the Uitgestroomd list. */
export type LeftRow = {
  youth: Youth;
  /** Days from placement to leaving; undefined when either date is missing or not a real date. */
  daysPlaced?: number;
  /** Empty when no leaving date is stored at all. */
  followUps: LeftFollowUp[];
};

const realDate = (value: unknown): value is IsoDate =>
  typeof value === 'string' && isIsoDate(value);

function newestFirst(a: Youth, b: Youth): number {
  const byDate = String(b.leftOn ?? '').localeCompare(String(a.leftOn ?? ''));
  return byDate || String(a.initials).localeCompare(String(b.initials), 'nl');
}

/**
 * The Uitgestroomd list, newest departure first. Stored dates that are not real
 * dates (a bug, a hand-edited backup) leave their figures unknown instead of
 * producing a wrong number or throwing: the list is where one goes to fix them.
 */
export function leftListRows(youths: readonly Youth[], checks: readonly OutflowCheck[]): LeftRow[] {
  const answers = new Map(checks.map((check) => [`${check.youthId}|${check.monthsAfter}`, check]));
  return [...youths].sort(newestFirst).map((youth) => {
    const row: LeftRow = { youth, followUps: [] };
    if (!youth.leftOn) return row;
    const leftOn = realDate(youth.leftOn) ? youth.leftOn : undefined;
    if (leftOn && realDate(youth.placementStart))
      row.daysPlaced = daysBetween(youth.placementStart, leftOn);
    row.followUps = FOLLOW_UP_MONTHS.map((monthsAfter) => {
      const followUp: LeftFollowUp = { monthsAfter };
      const check = answers.get(`${youth.id}|${monthsAfter}`);
      if (check) followUp.check = check;
      if (leftOn) followUp.dueOn = addMonthsIso(leftOn, monthsAfter);
      return followUp;
    });
    return row;
  });
}
