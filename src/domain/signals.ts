/**
 * The signals the board raises on its own (domain.md, "Signals the board
 * raises"). Pure rules: they get the data, the thresholds and `today`, and
 * return what needs attention. The explanation text is made by the dictionary.
 */
import { cellKey, historiesByCell, type CurrentLightIndex } from './board';
import { reasonMissing } from './carry-over';
import {
  addDaysIso,
  addMonthsIso,
  ageOn,
  dayNumber,
  daysBetween,
  isIsoDate,
  localDayNumber,
  localDayStart,
  monthsBetween,
  turnsEighteenOn,
} from './dates';

import type { EscalationOutcome, EscalationView } from './escalation';
import type { ReviewRequest, ReviewTrigger } from './follow-up-types';
import type { ConditionId, EscalationId, ReviewRequestId, YouthId } from './ids';
import { compareNewestFirst, conditionApplies, currentLight } from './light';
import { redStreak, type RedStreak } from './red-streak';
import type {
  Assessment,
  Condition,
  CurrentLight,
  IsoDate,
  IsoDateTime,
  LightState,
  Youth,
} from './types';

// ---------------------------------------------------------------------------
// Thresholds

export type SignalThresholds = {
  /** Turns 18 within this many months and 18+ overgang is not green. */
  turningEighteenMonths: number;
  /** Planned end within this many months and any light red. */
  plannedEndMonths: number;
  /** A light not reviewed for more than this many weeks is stale. */
  staleWeeks: number;
  /** Red this many consecutive reviews or more: candidate for escalation. */
  redStreak: number;
  /** From this age a recorded perspective is expected. */
  perspectiveAge: number;
  /** An evaluation moment is due from this many days before it. */
  evaluationWindowDays: number;
};

export const DEFAULT_SIGNAL_THRESHOLDS: SignalThresholds = {
  turningEighteenMonths: 6,
  plannedEndMonths: 3,
  staleWeeks: 6,
  redStreak: 3,
  perspectiveAge: 17,
  evaluationWindowDays: 14,
};

export const THRESHOLD_KEYS = Object.keys(DEFAULT_SIGNAL_THRESHOLDS) as (keyof SignalThresholds)[];

/** Allowed range per threshold: wide enough for any team, narrow enough to catch typos. */
export const THRESHOLD_LIMITS: Record<keyof SignalThresholds, { min: number; max: number }> = {
  turningEighteenMonths: { min: 1, max: 24 },
  plannedEndMonths: { min: 1, max: 24 },
  staleWeeks: { min: 1, max: 52 },
  redStreak: { min: 2, max: 12 },
  perspectiveAge: { min: 12, max: 18 },
  evaluationWindowDays: { min: 0, max: 60 },
};

