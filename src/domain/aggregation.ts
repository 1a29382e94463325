/**
 * Figures for municipal review, the monthly report and the regional overview,
 * computed from board rows at a date (see state-at-date.ts). Pure: the caller
 * passes the date.
 */
import { cellKey, columnTotals, emptyCounts, type BoardRow } from './board';
import { addMonthsIso, daysBetween, isIsoDate } from './dates';
import { openEscalationsAsOf, type Escalation, type EscalationUpdate } from './escalation';
import type { OutflowCheck } from './follow-up-types';
import { FOLLOW_UP_MONTHS } from './signals';
import {
  asOfDate,
  endOfDayMs,
  isPlacedOn,
  lightsAtDates,
  monthEnd,
  monthStart,
  redStreak,
  type IsoMonth,
  type RedStreak,
} from './state-at-date';
import type {
  ActionOwnerRole,
  Assessment,
  Condition,
  CurrentLight,
  IsoDate,
  IsoDateTime,
  LightState,
  Perspective,
  Youth,
} from './types';

export type StateCounts = Record<LightState, number>;

export type ConditionCounts = { condition: Condition; counts: StateCounts; total: number };

/** Per condition, how many young people have each state: the board's totals row for these rows. */
export function countsByCondition(
  rows: readonly BoardRow[],
  conditions: readonly Condition[],
): ConditionCounts[] {
  const totals = columnTotals(rows, conditions.length);
  return conditions.map((condition, index) => ({
    condition,
    counts: totals[index] ?? emptyCounts(),
    total: rows.length,
  }));
}

export function inMunicipalities(
  rows: readonly BoardRow[],
  municipalities: readonly string[],
): BoardRow[] {
  return rows.filter((row) => municipalities.includes(row.youth.municipality));
}

export type TrendPoint = {
  month: IsoMonth;
  /** The day the month's figures are taken (month end, or today for the running month). */
  date: IsoDate;
  /**
   * Lights set in the month (up to `date`) for these young people. A month
   * without any is a gap in the chart and "geen beoordelingen" in the table,
   * never a row of zeros that reads as "nothing was red".
   */
  reviews: number;
  youths: number;
  red: number;
  amber: number;
  green: number;
};

/** Red, amber and green lights (cells, not people) at the end of each month. */
export function trend(
  youths: readonly Youth[],
  conditions: readonly Condition[],
  assessments: readonly Assessment[],
  months: readonly IsoMonth[],
  municipalities: readonly string[],
  today: IsoDate,
): TrendPoint[] {
  const dates = months.map((month) => asOfDate(month, today));
  const ours = youths.filter((youth) => municipalities.includes(youth.municipality));
  const ourIds = new Set<string>(ours.map((youth) => youth.id));
  const relevant = assessments.filter((assessment) => ourIds.has(assessment.youthId));
  const indexes = lightsAtDates(relevant, dates);
  const reviews = reviewsPerMonth(relevant, months, dates);
  // Counts only: no board rows, whose per-cell day arithmetic costs seconds over 12 months.
  return months.map((month, index) => {
    const date = dates[index] as IsoDate;
    const lights = indexes[index] ?? new Map<string, Assessment>();
    const point: TrendPoint = {
      month,
      date,
      reviews: reviews[index] ?? 0,
      youths: 0,
      red: 0,
      amber: 0,
      green: 0,
    };
    for (const youth of ours) {
      if (!isPlacedOn(youth, date)) continue;
      point.youths += 1;
      for (const condition of conditions) {
        const colour = lights.get(cellKey(youth.id, condition.id))?.colour;
        if (colour === 'red' || colour === 'amber' || colour === 'green') point[colour] += 1;
      }
    }
    return point;
  });
}

