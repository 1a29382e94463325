import {
  countsByCondition,
  escalationCandidatesOf,
  expectedToLeaveWithin,
  inMunicipalities,
  keyFigures,
  outflowBetween,
  redRunsInHistories,
  redRunsOnLights,
  redSinceInHistories,
  redSinceOnLights,
  regionalOverview,
  trend,
  turningEighteenWithin,
  youthsWithRed,
  type ConditionCounts,
  type EighteenRow,
  type EscalationRow,
  type KeyFigures,
  type LeavingRow,
  type Outflow,
  type RedRow,
  type RedRunOf,
  type RedSinceOf,
  type RegionalOverview,
  type TrendPoint,
} from '@/domain/aggregation';
import { distinctValues, type CurrentLightIndex } from '@/domain/board';
import {
  openEscalationsAsOf,
  type Escalation,
  type EscalationUpdate,
  type EscalationView,
} from '@/domain/escalation';
import {
  asOfDate,
  boardAt,
  cellHistoriesAt,
  lightsAt,
  monthEnd,
  monthStart,
  monthOf,
  monthsEndingWith,
  type IsoMonth,
} from '@/domain/state-at-date';
import type { Condition, CurrentLight, IsoDate, Youth } from '@/domain/types';
import type { ReviewBase, ReviewData } from './use-review-data';

export type MunicipalReview = {
  municipalities: string[];
  month: IsoMonth;
  /** The day the figures are taken. */
  asOf: IsoDate;
  from: IsoDate;
  to: IsoDate;
  conditions: Condition[];
  youthCount: number;
  figures: KeyFigures;
  counts: ConditionCounts[];
  trend: TrendPoint[];
  red: RedRow[];
  eighteen: EighteenRow[];
  leaving: LeavingRow[];
  escalations: EscalationRow[];
  /** Escalations not closed on `asOf`, in the order of `escalationViews`. */
  openEscalations: OpenEscalationRow[];
  outflow: Outflow;
};

export type OpenEscalationRow = {
  youth: Youth;
  /** The condition it is about, when it names one that is still on the board. */
  condition?: Condition;
  view: EscalationView;
};

export const TREND_MONTHS = 12;

/** Every municipality with a young person on the board at some time. */
export function knownMunicipalities(data: Pick<ReviewData, 'youths'>): string[] {
  return distinctValues(data.youths.map((youth) => youth.municipality));
}

/** What a municipal review is computed from, whichever way its lights were found. */
type ReviewInput = {
  youths: readonly Youth[];
  conditions: readonly Condition[];
  checks: ReviewBase['checks'];
  escalations: readonly Escalation[];
  escalationUpdates: readonly EscalationUpdate[];
  lights: CurrentLightIndex;
  redSinceOf: RedSinceOf;
  redRunOf: RedRunOf;
};

/** Everything but the trend, for these municipalities' young people at `asOf`. */
function reviewAt(
  input: ReviewInput,
  municipalities: readonly string[],
  month: IsoMonth,
  asOf: IsoDate,
): Omit<MunicipalReview, 'trend'> {
  const { youths, conditions, escalations, escalationUpdates } = input;
  const rows = inMunicipalities(boardAt(youths, conditions, input.lights, asOf), municipalities);
  const ids = new Set<string>(youths.map((youth) => youth.id));
  const youthById = new Map(youths.map((youth) => [youth.id as string, youth]));
  const conditionById = new Map(conditions.map((c) => [c.id as string, c]));
  const openEscalations = openEscalationsAsOf(escalations, escalationUpdates, ids, asOf).map(
    (view): OpenEscalationRow => {
      const condition = view.escalation.conditionId
        ? conditionById.get(view.escalation.conditionId)
        : undefined;
      return {
        youth: youthById.get(view.escalation.youthId)!,
        ...(condition ? { condition } : {}),
        view,
      };
    },
  );
  return {
    municipalities: [...municipalities],
    month,
    asOf,
    from: monthStart(month),
    to: monthEnd(month),
    conditions: [...conditions],
    youthCount: rows.length,
    figures: keyFigures({
      rows,
      youths,
      checks: input.checks,
      month,
      asOf,
      escalations,
      escalationUpdates,
    }),
    counts: countsByCondition(rows, conditions),
    red: youthsWithRed(rows, conditions, input.redSinceOf),
    eighteen: turningEighteenWithin(rows, conditions, asOf),
    leaving: expectedToLeaveWithin(rows, asOf),
    escalations: escalationCandidatesOf(rows, conditions, input.redRunOf),
    openEscalations,
    outflow: outflowBetween(youths, municipalities, monthStart(month), monthEnd(month)),
  };
}

