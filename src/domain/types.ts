import type { AssessmentId, ConditionId, MeetingId, YouthId } from './ids';

/** ISO calendar date, `yyyy-MM-dd`. */
export type IsoDate = string;
/** ISO timestamp with time zone, `2026-11-25T14:03:00.000Z`. */
export type IsoDateTime = string;

/** Every stored record carries these, so a later sync engine can merge by id and time. */
export type RecordMeta = {
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  /** Who made the last change: the name the user gave in settings. */
  updatedBy: string;
};

export const PLACEMENT_TYPES = [
  'groep',
  'gezinshuis',
  'jeugdzorgplus',
  'klinisch',
  'trainingshuis',
  'pleeggezin',
  'overig',
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

export const PERSPECTIVES = [
  'thuis',
  'pleeggezin',
  'gezinshuis',
  'trainingshuis',
  'begeleidWonen',
  'zelfstandig',
  'andereVoorziening',
  'onbekend',
] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export type YouthStatus = 'placed' | 'left';

export type Youth = RecordMeta & {
  id: YouthId;
  /** Initials or a pseudonym; never a full name. */
  initials: string;
  clientNumber?: string;
  birthDate: IsoDate;
  municipality: string;
  location: string;
  placementType: PlacementType;
  placementStart: IsoDate;
  plannedEnd?: IsoDate;
  perspective?: Perspective;
  coordinator?: string;
  /** Who holds procesregie (municipal access team, GI, …). */
  procesregie?: string;
  notes?: string;
  status: YouthStatus;
  leftOn?: IsoDate;
  actualDestination?: Perspective;
};

/** Stable keys of the default conditions, so rules (18+ signals) can find them after renames. */
export const DEFAULT_CONDITION_KEYS = [
  'housing',
  'schoolWork',
  'followUpCare',
  'transition18',
  'finances',
  'network',
  'independence',
  'treatment',
] as const;
export type DefaultConditionKey = (typeof DEFAULT_CONDITION_KEYS)[number];

export type ConditionCriteria = { red: string; amber: string; green: string };

export type Condition = RecordMeta & {
  id: ConditionId;
  /** Set for the default conditions; user-added ones have none. */
  key?: DefaultConditionKey;
  name: string;
  description: string;
  criteria: ConditionCriteria;
  order: number;
  /** Below this age the light is n.v.t. unless someone set it. */
  appliesFromAge?: number;
  retired: boolean;
};

/** A colour someone can choose. */
export type LightColour = 'red' | 'amber' | 'green' | 'notApplicable';
/**
 * What a stored assessment can say. `unassessed` is only written by undoing a
 * first assessment, so history stays append-only and the cell returns to "?".
 */
export type AssessedColour = LightColour | 'unassessed';
/** What a cell shows: an assessed colour, or the derived n.v.t. for a condition that does not apply yet. */
export type LightState = AssessedColour;

export type DiscussedWithYouth = 'agreed' | 'disagreed' | 'notDiscussed';

/**
 * Who carries an action, as a role: what a municipality may read. The owner's
 * name (`actionOwner`) stays with the provider and never leaves the device.
 */
export const ACTION_OWNER_ROLES = [
  'coordinator',
  'mentor',
  'youth',
  'parents',
  'districtTeam',
  'municipality',
  'other',
] as const;
export type ActionOwnerRole = (typeof ACTION_OWNER_ROLES)[number];

export type Assessment = RecordMeta & {
  id: AssessmentId;
  youthId: YouthId;
  conditionId: ConditionId;
  colour: AssessedColour;
  /** What is missing. */
  reason: string;
  action: string;
  actionOwner: string;
  /** The owner's role; what the share file and the municipality's report carry instead of the name. */
  actionOwnerRole?: ActionOwnerRole;
  dueDate?: IsoDate;
  discussedWithYouth: DiscussedWithYouth;
  assessedAt: IsoDateTime;
  assessedBy: string;
  meetingId?: MeetingId;
  /** Set when this record undoes an earlier one: the newest record still wins. */
  undoes?: AssessmentId;
  /**
   * Set when the action, owner and due date were not said in this record but
   * carried over from an earlier one (a one-key colour change): the record
   * they were said in. Shown as "uit vorig licht" until someone edits or closes the action.
   */
  actionFrom?: AssessmentId;
};

/** The details a person fills in for a light; the rest is stamped by the repository. */
export type LightInput = {
  colour: AssessedColour;
  reason?: string;
  action?: string;
  actionOwner?: string;
  actionOwnerRole?: ActionOwnerRole;
  dueDate?: IsoDate;
  discussedWithYouth?: DiscussedWithYouth;
  meetingId?: MeetingId;
  /** See {@link Assessment.actionFrom}; set only by the carry-over rule (domain/carry-over.ts). */
  actionFrom?: AssessmentId;
};

/**
 * A cell's current light as the board reads it: the newest assessment plus the
 * red run it ends (`redRun` of the cell's history): how many reviews in a row
 * said red and when the first of them was made. The stored projection keeps
 * both up to date on every write, so signals and the regional overview of the
 * current month never read history.
 */
export type CurrentLight = Assessment & { redStreak?: number; redSince?: IsoDateTime };
