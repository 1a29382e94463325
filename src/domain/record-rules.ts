import { isIsoDate } from './dates';
import { ACTION_OWNER_ROLES, DEFAULT_CONDITION_KEYS, PERSPECTIVES, PLACEMENT_TYPES } from './types';
import { TEXT_MAX } from './text-limits';
import { ESCALATION_OUTCOMES, ESCALATION_UPDATE_KINDS } from './escalation';
import { youthCrossFieldBreak } from './youth';

export { TEXT_MAX };

/*
 * The value rules of every stored record, in one place: what the app itself
 * can write. Backups, share files, the youth form, CSV import and the start-up
 * check all ask these, so nothing crosses the boundary that the app could not
 * have written and then cannot show, erase or repair.
 *
 * Plain functions rather than a schema library: the start-up check runs them
 * without loading zod, and a refusal can say truthfully whether a value is
 * absent ("ontbreekt") or present but wrong ("ongeldig").
 */

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))$/;

/** True for a timestamp the app writes (`toISOString`) or reads: a real date and time with a zone. */
export function isIsoDateTime(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const [, date, hours, minutes, seconds = '00', zone, zoneHours, zoneMinutes] = match;
  if (!isIsoDate(date!)) return false;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return false;
  if (zone !== 'Z' && (Number(zoneHours) > 14 || Number(zoneMinutes) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a wall-clock time as the meeting form writes it: `HH:mm`, 24 hours. */
export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

/** Ids are UUIDs or short keys; no spaces or line breaks, so they are safe in any file format. */
const ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= TEXT_MAX.id && ID_PATTERN.test(value);
}

export type ValueRule =
  | { kind: 'id' }
  | { kind: 'text'; max: number; nonBlank?: boolean }
  | { kind: 'date' }
  /** `yyyy-MM`. */
  | { kind: 'month' }
  | { kind: 'dateTime' }
  /** A wall-clock time `HH:mm`, 00:00–23:59. */
  | { kind: 'time' }
  | { kind: 'enum'; values: readonly (string | number)[] }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'list'; of: ValueRule; max: number }
  | { kind: 'object'; fields: RecordFields };

export type FieldRule = { rule: ValueRule; optional?: boolean };
export type RecordFields = Readonly<Record<string, FieldRule>>;

const required = (rule: ValueRule): FieldRule => ({ rule });
const optional = (rule: ValueRule): FieldRule => ({ rule, optional: true });
const id: ValueRule = { kind: 'id' };
const date: ValueRule = { kind: 'date' };
const dateTime: ValueRule = { kind: 'dateTime' };
const time: ValueRule = { kind: 'time' };
const text = (max: number, nonBlank = false): ValueRule => ({ kind: 'text', max, nonBlank });
const oneOf = (values: readonly (string | number)[]): ValueRule => ({ kind: 'enum', values });
const bool: ValueRule = { kind: 'boolean' };

const meta: RecordFields = {
  createdAt: required(dateTime),
  updatedAt: required(dateTime),
  updatedBy: required(text(TEXT_MAX.short)),
};

export const YOUTH_FIELDS: RecordFields = {
  id: required(id),
  initials: required(text(TEXT_MAX.initials, true)),
  clientNumber: optional(text(TEXT_MAX.clientNumber)),
  birthDate: required(date),
  municipality: required(text(TEXT_MAX.short, true)),
  location: required(text(TEXT_MAX.short, true)),
  placementType: required(oneOf(PLACEMENT_TYPES)),
  placementStart: required(date),
  plannedEnd: optional(date),
  perspective: optional(oneOf(PERSPECTIVES)),
  coordinator: optional(text(TEXT_MAX.short)),
  procesregie: optional(text(TEXT_MAX.short)),
  notes: optional(text(TEXT_MAX.youthNotes)),
  status: required(oneOf(['placed', 'left'])),
  leftOn: optional(date),
  actualDestination: optional(oneOf(PERSPECTIVES)),
  ...meta,
};

export const CONDITION_FIELDS: RecordFields = {
  id: required(id),
  key: optional(oneOf(DEFAULT_CONDITION_KEYS)),
  name: required(text(TEXT_MAX.short, true)),
  description: required(text(TEXT_MAX.long)),
  criteria: required({
    kind: 'object',
    fields: {
      red: required(text(TEXT_MAX.long)),
      amber: required(text(TEXT_MAX.long)),
      green: required(text(TEXT_MAX.long)),
    },
  }),
  order: required({ kind: 'number' }),
  appliesFromAge: optional({ kind: 'int', min: 0, max: 30 }),
  retired: required(bool),
  ...meta,
};

export const ASSESSED_COLOURS = ['red', 'amber', 'green', 'notApplicable', 'unassessed'] as const;
export const DISCUSSED_WITH_YOUTH = ['agreed', 'disagreed', 'notDiscussed'] as const;

export const ASSESSMENT_FIELDS: RecordFields = {
  id: required(id),
  youthId: required(id),
  conditionId: required(id),
  colour: required(oneOf(ASSESSED_COLOURS)),
  reason: required(text(TEXT_MAX.long)),
  action: required(text(TEXT_MAX.long)),
  actionOwner: required(text(TEXT_MAX.short)),
  actionOwnerRole: optional(oneOf(ACTION_OWNER_ROLES)),
  dueDate: optional(date),
  discussedWithYouth: required(oneOf(DISCUSSED_WITH_YOUTH)),
  assessedAt: required(dateTime),
  assessedBy: required(text(TEXT_MAX.short)),
  meetingId: optional(id),
  undoes: optional(id),
  actionFrom: optional(id),
  ...meta,
};

const threshold = { kind: 'int', min: 0, max: 120 } as const;

export const SETTINGS_FIELDS: RecordFields = {
  id: required(id),
  userName: required(text(TEXT_MAX.short)),
  conditionsSeeded: required(bool),
  providerName: optional(text(TEXT_MAX.short)),
  signalThresholds: optional({
    kind: 'object',
    fields: {
      turningEighteenMonths: optional(threshold),
      plannedEndMonths: optional(threshold),
      staleWeeks: optional(threshold),
      redStreak: optional(threshold),
      perspectiveAge: optional(threshold),
      evaluationWindowDays: optional(threshold),
    },
  }),
  meetingCadence: optional({
    kind: 'object',
    fields: {
      caseReview: optional({
        kind: 'object',
        fields: {
          week: optional(oneOf([1, 2, 3, 4, -1])),
          weekday: optional(oneOf([1, 2, 3, 4, 5, 6, 7])),
        },
      }),
      municipalReview: optional({
        kind: 'object',
        fields: {
          startDate: optional(date),
          intervalWeeks: optional({ kind: 'int', min: 1, max: 52 }),
        },
      }),
    },
  }),
  lastBackupAt: optional(dateTime),
  backupReminderDays: optional({ kind: 'int', min: 1, max: 3650 }),
  retentionMonths: optional({ kind: 'int', min: 1, max: 1200 }),
  audience: optional(oneOf(['provider', 'municipality'])),
  recentUserNames: optional({ kind: 'list', of: text(TEXT_MAX.short), max: 50 }),
  ...meta,
};

export const MEETING_FIELDS: RecordFields = {
  id: required(id),
  type: required(oneOf(['caseReview', 'municipalReview'])),
  date: required(date),
  startTime: optional(time),
  endTime: optional(time),
  place: optional(text(TEXT_MAX.short)),
  chair: required(text(TEXT_MAX.short)),
  attendees: required({ kind: 'list', of: text(TEXT_MAX.short), max: 200 }),
  municipalities: required({ kind: 'list', of: text(TEXT_MAX.short), max: 500 }),
  agenda: required({
    kind: 'list',
    max: 100_000,
    of: {
      kind: 'object',
      fields: {
        youthId: required(id),
        notes: required(text(TEXT_MAX.long)),
        discussedAt: optional(dateTime),
      },
    },
  }),
  status: required(oneOf(['planned', 'inProgress', 'closed'])),
  startedAt: optional(dateTime),
  closedAt: optional(dateTime),
  notes: required(text(TEXT_MAX.minutes)),
  agendaScope: optional({
    kind: 'object',
    fields: {
      location: optional(text(TEXT_MAX.short)),
      coordinator: optional(text(TEXT_MAX.short)),
    },
  }),
  ...meta,
};

export const REVIEW_REQUEST_FIELDS: RecordFields = {
  id: required(id),
  youthId: required(id),
  trigger: required(oneOf(['crisis', 'schoolDropout', 'placementBreakdown', 'other'])),
  note: required(text(TEXT_MAX.long)),
  requestedAt: required(dateTime),
  resolvedAt: optional(dateTime),
  ...meta,
};

export const OUTFLOW_CHECK_FIELDS: RecordFields = {
  id: required(id),
  youthId: required(id),
  monthsAfter: required(oneOf([3, 6])),
  checkedOn: required(date),
  reached: optional(bool),
  stillInIntendedPlace: required(bool),
  backInCare: required(bool),
  note: required(text(TEXT_MAX.long)),
  ...meta,
};

export const REPORT_NOTE_FIELDS: RecordFields = {
  id: required(id),
  municipality: required(text(TEXT_MAX.short, true)),
  month: required({ kind: 'month' }),
  text: required(text(TEXT_MAX.reportNote)),
  ...meta,
};

export const ESCALATION_FIELDS: RecordFields = {
  id: required(id),
  youthId: required(id),
  conditionId: optional(id),
  question: required(text(TEXT_MAX.long, true)),
  askedOf: required(text(TEXT_MAX.short, true)),
  raisedOn: required(date),
  answerDueOn: required(date),
  meetingId: optional(id),
  ...meta,
};

export const ESCALATION_UPDATE_FIELDS: RecordFields = {
  id: required(id),
  escalationId: required(id),
  youthId: required(id),
  kind: required(oneOf(ESCALATION_UPDATE_KINDS)),
  on: required(date),
  answer: optional(text(TEXT_MAX.long)),
  outcome: optional(oneOf(ESCALATION_OUTCOMES)),
  note: optional(text(TEXT_MAX.long)),
  meetingId: optional(id),
  ...meta,
};

/** Every stored table whose records follow a rule set (current lights are rebuilt, not stored). */
export const RECORD_FIELDS = {
  youths: YOUTH_FIELDS,
  conditions: CONDITION_FIELDS,
  assessments: ASSESSMENT_FIELDS,
  settings: SETTINGS_FIELDS,
  meetings: MEETING_FIELDS,
  reviewRequests: REVIEW_REQUEST_FIELDS,
  outflowChecks: OUTFLOW_CHECK_FIELDS,
  reportNotes: REPORT_NOTE_FIELDS,
  escalations: ESCALATION_FIELDS,
  escalationUpdates: ESCALATION_UPDATE_FIELDS,
} as const;
export type RecordTable = keyof typeof RECORD_FIELDS;

/**
 * `unknown`: a field the app never writes (a full name, a 20 MB blob): a file
 * may hold nothing the app could not have written, nor the database keep it.
 */
export type ValueProblem = 'missing' | 'invalid' | 'unknown';
/** What is wrong with one field: a dotted path (`criteria.red`, `agenda.2.youthId`) and how. */
export type FieldBreak = { field: string; problem: ValueProblem };

/**
 * The value at `path` in a file's parsed JSON, or undefined where the path
 * leaves it; own keys only, so `__proto__` and friends read as absent.
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Does a present value keep the rule? (Presence is decided by the caller.) */
function valueBreak(rule: ValueRule, value: unknown, path: string): FieldBreak | undefined {
  const invalid = { field: path, problem: 'invalid' as const };
  switch (rule.kind) {
    case 'id':
      return isRecordId(value) ? undefined : invalid;
    case 'text':
      if (typeof value !== 'string' || value.length > rule.max) return invalid;
      return rule.nonBlank && !value.trim() ? invalid : undefined;
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? undefined : invalid;
    case 'month':
      return typeof value === 'string' && /^\d{4}-\d{2}$/.test(value) && isIsoDate(`${value}-01`)
        ? undefined
        : invalid;
    case 'dateTime':
      return typeof value === 'string' && isIsoDateTime(value) ? undefined : invalid;
    case 'time':
      return typeof value === 'string' && isLocalTime(value) ? undefined : invalid;
    case 'enum':
      return rule.values.includes(value as string | number) ? undefined : invalid;
    case 'int':
      return Number.isInteger(value) &&
        (value as number) >= rule.min &&
        (value as number) <= rule.max
        ? undefined
        : invalid;
    case 'number':
      return Number.isFinite(value) ? undefined : invalid;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : invalid;
    case 'list': {
      if (!Array.isArray(value) || value.length > rule.max) return invalid;
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        const at = `${path}.${index}`;
        if (item === undefined || item === null) return { field: at, problem: 'missing' };
        const found = valueBreak(rule.of, item, at);
        if (found) return found;
      }
      return undefined;
    }
    case 'object':
      return isPlainObject(value) ? fieldsBreak(rule.fields, value, `${path}.`) : invalid;
  }
}

