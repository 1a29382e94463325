import {
  countsByCondition,
  escalationCandidates,
  expectedToLeaveWithin,
  inMunicipalities,
  keyFigures,
  outflowBetween,
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
  type RegionalOverview,
  type TrendPoint,
} from '@/domain/aggregation';
import { distinctValues, type CurrentLightIndex } from '@/domain/board';
import { openEscalationsAsOf, type EscalationView } from '@/domain/escalation';
import {
  asOfDate,
  boardAt,
  cellHistoriesAt,
  lightsAt,
  monthEnd,
  monthStart,
  monthsEndingWith,
  type IsoMonth,
} from '@/domain/state-at-date';
import type { Condition, IsoDate, Youth } from '@/domain/types';
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

export function municipalReview(
  data: ReviewData,
  municipalities: readonly string[],
  month: IsoMonth,
  today: IsoDate,
): MunicipalReview {
  const asOf = asOfDate(month, today);
  // Only this municipality's young people and their history: a fraction of a 1,000-row board.
  const youths = data.youths.filter((youth) => municipalities.includes(youth.municipality));
  const ids = new Set<string>(youths.map((youth) => youth.id));
  const assessments = data.assessments.filter((assessment) => ids.has(assessment.youthId));
  const rows = inMunicipalities(
    boardAt(youths, data.conditions, lightsAt(assessments, asOf), asOf),
    municipalities,
  );
  const histories = cellHistoriesAt(assessments, asOf);
  const escalations = data.escalations ?? [];
  const escalationUpdates = data.escalationUpdates ?? [];
  const youthById = new Map(youths.map((youth) => [youth.id as string, youth]));
  const conditionById = new Map(data.conditions.map((c) => [c.id as string, c]));
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
    conditions: data.conditions,
    youthCount: rows.length,
    figures: keyFigures({
      rows,
      youths,
      checks: data.checks,
      month,
      asOf,
      escalations,
      escalationUpdates,
    }),
    counts: countsByCondition(rows, data.conditions),
    trend: trend(
      youths,
      data.conditions,
      assessments,
      monthsEndingWith(month, TREND_MONTHS),
      municipalities,
      today,
    ),
    red: youthsWithRed(rows, data.conditions, redSinceInHistories(histories)),
    eighteen: turningEighteenWithin(rows, data.conditions, asOf),
    leaving: expectedToLeaveWithin(rows, asOf),
    escalations: escalationCandidates(rows, data.conditions, histories),
    openEscalations,
    outflow: outflowBetween(youths, municipalities, monthStart(month), monthEnd(month)),
  };
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
