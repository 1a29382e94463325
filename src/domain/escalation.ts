/**
 * Escalation (domain.md, "Escalation"): the provider formally asks the
 * municipality to act — what is asked, of whom, by when — and later records
 * the answer, the outcome and the closing. Append-only like the lights: an
 * escalation's content never changes; every answer or closing is a new
 * {@link EscalationUpdate}, and the current state is derived from them.
 */
import { dayNumber } from './dates';
import type { ConditionId, EscalationId, EscalationUpdateId, MeetingId, YouthId } from './ids';
import type { IsoDate, IsoDateTime, RecordMeta, Youth } from './types';

/** What the municipality's answer came down to; `other` says it in the note. */
export const ESCALATION_OUTCOMES = ['resolved', 'rejected', 'ongoing', 'other'] as const;
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number];

export const ESCALATION_UPDATE_KINDS = ['answer', 'closed'] as const;
export type EscalationUpdateKind = (typeof ESCALATION_UPDATE_KINDS)[number];

/** The request itself, as it was sent. Never changed after it is recorded. */
export type Escalation = RecordMeta & {
  id: EscalationId;
  youthId: YouthId;
  /** The condition the request is about, when it is about one. */
  conditionId?: ConditionId;
  /** What is asked of the municipality. */
  question: string;
  /** Of whom: a role or function at the municipality (e.g. contractmanager), not a person's name. */
  askedOf: string;
  /** The day the request was made. */
  raisedOn: IsoDate;
  /** The day an answer is asked for. */
  answerDueOn: IsoDate;
  /** Recorded in meeting mode of this meeting. */
  meetingId?: MeetingId;
};

/** One later fact about an escalation: the municipality's answer, or its closing. Never changed. */
export type EscalationUpdate = RecordMeta & {
  id: EscalationUpdateId;
  escalationId: EscalationId;
  /** Copied from the escalation, so erasure and "per young person" read one index. */
  youthId: YouthId;
  kind: EscalationUpdateKind;
  /** The day the answer came, or the day it was closed. */
  on: IsoDate;
  /** `answer`: what the municipality answered. */
  answer?: string;
  /** `answer`: what it came down to. */
  outcome?: EscalationOutcome;
  /** An explanation (of the outcome, or why it is closed). */
  note?: string;
  meetingId?: MeetingId;
};

export type EscalationStatus = 'open' | 'answered' | 'closed';

/** An escalation as it stands on `today`, with its whole history. */
export type EscalationView = {
  escalation: Escalation;
  /** Every update, oldest first. */
  updates: EscalationUpdate[];
  status: EscalationStatus;
  /** The newest answer, if any. */
  lastAnswer?: EscalationUpdate;
  /** The newest outcome recorded with an answer. */
  outcome?: EscalationOutcome;
  closed?: EscalationUpdate;
  /** No answer yet and the day it was asked for has passed. */
  overdue: boolean;
  /** Days past the answer due date while unanswered; 0 otherwise. */
  daysOverdue: number;
};

function byRecordedOrder(a: EscalationUpdate, b: EscalationUpdate): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

/** The state of one escalation on `today`, from its updates (any order, others ignored). */
export function escalationView(
  escalation: Escalation,
  updates: readonly EscalationUpdate[],
  today: IsoDate,
): EscalationView {
  const own = updates
    .filter((update) => update.escalationId === escalation.id)
    .sort(byRecordedOrder);
  let lastAnswer: EscalationUpdate | undefined;
  let closed: EscalationUpdate | undefined;
  for (const update of own) {
    if (update.kind === 'answer') lastAnswer = update;
    else if (update.kind === 'closed' && !closed) closed = update;
  }
  const status: EscalationStatus = closed ? 'closed' : lastAnswer ? 'answered' : 'open';
  const overdue = status === 'open' && escalation.answerDueOn < today;
  return {
    escalation,
    updates: own,
    status,
    ...(lastAnswer ? { lastAnswer } : {}),
    ...(lastAnswer?.outcome ? { outcome: lastAnswer.outcome } : {}),
    ...(closed ? { closed } : {}),
    overdue,
    daysOverdue: overdue ? dayNumber(today) - dayNumber(escalation.answerDueOn) : 0,
  };
}

/**
 * Every escalation with its state, open ones first (overdue first, then by
 * due date), then answered, then closed (newest first).
 */