function fieldsBreak(
  fields: RecordFields,
  record: Record<string, unknown>,
  prefix = '',
): FieldBreak | undefined {
  for (const [name, field] of Object.entries(fields)) {
    const value = Object.hasOwn(record, name) ? record[name] : undefined;
    // Stored optional fields may be absent or null (both round-trip through a backup).
    if (value === undefined || value === null) {
      if (field.optional) continue;
      return { field: `${prefix}${name}`, problem: 'missing' };
    }
    const found = valueBreak(field.rule, value, `${prefix}${name}`);
    if (found) return found;
  }
  const unknown = Object.keys(record).find((name) => !Object.hasOwn(fields, name));
  // Cut: the name itself comes from the file and is shown in a message.
  if (unknown !== undefined)
    return { field: `${prefix}${unknown}`.slice(0, FIELD_NAME_SHOWN), problem: 'unknown' };
  return undefined;
}

/** How much of an unknown field's name a message shows. */
const FIELD_NAME_SHOWN = 100;

/**
 * The first field of a record that breaks its table's rules; `field` is empty
 * for a non-record. Then the rules between fields that the forms hold (a young
 * person's placement does not start before birth, …), with the forms' own functions.
 */
export function recordBreak(table: RecordTable, record: unknown): FieldBreak | undefined {
  if (!isPlainObject(record)) return { field: '', problem: 'invalid' };
  const found = fieldsBreak(RECORD_FIELDS[table], record);
  if (found || table !== 'youths') return found;
  return youthCrossFieldBreak(record as Parameters<typeof youthCrossFieldBreak>[0]);
}