const ofMunicipalities = (youths: readonly Youth[], municipalities: readonly string[]) =>
  youths.filter((youth) => municipalities.includes(youth.municipality));

/** The municipalities' review for any month, from the history up to its end. */
export function municipalReview(
  data: ReviewData,
  municipalities: readonly string[],
  month: IsoMonth,
  today: IsoDate,
): MunicipalReview {
  const asOf = asOfDate(month, today);
  // Only this municipality's young people and their history: a fraction of a 1,000-row board.
  const youths = ofMunicipalities(data.youths, municipalities);
  const ids = new Set<string>(youths.map((youth) => youth.id));
  const assessments = data.assessments.filter((assessment) => ids.has(assessment.youthId));
  const histories = cellHistoriesAt(assessments, asOf);
  return {
    ...reviewAt(
      {
        youths,
        conditions: data.conditions,
        checks: data.checks,
        escalations: data.escalations ?? [],
        escalationUpdates: data.escalationUpdates ?? [],
        lights: lightsAt(assessments, asOf),
        redSinceOf: redSinceInHistories(histories),
        redRunOf: redRunsInHistories(histories),
      },
      municipalities,
      month,
      asOf,
    ),
    trend: municipalTrend(data, municipalities, month, today),
  };
}

/**
 * The municipalities' review of the running month from the current lights,
 * without the trend: the same figures as {@link municipalReview} for today
 * (the current lights are the newest of each cell's history and carry its red
 * run, see {@link regionalReviewToday}), without reading the history. The
 * trend needs the history: {@link municipalTrend}.
 */
export function municipalReviewToday(
  base: ReviewBase,
  lights: ReadonlyMap<string, CurrentLight>,
  escalations: { escalations: readonly Escalation[]; updates: readonly EscalationUpdate[] },
  municipalities: readonly string[],
  today: IsoDate,
): Omit<MunicipalReview, 'trend'> {
  return reviewAt(
    {
      youths: ofMunicipalities(base.youths, municipalities),
      conditions: base.conditions,
      checks: base.checks,
      escalations: escalations.escalations,
      escalationUpdates: escalations.updates,
      lights,
      redSinceOf: redSinceOnLights(lights),
      redRunOf: redRunsOnLights(lights),
    },
    municipalities,
    monthOf(today),
    today,
  );
}

/** The lights of the `TREND_MONTHS` months ending with `month`, from the history. */
export function municipalTrend(
  data: ReviewData,
  municipalities: readonly string[],
  month: IsoMonth,
  today: IsoDate,
): TrendPoint[] {
  return trend(
    data.youths,
    data.conditions,
    data.assessments,
    monthsEndingWith(month, TREND_MONTHS),
    municipalities,
    today,
  );
}

export type RegionalReview = { asOf: IsoDate; overview: RegionalOverview };

/** The regional overview at the end of `month` (today for the current one), from history. */
export function regionalReview(data: ReviewData, month: IsoMonth, today: IsoDate): RegionalReview {
  const asOf = asOfDate(month, today);
  const rows = boardAt(data.youths, data.conditions, lightsAt(data.assessments, asOf), asOf);
  return {
    asOf,
    overview: regionalOverview(
      rows,
      data.conditions,
      redSinceInHistories(cellHistoriesAt(data.assessments, asOf)),
      asOf,
    ),
  };
}

/**
 * The regional overview as it stands today, from the current lights: the same
 * figures as {@link regionalReview} for the current month (the current lights
 * are the newest of each cell's history, and carry when their red run began),
 * without reading the history.
 */
export function regionalReviewToday(
  base: ReviewBase,
  lights: CurrentLightIndex,
  today: IsoDate,
): RegionalReview {
  const rows = boardAt(base.youths, base.conditions, lights, today);
  return {
    asOf: today,
    overview: regionalOverview(rows, base.conditions, redSinceOnLights(lights), today),
  };
}

/** The months one can pick: the current one and the 23 before it, newest first. */
export function selectableMonths(today: IsoDate): IsoMonth[] {
  return monthsEndingWith(today.slice(0, 7), 24).reverse();
}