/** The stored thresholds over the defaults; a stored value out of range falls back to the default. */
export function resolveThresholds(stored?: Partial<SignalThresholds>): SignalThresholds {
  const result = { ...DEFAULT_SIGNAL_THRESHOLDS };
  for (const key of THRESHOLD_KEYS) {
    const value = stored?.[key];
    const { min, max } = THRESHOLD_LIMITS[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
      result[key] = value;
  }
  return result;
}

export type ThresholdErrorCode = 'required' | 'notWholeNumber' | 'outOfRange';

export function validateThresholds(input: Record<keyof SignalThresholds, string>): {
  value?: SignalThresholds;
  errors: Partial<Record<keyof SignalThresholds, ThresholdErrorCode>>;
} {
  const errors: Partial<Record<keyof SignalThresholds, ThresholdErrorCode>> = {};
  const value = { ...DEFAULT_SIGNAL_THRESHOLDS };
  for (const key of THRESHOLD_KEYS) {
    const raw = input[key].trim();
    if (raw === '') {
      errors[key] = 'required';
      continue;
    }
    if (!/^\d+$/.test(raw)) {
      errors[key] = 'notWholeNumber';
      continue;
    }
    const number = Number(raw);
    const { min, max } = THRESHOLD_LIMITS[key];
    if (number < min || number > max) {
      errors[key] = 'outOfRange';
      continue;
    }
    value[key] = number;
  }
  return Object.keys(errors).length ? { errors } : { value, errors };
}

// ---------------------------------------------------------------------------
// Signals

export type Severity = 'high' | 'medium' | 'low';

export type EvaluationMomentKind = 'afterStart' | 'beforeEnd';

type SignalBase = { youthId: YouthId; severity: Severity };

export type Signal = SignalBase &
  (
    | {
        kind: 'reviewRequested';
        requestId: ReviewRequestId;
        trigger: ReviewTrigger;
        note: string;
        requestedAt: IsoDateTime;
      }
    | {
        kind: 'turningEighteen';
        conditionId: ConditionId;
        turnsOn: IsoDate;
        /** Whole months until the 18th birthday; negative days when it passed. */
        monthsUntil: number;
        daysUntil: number;
        state: LightState;
      }
    | {
        kind: 'plannedEndNearWithRed';
        plannedEnd: IsoDate;
        monthsUntil: number;
        daysUntil: number;
        redConditionIds: ConditionId[];
      }
    | { kind: 'plannedEndPassed'; plannedEnd: IsoDate; daysOverdue: number }
    | { kind: 'redStreak'; conditionId: ConditionId; count: number }
    | {
        /** An escalation not closed: waiting for the municipality's answer, or answered and still running. */
        kind: 'escalationOpen';
        escalationId: EscalationId;
        conditionId?: ConditionId;
        status: 'open' | 'answered';
        question: string;
        askedOf: string;
        answerDueOn: IsoDate;
        /** Days past the answer due date while unanswered; 0 otherwise. */
        daysOverdue: number;
        outcome?: EscalationOutcome;
      }
    | {
        kind: 'actionOverdue';
        conditionId: ConditionId;
        action: string;
        owner: string;
        dueDate: IsoDate;
        daysOverdue: number;
      }
    | { kind: 'noPerspective'; age: number }
    | { kind: 'evaluationDue'; moment: EvaluationMomentKind; date: IsoDate }
    | {
        kind: 'reasonMissing';
        /** Red or amber lights that say nothing about what is missing, in condition order. */
        conditionIds: ConditionId[];
      }
    | {
        kind: 'stale';
        /** The stale lights, in condition order. */
        conditionIds: ConditionId[];
        /** Weeks since the oldest of them was reviewed (or since placement, if never). */
        weeks: number;
      }
  );

export type SignalKind = Signal['kind'];

/** Within a severity, the order in which the team should look at them. */
export const SIGNAL_KINDS: readonly SignalKind[] = [
  'reviewRequested',
  'escalationOpen',
  'turningEighteen',
  'redStreak',
  'plannedEndNearWithRed',
  'plannedEndPassed',
  'actionOverdue',
  'noPerspective',
  'evaluationDue',
  'reasonMissing',
  'stale',
];

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const KIND_RANK = new Map(SIGNAL_KINDS.map((kind, index) => [kind, index]));

/** Highest severity first; an open "herbeoordeling nodig" always on top. */
export function compareSignals(a: Signal, b: Signal): number {
  const request = (a.kind === 'reviewRequested' ? 0 : 1) - (b.kind === 'reviewRequested' ? 0 : 1);
  return (
    request ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0)
  );
}

/** The highest severity among signals, or undefined for none. */
export function topSeverity(signals: readonly Signal[]): Severity | undefined {
  let top: Severity | undefined;
  for (const signal of signals)
    if (!top || SEVERITY_RANK[signal.severity] < SEVERITY_RANK[top]) top = signal.severity;
  return top;
}

// ---------------------------------------------------------------------------
// History-derived facts

/**
 * The reviews in a row, ending at the newest, that said red, and when the
 * first of them was made. An undo and the record it undid are not reviews; a
 * confirming review (the same colour again) is one. The run itself is
 * {@link redStreak}'s, the rule the reports use on a history up to a date.
 */
export function redRun(history: readonly Assessment[]): RedStreak {
  const undone = new Set<string>();
  for (const assessment of history) if (assessment.undoes) undone.add(assessment.undoes);
  const reviews = history
    .filter((assessment) => !assessment.undoes && !undone.has(assessment.id))
    .sort((a, b) => -compareNewestFirst(a, b));
  return redStreak(reviews);
}

/** How many reviews in a row, ending at the newest, said red (see {@link redRun}). */
export function consecutiveReds(history: readonly Assessment[]): number {
  return redRun(history).reviews;
}

/** The stored fields of a current light that its cell's history determines. */
export function redRunFields(run: RedStreak): Pick<CurrentLight, 'redStreak' | 'redSince'> {
  return run.since === undefined
    ? { redStreak: run.reviews }
    : { redStreak: run.reviews, redSince: run.since };
}