/** One value against one field's rule, for forms and share files that check field by field. */
export function fieldBreak(
  table: RecordTable,
  field: string,
  value: unknown,
): ValueProblem | undefined {
  const rule = RECORD_FIELDS[table][field];
  if (!rule) return undefined;
  if (value === undefined || value === null || value === '')
    return rule.optional ? undefined : 'missing';
  return valueBreak(rule.rule, value, field)?.problem;
}

// ---- References between records ------------------------------------------

/** Tables as arrays of records of unknown shape: what a file or a database read gives. */
export type RecordSet = Partial<Record<RecordTable, readonly unknown[]>>;

export type RuleBreak = FieldBreak & {
  table: RecordTable;
  /** Position in its table (0-based). */
  index: number;
  /** The record's id when it has a readable one. */
  id?: string;
};

function idOf(record: unknown): string | undefined {
  const value = isPlainObject(record) ? record.id : undefined;
  return typeof value === 'string' ? value.slice(0, TEXT_MAX.id) : undefined;
}

/** The readable ids of a table's records, for checking references against. */
export function idsOf(records: readonly unknown[] | undefined): Set<string> {
  return new Set((records ?? []).map(idOf).filter((value) => value !== undefined));
}

/**
 * The ids references are checked against, when the set holds only part of the
 * records (a page of the history): otherwise they come from the set itself.
 */
