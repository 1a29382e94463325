/**
 * The board as it stood at the end of a given day, computed from the
 * append-only history. Nothing here reads the clock: the same history and the
 * same date give the same board, so the report for October looks the same
 * next year.
 *
 * Day rule: an assessment belongs to the local calendar day of its timestamp
 * (the device's time zone, Europe/Amsterdam in practice) — the same rule as
 * {@link toIsoDate}, which the board and the detail page use to show dates.
 * "The state at the end of 31 October" therefore includes a light set at
 * 23:30 Dutch time on 31 October, even though that is 1 November in UTC.
 */
import { addMonths, format, lastDayOfMonth, parseISO } from 'date-fns';
import { buildRows, cellKey, type BoardRow, type CurrentLightIndex } from './board';
import { compareNewestFirst } from './light';
import type { Assessment, Condition, IsoDate, Youth } from './types';

/** `yyyy-MM`. */
export type IsoMonth = string;

/** The first moment after the local day `date`, in epoch milliseconds. */
export function endOfDayMs(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).getTime();
}

/** Was this assessment made on or before the local day `date`? */
export function assessedOnOrBefore(assessment: Assessment, date: IsoDate): boolean {
  return Date.parse(assessment.assessedAt) < endOfDayMs(date);
}

/**
 * Was this young person placed on `date`? From the placement start up to (not
 * including) the day they left: on the day of leaving they no longer count.
 */
export function isPlacedOn(youth: Youth, date: IsoDate): boolean {
  if (youth.placementStart > date) return false;
  if (youth.leftOn !== undefined) return youth.leftOn > date;
  return youth.status !== 'left';
}

/** The newest assessment of every cell as it stood at the end of `date`. */
export function lightsAt(assessments: readonly Assessment[], date: IsoDate): CurrentLightIndex {
  // One pass, no sort: the common case of a single date stays linear.
  const end = endOfDayMs(date);
  const index = new Map<string, { assessment: Assessment; at: number }>();
  for (const assessment of assessments) {
    const at = Date.parse(assessment.assessedAt);
    if (!(at < end)) continue;
    const key = cellKey(assessment.youthId, assessment.conditionId);
    const held = index.get(key);
    if (
      !held ||
      at > held.at ||
      (at === held.at && compareNewestFirst(assessment, held.assessment) < 0)
    )
      index.set(key, { assessment, at });
  }
  const result = new Map<string, Assessment>();
  for (const [key, { assessment }] of index) result.set(key, assessment);
  return result;
}

/**
 * The light index at the end of each date, in one pass over the history
 * sorted oldest first (100 000 assessments: one sort, then a sweep), rather
 * than one pass per date.
 */
export function lightsAtDates(
  assessments: readonly Assessment[],
  dates: readonly IsoDate[],
): CurrentLightIndex[] {
  const sorted = [...assessments]
    .map((assessment) => ({ assessment, at: Date.parse(assessment.assessedAt) }))
    .sort((a, b) => a.at - b.at || -compareNewestFirst(a.assessment, b.assessment));
  const order = dates.map((date, index) => ({ index, end: endOfDayMs(date) }));
  order.sort((a, b) => a.end - b.end);
  const result: CurrentLightIndex[] = new Array<CurrentLightIndex>(dates.length);
  const current = new Map<string, Assessment>();
  let next = 0;
  for (const { index, end } of order) {
    while (next < sorted.length && (sorted[next] as { at: number }).at < end) {
      const { assessment } = sorted[next] as { assessment: Assessment };
      current.set(cellKey(assessment.youthId, assessment.conditionId), assessment);
      next += 1;
    }
    result[index] = new Map(current);
  }
  return result;
}

/** The board rows (young people placed on `date`, lights as they stood then, ages on that day). */
export function boardAt(
  youths: readonly Youth[],
  conditions: readonly Condition[],
  lights: CurrentLightIndex,
  date: IsoDate,
): BoardRow[] {
  return buildRows(
    youths.filter((youth) => isPlacedOn(youth, date)),
    conditions,
    lights,
    date,
  );
}

/**
 * The history of every cell up to the end of `date`, oldest first, with undo
 * pairs taken out: an undone assessment and the record that undid it are not
 * reviews, so they do not count towards "red for 3 reviews in a row".
 */
export function cellHistoriesAt(
  assessments: readonly Assessment[],
  date: IsoDate,
): Map<string, Assessment[]> {
  const end = endOfDayMs(date);
  const inRange = assessments.filter((assessment) => Date.parse(assessment.assessedAt) < end);
  const undone = new Set<string>();
  for (const assessment of inRange) if (assessment.undoes) undone.add(assessment.undoes);
  const cells = new Map<string, Assessment[]>();
  for (const assessment of inRange) {
    if (assessment.undoes || undone.has(assessment.id)) continue;
    const key = cellKey(assessment.youthId, assessment.conditionId);
    const list = cells.get(key);
    if (list) list.push(assessment);
    else cells.set(key, [assessment]);
  }
  for (const list of cells.values()) list.sort((a, b) => -compareNewestFirst(a, b));
  return cells;
}

// The red run of a cell lives with the signals (red-streak.ts); reports use it too.
export { redStreak, type RedStreak } from './red-streak';

/** The last day of a month, `yyyy-MM-dd`. */
export function monthEnd(month: IsoMonth): IsoDate {
  return format(lastDayOfMonth(parseISO(`${month}-01`)), 'yyyy-MM-dd');
}

export function monthStart(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/**
 * The day a month's figures are taken: its last day, or today while the month
 * is still running (a later day has no history yet and would look the same).
 */
export function asOfDate(month: IsoMonth, today: IsoDate): IsoDate {
  const end = monthEnd(month);
  return end > today ? today : end;
}

/** `count` months ending with `month`, oldest first. */
export function monthsEndingWith(month: IsoMonth, count: number): IsoMonth[] {
  const last = parseISO(`${month}-01`);
  return Array.from({ length: count }, (_, index) =>
    format(addMonths(last, index - count + 1), 'yyyy-MM'),
  );
}
