import { z } from 'zod';
import { daysBetween, isIsoDate } from './dates';
import {
  ASSESSED_COLOURS,
  DISCUSSED_WITH_YOUTH,
  findRuleBreaks,
  isIsoDateTime,
  isRecordId,
  recordBreak,
  TEXT_MAX,
  valueAt,
} from './record-rules';
import type { BackupErrorDetail } from './backup-types';
import {
  decryptShare,
  isAcceptableEncryptedShare,
  isEncryptedShare,
  WrongPassphraseError,
} from './share-crypto';
import { ESCALATION_OUTCOMES, ESCALATION_UPDATE_KINDS } from './escalation';
import type { Escalation, EscalationUpdate } from './escalation';
import type { AssessmentId, ConditionId, EscalationId, EscalationUpdateId, YouthId } from './ids';
import type { Assessment, Condition, IsoDate, IsoDateTime, Youth } from './types';
import { ACTION_OWNER_ROLES, DEFAULT_CONDITION_KEYS, PERSPECTIVES, PLACEMENT_TYPES } from './types';

export const SHARE_FORMAT = 'uitstroombord-share';
/**
 * 2: owners as a role only, free texts only when chosen, and `shared` saying
 * which; escalations and their updates (absent in files written before them).
 */
export const SHARE_FORMAT_VERSION = 2;

/** What a share file is built from and what a reader gets: the records as the app stores them. */
export type ShareData = {
  youths: Youth[];
  conditions: Condition[];
  assessments: Assessment[];
  /** Of any young people; only those of the shared young people go along. */
  escalations?: Escalation[];
  escalationUpdates?: EscalationUpdate[];
};

/**
 * An escalation as it is written into a share file: what was asked of the
 * municipality, of which role, and when. Never the meeting, never who typed it.
 */
export type SharedEscalation = Omit<Escalation, 'meetingId'>;

/**
 * An answer or closing as it is written into a share file: the day, the answer
 * and the outcome. Not the note (an internal explanation that may name
 * colleagues), not the meeting, never who typed it.
 */
export type SharedEscalationUpdate = Omit<EscalationUpdate, 'meetingId' | 'note'>;

/**
 * An assessment as it is written into a share file: never the owner's name
 * (`actionOwner`) nor the meeting; reason and action are empty unless shared.
 */
export type SharedAssessment = Omit<Assessment, 'actionOwner' | 'meetingId'>;

/** What a share file carries beyond its fixed minimum; the reader says "niet gedeeld" otherwise. */
export type SharedFields = {
  /** Reason and action as typed (they may contain names); empty strings in the file when false. */
  reasonAndAction: boolean;
};

type ShareHeader = {
  format: typeof SHARE_FORMAT;
  formatVersion: typeof SHARE_FORMAT_VERSION;
  municipality: string;
  createdAt: IsoDateTime;
  /** The day the board was read: the review shows "stand per" this date. */
  asOf: IsoDate;
  /** `month`: birth dates are set to the 1st of the month, so ages can run up to a month early. */
  birthDatePrecision: 'day' | 'month';
  shared: SharedFields;
};

/** The file as it is written: exactly what the allow-list let through. */
export type WrittenShareFile = ShareHeader & {
  data: {
    youths: Youth[];
    conditions: Condition[];
    assessments: SharedAssessment[];
    escalations: SharedEscalation[];
    escalationUpdates: SharedEscalationUpdate[];
  };
};

/**
 * The file as a reader gets it (a version-1 file mapped to it): stored
 * records, with `actionOwner` always empty, since a name never reaches an inzage.
 */
export type ShareFile = ShareHeader & { data: Required<ShareData> };

export type ShareOptions = {
  municipality: string;
  birthMonthOnly: boolean;
  /** Also share young people who left at most this many days ago; none when undefined. */
  includeLeftWithinDays?: number;
  /**
   * Replaces every "by whom" (`assessedBy`, `updatedBy`): who clicked is not
   * needed for the municipality's review and names colleagues.
   */
  actorLabel: string;
  /** "Reden en actie delen": free text may name people, so it goes along only when ticked. */
  shareReasonAndAction?: boolean;
};