/** Per month, how many lights were set in it (local days, up to that month's `dates` entry). */
function reviewsPerMonth(
  assessments: readonly Assessment[],
  months: readonly IsoMonth[],
  dates: readonly IsoDate[],
): number[] {
  const bounds = months.map((month, index) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return { from: new Date(y, m - 1, 1).getTime(), to: endOfDayMs(dates[index] as IsoDate) };
  });
  const counts = months.map(() => 0);
  for (const assessment of assessments) {
    const at = Date.parse(assessment.assessedAt);
    bounds.forEach(({ from, to }, index) => {
      if (at >= from && at < to) counts[index] = (counts[index] ?? 0) + 1;
    });
  }
  return counts;
}

/** One red light on the red list: what is done about it, by which role, red since when. */
export type RedCell = {
  condition: Condition;
  action: string;
  /** A role, never the owner's name: the report goes to the municipality. */
  actionOwnerRole?: ActionOwnerRole;
  dueDate?: IsoDate;
  redSince?: IsoDateTime;
};

export type RedRow = { youth: Youth; conditions: Condition[]; cells: RedCell[] };

export function youthsWithRed(
  rows: readonly BoardRow[],
  conditions: readonly Condition[],
  redSinceOf?: RedSinceOf,
): RedRow[] {
  return rows
    .filter((row) => row.counts.red > 0)
    .map((row) => {
      const cells: RedCell[] = [];
      conditions.forEach((condition, index) => {
        const cell = row.cells[index];
        if (cell?.state !== 'red') return;
        const light = cell.assessment;
        const red: RedCell = { condition, action: light?.action.trim() ?? '' };
        if (light?.actionOwnerRole) red.actionOwnerRole = light.actionOwnerRole;
        if (light?.dueDate) red.dueDate = light.dueDate;
        const since = redSinceOf?.(row, condition) ?? light?.assessedAt;
        if (since) red.redSince = since;
        cells.push(red);
      });
      return { youth: row.youth, conditions: cells.map((cell) => cell.condition), cells };
    });
}

/** Calendar arithmetic on the string: date-fns's `format` threw on a stored date that is not one. */
function plusMonths(date: IsoDate, months: number): IsoDate {
  return addMonthsIso(date, months);
}

export type EighteenRow = { youth: Youth; turnsEighteenOn: IsoDate; transition?: LightState };

/** Turning 18 after `date` and within `months` of it; with the 18+ overgang light when that condition exists. */
export function turningEighteenWithin(
  rows: readonly BoardRow[],
  conditions: readonly Condition[],
  date: IsoDate,
  months = 6,
): EighteenRow[] {
  const until = plusMonths(date, months);
  const transitionIndex = conditions.findIndex((condition) => condition.key === 'transition18');
  return rows
    .filter(
      (row): row is BoardRow & { turnsEighteenOn: IsoDate } =>
        row.turnsEighteenOn !== undefined &&
        row.turnsEighteenOn > date &&
        row.turnsEighteenOn <= until,
    )
    .sort((a, b) => (a.turnsEighteenOn < b.turnsEighteenOn ? -1 : 1))
    .map((row) => {
      const result: EighteenRow = { youth: row.youth, turnsEighteenOn: row.turnsEighteenOn };
      const transition = row.cells[transitionIndex]?.state;
      if (transition) result.transition = transition;
      return result;
    });
}

export type LeavingRow = { youth: Youth; plannedEnd: IsoDate; overdue: boolean; reds: number };

/** Planned to leave within `months` of `date`, including planned dates already passed (still placed). */
export function expectedToLeaveWithin(
  rows: readonly BoardRow[],
  date: IsoDate,
  months = 3,
): LeavingRow[] {
  const until = plusMonths(date, months);
  return rows
    .filter((row) => row.youth.plannedEnd !== undefined && row.youth.plannedEnd <= until)
    .map((row) => ({
      youth: row.youth,
      plannedEnd: row.youth.plannedEnd as IsoDate,
      overdue: (row.youth.plannedEnd as IsoDate) < date,
      reds: row.counts.red,
    }))
    .sort((a, b) => (a.plannedEnd < b.plannedEnd ? -1 : 1));
}