export type KnownIds = {
  youths?: ReadonlySet<string>;
  conditions?: ReadonlySet<string>;
  assessments?: ReadonlySet<string>;
  meetings?: ReadonlySet<string>;
  escalations?: ReadonlySet<string>;
};

/**
 * Every record that breaks a rule, its own or a reference to another record:
 * an assessment must name an existing young person and condition (and the
 * assessment it undoes or carries an action from, and its meeting when the
 * set holds meetings); agenda items, review requests and follow-up checks an
 * existing young person; an escalation its young person (and condition and
 * meeting), an escalation update its escalation, and an answer says what was
 * answered and its outcome. One break per record, the first found.
 */
export function findRuleBreaks(set: RecordSet, known: KnownIds = {}): RuleBreak[] {
  const breaks: RuleBreak[] = [];
  const youths = known.youths ?? idsOf(set.youths);
  const conditions = known.conditions ?? idsOf(set.conditions);
  const assessments = known.assessments ?? idsOf(set.assessments);
  const meetings = known.meetings ?? (set.meetings ? idsOf(set.meetings) : undefined);
  const escalations = known.escalations ?? (set.escalations ? idsOf(set.escalations) : undefined);
  const meetingRef = meetings ? [['meetingId', meetings] as [string, ReadonlySet<string>]] : [];
  const refs: Partial<Record<RecordTable, [string, ReadonlySet<string>][]>> = {
    assessments: [
      ['youthId', youths],
      ['conditionId', conditions],
      ['undoes', assessments],
      ['actionFrom', assessments],
      ...(meetings ? [['meetingId', meetings] as [string, ReadonlySet<string>]] : []),
    ],
    reviewRequests: [['youthId', youths]],
    outflowChecks: [['youthId', youths]],
    escalations: [['youthId', youths], ['conditionId', conditions], ...meetingRef],
    escalationUpdates: [
      ['youthId', youths],
      ...(escalations ? [['escalationId', escalations] as [string, ReadonlySet<string>]] : []),
      ...meetingRef,
    ],
  };
  for (const table of Object.keys(RECORD_FIELDS) as RecordTable[]) {
    (set[table] ?? []).forEach((record, index) => {
      const found =
        recordBreak(table, record) ?? referenceBreak(table, record, refs[table], youths);
      if (found) breaks.push({ table, index, id: idOf(record), ...found });
    });
  }
  return breaks;
}