/** The municipalities that have young people on the board, sorted the Dutch way. */
export function municipalitiesOf(youths: readonly Youth[]): string[] {
  return [...new Set(youths.map((youth) => youth.municipality))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
}

export function isShared(youth: Youth, options: ShareOptions, today: IsoDate): boolean {
  if (youth.municipality !== options.municipality) return false;
  if (youth.status === 'placed') return true;
  return (
    options.includeLeftWithinDays !== undefined &&
    youth.leftOn !== undefined &&
    daysBetween(youth.leftOn, today) <= options.includeLeftWithinDays
  );
}

// ---- The allow-list: one function per record type decides what of it leaves the device.
//
// Fields are copied by name, so a field added to a record later is not shared
// until someone adds it here. Never: client number, coordinator, notes, the
// action owner's name, the meeting, a completed action's text, or any person's
// name in a "by whom" field (those read `actorLabel`). A new record type gets
// its own function here and its own schema below.

function shareYouth(youth: Youth, options: ShareOptions): Youth {
  const shared: Youth = {
    id: youth.id,
    initials: youth.initials,
    birthDate: options.birthMonthOnly ? `${youth.birthDate.slice(0, 7)}-01` : youth.birthDate,
    municipality: youth.municipality,
    location: youth.location,
    placementType: youth.placementType,
    placementStart: youth.placementStart,
    status: youth.status,
    createdAt: youth.createdAt,
    updatedAt: youth.updatedAt,
    updatedBy: options.actorLabel,
  };
  if (youth.plannedEnd) shared.plannedEnd = youth.plannedEnd;
  if (youth.perspective) shared.perspective = youth.perspective;
  // Procesregie names an organisation (wijkteam, GI), which the municipality needs to know.
  if (youth.procesregie) shared.procesregie = youth.procesregie;
  if (youth.leftOn) shared.leftOn = youth.leftOn;
  if (youth.actualDestination) shared.actualDestination = youth.actualDestination;
  return shared;
}

function shareAssessment(assessment: Assessment, options: ShareOptions): SharedAssessment {
  const texts = options.shareReasonAndAction === true;
  const shared: SharedAssessment = {
    id: assessment.id,
    youthId: assessment.youthId,
    conditionId: assessment.conditionId,
    colour: assessment.colour,
    reason: texts ? assessment.reason : '',
    action: texts ? assessment.action : '',
    discussedWithYouth: assessment.discussedWithYouth,
    assessedAt: assessment.assessedAt,
    assessedBy: options.actorLabel,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    updatedBy: options.actorLabel,
  };
  // Who the municipality has to talk to, as a role; the name stays here.
  if (assessment.actionOwnerRole) shared.actionOwnerRole = assessment.actionOwnerRole;
  if (assessment.dueDate) shared.dueDate = assessment.dueDate;
  if (assessment.undoes) shared.undoes = assessment.undoes;
  // Says "uit vorig licht": the reader must not take a carried action for a new one.
  if (assessment.actionFrom) shared.actionFrom = assessment.actionFrom;
  return shared;
}

function shareCondition(condition: Condition, options: ShareOptions): Condition {
  const shared: Condition = {
    id: condition.id,
    name: condition.name,
    description: condition.description,
    criteria: {
      red: condition.criteria.red,
      amber: condition.criteria.amber,
      green: condition.criteria.green,
    },
    order: condition.order,
    retired: condition.retired,
    createdAt: condition.createdAt,
    updatedAt: condition.updatedAt,
    updatedBy: options.actorLabel,
  };
  if (condition.key) shared.key = condition.key;
  if (condition.appliesFromAge !== undefined) shared.appliesFromAge = condition.appliesFromAge;
  return shared;
}

/**
 * The question, the role asked and the dates were written for the municipality:
 * they are its business. Who recorded it and in which meeting are not.
 */
function shareEscalation(escalation: Escalation, options: ShareOptions): SharedEscalation {
  const shared: SharedEscalation = {
    id: escalation.id,
    youthId: escalation.youthId,
    question: escalation.question,
    askedOf: escalation.askedOf,
    raisedOn: escalation.raisedOn,
    answerDueOn: escalation.answerDueOn,
    createdAt: escalation.createdAt,
    updatedAt: escalation.updatedAt,
    updatedBy: options.actorLabel,
  };
  if (escalation.conditionId) shared.conditionId = escalation.conditionId;
  return shared;
}

function shareEscalationUpdate(
  update: EscalationUpdate,
  options: ShareOptions,
): SharedEscalationUpdate {
  const shared: SharedEscalationUpdate = {
    id: update.id,
    escalationId: update.escalationId,
    youthId: update.youthId,
    kind: update.kind,
    on: update.on,
    createdAt: update.createdAt,
    updatedAt: update.updatedAt,
    updatedBy: options.actorLabel,
  };
  // The municipality's own answer, as the provider recorded it.
  if (update.answer !== undefined) shared.answer = update.answer;
  if (update.outcome) shared.outcome = update.outcome;
  return shared;
}

/** The allow-list, per record type of the file. */
export const SHARE_ALLOW_LIST = {
  youths: shareYouth,
  conditions: shareCondition,
  assessments: shareAssessment,
  escalations: shareEscalation,
  escalationUpdates: shareEscalationUpdate,
} as const;

export function buildShareFile(
  source: ShareData,
  options: ShareOptions,
  today: IsoDate,
  now: IsoDateTime,
): WrittenShareFile {
  const youths = source.youths.filter((youth) => isShared(youth, options, today));
  const ids = new Set<string>(youths.map((youth) => youth.id));
  return {
    format: SHARE_FORMAT,
    formatVersion: SHARE_FORMAT_VERSION,
    municipality: options.municipality,
    createdAt: now,
    asOf: today,
    birthDatePrecision: options.birthMonthOnly ? 'month' : 'day',
    shared: { reasonAndAction: options.shareReasonAndAction === true },
    data: {
      youths: youths.map((youth) => SHARE_ALLOW_LIST.youths(youth, options)),
      conditions: source.conditions.map((c) => SHARE_ALLOW_LIST.conditions(c, options)),
      assessments: source.assessments
        .filter((assessment) => ids.has(assessment.youthId))
        .map((assessment) => SHARE_ALLOW_LIST.assessments(assessment, options)),
      escalations: (source.escalations ?? [])
        .filter((escalation) => ids.has(escalation.youthId))
        .map((escalation) => SHARE_ALLOW_LIST.escalations(escalation, options)),
      escalationUpdates: (source.escalationUpdates ?? [])
        .filter((update) => ids.has(update.youthId))
        .map((update) => SHARE_ALLOW_LIST.escalationUpdates(update, options)),
    },
  };
}

// ---- Reading a share file: everything is checked before anything is stored.

// The same value rules as a backup and the forms (record-rules.ts).
const text = (max: number) => z.string().max(max);
const isoDate = z.string().refine(isIsoDate, 'invalid date');
const isoDateTime = z.string().refine(isIsoDateTime, 'invalid date-time');
const id = z.string().refine(isRecordId, 'invalid id');
const meta = { createdAt: isoDateTime, updatedAt: isoDateTime, updatedBy: text(TEXT_MAX.short) };

const youthSchema = z.object({
  id: id.transform((value) => value as YouthId),
  initials: text(TEXT_MAX.initials).refine((value) => value.trim() !== ''),
  birthDate: isoDate,
  municipality: text(TEXT_MAX.short).min(1),
  location: text(TEXT_MAX.short).min(1),
  placementType: z.enum(PLACEMENT_TYPES),
  placementStart: isoDate,
  plannedEnd: isoDate.optional(),
  perspective: z.enum(PERSPECTIVES).optional(),
  procesregie: text(TEXT_MAX.short).optional(),
  status: z.enum(['placed', 'left']),
  leftOn: isoDate.optional(),
  actualDestination: z.enum(PERSPECTIVES).optional(),
  ...meta,
});

const conditionSchema = z.object({
  id: id.transform((value) => value as ConditionId),
  key: z.enum(DEFAULT_CONDITION_KEYS).optional(),
  name: text(TEXT_MAX.short).min(1),
  description: text(TEXT_MAX.long),
  criteria: z.object({
    red: text(TEXT_MAX.long),
    amber: text(TEXT_MAX.long),
    green: text(TEXT_MAX.long),
  }),
  order: z.number().int(),
  appliesFromAge: z.number().int().min(0).max(30).optional(),
  retired: z.boolean(),
  ...meta,
});

/** Version 2: no owner's name, the owner's role when set. */
const assessmentSchema = z.object({
  id: id.transform((value) => value as AssessmentId),
  youthId: id.transform((value) => value as YouthId),
  conditionId: id.transform((value) => value as ConditionId),
  colour: z.enum(ASSESSED_COLOURS),
  reason: text(TEXT_MAX.long),
  action: text(TEXT_MAX.long),
  actionOwnerRole: z.enum(ACTION_OWNER_ROLES).optional(),
  dueDate: isoDate.optional(),
  discussedWithYouth: z.enum(DISCUSSED_WITH_YOUTH),
  assessedAt: isoDateTime,
  assessedBy: text(TEXT_MAX.short),
  undoes: id.transform((value) => value as AssessmentId).optional(),
  actionFrom: id.transform((value) => value as AssessmentId).optional(),
  ...meta,
});

/** The same rules as ESCALATION_FIELDS in record-rules.ts, without the meeting. */
const escalationSchema = z.object({
  id: id.transform((value) => value as EscalationId),
  youthId: id.transform((value) => value as YouthId),
  conditionId: id.transform((value) => value as ConditionId).optional(),
  question: text(TEXT_MAX.long).refine((value) => value.trim() !== ''),
  askedOf: text(TEXT_MAX.short).refine((value) => value.trim() !== ''),
  raisedOn: isoDate,
  answerDueOn: isoDate,
  ...meta,
});

/** The same rules as ESCALATION_UPDATE_FIELDS, without the note and the meeting. */
const escalationUpdateSchema = z.object({
  id: id.transform((value) => value as EscalationUpdateId),
  escalationId: id.transform((value) => value as EscalationId),
  youthId: id.transform((value) => value as YouthId),
  kind: z.enum(ESCALATION_UPDATE_KINDS),
  on: isoDate,
  answer: text(TEXT_MAX.long).optional(),
  outcome: z.enum(ESCALATION_OUTCOMES).optional(),
  ...meta,
});

/** Version 1 carried the owner as free text (often a colleague's name) and had no role. */
const assessmentSchemaV1 = assessmentSchema
  .omit({ actionOwnerRole: true })
  .extend({ actionOwner: text(TEXT_MAX.short) });

const header = {
  format: z.literal(SHARE_FORMAT),
  municipality: text(TEXT_MAX.short).min(1),
  createdAt: isoDateTime,
  asOf: isoDate,
  birthDatePrecision: z.enum(['day', 'month']),
};
const LIMITS = {
  youths: 100_000,
  conditions: 1_000,
  assessments: 5_000_000,
  escalations: 1_000_000,
  escalationUpdates: 5_000_000,
} as const;

const shareFileSchema = z.object({
  ...header,
  formatVersion: z.literal(SHARE_FORMAT_VERSION),
  shared: z.object({ reasonAndAction: z.boolean() }),
  data: z.object({
    youths: z.array(youthSchema).max(LIMITS.youths),
    conditions: z.array(conditionSchema).max(LIMITS.conditions),
    assessments: z.array(assessmentSchema).max(LIMITS.assessments),
    // Absent in version-2 files written before escalations went along: none.
    escalations: z.array(escalationSchema).max(LIMITS.escalations).default([]),
    escalationUpdates: z.array(escalationUpdateSchema).max(LIMITS.escalationUpdates).default([]),
  }),
});

const shareFileSchemaV1 = z.object({
  ...header,
  formatVersion: z.literal(1),
  data: z.object({
    youths: z.array(youthSchema).max(LIMITS.youths),
    conditions: z.array(conditionSchema).max(LIMITS.conditions),
    assessments: z.array(assessmentSchemaV1).max(LIMITS.assessments),
  }),
});

/** A version-2 file as the app stores it: the owner's name is empty, as it is in the file. */
function fromV2(file: z.infer<typeof shareFileSchema>): ShareFile {
  return {
    ...file,
    data: {
      ...file.data,
      assessments: file.data.assessments.map((a) => ({ ...a, actionOwner: '' })),
    },
  };
}

/**
 * A version-1 file carried reason and action always, and the owner as typed.
 * The name is dropped on opening: an inzage never shows a colleague's name,
 * whichever version sent it. There was no role to put in its place.
 */
function fromV1(file: z.infer<typeof shareFileSchemaV1>): ShareFile {
  return {
    ...file,
    formatVersion: SHARE_FORMAT_VERSION,
    shared: { reasonAndAction: true },
    data: {
      ...file.data,
      assessments: file.data.assessments.map((a) => ({ ...a, actionOwner: '' })),
      escalations: [],
      escalationUpdates: [],
    },
  };
}

export type ShareReadError = 'notJson' | 'foreign' | 'version' | 'invalid';

/**
 * Where a share file breaks a rule, in the words of a backup's refusal: table,
 * record and field. `duplicate`: the record's id occurs twice in its table.
 */
export type ShareErrorDetail = BackupErrorDetail & { duplicate?: boolean };

type ShareTable = keyof ShareFile['data'];
const SHARE_TABLES: readonly ShareTable[] = [
  'youths',
  'conditions',
  'assessments',
  'escalations',
  'escalationUpdates',
];

function isShareTable(value: unknown): value is ShareTable {
  return (SHARE_TABLES as readonly unknown[]).includes(value);
}

function readableId(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, TEXT_MAX.id) : undefined;
}