/** "Red for 3 or more consecutive reviews" (domain.md). */
export const ESCALATION_REVIEWS = 3;

export type EscalationRow = {
  youth: Youth;
  condition: Condition;
  reviews: number;
  since: string;
};

/** The red run a red cell ends with, at the report's date. */
export type RedRunOf = (row: BoardRow, condition: Condition) => RedStreak;

/** From each cell's history at the date (see `cellHistoriesAt`): any month. */
export function redRunsInHistories(
  histories: ReadonlyMap<string, readonly Assessment[]>,
): RedRunOf {
  return (row, condition) => redStreak(histories.get(cellKey(row.youth.id, condition.id)) ?? []);
}

/**
 * From the stored current lights: today only, without reading history. A
 * current light carries its cell's red run (`redStreak`, `redSince`, written
 * with the same rule as {@link redStreak}); a red light without them (written
 * before they existed) is one red review, since it was set.
 */
export function redRunsOnLights(lights: ReadonlyMap<string, CurrentLight>): RedRunOf {
  return (row, condition) => {
    const light = lights.get(cellKey(row.youth.id, condition.id));
    if (light?.colour !== 'red') return { reviews: 0 };
    return { reviews: light.redStreak ?? 1, since: light.redSince ?? light.assessedAt };
  };
}

/** Red cells red for `minReviews` reviews in a row or more, longest first. */
export function escalationCandidates(
  rows: readonly BoardRow[],
  conditions: readonly Condition[],
  histories: ReadonlyMap<string, readonly Assessment[]>,
  minReviews = ESCALATION_REVIEWS,
): EscalationRow[] {
  return escalationCandidatesOf(rows, conditions, redRunsInHistories(histories), minReviews);
}

/** {@link escalationCandidates} with the red runs from `runOf` (a history or the current lights). */
export function escalationCandidatesOf(
  rows: readonly BoardRow[],
  conditions: readonly Condition[],
  runOf: RedRunOf,
  minReviews = ESCALATION_REVIEWS,
): EscalationRow[] {
  const result: EscalationRow[] = [];
  for (const row of rows) {
    conditions.forEach((condition, index) => {
      if (row.cells[index]?.state !== 'red') return;
      const streak = runOf(row, condition);
      if (streak.reviews >= minReviews && streak.since)
        result.push({ youth: row.youth, condition, reviews: streak.reviews, since: streak.since });
    });
  }
  return result.sort((a, b) => b.reviews - a.reviews || (a.since < b.since ? -1 : 1));
}

export type OutflowRow = {
  youth: Youth;
  leftOn: IsoDate;
  destination?: Perspective;
  daysPlaced: number;
};

export type Outflow = {
  rows: OutflowRow[];
  byDestination: { destination: Perspective | 'unknown'; count: number }[];
  medianDaysPlaced?: number;
};

