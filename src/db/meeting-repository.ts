import type { ConditionId, MeetingId, YouthId } from '@/domain/ids';
import { activeConditions } from '@/domain/conditions';
import { toIsoDate } from '@/domain/dates';
import { confirmationOf, unassessedConditions } from '@/domain/meetings';
import type { AgendaItem, Meeting, MeetingType } from '@/domain/meeting-types';
import type { AgendaScope } from '@/domain/meetings';
import type { Assessment, LightInput } from '@/domain/types';
import { LIGHT_WRITE_TABLES, writeWithLights } from './assessment-repository';
import { clock, createId, createMeta, nowIso } from './clock';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';
import { historyOfYouths } from './assessments-by-youth';

/** Every meeting, newest date first. */
export async function listMeetings(): Promise<Meeting[]> {
  const meetings = await db().meetings.orderBy('date').toArray();
  return meetings.reverse();
}

export function getMeeting(id: MeetingId): Promise<Meeting | undefined> {
  return db().meetings.get(id);
}

/** Everything recorded in a meeting (its assessments carry its id). */
export function listMeetingAssessments(id: MeetingId): Promise<Assessment[]> {
  return db().assessments.where('meetingId').equals(id).toArray();
}

/** The full history of the young people on an agenda, for the minutes. */
export function historyForYouths(ids: readonly YouthId[]): Promise<Assessment[]> {
  return historyOfYouths(ids);
}

export type MeetingFields = {
  type: MeetingType;
  date: string;
  chair: string;
  attendees: string[];
  municipalities: string[];
  notes?: string;
  /** `HH:mm`; absent (or empty) for a meeting without a time. */
  startTime?: string;
  endTime?: string;
  place?: string;
};

/** The optional time and place as stored: empty values are left out, not kept as ''. */
function timeAndPlace(fields: MeetingFields): Pick<Meeting, 'startTime' | 'endTime' | 'place'> {
  const kept: Pick<Meeting, 'startTime' | 'endTime' | 'place'> = {};
  if (fields.startTime?.trim()) kept.startTime = fields.startTime.trim();
  if (fields.endTime?.trim()) kept.endTime = fields.endTime.trim();
  if (fields.place?.trim()) kept.place = fields.place.trim();
  return kept;
}

export async function createMeeting(
  fields: MeetingFields,
  agenda: readonly AgendaItem[],
  scope: AgendaScope = {},
): Promise<Meeting> {
  return guarded(() =>
    db().transaction('rw', db().meetings, db().settings, async () => {
      const meeting: Meeting = {
        id: createId<MeetingId>(),
        type: fields.type,
        date: fields.date,
        ...timeAndPlace(fields),
        chair: fields.chair.trim(),
        attendees: fields.attendees,
        municipalities: fields.type === 'municipalReview' ? fields.municipalities : [],
        agenda: [...agenda],
        status: 'planned',
        notes: fields.notes ?? '',
        ...createMeta(await currentActor()),
      };
      const agendaScope = scopeOf(fields.type, scope);
      if (agendaScope) meeting.agendaScope = agendaScope;
      await db().meetings.add(meeting);
      return meeting;
    }),
  );
}

/** `replace`: `change` returns the whole record (so it can drop a field), not a patch. */
async function patchMeeting(
  id: MeetingId,
  change: (meeting: Meeting) => Partial<Meeting>,
  replace = false,
): Promise<Meeting> {
  return guarded(() =>
    db().transaction('rw', db().meetings, db().settings, async () => {
      const existing = await db().meetings.get(id);
      if (!existing) throw new StorageError('notFound');
      const next: Meeting = {
        ...(replace ? ({} as Meeting) : existing),
        ...change(existing),
        updatedAt: nowIso(),
        updatedBy: await currentActor(),
      };
      await db().meetings.put(next);
      return next;
    }),
  );
}

export function updateMeetingDetails(id: MeetingId, fields: MeetingFields): Promise<Meeting> {
  return patchMeeting(
    id,
    (meeting) => {
      // A cleared time or place is dropped from the record, so the whole record is replaced.
      const { startTime: _start, endTime: _end, place: _place, ...rest } = meeting;
      return {
        ...rest,
        type: fields.type,
        date: fields.date,
        ...timeAndPlace(fields),
        chair: fields.chair.trim(),
        attendees: fields.attendees,
        municipalities: fields.type === 'municipalReview' ? fields.municipalities : [],
        ...(fields.notes !== undefined ? { notes: fields.notes } : {}),
      };
    },
    true,
  );
}