/** The first zod issue as table, record and field; presence is read from the file itself. */
function issueDetail(error: z.ZodError, root: unknown): ShareErrorDetail {
  const issue = error.issues[0];
  if (!issue) return {};
  const path = issue.path;
  const detail: ShareErrorDetail = {};
  let fieldPath = path;
  if (path[0] === 'data' && isShareTable(path[1]) && typeof path[2] === 'number') {
    detail.table = path[1];
    detail.index = path[2];
    const id = readableId(valueAt(root, [...path.slice(0, 3), 'id']));
    if (id !== undefined && path[3] !== 'id') detail.id = id;
    fieldPath = path.slice(3);
  } else if (path[0] === 'data' && isShareTable(path[1])) {
    detail.table = path[1];
    fieldPath = path.slice(2);
  }
  const field = fieldPath.map(String).join('.');
  if (field) detail.field = field.slice(0, 100);
  if (valueAt(root, path) === undefined) detail.missing = true;
  return detail;
}

/**
 * The rules across records, after every record passed its schema: the same
 * record rules as a backup and the start-up check (findRuleBreaks: references,
 * an answer with its answer and outcome, a young person as the form allows),
 * plus what only a share file must keep: unique ids, one municipality, and an
 * answer naming the young person of its escalation.
 */
function shareRuleBreak(share: ShareFile): ShareErrorDetail | undefined {
  for (const table of SHARE_TABLES) {
    const seen = new Set<string>();
    const records = share.data[table] as readonly { id: string }[];
    for (let index = 0; index < records.length; index += 1) {
      const id = records[index]!.id;
      if (seen.has(id)) return { table, index, id, field: 'id', duplicate: true };
      seen.add(id);
    }
  }
  const stranger = share.data.youths.findIndex((y) => y.municipality !== share.municipality);
  if (stranger >= 0)
    return {
      table: 'youths',
      index: stranger,
      id: share.data.youths[stranger]!.id,
      field: 'municipality',
    };
  const found = findRuleBreaks(share.data)[0];
  if (found) {
    const record = share.data[found.table as ShareTable][found.index];
    return {
      table: found.table,
      index: found.index,
      ...(found.id !== undefined ? { id: found.id } : {}),
      field: found.field,
      ...(found.problem === 'missing' ? { missing: true } : {}),
      // Each record kept its own rules (above): an invalid value here names what is not in the file.
      ...(found.problem === 'invalid' && !recordBreak(found.table, record)
        ? { reference: true }
        : {}),
    };
  }
  const youthOfEscalation = new Map(share.data.escalations.map((e) => [e.id, e.youthId]));
  const astray = share.data.escalationUpdates.findIndex(
    (u) => youthOfEscalation.get(u.escalationId) !== u.youthId,
  );
  if (astray >= 0)
    return {
      table: 'escalationUpdates',
      index: astray,
      id: share.data.escalationUpdates[astray]!.id,
      field: 'youthId',
      reference: true,
    };
  return undefined;
}

