import { z } from 'zod';
import { daysBetween, isIsoDate } from './dates';
import { isIsoDateTime, isRecordId, TEXT_MAX } from './record-rules';
import {
  decryptShare,
  isAcceptableEncryptedShare,
  isEncryptedShare,
  WrongPassphraseError,
} from './share-crypto';
import type { AssessmentId, ConditionId, YouthId } from './ids';
import type { Assessment, Condition, IsoDate, IsoDateTime, Youth } from './types';
import { DEFAULT_CONDITION_KEYS, PERSPECTIVES, PLACEMENT_TYPES } from './types';

export const SHARE_FORMAT = 'uitstroombord-share';
export const SHARE_FORMAT_VERSION = 1;

/** What a municipality receives: its own young people, the conditions and the light history. */
export type ShareData = { youths: Youth[]; conditions: Condition[]; assessments: Assessment[] };

export type ShareFile = {
  format: typeof SHARE_FORMAT;
  formatVersion: typeof SHARE_FORMAT_VERSION;
  municipality: string;
  createdAt: IsoDateTime;
  /** The day the board was read: the review shows "stand per" this date. */
  asOf: IsoDate;
  /** `month`: birth dates are set to the 1st of the month, so ages can run up to a month early. */
  birthDatePrecision: 'day' | 'month';
  data: ShareData;
};

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

/**
 * Fields are copied by name (an allow-list), so a field added to `Youth` later
 * is not shared until someone decides it should be. Left out: client number,
 * coordinator, notes and every person's name.
 */
function minimiseYouth(youth: Youth, options: ShareOptions): Youth {
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

function minimiseAssessment(assessment: Assessment, actor: string): Assessment {
  const shared: Assessment = {
    id: assessment.id,
    youthId: assessment.youthId,
    conditionId: assessment.conditionId,
    colour: assessment.colour,
    reason: assessment.reason,
    action: assessment.action,
    // The action owner is a role or organisation the municipality has to talk to.
    actionOwner: assessment.actionOwner,
    discussedWithYouth: assessment.discussedWithYouth,
    assessedAt: assessment.assessedAt,
    assessedBy: actor,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    updatedBy: actor,
  };
  if (assessment.dueDate) shared.dueDate = assessment.dueDate;
  if (assessment.undoes) shared.undoes = assessment.undoes;
  // Says "uit vorig licht": the reader must not take a carried action for a new one.
  if (assessment.actionFrom) shared.actionFrom = assessment.actionFrom;
  return shared;
}

function minimiseCondition(condition: Condition, actor: string): Condition {
  const shared: Condition = {
    id: condition.id,
    name: condition.name,
    description: condition.description,
    criteria: { ...condition.criteria },
    order: condition.order,
    retired: condition.retired,
    createdAt: condition.createdAt,
    updatedAt: condition.updatedAt,
    updatedBy: actor,
  };
  if (condition.key) shared.key = condition.key;
  if (condition.appliesFromAge !== undefined) shared.appliesFromAge = condition.appliesFromAge;
  return shared;
}

export function buildShareFile(
  source: ShareData,
  options: ShareOptions,
  today: IsoDate,
  now: IsoDateTime,
): ShareFile {
  const youths = source.youths.filter((youth) => isShared(youth, options, today));
  const ids = new Set<string>(youths.map((youth) => youth.id));
  return {
    format: SHARE_FORMAT,
    formatVersion: SHARE_FORMAT_VERSION,
    municipality: options.municipality,
    createdAt: now,
    asOf: today,
    birthDatePrecision: options.birthMonthOnly ? 'month' : 'day',
    data: {
      youths: youths.map((youth) => minimiseYouth(youth, options)),
      conditions: source.conditions.map((c) => minimiseCondition(c, options.actorLabel)),
      assessments: source.assessments
        .filter((assessment) => ids.has(assessment.youthId))
        .map((assessment) => minimiseAssessment(assessment, options.actorLabel)),
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

const assessmentSchema = z.object({
  id: id.transform((value) => value as AssessmentId),
  youthId: id.transform((value) => value as YouthId),
  conditionId: id.transform((value) => value as ConditionId),
  colour: z.enum(['red', 'amber', 'green', 'notApplicable', 'unassessed']),
  reason: text(TEXT_MAX.long),
  action: text(TEXT_MAX.long),
  actionOwner: text(TEXT_MAX.short),
  dueDate: isoDate.optional(),
  discussedWithYouth: z.enum(['agreed', 'disagreed', 'notDiscussed']),
  assessedAt: isoDateTime,
  assessedBy: text(TEXT_MAX.short),
  undoes: id.transform((value) => value as AssessmentId).optional(),
  actionFrom: id.transform((value) => value as AssessmentId).optional(),
  ...meta,
});

const shareFileSchema = z
  .object({
    format: z.literal(SHARE_FORMAT),
    formatVersion: z.literal(SHARE_FORMAT_VERSION),
    municipality: text(TEXT_MAX.short).min(1),
    createdAt: isoDateTime,
    asOf: isoDate,
    birthDatePrecision: z.enum(['day', 'month']),
    data: z.object({
      youths: z.array(youthSchema).max(100_000),
      conditions: z.array(conditionSchema).max(1_000),
      assessments: z.array(assessmentSchema).max(5_000_000),
    }),
  })
  .superRefine((file, context) => {
    const youthIds = new Set(file.data.youths.map((youth) => youth.id as string));
    const conditionIds = new Set(file.data.conditions.map((condition) => condition.id as string));
    const assessmentIds = new Set(file.data.assessments.map((a) => a.id as string));
    if (youthIds.size !== file.data.youths.length) context.addIssue('duplicate youth id');
    if (conditionIds.size !== file.data.conditions.length)
      context.addIssue('duplicate condition id');
    if (assessmentIds.size !== file.data.assessments.length)
      context.addIssue('duplicate assessment id');
    // A share file holds one municipality; anything else is not what the sender meant to share.
    if (file.data.youths.some((youth) => youth.municipality !== file.municipality))
      context.addIssue('young person of another municipality');
    if (
      file.data.assessments.some(
        (a) => !youthIds.has(a.youthId) || !conditionIds.has(a.conditionId),
      )
    )
      context.addIssue('assessment without its young person or condition');
  });

export type ShareReadError = 'notJson' | 'foreign' | 'version' | 'invalid';

/** Checks a parsed share file completely; the result carries only known fields. */
export function parseShareFile(
  value: unknown,
): { ok: true; share: ShareFile } | { ok: false; code: ShareReadError } {
  if (!value || typeof value !== 'object') return { ok: false, code: 'foreign' };
  const { format, formatVersion } = value as { format?: unknown; formatVersion?: unknown };
  if (format !== SHARE_FORMAT) return { ok: false, code: 'foreign' };
  if (formatVersion !== SHARE_FORMAT_VERSION) return { ok: false, code: 'version' };
  const parsed = shareFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, code: 'invalid' };
  return { ok: true, share: parsed.data as ShareFile };
}

export type OpenShareResult =
  | { kind: 'ok'; share: ShareFile }
  | { kind: 'needsPassphrase' }
  | { kind: 'error'; code: ShareReadError | 'wrongPassphrase' };

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
  return parsed.ok ? { kind: 'ok', share: parsed.share } : { kind: 'error', code: parsed.code };
}
