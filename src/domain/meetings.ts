import { confirmationInput } from './carry-over';
import { cellKey, historiesByCell, type CurrentLightIndex } from './board';
import { addMonthsIso, daysBetween, turnsEighteenOn } from './dates';
import type { ConditionId, MeetingId, YouthId } from './ids';
import { cellState, compareNewestFirst } from './light';
import type { AgendaItem, Meeting, MeetingType } from './meeting-types';
import {
  compareSignals,
  consecutiveReds,
  type Severity,
  type Signal,
  type SignalThresholds,
} from './signals';
import type {
  AssessedColour,
  Assessment,
  Condition,
  IsoDate,
  IsoDateTime,
  LightInput,
  Youth,
} from './types';

// ---------------------------------------------------------------- cadence

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Which occurrence of the weekday in the month; -1 is the last one. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | -1;

export type MeetingCadence = {
  /** The monthly case review: e.g. every month on the first Tuesday. */
  caseReview: { week: WeekOfMonth; weekday: IsoWeekday };
  /** The municipal review: every `intervalWeeks` weeks counting from `startDate`. */
  municipalReview: { startDate: IsoDate; intervalWeeks: number };
};

export function defaultMeetingCadence(): MeetingCadence {
  return {
    caseReview: { week: 1, weekday: 2 },
    municipalReview: { startDate: '2026-01-13', intervalWeeks: 6 },
  };
}