/** Young people who left between `from` and `to` (both included). */
export function outflowBetween(
  youths: readonly Youth[],
  municipalities: readonly string[],
  from: IsoDate,
  to: IsoDate,
): Outflow {
  const rows = youths
    .filter(
      (youth) =>
        municipalities.includes(youth.municipality) &&
        youth.leftOn !== undefined &&
        youth.leftOn >= from &&
        youth.leftOn <= to,
    )
    .map((youth): OutflowRow => {
      const leftOn = youth.leftOn as IsoDate;
      const row: OutflowRow = {
        youth,
        leftOn,
        daysPlaced: Math.max(0, daysBetween(youth.placementStart, leftOn)),
      };
      if (youth.actualDestination) row.destination = youth.actualDestination;
      return row;
    })
    .sort((a, b) => (a.leftOn < b.leftOn ? -1 : 1));
  const counts = new Map<Perspective | 'unknown', number>();
  for (const row of rows) {
    const key = row.destination ?? 'unknown';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const byDestination = [...counts.entries()]
    .map(([destination, count]) => ({ destination, count }))
    .sort((a, b) => b.count - a.count);
  const result: Outflow = { rows, byDestination };
  const days = median(rows.map((row) => row.daysPlaced));
  if (days !== undefined) result.medianDaysPlaced = days;
  return result;
}

/** The median of the known values: a day count from a date that is not one (NaN) is left out. */
export function median(values: readonly number[]): number | undefined {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle];
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export type Bottleneck = {
  condition: Condition;
  red: number;
  /** Median days since the current run of red reviews began, over the red cells. */
  medianDaysRed?: number;
};

/** When the run of red reviews of a red cell began. */
export type RedSinceOf = (row: BoardRow, condition: Condition) => IsoDateTime | undefined;

/** From each cell's history at the date (see `cellHistoriesAt`): any month. */
export function redSinceInHistories(
  histories: ReadonlyMap<string, readonly Assessment[]>,
): RedSinceOf {
  return (row, condition) =>
    redStreak(histories.get(cellKey(row.youth.id, condition.id)) ?? []).since;
}

/** From the stored current lights: today only, without reading history. */
export function redSinceOnLights(lights: ReadonlyMap<string, CurrentLight>): RedSinceOf {
  return (row, condition) => lights.get(cellKey(row.youth.id, condition.id))?.redSince;
}

/** Conditions ordered by how often they are red, then by how long they stay red. */
export function bottlenecks(
  rows: readonly BoardRow[],
  conditions: readonly Condition[],
  redSinceOf: RedSinceOf,
  date: IsoDate,
): Bottleneck[] {
  return conditions
    .map((condition, index): Bottleneck => {
      const days: number[] = [];
      for (const row of rows) {
        if (row.cells[index]?.state !== 'red') continue;
        const since = redSinceOf(row, condition);
        if (since) days.push(Math.max(0, daysBetween(since, date)));
      }
      const result: Bottleneck = { condition, red: days.length };
      const middle = median(days);
      if (middle !== undefined) result.medianDaysRed = middle;
      return result;
    })
    .filter((item) => item.red > 0)
    .sort((a, b) => b.red - a.red || (b.medianDaysRed ?? 0) - (a.medianDaysRed ?? 0));
}

// ---------------------------------------------------------------------------
// Small-cell suppression for anonymous overviews.

/** Counts from 1 up to this limit (exclusive) are never published: shown as "<5". */
export const SMALL_CELL_LIMIT = 5;

/**
 * What an anonymous table may show. A suppressed cell carries no number at all,
 * so nothing that renders or prints it can leak the value.
 */
export type PublishedCount =
  | { kind: 'count'; value: number }
  /** 1–4: primary suppression, shown as "<5". */
  | { kind: 'small' }
  /** 5 or more (or 0), hidden so that a "<5" cell next to it cannot be worked out from a total. */
  | { kind: 'hidden' };

/** A published sum: `total` is the sum of `members` (indexes into the value list). */
export type SumGroup = { total: number; members: readonly number[] };

/**
 * Primary suppression hides 1–4. That alone is not enough: if a row's total is
 * published and only one cell in it is hidden, the hidden cell is the total
 * minus the others. We chose complementary (secondary) suppression over
 * rounding the totals: rounding to 5 still narrows a hidden cell down to one or
 * two values, and it would make the totals disagree with the board. So in every
 * published sum (cells plus their total) that has exactly one hidden cell, we
 * also hide the smallest non-zero cell of that sum (else a zero cell, else the
 * total), and repeat until no sum has exactly one hidden cell. Secondary cells
 * are shown as a separate mark, never as "<5", because they may be 5 or more.
 * This is the usual single-sum heuristic of statistical offices; it does not
 * solve every multi-table linear system, which counts this small do not need.
 */
export function suppressSmallCells(
  values: readonly number[],
  groups: readonly SumGroup[],
): PublishedCount[] {
  const hidden = values.map((value) => value > 0 && value < SMALL_CELL_LIMIT);
  const secondary = values.map(() => false);
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const all = [group.total, ...group.members];
      if (all.filter((index) => hidden[index]).length !== 1) continue;
      const open = group.members.filter((index) => !hidden[index]);
      const byValue = (a: number, b: number) => (values[a] ?? 0) - (values[b] ?? 0);
      const pick =
        open.filter((index) => (values[index] ?? 0) > 0).sort(byValue)[0] ??
        open.sort(byValue)[0] ??
        group.total;
      if (hidden[pick]) continue;
      hidden[pick] = true;
      secondary[pick] = true;
      changed = true;
    }
  }
  return values.map((value, index): PublishedCount => {
    if (!hidden[index]) return { kind: 'count', value };
    return secondary[index] ? { kind: 'hidden' } : { kind: 'small' };
  });
}

