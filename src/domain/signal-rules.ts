/**
 * The rules that raise signals (domain.md, "Signals the board raises"), apart
 * from the rest of `./signals`: the board draws first and loads these on
 * demand (see `src/db/signal-queries.ts`), keeping them out of its first
 * download. Pure: they get the data, the thresholds and `today`.
 */
import { cellKey, type CurrentLightIndex } from './board';
import {
  addDaysIso,
  addMonthsIso,
  ageOn,
  dayNumber,
  daysBetween,
  localDayNumber,
  localDayStart,
  monthsBetween,
  turnsEighteenOn,
} from './dates';
import type { EscalationView } from './escalation';
import type { ReviewRequest } from './follow-up-types';
import type { ConditionId, YouthId } from './ids';
import { conditionApplies } from './light';
import {
  compareSignals,
  evaluationMoments,
  isRequestOpen,
  momentHeld,
  type EvaluationMoment,
  type Signal,
  type SignalThresholds,
} from './signals';
import type { Condition, CurrentLight, IsoDate, IsoDateTime, LightState, Youth } from './types';

export type SignalInput = {
  youth: Youth;
  /** Active conditions, in board order. */
  conditions: readonly Condition[];
  /** The current lights; a red one counts its stored `redStreak` (1 without it). */
  lights: CurrentLightIndex;
  /** Review requests of this young person (open or not). */
  reviewRequests: readonly ReviewRequest[];
  /** Escalations of this young person (closed ones raise nothing); none when absent. */
  escalations?: readonly EscalationView[];
  thresholds: SignalThresholds;
  today: IsoDate;
};

/** What depends only on `today` and the thresholds: computed once per board, not per row. */
type DayContext = {
  todayDay: number;
  /** A light assessed before this instant is stale. */
  staleBefore: IsoDateTime;
  eighteenHorizon: IsoDate;
  endHorizon: IsoDate;
  /** Evaluation moments on or before this date have their window open. */
  evaluationOpenUntil: IsoDate;
};

function dayContext(today: IsoDate, thresholds: SignalThresholds): DayContext {
  return {
    todayDay: dayNumber(today),
    staleBefore: localDayStart(addDaysIso(today, -thresholds.staleWeeks * 7)),
    eighteenHorizon: addMonthsIso(today, thresholds.turningEighteenMonths),
    endHorizon: addMonthsIso(today, thresholds.plannedEndMonths),
    evaluationOpenUntil: addDaysIso(today, thresholds.evaluationWindowDays),
  };
}