/**
 * The red run after appending `next` (a review, not an undo) to a cell whose
 * current light is `previous`: one more red since the same moment, or none.
 */
export function nextRedRun(previous: CurrentLight | undefined, next: Assessment): RedStreak {
  if (next.colour !== 'red') return { reviews: 0 };
  if (!previous || previous.colour !== 'red') return { reviews: 1, since: next.assessedAt };
  return {
    reviews: (previous.redStreak ?? 1) + 1,
    since: previous.redSince ?? previous.assessedAt,
  };
}

/** Newest assessment per cell with its red run, to fill the projection in bulk. */
export function currentLightsOf(assessments: readonly Assessment[]): CurrentLight[] {
  return [...historiesByCell(assessments).values()].map((history) => ({
    ...(currentLight(history) as Assessment),
    ...redRunFields(redRun(history)),
  }));
}

/** The moment a young person was last discussed: the newest assessment of any light. */
export function lastDiscussedAt(
  youthId: YouthId,
  conditions: readonly Condition[],
  lights: CurrentLightIndex,
): IsoDateTime | undefined {
  let newest: IsoDateTime | undefined;
  for (const condition of conditions) {
    const light = lights.get(cellKey(youthId, condition.id));
    if (light && (!newest || light.assessedAt > newest)) newest = light.assessedAt;
  }
  return newest;
}

/** A request is open until resolved by hand or until any light was assessed after it. */
export function isRequestOpen(
  request: ReviewRequest,
  lastDiscussed: IsoDateTime | undefined,
): boolean {
  if (request.resolvedAt) return false;
  return !lastDiscussed || lastDiscussed <= request.requestedAt;
}

// ---------------------------------------------------------------------------
// Evaluation moments (domain.md: 3 months after start, 3 months before planned end)

export const EVALUATION_MONTHS = 3;

export type EvaluationMoment = { moment: EvaluationMomentKind; date: IsoDate };

export function evaluationMoments(youth: Youth): EvaluationMoment[] {
  const moments: EvaluationMoment[] = [
    {
      moment: 'afterStart',
      date: addMonthsIso(youth.placementStart, EVALUATION_MONTHS),
    },
  ];
  if (youth.plannedEnd) {
    const date = addMonthsIso(youth.plannedEnd, -EVALUATION_MONTHS);
    // A placement shorter than six months: the two moments collapse into one.
    if (date > moments[0]!.date) moments.push({ moment: 'beforeEnd', date });
  }
  return moments;
}

/** A moment counts as held once the young person was discussed within its window or later. */
function momentHeld(
  moment: EvaluationMoment,
  lastDiscussed: IsoDateTime | undefined,
  windowDays: number,
): boolean {
  if (!lastDiscussed) return false;
  return localDayNumber(lastDiscussed) >= dayNumber(moment.date) - windowDays;
}

/** The first evaluation moment not yet held (it may be overdue), if any. */
export function nextEvaluation(
  youth: Youth,
  lastDiscussed: IsoDateTime | undefined,
  windowDays: number,
): EvaluationMoment | undefined {
  return evaluationMoments(youth).find((moment) => !momentHeld(moment, lastDiscussed, windowDays));
}