/** The regional overview folds n.v.t. and niet beoordeeld into one column: fewer small cells. */
export const REGIONAL_COLOURS = ['red', 'amber', 'green', 'other'] as const;
export type RegionalColour = (typeof REGIONAL_COLOURS)[number];

export type RegionalOverview = {
  municipalities: string[];
  conditions: Condition[];
  /** Young people per municipality. */
  youths: PublishedCount[];
  totalYouths: PublishedCount;
  /** `cells[colour][municipality][condition]`. */
  cells: Record<RegionalColour, PublishedCount[][]>;
  /** `totals[colour][condition]`: the whole region. */
  totals: Record<RegionalColour, PublishedCount[]>;
  bottlenecks: { condition: Condition; red: PublishedCount; medianDaysRed?: number }[];
};

function regionalColour(state: LightState): RegionalColour {
  return state === 'red' || state === 'amber' || state === 'green' ? state : 'other';
}

/**
 * All municipalities × conditions, anonymous: counts only, small cells
 * suppressed, and the median days red shown only where at least 5 are red.
 */
export function regionalOverview(
  rows: readonly BoardRow[],
  conditions: readonly Condition[],
  redSinceOf: RedSinceOf,
  date: IsoDate,
): RegionalOverview {
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const municipalities = [...new Set(rows.map((row) => row.youth.municipality))].sort(
    collator.compare,
  );
  const m = municipalities.length;
  const c = conditions.length;
  const colours = REGIONAL_COLOURS.length;

  // One flat value list so every published sum can point into it.
  const values: number[] = [];
  const cellIndex = (colour: number, mi: number, ci: number) => (colour * m + mi) * c + ci;
  const cellCount = colours * m * c;
  for (let i = 0; i < cellCount; i++) values.push(0);
  const youthIndex = (mi: number) => cellCount + mi;
  for (let i = 0; i < m; i++) values.push(0);
  const totalYouthIndex = cellCount + m;
  values.push(rows.length);
  const totalIndex = (colour: number, ci: number) => totalYouthIndex + 1 + colour * c + ci;
  for (let i = 0; i < colours * c; i++) values.push(0);

  const municipalityIndex = new Map(municipalities.map((name, index) => [name, index]));
  for (const row of rows) {
    const mi = municipalityIndex.get(row.youth.municipality) as number;
    values[youthIndex(mi)] = (values[youthIndex(mi)] ?? 0) + 1;
    row.cells.forEach((cell, ci) => {
      const colour = REGIONAL_COLOURS.indexOf(regionalColour(cell.state));
      values[cellIndex(colour, mi, ci)] = (values[cellIndex(colour, mi, ci)] ?? 0) + 1;
      values[totalIndex(colour, ci)] = (values[totalIndex(colour, ci)] ?? 0) + 1;
    });
  }

  const groups: SumGroup[] = [];
  for (let ci = 0; ci < c; ci++) {
    for (let mi = 0; mi < m; mi++) {
      // A municipality's colours for one condition add up to its young people.
      groups.push({
        total: youthIndex(mi),
        members: REGIONAL_COLOURS.map((_, colour) => cellIndex(colour, mi, ci)),
      });
    }
    for (let colour = 0; colour < colours; colour++) {
      // The region's count of a colour is the sum over municipalities.
      groups.push({
        total: totalIndex(colour, ci),
        members: municipalities.map((_, mi) => cellIndex(colour, mi, ci)),
      });
    }
    groups.push({
      total: totalYouthIndex,
      members: REGIONAL_COLOURS.map((_, colour) => totalIndex(colour, ci)),
    });
  }
  groups.push({ total: totalYouthIndex, members: municipalities.map((_, mi) => youthIndex(mi)) });

  const published = suppressSmallCells(values, groups);
  const at = (index: number) => published[index] as PublishedCount;

  const cells = {} as Record<RegionalColour, PublishedCount[][]>;
  const totals = {} as Record<RegionalColour, PublishedCount[]>;
  REGIONAL_COLOURS.forEach((name, colour) => {
    cells[name] = municipalities.map((_, mi) =>
      conditions.map((__, ci) => at(cellIndex(colour, mi, ci))),
    );
    totals[name] = conditions.map((_, ci) => at(totalIndex(colour, ci)));
  });

  // Ranked on exact counts, the place of a hidden total in the list would tell
  // roughly how large it is. So only published counts are ranked; suppressed
  // totals follow in board order.
  const ranked = bottlenecks(rows, conditions, redSinceOf, date);
  const isPublished = (item: Bottleneck) =>
    at(totalIndex(0, conditions.indexOf(item.condition))).kind === 'count';
  const ordered = [
    ...ranked.filter(isPublished),
    ...ranked
      .filter((item) => !isPublished(item))
      .sort((a, b) => conditions.indexOf(a.condition) - conditions.indexOf(b.condition)),
  ];
  return {
    municipalities,
    conditions: [...conditions],
    youths: municipalities.map((_, mi) => at(youthIndex(mi))),
    totalYouths: at(totalYouthIndex),
    cells,
    totals,
    bottlenecks: ordered.map((item) => {
      const ci = conditions.indexOf(item.condition);
      const red = at(totalIndex(0, ci));
      const entry: RegionalOverview['bottlenecks'][number] = { condition: item.condition, red };
      if (item.red >= SMALL_CELL_LIMIT && item.medianDaysRed !== undefined)
        entry.medianDaysRed = item.medianDaysRed;
      return entry;
    }),
  };
}