function referenceBreak(
  table: RecordTable,
  record: unknown,
  refs: [string, ReadonlySet<string>][] | undefined,
  youths: ReadonlySet<string>,
): FieldBreak | undefined {
  const fields = record as Record<string, unknown>;
  for (const [field, known] of refs ?? []) {
    const value = fields[field];
    if (typeof value === 'string' && !known.has(value)) return { field, problem: 'invalid' };
  }
  if (table === 'escalationUpdates' && fields.kind === 'answer') {
    if (typeof fields.answer !== 'string' || !fields.answer.trim())
      return { field: 'answer', problem: 'missing' };
    if (fields.outcome === undefined || fields.outcome === null)
      return { field: 'outcome', problem: 'missing' };
  }
  if (table === 'meetings') {
    const agenda = fields.agenda as { youthId: string }[];
    const index = agenda.findIndex((item) => !youths.has(item.youthId));
    if (index >= 0) return { field: `agenda.${index}.youthId`, problem: 'invalid' };
  }
  return undefined;
}

// ---- Repair -----------------------------------------------------------------

/**
 * The value a required field falls back to when what is stored cannot be read.
 * Enumerations take their last value, which is by convention the least
 * specific (`unassessed`, `overig`, `onbekend`, `notDiscussed`, `other`, `closed`).
 */