/** Every active signal of one placed young person; none for someone who left. */
export function signalsFor(input: SignalInput, context?: DayContext): Signal[] {
  const { youth, conditions, lights, reviewRequests, thresholds, today } = input;
  if (youth.status !== 'placed') return [];
  const escalated = new Set<string>();
  const { todayDay, staleBefore, eighteenHorizon, endHorizon, evaluationOpenUntil } =
    context ?? dayContext(today, thresholds);
  const youthId = youth.id;
  const signals: Signal[] = [];
  // One lookup per cell: building and hashing the key strings is the main cost at scale.
  const cells: (CurrentLight | undefined)[] = [];
  let lastDiscussed: IsoDateTime | undefined;
  for (const condition of conditions) {
    const light = lights.get(cellKey(youthId, condition.id));
    cells.push(light);
    if (light && (!lastDiscussed || light.assessedAt > lastDiscussed))
      lastDiscussed = light.assessedAt;
  }

  for (const request of reviewRequests) {
    if (request.youthId !== youthId || !isRequestOpen(request, lastDiscussed)) continue;
    signals.push({
      kind: 'reviewRequested',
      youthId,
      severity: 'high',
      requestId: request.id,
      trigger: request.trigger,
      note: request.note,
      requestedAt: request.requestedAt,
    });
  }

  for (const view of input.escalations ?? []) {
    const { escalation } = view;
    if (escalation.youthId !== youthId || view.status === 'closed') continue;
    if (escalation.conditionId) escalated.add(escalation.conditionId);
    signals.push({
      kind: 'escalationOpen',
      youthId,
      // Waiting past the day asked for is urgent; an answer that is still running less so.
      severity: view.overdue ? 'high' : view.status === 'open' ? 'medium' : 'low',
      escalationId: escalation.id,
      ...(escalation.conditionId ? { conditionId: escalation.conditionId } : {}),
      status: view.status,
      question: escalation.question,
      askedOf: escalation.askedOf,
      answerDueOn: escalation.answerDueOn,
      daysOverdue: view.daysOverdue,
      ...(view.outcome ? { outcome: view.outcome } : {}),
    });
  }

  const age = ageOn(youth.birthDate, today);
  const redConditionIds: ConditionId[] = [];
  const staleIds: ConditionId[] = [];
  let oldestReview: IsoDateTime | undefined;
  let neverReviewed = false;
  const reasonMissingIds: ConditionId[] = [];
  const staleAfterDays = thresholds.staleWeeks * 7;
  // A light never reviewed waits from when the board got the young person, not from an
  // older placement: someone added today is new, not "99 weken niet beoordeeld".
  const addedDay = localDayNumber(youth.createdAt);
  const placedDays =
    todayDay - Math.max(dayNumber(youth.placementStart), Number.isFinite(addedDay) ? addedDay : 0);
  // Cheap year test first: most rows are nowhere near 18.
  const nearEighteen =
    Number(youth.birthDate.slice(0, 4)) + 18 <= Number(eighteenHorizon.slice(0, 4));

  for (let index = 0; index < conditions.length; index++) {
    const condition = conditions[index]!;
    const current = cells[index];
    const light = current && current.colour !== 'unassessed' ? current : undefined;
    const state: LightState = light
      ? light.colour
      : conditionApplies(condition, youth, today)
        ? 'unassessed'
        : 'notApplicable';

    if (condition.key === 'transition18' && nearEighteen) {
      const turnsOn = turnsEighteenOn(youth.birthDate);
      // n.v.t. chosen by someone means the team decided 18+ does not apply here.
      if (turnsOn <= eighteenHorizon && state !== 'green' && state !== 'notApplicable') {
        signals.push({
          kind: 'turningEighteen',
          youthId,
          severity: state === 'amber' ? 'medium' : 'high',
          conditionId: condition.id,
          turnsOn,
          monthsUntil: turnsOn >= today ? monthsBetween(today, turnsOn) : 0,
          daysUntil: daysBetween(today, turnsOn),
          state,
        });
      }
    }

    if (state === 'red') {
      redConditionIds.push(condition.id);
      const streak = light?.redStreak ?? 1;
      // Once escalated, the candidate is followed by its escalation signal instead.
      if (streak >= thresholds.redStreak && !escalated.has(condition.id))
        signals.push({
          kind: 'redStreak',
          youthId,
          severity: 'high',
          conditionId: condition.id,
          count: streak,
        });
    }

    if (light && light.action.trim() && light.dueDate && light.dueDate < today) {
      signals.push({
        kind: 'actionOverdue',
        youthId,
        severity: 'medium',
        conditionId: condition.id,
        action: light.action,
        owner: light.actionOwner,
        dueDate: light.dueDate,
        daysOverdue: todayDay - dayNumber(light.dueDate),
      });
    }

    if ((state === 'red' || state === 'amber') && !light?.reason.trim())
      reasonMissingIds.push(condition.id);

    // A chosen n.v.t. rarely changes and an automatic one is not a review at all.
    if (state === 'notApplicable') continue;
    if (light ? light.assessedAt < staleBefore : placedDays > staleAfterDays) {
      staleIds.push(condition.id);
      if (!light) neverReviewed = true;
      else if (!oldestReview || light.assessedAt < oldestReview) oldestReview = light.assessedAt;
    }
  }

  if (youth.plannedEnd) {
    if (youth.plannedEnd < today) {
      signals.push({
        kind: 'plannedEndPassed',
        youthId,
        severity: 'medium',
        plannedEnd: youth.plannedEnd,
        daysOverdue: todayDay - dayNumber(youth.plannedEnd),
      });
    } else if (redConditionIds.length > 0 && youth.plannedEnd <= endHorizon) {
      signals.push({
        kind: 'plannedEndNearWithRed',
        youthId,
        severity: 'high',
        plannedEnd: youth.plannedEnd,
        monthsUntil: monthsBetween(today, youth.plannedEnd),
        daysUntil: daysBetween(today, youth.plannedEnd),
        redConditionIds,
      });
    }
  }

  if (age >= thresholds.perspectiveAge && (!youth.perspective || youth.perspective === 'onbekend'))
    signals.push({ kind: 'noPerspective', youthId, severity: 'medium', age });

  const due = dueEvaluation(
    youth,
    lastDiscussed,
    thresholds.evaluationWindowDays,
    today,
    evaluationOpenUntil,
  );
  if (due) signals.push({ kind: 'evaluationDue', youthId, severity: 'low', ...due });

  if (reasonMissingIds.length > 0)
    signals.push({
      kind: 'reasonMissing',
      youthId,
      severity: 'low',
      conditionIds: reasonMissingIds,
    });

  if (staleIds.length > 0)
    signals.push({
      kind: 'stale',
      youthId,
      severity: 'low',
      conditionIds: staleIds,
      weeks: Math.floor(
        Math.max(
          neverReviewed ? placedDays : 0,
          oldestReview ? todayDay - localDayNumber(oldestReview) : 0,
        ) / 7,
      ),
    });

  return signals.sort(compareSignals);
}