// ---------------------------------------------------------------------------
// Key figures on top of the monthly report.

/** The follow-up figures look back this far: checks that fell due in the last year. */
export const FOLLOW_UP_WINDOW_MONTHS = 12;

/**
 * Did outflow last, for the young people whose check fell due in the window?
 * `known` are those answered with the young person reached; everything else is
 * unknown, never counted as a yes or a no.
 */
export type FollowUpFigure = {
  monthsAfter: 3 | 6;
  /** Young people whose check fell due in the window. */
  due: number;
  /** Of those, answered (by the report date) with the young person reached. */
  known: number;
  /** Of the known: still in the intended place. */
  stillInPlace: number;
  /** Answered "niet bereikt". */
  notReached: number;
};

/** Back in youth care at either check, over the young people with a check due in the window. */
export type BackInCareFigure = { due: number; known: number; backInCare: number };

export type KeyFigures = {
  placed: number;
  withRed: number;
  turningEighteen: number;
  /** Planned end from the report date up to 3 months after it. */
  outflowDue: number;
  /** Planned end before the report date and still placed. */
  pastPlannedEnd: number;
  /** Escalations of these young people not closed on the report date. */
  escalationsOpen: number;
  leftThisMonth: number;
  followUp: [FollowUpFigure, FollowUpFigure];
  backInCare: BackInCareFigure;
};

/** A check answered with the young person reached; absent `reached` (older answers) means reached. */
function reachedAnswer(check: OutflowCheck): boolean {
  return check.reached !== false;
}

function checkDue(youth: Youth, monthsAfter: number, asOf: IsoDate): boolean {
  // A leaving date that is not a real date is unknown: no check is due (the start-up check lists it).
  if (typeof youth.leftOn !== 'string' || !isIsoDate(youth.leftOn)) return false;
  const due = plusMonths(youth.leftOn, monthsAfter);
  return due <= asOf && due > plusMonths(asOf, -FOLLOW_UP_WINDOW_MONTHS);
}