export function escalationViews(
  escalations: readonly Escalation[],
  updates: readonly EscalationUpdate[],
  today: IsoDate,
): EscalationView[] {
  const byEscalation = new Map<string, EscalationUpdate[]>();
  for (const update of updates) {
    const list = byEscalation.get(update.escalationId);
    if (list) list.push(update);
    else byEscalation.set(update.escalationId, [update]);
  }
  return escalations
    .map((escalation) => escalationView(escalation, byEscalation.get(escalation.id) ?? [], today))
    .sort(compareViews);
}

const STATUS_RANK: Record<EscalationStatus, number> = { open: 0, answered: 1, closed: 2 };

function compareViews(a: EscalationView, b: EscalationView): number {
  const rank = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (rank) return rank;
  if (a.status === 'closed')
    return a.escalation.raisedOn < b.escalation.raisedOn
      ? 1
      : a.escalation.raisedOn > b.escalation.raisedOn
        ? -1
        : 0;
  return a.escalation.answerDueOn < b.escalation.answerDueOn
    ? -1
    : a.escalation.answerDueOn > b.escalation.answerDueOn
      ? 1
      : 0;
}

/** Not closed: still waiting for an answer, or answered and not yet closed. */
export function isEscalationOpen(view: Pick<EscalationView, 'status'>): boolean {
  return view.status !== 'closed';
}

// ---------------------------------------------------------------------------
// Summaries for the six-weekly summary, the monthly report and the share file

export type OpenEscalationsSummary = {
  /** Open escalations per municipality (of the young person), municipalities sorted. */
  perMunicipality: { municipality: string; open: number; overdue: number }[];
  /** Open escalations per young person, in the order of {@link escalationViews}. */
  perYouth: Map<YouthId, EscalationView[]>;
  total: number;
  overdue: number;
};

/**
 * The open escalations, counted per municipality and listed per young person.
 * Only young people in `youths` count (e.g. one municipality's, or those a
 * share file carries); an escalation of anyone else is left out.
 */
export function summarizeOpenEscalations(
  views: readonly EscalationView[],
  youths: readonly Pick<Youth, 'id' | 'municipality'>[],
): OpenEscalationsSummary {
  const municipalityOf = new Map<string, string>(
    youths.map((youth) => [youth.id, youth.municipality]),
  );
  const counts = new Map<string, { open: number; overdue: number }>();
  const perYouth = new Map<YouthId, EscalationView[]>();
  let total = 0;
  let overdue = 0;
  for (const view of views) {
    if (!isEscalationOpen(view)) continue;
    const municipality = municipalityOf.get(view.escalation.youthId);
    if (municipality === undefined) continue;
    const count = counts.get(municipality) ?? { open: 0, overdue: 0 };
    count.open += 1;
    if (view.overdue) count.overdue += 1;
    counts.set(municipality, count);
    const list = perYouth.get(view.escalation.youthId);
    if (list) list.push(view);
    else perYouth.set(view.escalation.youthId, [view]);
    total += 1;
    if (view.overdue) overdue += 1;
  }
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return {
    perMunicipality: [...counts.entries()]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([municipality, count]) => ({ municipality, ...count })),
    perYouth,
    total,
    overdue,
  };
}

/**
 * The escalations of `youthIds` open on `asOf`, as a report of that day shows
 * them: only escalations raised on or before it and updates dated on or before
 * it count, so a reprint of an earlier month shows the same. Open first by due
 * date, as {@link escalationViews}.
 */
export function openEscalationsAsOf(
  escalations: readonly Escalation[],
  updates: readonly EscalationUpdate[],
  youthIds: ReadonlySet<string>,
  asOf: IsoDate,
): EscalationView[] {
  return escalationViews(
    escalations.filter(
      (escalation) => youthIds.has(escalation.youthId) && escalation.raisedOn <= asOf,
    ),
    updates.filter((update) => update.on <= asOf),
    asOf,
  ).filter(isEscalationOpen);
}

/**
 * Escalations raised, answered or closed within a period (inclusive local
 * days), for the given young people: what a meeting's minutes report. An
 * update counts by the day it was recorded or the day it names.
 */
export function escalationsActiveBetween(
  views: readonly EscalationView[],
  youthIds: ReadonlySet<string>,
  from: IsoDate,
  to: IsoDate,
  dayOfTimestamp: (timestamp: IsoDateTime) => IsoDate,
): EscalationView[] {
  const within = (day: IsoDate) => day >= from && day <= to;
  return views.filter(
    (view) =>
      youthIds.has(view.escalation.youthId) &&
      (within(view.escalation.raisedOn) ||
        within(dayOfTimestamp(view.escalation.createdAt)) ||
        view.updates.some(
          (update) => within(update.on) || within(dayOfTimestamp(update.createdAt)),
        )),
  );
}