export type ShareParseResult =
  { ok: true; share: ShareFile } | { ok: false; code: ShareReadError; detail?: ShareErrorDetail };

function checked(share: ShareFile): ShareParseResult {
  const detail = shareRuleBreak(share);
  return detail ? { ok: false, code: 'invalid', detail } : { ok: true, share };
}

/** Checks a parsed share file completely; the result carries only known fields. Reads 1 and 2. */
export function parseShareFile(value: unknown): ShareParseResult {
  if (!value || typeof value !== 'object') return { ok: false, code: 'foreign' };
  const { format, formatVersion } = value as { format?: unknown; formatVersion?: unknown };
  if (format !== SHARE_FORMAT) return { ok: false, code: 'foreign' };
  if (formatVersion === 1) {
    const parsed = shareFileSchemaV1.safeParse(value);
    return parsed.success
      ? checked(fromV1(parsed.data))
      : { ok: false, code: 'invalid', detail: issueDetail(parsed.error, value) };
  }
  if (formatVersion !== SHARE_FORMAT_VERSION) return { ok: false, code: 'version' };
  const parsed = shareFileSchema.safeParse(value);
  return parsed.success
    ? checked(fromV2(parsed.data))
    : { ok: false, code: 'invalid', detail: issueDetail(parsed.error, value) };
}

