import { cellKey, type CurrentLightIndex } from './board';
import { addMonthsIso, turnsEighteenOn } from './dates';
import type { ConditionId, YouthId } from './ids';
import { cellState } from './light';
import type { MeetingType } from './meeting-types';
import type { Signal } from './signals';
import type { Assessment, Condition, IsoDate, Youth } from './types';

/*
 * The six-weekly municipal review, as the municipality sees it: the figures it
 * opens with, and what its per-youth screen may show.
 */

// ---------------------------------------------------------------- summary

/** The horizons of the opening figures (the key figures, the same as the monthly report's). */
export const MUNICIPAL_SUMMARY_WINDOWS = { turningEighteenMonths: 6, outflowDueMonths: 3 } as const;

export type MunicipalFigures = {
  /** '' for the total over every chosen municipality. */
  municipality: string;
  placed: number;
  /** Placed young people with at least one red light. */
  withRed: number;
  /** Per active condition, in board order: how many placed young people have it red. */
  redByCondition: { conditionId: ConditionId; count: number }[];
  /** Turn 18 from today up to {@link MUNICIPAL_SUMMARY_WINDOWS}.turningEighteenMonths. */
  turningEighteen: number;
  /** Planned end from today up to {@link MUNICIPAL_SUMMARY_WINDOWS}.outflowDueMonths. */
  outflowDue: number;
  /** Planned end before today and still placed. */
  pastPlannedEnd: number;
  /**
   * Open escalations of these young people; absent when the caller has no
   * escalation records to count (then nothing is shown, not a zero).
   */
  escalationsOpen?: number;
};

export type MunicipalSummary = {
  /** One per chosen municipality, in the order given (a municipality without residents reads 0). */
  municipalities: MunicipalFigures[];
  total: MunicipalFigures;
};

function emptyFigures(municipality: string, conditions: readonly Condition[]): MunicipalFigures {
  return {
    municipality,
    placed: 0,
    withRed: 0,
    redByCondition: conditions.map((condition) => ({ conditionId: condition.id, count: 0 })),
    turningEighteen: 0,
    outflowDue: 0,
    pastPlannedEnd: 0,
  };
}

/**
 * The opening figures of a municipal review for the chosen municipalities:
 * counts of their placed residents, per municipality and in total.
 */
export function municipalSummary({
  municipalities,
  youths,
  conditions,
  lights,
  today,
  openEscalations,
}: {
  municipalities: readonly string[];
  /** Any young people; only the placed residents of the chosen municipalities count. */
  youths: readonly Youth[];
  /** Active conditions, in board order. */
  conditions: readonly Condition[];
  lights: CurrentLightIndex;
  today: IsoDate;
  /** Open escalations per young person, when escalations are recorded. */
  openEscalations?: ReadonlyMap<YouthId, number>;
}): MunicipalSummary {
  const eighteenUntil = addMonthsIso(today, MUNICIPAL_SUMMARY_WINDOWS.turningEighteenMonths);
  const outflowUntil = addMonthsIso(today, MUNICIPAL_SUMMARY_WINDOWS.outflowDueMonths);
  const chosen = [...new Set(municipalities)];
  const rows = new Map(chosen.map((name) => [name, emptyFigures(name, conditions)]));
  const total = emptyFigures('', conditions);
  if (openEscalations) {
    total.escalationsOpen = 0;
    for (const row of rows.values()) row.escalationsOpen = 0;
  }

  for (const youth of youths) {
    const row = rows.get(youth.municipality);
    if (!row || youth.status !== 'placed') continue;
    const add = (
      key: 'placed' | 'withRed' | 'turningEighteen' | 'outflowDue' | 'pastPlannedEnd',
    ) => {
      row[key] += 1;
      total[key] += 1;
    };
    add('placed');
    let red = false;
    conditions.forEach((condition, index) => {
      const light = lights.get(cellKey(youth.id, condition.id));
      if (cellState(youth, condition, light, today).state !== 'red') return;
      red = true;
      row.redByCondition[index]!.count += 1;
      total.redByCondition[index]!.count += 1;
    });
    if (red) add('withRed');
    const eighteen = turnsEighteenOn(youth.birthDate);
    if (eighteen !== undefined && eighteen >= today && eighteen <= eighteenUntil)
      add('turningEighteen');
    const end = youth.plannedEnd;
    if (end && end >= today && end <= outflowUntil) add('outflowDue');
    if (end && end < today) add('pastPlannedEnd');
    const escalations = openEscalations?.get(youth.id) ?? 0;
    if (openEscalations && escalations > 0) {
      row.escalationsOpen = (row.escalationsOpen ?? 0) + escalations;
      total.escalationsOpen = (total.escalationsOpen ?? 0) + escalations;
    }
  }
  return { municipalities: [...rows.values()], total };
}