// ---------------------------------------------------------------------------
// The rules

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
      if (
        turnsOn !== undefined &&
        turnsOn <= eighteenHorizon &&
        state !== 'green' &&
        state !== 'notApplicable'
      ) {
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

    if (reasonMissing(light)) reasonMissingIds.push(condition.id);

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

/** Every signal in one list, in attention order. */
export function flattenSignals(byYouth: ReadonlyMap<YouthId, readonly Signal[]>): Signal[] {
  const all: Signal[] = [];
  for (const list of byYouth.values()) all.push(...list);
  return all.sort(compareSignals);
}

/** One young person on Aandacht: all their signals, most urgent first. */
export type YouthAttention = { youthId: YouthId; signals: Signal[] };

/**
 * One entry per young person, in attention order: by their most urgent signal
 * ({@link compareSignals}: an open "herbeoordeling nodig" first, then severity
 * and kind), then by how many signals they have (more first), then by `tieBreak`
 * (the screen passes the initials, so the order is stable).
 */
export function attentionByYouth(
  byYouth: ReadonlyMap<YouthId, readonly Signal[]>,
  tieBreak: (a: YouthId, b: YouthId) => number = () => 0,
): YouthAttention[] {
  const rows: YouthAttention[] = [];
  for (const [youthId, list] of byYouth)
    if (list.length > 0) rows.push({ youthId, signals: [...list].sort(compareSignals) });
  return rows.sort(
    (a, b) =>
      compareSignals(a.signals[0]!, b.signals[0]!) ||
      b.signals.length - a.signals.length ||
      tieBreak(a.youthId, b.youthId),
  );
}

/** The conditions a signal is about, without repeats, in the signal's own order. */
export function signalConditionIds(signal: Signal): ConditionId[] {
  switch (signal.kind) {
    case 'turningEighteen':
    case 'redStreak':
    case 'actionOverdue':
      return [signal.conditionId];
    case 'escalationOpen':
      return signal.conditionId ? [signal.conditionId] : [];
    case 'plannedEndNearWithRed':
      return [...new Set(signal.redConditionIds)];
    case 'reasonMissing':
    case 'stale':
      return [...new Set(signal.conditionIds)];
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------
// Open actions (current lights with a non-empty action)

/** An assessment that closed an action keeps its text, so history shows what was done. */
export type CompletedActionField = { completedAction?: string };

export type OpenAction = {
  light: Assessment;
  youth: Youth;
  condition: Condition;
  overdue: boolean;
  daysOverdue: number;
};

export function openActions(
  youths: readonly Youth[],
  conditions: readonly Condition[],
  lights: Iterable<Assessment>,
  today: IsoDate,
): OpenAction[] {
  const youthById = new Map(youths.map((youth) => [youth.id as string, youth]));
  const conditionById = new Map(conditions.map((condition) => [condition.id as string, condition]));
  const result: OpenAction[] = [];
  for (const light of lights) {
    if (!light.action.trim() || light.colour === 'unassessed') continue;
    const youth = youthById.get(light.youthId);
    const condition = conditionById.get(light.conditionId);
    if (!youth || youth.status !== 'placed' || !condition) continue;
    const overdue = light.dueDate !== undefined && light.dueDate < today;
    result.push({
      light,
      youth,
      condition,
      overdue,
      daysOverdue: overdue ? daysBetween(light.dueDate as IsoDate, today) : 0,
    });
  }
  return result;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Overdue first, then by due date (none last), then by young person. */
export function sortActionsByDueDate(actions: readonly OpenAction[]): OpenAction[] {
  return [...actions].sort((a, b) => {
    const overdue = (a.overdue ? 0 : 1) - (b.overdue ? 0 : 1);
    if (overdue) return overdue;
    const da = a.light.dueDate;
    const db = b.light.dueDate;
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? -1 : 1;
    }
    return collator.compare(a.youth.initials, b.youth.initials);
  });
}

export function groupActionsByOwner(
  actions: readonly OpenAction[],
): { owner: string; actions: OpenAction[] }[] {
  const groups = new Map<string, OpenAction[]>();
  for (const action of sortActionsByDueDate(actions)) {
    const owner = action.light.actionOwner.trim();
    const list = groups.get(owner);
    if (list) list.push(action);
    else groups.set(owner, [action]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)))
    .map(([owner, list]) => ({ owner, actions: list }));
}

// ---------------------------------------------------------------------------
// Follow-up after outflow (3 and 6 months after leaving)

export const FOLLOW_UP_MONTHS = [3, 6] as const;
export type FollowUpMonths = (typeof FOLLOW_UP_MONTHS)[number];

export type FollowUpDue = { youth: Youth; monthsAfter: FollowUpMonths; dueOn: IsoDate };

/**
 * Follow-up checks whose date has come and that have no answer yet. A check
 * opens on its date and stays open until answered.
 */
export function dueFollowUps(
  leftYouths: readonly Youth[],
  answered: readonly { youthId: YouthId; monthsAfter: number }[],
  today: IsoDate,
): FollowUpDue[] {
  const done = new Set(answered.map((check) => `${check.youthId}|${check.monthsAfter}`));
  const result: FollowUpDue[] = [];
  for (const youth of leftYouths) {
    // A leaving date that is not a real date has no due day: the start-up check lists it for repair.
    if (youth.status !== 'left' || !youth.leftOn || !isIsoDate(youth.leftOn)) continue;
    for (const months of FOLLOW_UP_MONTHS) {
      const dueOn = addMonthsIso(youth.leftOn, months);
      if (dueOn <= today && !done.has(`${youth.id}|${months}`))
        result.push({ youth, monthsAfter: months, dueOn });
    }
  }
  return result.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