/** The latest evaluation moment whose window has opened and that was not held. */
function dueEvaluation(
  youth: Youth,
  lastDiscussed: IsoDateTime | undefined,
  windowDays: number,
  today: IsoDate,
  openUntil: IsoDate,
): EvaluationMoment | undefined {
  const opened = evaluationMoments(youth).filter((moment) => moment.date <= openUntil);
  const latest = opened[opened.length - 1];
  if (!latest || momentHeld(latest, lastDiscussed, windowDays)) return undefined;
  // Only the moment itself is worth a signal: if the end moment already passed by a
  // whole placement, the "planned end passed" signal says more.
  if (youth.plannedEnd && youth.plannedEnd < today && latest.moment === 'beforeEnd')
    return undefined;
  return latest;
}

export type BulkSignalInput = Omit<SignalInput, 'youth' | 'reviewRequests' | 'escalations'> & {
  youths: readonly Youth[];
  reviewRequests: readonly ReviewRequest[];
  /** Escalations of any of them (closed ones raise nothing). */
  escalations?: readonly EscalationView[];
};

/**
 * Signals for many young people at once: one pass, indexes built once. Only
 * young people with at least one signal are in the map.
 */
export function signalsByYouth(input: BulkSignalInput): Map<YouthId, Signal[]> {
  const requestsByYouth = new Map<string, ReviewRequest[]>();
  for (const request of input.reviewRequests) {
    if (request.resolvedAt) continue;
    const list = requestsByYouth.get(request.youthId);
    if (list) list.push(request);
    else requestsByYouth.set(request.youthId, [request]);
  }
  const escalationsByYouth = new Map<string, EscalationView[]>();
  for (const view of input.escalations ?? []) {
    if (view.status === 'closed') continue;
    const list = escalationsByYouth.get(view.escalation.youthId);
    if (list) list.push(view);
    else escalationsByYouth.set(view.escalation.youthId, [view]);
  }
  const result = new Map<YouthId, Signal[]>();
  const context = dayContext(input.today, input.thresholds);
  for (const youth of input.youths) {
    const signals = signalsFor(
      {
        ...input,
        youth,
        reviewRequests: requestsByYouth.get(youth.id) ?? [],
        escalations: escalationsByYouth.get(youth.id) ?? [],
      },
      context,
    );
    if (signals.length > 0) result.set(youth.id, signals);
  }
  return result;
}