/** Only a case review is limited by location or coordinator; an empty limit is none. */
function scopeOf(type: MeetingType, scope: AgendaScope): Meeting['agendaScope'] {
  if (type !== 'caseReview') return undefined;
  const kept: NonNullable<Meeting['agendaScope']> = {};
  if (scope.location?.trim()) kept.location = scope.location.trim();
  if (scope.coordinator?.trim()) kept.coordinator = scope.coordinator.trim();
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** A new proposal for a (new) limit: the agenda and the limit it was proposed for, together. */
export function updateProposal(
  id: MeetingId,
  agenda: readonly AgendaItem[],
  scope: AgendaScope,
): Promise<Meeting> {
  return patchMeeting(
    id,
    (meeting) => {
      const { agendaScope: _old, ...rest } = meeting;
      const agendaScope = scopeOf(meeting.type, scope);
      return { ...rest, agenda: [...agenda], ...(agendaScope ? { agendaScope } : {}) };
    },
    true,
  );
}

/** Saves a new agenda (order, additions, removals) as a whole. */
export function updateAgenda(id: MeetingId, agenda: readonly AgendaItem[]): Promise<Meeting> {
  return patchMeeting(id, () => ({ agenda: [...agenda] }));
}

export function setAgendaNotes(id: MeetingId, youthId: YouthId, notes: string): Promise<Meeting> {
  return patchMeeting(id, (meeting) => ({
    agenda: meeting.agenda.map((item) => (item.youthId === youthId ? { ...item, notes } : item)),
  }));
}

/** gepland → bezig; a meeting already under way keeps its start time. */
export function startMeeting(id: MeetingId): Promise<Meeting> {
  return patchMeeting(id, (meeting) =>
    meeting.status === 'planned' ? { status: 'inProgress', startedAt: nowIso() } : {},
  );
}

/** bezig → afgerond; the minutes are computed up to this moment. */
export function closeMeeting(id: MeetingId): Promise<Meeting> {
  return patchMeeting(id, (meeting) => ({
    status: 'closed',
    startedAt: meeting.startedAt ?? nowIso(),
    closedAt: nowIso(),
  }));
}

/** Marks an agenda item discussed (the first time only) inside an open transaction. */
async function markDiscussedIn(id: MeetingId, youthId: YouthId, at: string): Promise<void> {
  const [meeting, actor] = await Promise.all([db().meetings.get(id), currentActor()]);
  await putDiscussed(meeting, youthId, at, actor);
}

/** Writes `meeting` with the young person's agenda item discussed at `at`, unless it already was. */
async function putDiscussed(
  meeting: Meeting | undefined,
  youthId: YouthId,
  at: string,
  actor: string,
): Promise<void> {
  if (!meeting) throw new StorageError('notFound');
  if (meeting.agenda.some((item) => item.youthId === youthId && item.discussedAt)) return;
  const agenda = meeting.agenda.map((item) =>
    item.youthId === youthId ? { ...item, discussedAt: at } : item,
  );
  await db().meetings.put({ ...meeting, agenda, updatedAt: at, updatedBy: actor });
}

const MEETING_WRITE_TABLES = () => [db().meetings, ...LIGHT_WRITE_TABLES()];

/**
 * Sets a light in a meeting: the assessment carries the meeting and the agenda
 * item counts as discussed, in one transaction.
 */
export async function setMeetingLight(
  id: MeetingId,
  youthId: YouthId,
  conditionId: ConditionId,
  input: LightInput,
): Promise<Assessment> {
  return writeWithLights(MEETING_WRITE_TABLES(), async (append) => {
    // The meeting is read in the same round trip as the light's own reads: every round trip
    // to IndexedDB is felt on a slow laptop (docs/performance.md). The light says who set it.
    const [written, meeting] = await Promise.all([
      append(youthId, conditionId, { ...input, meetingId: id }),
      db().meetings.get(id),
    ]);
    await putDiscussed(meeting, youthId, written.assessedAt, written.updatedBy);
    return written;
  });
}

/**
 * "Besproken, ongewijzigd" was refused: some applicable light of the young
 * person was never assessed, so "unchanged" would say something nobody
 * decided. Nothing was written. The UI names the conditions in Dutch
 * (`t.meetings.confirmRefused`); like {@link StorageError}, the message here
 * is only for the log.
 */
export class UnassessedLightsError extends Error {
  readonly code = 'unassessedLights';
  constructor(
    readonly youthId: YouthId,
    /** The unassessed active conditions, in board order. */
    readonly conditionIds: readonly ConditionId[],
  ) {
    super(`meeting: unassessed lights ${conditionIds.join(', ')}`);
    this.name = 'UnassessedLightsError';
  }
}

/**
 * "Besproken, ongewijzigd": appends a confirming assessment for every light the
 * young person has, so the stale signal resets and the history shows the meeting.
 * Refused with {@link UnassessedLightsError}, writing nothing, while any
 * applicable condition is unassessed ({@link unassessedConditions}).
 */
export async function confirmLights(id: MeetingId, youthId: YouthId): Promise<Assessment[]> {
  try {
    return await confirmAllLights(id, youthId);
  } catch (error) {
    // writeWithLights wraps whatever its body throws; the refusal is not a storage failure.
    if (error instanceof StorageError && error.cause instanceof UnassessedLightsError)
      throw error.cause;
    throw error;
  }
}

function confirmAllLights(id: MeetingId, youthId: YouthId): Promise<Assessment[]> {
  return writeWithLights([...MEETING_WRITE_TABLES(), db().conditions], async (append) => {
    const [youth, conditions, lights] = await Promise.all([
      db().youths.get(youthId),
      db().conditions.toArray(),
      db().currentLights.where('youthId').equals(youthId).toArray(),
    ]);
    if (!youth) throw new StorageError('notFound');
    const byCondition = new Map(lights.map((light) => [light.conditionId, light]));
    const missing = unassessedConditions(
      youth,
      activeConditions(conditions),
      (conditionId) => byCondition.get(conditionId),
      toIsoDate(clock.now()),
    );
    if (missing.length > 0) {
      throw new UnassessedLightsError(
        youthId,
        missing.map((condition) => condition.id),
      );
    }
    const written: Assessment[] = [];
    for (const light of lights) {
      if (light.colour === 'unassessed') continue;
      written.push(await append(youthId, light.conditionId, confirmationOf(light, id)));
    }
    await markDiscussedIn(id, youthId, nowIso());
    return written;
  });
}

/** Marks an agenda item discussed without changing any light (nothing to assess yet). */
export async function markDiscussed(id: MeetingId, youthId: YouthId): Promise<void> {
  await guarded(() =>
    db().transaction('rw', db().meetings, db().settings, () =>
      markDiscussedIn(id, youthId, nowIso()),
    ),
  );
}