/** Fills what an older or partial settings record lacks. */
export function withCadenceDefaults(stored: Partial<MeetingCadence> | undefined): MeetingCadence {
  const defaults = defaultMeetingCadence();
  return {
    caseReview: { ...defaults.caseReview, ...stored?.caseReview },
    municipalReview: { ...defaults.municipalReview, ...stored?.municipalReview },
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

function fromUtc(date: Date): IsoDate {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function utc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The date of the n-th (or last) weekday of a month; `month` is 1–12. */
export function weekdayOfMonth(
  year: number,
  month: number,
  weekday: IsoWeekday,
  week: WeekOfMonth,
): IsoDate {
  // Worked in UTC so no time zone can move the day.
  if (week === -1) {
    const last = new Date(Date.UTC(year, month, 0));
    const lastWeekday = last.getUTCDay() || 7;
    last.setUTCDate(last.getUTCDate() - ((lastWeekday - weekday + 7) % 7));
    return fromUtc(last);
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  const firstWeekday = first.getUTCDay() || 7;
  first.setUTCDate(1 + ((weekday - firstWeekday + 7) % 7) + (week - 1) * 7);
  return fromUtc(first);
}

function caseReviewIn(cadence: MeetingCadence, year: number, month: number): IsoDate {
  const { week, weekday } = cadence.caseReview;
  return weekdayOfMonth(year, month, weekday, week);
}

function monthOf(date: IsoDate): [number, number] {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return [y, m];
}

function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The first scheduled date of this type on or after `from`. */
export function nextScheduledDate(
  type: MeetingType,
  cadence: MeetingCadence,
  from: IsoDate,
): IsoDate {
  if (type === 'caseReview') {
    const [y, m] = monthOf(from);
    const thisMonth = caseReviewIn(cadence, y, m);
    if (thisMonth >= from) return thisMonth;
    return caseReviewIn(cadence, ...shiftMonth(y, m, 1));
  }
  const { startDate, intervalWeeks } = cadence.municipalReview;
  const step = Math.max(1, Math.round(intervalWeeks)) * 7;
  const elapsed = daysBetween(startDate, from);
  const cycles = elapsed <= 0 ? 0 : Math.ceil(elapsed / step);
  const next = utc(startDate);
  next.setUTCDate(next.getUTCDate() + cycles * step);
  return fromUtc(next);
}

/** The last scheduled date of this type strictly before `before`; undefined before the cadence starts. */
export function previousScheduledDate(
  type: MeetingType,
  cadence: MeetingCadence,
  before: IsoDate,
): IsoDate | undefined {
  if (type === 'caseReview') {
    const [y, m] = monthOf(before);
    const thisMonth = caseReviewIn(cadence, y, m);
    if (thisMonth < before) return thisMonth;
    return caseReviewIn(cadence, ...shiftMonth(y, m, -1));
  }
  const { startDate, intervalWeeks } = cadence.municipalReview;
  const step = Math.max(1, Math.round(intervalWeeks)) * 7;
  const elapsed = daysBetween(startDate, before);
  if (elapsed <= 0) return undefined;
  const previous = utc(startDate);
  previous.setUTCDate(previous.getUTCDate() + Math.floor((elapsed - 1) / step) * step);
  return fromUtc(previous);
}

/** How far a meeting may be moved from its scheduled date and still count for it. */
export const CADENCE_GRACE_DAYS = 7;

export type OverdueWarning =
  | { kind: 'notHeld'; meeting: Meeting }
  | { kind: 'notClosed'; meeting: Meeting }
  | { kind: 'missed'; type: MeetingType; scheduled: IsoDate };

/**
 * Meetings that should have happened: a planned meeting whose date passed, a
 * meeting left open after its day, and a scheduled date (of a meeting type in
 * use) with no meeting near it.
 */
export function overdueWarnings(
  meetings: readonly Meeting[],
  cadence: MeetingCadence,
  today: IsoDate,
): OverdueWarning[] {
  const warnings: OverdueWarning[] = [];
  for (const meeting of [...meetings].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (meeting.date >= today) continue;
    if (meeting.status === 'planned') warnings.push({ kind: 'notHeld', meeting });
    else if (meeting.status === 'inProgress') warnings.push({ kind: 'notClosed', meeting });
  }
  for (const type of ['caseReview', 'municipalReview'] as const) {
    const ofType = meetings.filter((meeting) => meeting.type === type);
    // A type nobody uses yet is not overdue: the first meeting starts the rhythm.
    if (ofType.length === 0) continue;
    const scheduled = previousScheduledDate(type, cadence, today);
    if (!scheduled || daysBetween(scheduled, today) <= CADENCE_GRACE_DAYS) continue;
    const covered = ofType.some(
      (meeting) => Math.abs(daysBetween(scheduled, meeting.date)) <= CADENCE_GRACE_DAYS,
    );
    const coveredLater = ofType.some((meeting) => meeting.date > scheduled);
    if (!covered && !coveredLater) warnings.push({ kind: 'missed', type, scheduled });
  }
  return warnings;
}

// ---------------------------------------------------------------- agenda

export type AgendaPriority = (youth: Youth) => number;

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Red lights plus actions past their due date: who most needs the meeting's
 * time. Used when no richer signal score is available.
 */
export function redAndOverduePriority(
  conditions: readonly Condition[],
  lights: CurrentLightIndex,
  today: IsoDate,
): AgendaPriority {
  return (youth) => {
    let score = 0;
    for (const condition of conditions) {
      const current = lights.get(cellKey(youth.id, condition.id));
      const cell = cellState(youth, condition, current, today);
      if (cell.state === 'red') score += 1;
      if (isOverdueAction(current, today)) score += 1;
    }
    return score;
  };
}

export function isOverdueAction(light: Assessment | undefined, today: IsoDate): boolean {
  return Boolean(
    light &&
    light.action.trim() &&
    light.dueDate &&
    light.dueDate < today &&
    light.colour !== 'green' &&
    light.colour !== 'notApplicable',
  );
}

/** Limits a proposed agenda to one location or one coordinator; absent means everyone. */
export type AgendaScope = { location?: string; coordinator?: string };

export type AgendaProposalInput = {
  type: MeetingType;
  /** Placed young people; anyone who left is skipped. */
  youths: readonly Youth[];
  /** For a municipal review: only their residents. */
  municipalities?: readonly string[];
  scope?: AgendaScope;
  /** Higher comes first; ties by initials. */
  priority?: AgendaPriority;
};

/** A monthly review proposes every placed young person, those needing attention first. */
export function proposeAgenda({
  type,
  youths,
  municipalities = [],
  scope = {},
  priority = () => 0,
}: AgendaProposalInput): AgendaItem[] {
  const chosen = youths.filter(
    (youth) =>
      youth.status === 'placed' &&
      (type === 'caseReview' || municipalities.includes(youth.municipality)) &&
      inScope(youth, scope),
  );
  const scored = chosen.map((youth) => ({ youth, score: priority(youth) }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (type === 'municipalReview'
        ? collator.compare(a.youth.municipality, b.youth.municipality)
        : 0) ||
      collator.compare(a.youth.initials, b.youth.initials),
  );
  return scored.map(({ youth }) => ({ youthId: youth.id, notes: '' }));
}

export function inScope(youth: Youth, { location, coordinator }: AgendaScope): boolean {
  return (
    (!location || youth.location === location) &&
    (!coordinator || (youth.coordinator ?? '').trim() === coordinator)
  );
}

/**
 * Why a young person is on the agenda, in the order that put them there
 * ({@link signalPriority}): their signals, highest severity first; then red
 * lights and overdue actions not already named by a signal. Last, two facts
 * that do not move the order but that the meeting wants to see: an 18th
 * birthday and a planned outflow date within the signal horizons, when no
 * signal already names them.
 */
export type AgendaReason =
  | { kind: 'signal'; signal: Signal }
  | { kind: 'reds'; count: number }
  | { kind: 'overdueActions'; count: number }
  | { kind: 'turnsEighteen'; on: IsoDate }
  | { kind: 'plannedEnd'; on: IsoDate };

export function agendaReasons({
  youth,
  signals,
  conditions,
  lights,
  thresholds,
  today,
}: {
  youth: Youth;
  /** This young person's signals (any order). */
  signals: readonly Signal[];
  /** Active conditions. */
  conditions: readonly Condition[];
  lights: CurrentLightIndex;
  thresholds: Pick<SignalThresholds, 'turningEighteenMonths' | 'plannedEndMonths'>;
  today: IsoDate;
}): AgendaReason[] {
  const reasons: AgendaReason[] = [...signals]
    .sort(compareSignals)
    .map((signal) => ({ kind: 'signal', signal }));
  const named = new Set(
    signals.flatMap((signal) => (signal.kind === 'actionOverdue' ? [signal.conditionId] : [])),
  );
  let reds = 0;
  let overdue = 0;
  for (const condition of conditions) {
    const current = lights.get(cellKey(youth.id, condition.id));
    if (cellState(youth, condition, current, today).state === 'red') reds += 1;
    if (isOverdueAction(current, today) && !named.has(condition.id)) overdue += 1;
  }
  if (reds > 0) reasons.push({ kind: 'reds', count: reds });
  if (overdue > 0) reasons.push({ kind: 'overdueActions', count: overdue });

  const kinds = new Set(signals.map((signal) => signal.kind));
  const eighteen = turnsEighteenOn(youth.birthDate);
  if (
    !kinds.has('turningEighteen') &&
    eighteen !== undefined &&
    eighteen >= today &&
    eighteen <= addMonthsIso(today, thresholds.turningEighteenMonths)
  )
    reasons.push({ kind: 'turnsEighteen', on: eighteen });
  const end = youth.plannedEnd;
  if (
    end &&
    !kinds.has('plannedEndNearWithRed') &&
    !kinds.has('plannedEndPassed') &&
    end >= today &&
    end <= addMonthsIso(today, thresholds.plannedEndMonths)
  )
    reasons.push({ kind: 'plannedEnd', on: end });
  return reasons;
}

/** Keeps notes and "discussed" of people who stay when the agenda is proposed again. */
export function mergeAgenda(
  previous: readonly AgendaItem[],
  next: readonly AgendaItem[],
): AgendaItem[] {
  const kept = new Map(previous.map((item) => [item.youthId, item]));
  return next.map((item) => kept.get(item.youthId) ?? item);
}

export function discussedCount(meeting: Meeting): number {
  return meeting.agenda.filter((item) => item.discussedAt).length;
}

// ---------------------------------------------------------------- summary

/** A light whose colour the meeting changed, with what the new light says. */
export type LightMove = {
  youthId: YouthId;
  conditionId: ConditionId;
  from: AssessedColour;
  to: AssessedColour;
  /** What is missing, as recorded with the new light. */
  reason: string;
  action: string;
  owner: string;
  dueDate?: IsoDate;
  /** The action was not said in the meeting but carried over from the old light. */
  actionCarried: boolean;
};

export type ActionChange = {
  youthId: YouthId;
  conditionId: ConditionId;
  action: string;
  owner: string;
  dueDate?: IsoDate;
};

/** An action that made way for a different one while the light stayed open. */
export type ReplacedAction = ActionChange & { replacedBy: string };

export type EscalationCandidate = {
  youthId: YouthId;
  conditionId: ConditionId;
  /** The paying municipality, who is asked to act ('' when the young person is unknown). */
  municipality: string;
  /** Consecutive red assessments, newest first. */
  reds: number;
};

export type MeetingSummary = {
  moved: LightMove[];
  /** Discussed, and every light they had before is unchanged. */
  confirmed: YouthId[];
  newActions: ActionChange[];
  /** Open before the meeting and done now: the light turned green, or the action was cleared. */
  completedActions: ActionChange[];
  /** Open before the meeting and swapped for a different action on a light still not green. */
  replacedActions: ReplacedAction[];
  /** By municipality, then in agenda order. */
  escalations: EscalationCandidate[];
  notDiscussed: YouthId[];
};

/** Red this many reviews in a row makes a candidate for escalation (domain.md; a signal setting). */
export const ESCALATION_RED_COUNT = 3;

function groupByCell(assessments: readonly Assessment[]): Map<string, Assessment[]> {
  const cells = historiesByCell(assessments);
  for (const list of cells.values()) list.sort(compareNewestFirst);
  return cells;
}

const actionOf = (assessment: Assessment | undefined) => assessment?.action.trim() ?? '';

/**
 * What a meeting changed: per cell, the light before the meeting's first
 * assessment of it against the meeting's last one. Assessments made outside
 * the meeting after it ended do not count, so the minutes stay the same later.
 */
export function summarizeMeeting({
  meeting,
  conditions,
  history,
  youths,
  redStreak = ESCALATION_RED_COUNT,
}: {
  meeting: Meeting;
  /** The young people on the agenda, for the escalation candidates' municipality. */
  youths?: ReadonlyMap<YouthId, Pick<Youth, 'municipality'>>;
  /** Consecutive red reviews from which a cell is an escalation candidate. */
  redStreak?: number;
  /** Active conditions, for the order of the lines and the escalation check. */
  conditions: readonly Condition[];
  /** All assessments of the young people on the agenda. */
  history: readonly Assessment[];
}): MeetingSummary {
  const order = new Map(conditions.map((condition, index) => [condition.id, index]));
  const agendaOrder = new Map(meeting.agenda.map((item, index) => [item.youthId, index]));
  const byPosition = (a: { youthId: YouthId; conditionId: ConditionId }, b: typeof a) =>
    (agendaOrder.get(a.youthId) ?? Infinity) - (agendaOrder.get(b.youthId) ?? Infinity) ||
    (order.get(a.conditionId) ?? Infinity) - (order.get(b.conditionId) ?? Infinity);

  const until: IsoDateTime | undefined = meeting.closedAt;
  const relevant = until ? history.filter((a) => a.assessedAt <= until) : history;
  const cells = groupByCell(relevant);

  const moved: LightMove[] = [];
  const newActions: ActionChange[] = [];
  const completedActions: ActionChange[] = [];
  const replacedActions: ReplacedAction[] = [];
  const changedYouths = new Set<YouthId>();
  for (const list of cells.values()) {
    const inMeeting = list.filter((a) => a.meetingId === meeting.id);
    const after = inMeeting[0];
    const first = inMeeting[inMeeting.length - 1];
    if (!after || !first) continue;
    const before = list.find((a) => a.meetingId !== meeting.id && compareNewestFirst(a, first) > 0);
    const cell = { youthId: after.youthId, conditionId: after.conditionId };
    const fromColour: AssessedColour = before?.colour ?? 'unassessed';
    if (fromColour !== after.colour) {
      moved.push({
        ...cell,
        from: fromColour,
        to: after.colour,
        reason: after.reason.trim(),
        action: actionOf(after),
        owner: after.actionOwner,
        ...(after.dueDate ? { dueDate: after.dueDate } : {}),
        actionCarried: Boolean(after.actionFrom && after.action.trim()),
      });
      changedYouths.add(after.youthId);
    }
    const oldAction = actionOf(before);
    const newAction = actionOf(after);
    if (newAction && newAction !== oldAction) {
      newActions.push({
        ...cell,
        action: newAction,
        owner: after.actionOwner,
        ...(after.dueDate ? { dueDate: after.dueDate } : {}),
      });
    }
    if (oldAction && before && (newAction !== oldAction || after.colour === 'green')) {
      const old: ActionChange = {
        ...cell,
        action: oldAction,
        owner: before.actionOwner,
        ...(before.dueDate ? { dueDate: before.dueDate } : {}),
      };
      // Green means the work is done, whatever follows; otherwise a new text took its place.
      if (after.colour === 'green' || !newAction) completedActions.push(old);
      else replacedActions.push({ ...old, replacedBy: newAction });
    }
    if (newAction !== oldAction) changedYouths.add(after.youthId);
  }

  const escalations: EscalationCandidate[] = [];
  for (const item of meeting.agenda) {
    for (const condition of conditions) {
      const list = cells.get(cellKey(item.youthId, condition.id));
      if (!list) continue;
      const reds = consecutiveReds(list);
      if (reds >= redStreak) {
        escalations.push({
          youthId: item.youthId,
          conditionId: condition.id,
          municipality: youths?.get(item.youthId)?.municipality ?? '',
          reds,
        });
      }
    }
  }

  const discussed = meeting.agenda.filter((item) => item.discussedAt);
  return {
    moved: moved.sort(byPosition),
    confirmed: discussed.map((item) => item.youthId).filter((id) => !changedYouths.has(id)),
    newActions: newActions.sort(byPosition),
    completedActions: completedActions.sort(byPosition),
    replacedActions: replacedActions.sort(byPosition),
    escalations: escalations.sort(
      (a, b) => collator.compare(a.municipality, b.municipality) || byPosition(a, b),
    ),
    notDiscussed: meeting.agenda.filter((item) => !item.discussedAt).map((item) => item.youthId),
  };
}

/**
 * The conditions whose light still needs an assessment before "Besproken,
 * ongewijzigd" can say nothing changed: an applicable condition without a
 * light, or whose light is "niet beoordeeld" (an undone first assessment).
 * A condition that is n.v.t. by age ({@link cellState}) needs nothing.
 * In the order of `conditions` (pass the active ones, in board order).
 */
export function unassessedConditions(
  youth: Youth,
  conditions: readonly Condition[],
  lightOf: (conditionId: ConditionId) => Assessment | undefined,
  today: IsoDate,
): Condition[] {
  return conditions.filter(
    (condition) => cellState(youth, condition, lightOf(condition.id), today).state === 'unassessed',
  );
}

/**
 * The input for a confirming assessment ("Besproken, ongewijzigd"): the same
 * light again, now with the meeting. What it carries over is the carry-over rule's.
 */
export function confirmationOf(light: Assessment, meetingId: MeetingId): LightInput {
  return { ...confirmationInput(light), meetingId };
}

// ---------------------------------------------------------------- signals

const SEVERITY_WEIGHT: Record<Severity, number> = { high: 100, medium: 10, low: 1 };

/**
 * Signals first (weighted by severity), then red lights and overdue actions:
 * the monthly agenda starts with who needs the meeting most.
 */
export function signalPriority(
  signals: ReadonlyMap<YouthId, readonly Pick<Signal, 'severity'>[]>,
  fallback: AgendaPriority,
): AgendaPriority {
  return (youth) => {
    const weight = (signals.get(youth.id) ?? []).reduce(
      (sum, signal) => sum + SEVERITY_WEIGHT[signal.severity],
      0,
    );
    return weight * 1000 + fallback(youth);
  };
}