export type OpenShareResult =
  | { kind: 'ok'; share: ShareFile }
  | { kind: 'needsPassphrase' }
  | { kind: 'error'; code: ShareReadError | 'wrongPassphrase'; detail?: ShareErrorDetail };

function parseJson(value: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch {
    return { ok: false };
  }
}

/** Reads the text of a share file, decrypting it first when it is encrypted. */
export async function openShareText(text: string, passphrase?: string): Promise<OpenShareResult> {
  const outer = parseJson(text);
  if (!outer.ok) return { kind: 'error', code: 'notJson' };
  let inner = outer.value;
  if (isEncryptedShare(outer.value)) {
    // Checked before asking for a passphrase or deriving a key: a file must not set the work.
    if (!isAcceptableEncryptedShare(outer.value)) return { kind: 'error', code: 'invalid' };
    if (!passphrase) return { kind: 'needsPassphrase' };
    try {
      const plain = parseJson(await decryptShare(outer.value, passphrase));
      if (!plain.ok) return { kind: 'error', code: 'invalid' };
      inner = plain.value;
    } catch (error) {
      if (error instanceof WrongPassphraseError) return { kind: 'error', code: 'wrongPassphrase' };
      throw error;
    }
  }
  const parsed = parseShareFile(inner);
  if (parsed.ok) return { kind: 'ok', share: parsed.share };
  return { kind: 'error', code: parsed.code, ...(parsed.detail ? { detail: parsed.detail } : {}) };
}