// ---------------------------------------------------------------- projection

/**
 * The young person's fields a municipal review may put on the screen: what
 * the share file carries (domain/share.ts). Left out: client number,
 * coordinator, internal notes and every "by whom".
 */
const YOUTH_SHOWN_TO_MUNICIPALITY = [
  'id',
  'initials',
  'birthDate',
  'municipality',
  'location',
  'placementType',
  'placementStart',
  'plannedEnd',
  'perspective',
  'procesregie',
  'status',
  'leftOn',
  'actualDestination',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Youth)[];

/** A light's fields for the municipality: the owner as a role, never a colleague's name. */
const LIGHT_SHOWN_TO_MUNICIPALITY = [
  'id',
  'youthId',
  'conditionId',
  'colour',
  'reason',
  'action',
  'actionOwnerRole',
  'dueDate',
  'discussedWithYouth',
  'assessedAt',
  'meetingId',
  'undoes',
  'actionFrom',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Assessment)[];

/**
 * What the per-youth screen of a meeting may show. A municipal review is held
 * with the municipality at the table, so it shows no more than the share file
 * carries. Fields are picked by name, so a field added to a record later is
 * not projected until someone decides it may be.
 */
export type MeetingProjection = {
  /** `all`, or the young person's fields that may be shown. */
  youthFields: 'all' | readonly (keyof Youth)[];
  /** `all`, or the light's fields that may be shown (the rest reads as blank). */
  lightFields: 'all' | readonly (keyof Assessment)[];
  /** The note with a request for review: an internal free text. */
  reviewRequestNote: boolean;
  /** Who is stamped on the lights set now, with the switch to colleagues' names. */
  currentPerson: boolean;
  /** The figures of the chosen municipalities before the first young person. */
  openingSummary: boolean;
};

const PROJECTION: Readonly<Record<MeetingType, Readonly<MeetingProjection>>> = {
  caseReview: {
    youthFields: 'all',
    lightFields: 'all',
    reviewRequestNote: true,
    currentPerson: true,
    openingSummary: false,
  },
  municipalReview: {
    youthFields: YOUTH_SHOWN_TO_MUNICIPALITY,
    lightFields: LIGHT_SHOWN_TO_MUNICIPALITY,
    reviewRequestNote: false,
    currentPerson: false,
    openingSummary: true,
  },
};

/** The one place that decides what a meeting of this type puts on the screen. */
export function meetingProjection(type: MeetingType): Readonly<MeetingProjection> {
  return PROJECTION[type];
}

function pick<T extends object>(record: T, fields: readonly (keyof T)[]): Partial<T> {
  const picked: Partial<T> = {};
  for (const field of fields) {
    if (record[field] !== undefined) picked[field] = record[field];
  }
  return picked;
}

/** The young person as the meeting may show them. */
export function projectYouth(youth: Youth, projection: MeetingProjection): Youth {
  if (projection.youthFields === 'all') return youth;
  return { ...(pick(youth, projection.youthFields) as Youth), updatedBy: '' };
}

/** A light as the meeting may show it; for display only (writes start from the stored light). */
export function projectLight(light: Assessment, projection: MeetingProjection): Assessment {
  if (projection.lightFields === 'all') return light;
  return {
    ...(pick(light, projection.lightFields) as Assessment),
    actionOwner: '',
    assessedBy: '',
    updatedBy: '',
  };
}

/**
 * A signal as the meeting may show it: without the internal note of a review
 * request, and without names (action owner, escalation addressee) where the
 * projection keeps no owner names on the lights.
 */
export function projectSignal(signal: Signal, projection: MeetingProjection): Signal {
  if (signal.kind === 'reviewRequested' && !projection.reviewRequestNote)
    return { ...signal, note: '' };
  const names = projection.lightFields === 'all' || projection.lightFields.includes('actionOwner');
  if (names) return signal;
  if (signal.kind === 'actionOverdue') return { ...signal, owner: '' };
  if (signal.kind === 'escalationOpen') return { ...signal, askedOf: '' };
  return signal;
}

/**
 * Who carries the action on a projected light: the name where the projection
 * kept it, else the role (nothing when neither was recorded).
 */
export function ownerShown(
  light: Pick<Assessment, 'actionOwner' | 'actionOwnerRole'>,
):
  | { kind: 'name'; name: string }
  | { kind: 'role'; role: NonNullable<Assessment['actionOwnerRole']> }
  | undefined {
  const name = light.actionOwner.trim();
  if (name) return { kind: 'name', name };
  return light.actionOwnerRole ? { kind: 'role', role: light.actionOwnerRole } : undefined;
}