/**
 * The key figures of one report: `rows` is the board of its municipalities at
 * `asOf` (see `asOfDate`), `youths` everyone of those municipalities (placed and
 * left), `checks` the follow-up answers. Answers given after `asOf` are not
 * read, so a reprint of an earlier month shows the same figures.
 */
export function keyFigures(input: {
  rows: readonly BoardRow[];
  youths: readonly Youth[];
  checks: readonly OutflowCheck[];
  month: IsoMonth;
  asOf: IsoDate;
  /** Escalations and their updates of (at least) these young people; later ones are not read. */
  escalations?: readonly Escalation[];
  escalationUpdates?: readonly EscalationUpdate[];
}): KeyFigures {
  const { rows, youths, checks, month, asOf } = input;
  const leaving = expectedToLeaveWithin(rows, asOf);
  const left = youths.filter((youth) => youth.leftOn !== undefined);
  const answers = new Map<string, OutflowCheck>();
  for (const check of checks)
    if (check.checkedOn <= asOf) answers.set(`${check.youthId}|${check.monthsAfter}`, check);
  const answerOf = (youth: Youth, monthsAfter: number) => answers.get(`${youth.id}|${monthsAfter}`);

  const followUp = FOLLOW_UP_MONTHS.map((monthsAfter): FollowUpFigure => {
    const figure: FollowUpFigure = {
      monthsAfter,
      due: 0,
      known: 0,
      stillInPlace: 0,
      notReached: 0,
    };
    for (const youth of left) {
      if (!checkDue(youth, monthsAfter, asOf)) continue;
      figure.due += 1;
      const answer = answerOf(youth, monthsAfter);
      if (!answer) continue;
      if (!reachedAnswer(answer)) figure.notReached += 1;
      else {
        figure.known += 1;
        if (answer.stillInIntendedPlace) figure.stillInPlace += 1;
      }
    }
    return figure;
  }) as [FollowUpFigure, FollowUpFigure];

  const backInCare: BackInCareFigure = { due: 0, known: 0, backInCare: 0 };
  for (const youth of left) {
    const due = FOLLOW_UP_MONTHS.filter((months) => checkDue(youth, months, asOf));
    if (due.length === 0) continue;
    backInCare.due += 1;
    const reached = due
      .map((months) => answerOf(youth, months))
      .filter((answer): answer is OutflowCheck => answer !== undefined && reachedAnswer(answer));
    if (reached.length === 0) continue;
    backInCare.known += 1;
    if (reached.some((answer) => answer.backInCare)) backInCare.backInCare += 1;
  }

  return {
    placed: rows.length,
    withRed: rows.filter((row) => row.counts.red > 0).length,
    turningEighteen: rows.filter(
      (row) =>
        row.turnsEighteenOn !== undefined &&
        row.turnsEighteenOn > asOf &&
        row.turnsEighteenOn <= plusMonths(asOf, 6),
    ).length,
    outflowDue: leaving.filter((row) => !row.overdue).length,
    pastPlannedEnd: leaving.filter((row) => row.overdue).length,
    escalationsOpen: openEscalationsAsOf(
      input.escalations ?? [],
      input.escalationUpdates ?? [],
      new Set<string>(youths.map((youth) => youth.id)),
      asOf,
    ).length,
    leftThisMonth: left.filter(
      (youth) =>
        (youth.leftOn as IsoDate) >= monthStart(month) &&
        (youth.leftOn as IsoDate) <= monthEnd(month),
    ).length,
    followUp,
    backInCare,
  };
}

/** The provider's name on printed reports; the caller passes the dictionary's fallback. */
export function providerNameOr(stored: string | undefined, fallback: string): string {
  const trimmed = stored?.trim();
  return trimmed ? trimmed : fallback;
}
