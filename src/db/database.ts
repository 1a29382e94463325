import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Escalation, EscalationUpdate } from '@/domain/escalation';
import type { OutflowCheck, ReviewRequest } from '@/domain/follow-up-types';
import type { Audience } from '@/domain/identity';
import type { Meeting } from '@/domain/meeting-types';
import type { ReportNote } from '@/domain/report-note';
import type { SignalThresholds } from '@/domain/signals';
import type { MeetingCadence } from '@/domain/meetings';
import type { Assessment, Condition, CurrentLight, Youth } from '@/domain/types';
import { SCHEMA_VERSIONS } from './schema';

/** App-wide settings kept as one record; `id` is always {@link SETTINGS_ID}. */
export type SettingsRecord = {
  id: string;
  /** The name written as "by whom" on every change. */
  userName: string;
  /** Conditions are seeded once; after that the user owns them (retire, never delete). */
  conditionsSeeded: boolean;
  /** Signal thresholds changed from the defaults (domain `DEFAULT_SIGNAL_THRESHOLDS`). */
  signalThresholds?: Partial<SignalThresholds>;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  /** Printed on the monthly report and regional overview; default in domain/aggregation.ts. */
  providerName?: string;
  /** Data safety (backup reminder, retention); defaults in domain/data-safety.ts. */
  lastBackupAt?: string;
  backupReminderDays?: number;
  retentionMonths?: number;
  /** When meetings are due; defaults in domain/meetings.ts. */
  meetingCadence?: MeetingCadence;
  /** Answered on first use (domain/identity.ts): the provider's team or a municipality. */
  audience?: Audience;
  /** Names used on this device, newest first, to switch person on a shared laptop. */
  recentUserNames?: string[];
};
export const SETTINGS_ID = 'settings';

/**
 * The newest assessment of each cell with the red streak it ends, written in
 * the same transaction as the history record. It is a local projection
 * (rebuildable from `assessments`, see domain `currentLightsOf`), so its key is
 * the cell, not a UUID; a sync engine syncs `assessments` only.
 */
export type CurrentLightRecord = CurrentLight;

export const DATABASE_NAME = 'uitstroombord';

export class UitstroombordDatabase extends Dexie {
  youths!: EntityTable<Youth, 'id'>;
  conditions!: EntityTable<Condition, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  currentLights!: Table<CurrentLightRecord, [string, string]>;
  settings!: EntityTable<SettingsRecord, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  reviewRequests!: EntityTable<ReviewRequest, 'id'>;
  outflowChecks!: EntityTable<OutflowCheck, 'id'>;
  reportNotes!: EntityTable<ReportNote, 'id'>;
  escalations!: EntityTable<Escalation, 'id'>;
  escalationUpdates!: EntityTable<EscalationUpdate, 'id'>;
  /** A review copy (inzage) of a share file: every write is refused (review-database.ts). */
  readOnly = false;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Never edit a shipped version: schema.ts adds the next one with its migration.
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

let instance: UitstroombordDatabase | undefined;

/** The one database of the app. Tests swap it with {@link setDatabase}. */
export function db(): UitstroombordDatabase {
  if (!instance) instance = createOwnDatabase();
  return instance;
}

/** The user's own database (not a review copy), closing itself when another tab upgrades it. */
export function createOwnDatabase(): UitstroombordDatabase {
  const database = new UitstroombordDatabase();
  // Another tab upgraded the schema: close so it can proceed; the app reloads.
  database.on('versionchange', () => {
    database.close();
    return false;
  });
  return database;
}

export function setDatabase(database: UitstroombordDatabase): void {
  instance = database;
}