function fallbackFor(rule: ValueRule, now: string, today: string): unknown {
  switch (rule.kind) {
    case 'text':
      return rule.nonBlank ? '?' : '';
    case 'date':
      return today;
    case 'month':
      return today.slice(0, 7);
    case 'dateTime':
      return now;
    case 'time':
      return '00:00';
    case 'enum':
      return rule.values[rule.values.length - 1];
    case 'int':
      return rule.min;
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'list':
      return [];
    case 'object':
      return repairFields(rule.fields, {}, now, today);
    case 'id':
      return undefined;
  }
}

function repairValue(rule: ValueRule, value: unknown, now: string, today: string): unknown {
  if (rule.kind === 'text' && typeof value === 'string') {
    const cut = value.slice(0, rule.max);
    return rule.nonBlank && !cut.trim() ? '?' : cut;
  }
  if (rule.kind === 'list' && Array.isArray(value))
    return value
      .filter((item) => item !== undefined && item !== null)
      .map((item: unknown) => repairValue(rule.of, item, now, today))
      .filter((item) => item !== undefined)
      .slice(0, rule.max);
  if (rule.kind === 'object' && isPlainObject(value))
    return repairFields(rule.fields, value, now, today);
  return valueBreak(rule, value, '') ? fallbackFor(rule, now, today) : value;
}

function repairFields(
  fields: RecordFields,
  record: Record<string, unknown>,
  now: string,
  today: string,
): Record<string, unknown> {
  // Only known fields: what the app never writes cannot be shown, and no backup may hold it.
  const repaired: Record<string, unknown> = Object.fromEntries(
    Object.entries(record).filter(([name]) => Object.hasOwn(fields, name)),
  );
  for (const [name, field] of Object.entries(fields)) {
    const value = Object.hasOwn(record, name) ? record[name] : undefined;
    if (value === undefined || value === null) {
      if (!field.optional) repaired[name] = fallbackFor(field.rule, now, today);
      continue;
    }
    if (!valueBreak(field.rule, value, name)) continue;
    // An optional value that cannot be read is dropped: nothing is better than a wrong date.
    if (field.optional && field.rule.kind !== 'object' && field.rule.kind !== 'list')
      delete repaired[name];
    else repaired[name] = repairValue(field.rule, value, now, today);
  }
  return repaired;
}

/**
 * The optional references a repair may drop when they name nothing: the
 * record still says everything it said, only not where a link pointed.
 * Required ones (a young person, an assessment's condition, an update's
 * escalation) cannot be dropped: such a record can only be removed.
 */
const DROPPABLE_REFERENCES: Partial<Record<RecordTable, [string, keyof KnownIds][]>> = {
  assessments: [
    ['undoes', 'assessments'],
    ['actionFrom', 'assessments'],
    ['meetingId', 'meetings'],
  ],
  escalations: [
    ['conditionId', 'conditions'],
    ['meetingId', 'meetings'],
  ],
  escalationUpdates: [['meetingId', 'meetings']],
};

/**
 * A record with every value the rules refuse replaced: an optional one
 * dropped, text cut to its limit, a required one given a neutral value
 * (a date-time becomes `now`), a field the app never writes dropped. With
 * `known`, an optional reference to a record that does not exist is dropped
 * and an agenda item of a young person who does not exist taken off. The id
 * is not touched: a record whose id breaks the rules can only be removed.
 */
export function repairedRecord(
  table: RecordTable,
  record: Record<string, unknown>,
  now: string,
  today: string,
  known?: KnownIds,
): Record<string, unknown> {
  const repaired = repairFields(RECORD_FIELDS[table], record, now, today);
  if (!known) return repaired;
  for (const [field, of] of DROPPABLE_REFERENCES[table] ?? []) {
    const ids = known[of];
    const value = repaired[field];
    if (ids && typeof value === 'string' && !ids.has(value)) delete repaired[field];
  }
  if (table === 'meetings' && known.youths && Array.isArray(repaired.agenda)) {
    const youths = known.youths;
    repaired.agenda = (repaired.agenda as { youthId?: unknown }[]).filter(
      (item) => typeof item.youthId === 'string' && youths.has(item.youthId),
    );
  }
  return repaired;
}
