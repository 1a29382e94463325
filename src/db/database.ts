import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Assessment, Condition, Youth } from '@/domain/types';

/** App-wide settings kept as one record; `id` is always {@link SETTINGS_ID}. */
export type SettingsRecord = {
  id: string;
  /** The name written as "by whom" on every change. */
  userName: string;
  /** Conditions are seeded once; after that the user owns them (retire, never delete). */
  conditionsSeeded: boolean;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
};
export const SETTINGS_ID = 'settings';

/**
 * The newest assessment of each cell, written in the same transaction as the
 * history record. It is a local projection (rebuildable from `assessments`),
 * so its key is the cell, not a UUID; a sync engine syncs `assessments` only.
 */
export type CurrentLightRecord = Assessment;

export const DATABASE_NAME = 'uitstroombord';

export class UitstroombordDatabase extends Dexie {
  youths!: EntityTable<Youth, 'id'>;
  conditions!: EntityTable<Condition, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  currentLights!: Table<CurrentLightRecord, [string, string]>;
  settings!: EntityTable<SettingsRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1. Never edit a shipped version: add a new one with an upgrade().
    this.version(1).stores({
      youths: 'id, status, municipality, location, coordinator, updatedAt',
      conditions: 'id, order, key',
      assessments:
        'id, youthId, [youthId+conditionId+assessedAt], conditionId, assessedAt, meetingId, updatedAt',
      currentLights: '[youthId+conditionId], youthId, conditionId',
      settings: 'id',
    });
  }
}

let instance: UitstroombordDatabase | undefined;

/** The one database of the app. Tests swap it with {@link setDatabase}. */
export function db(): UitstroombordDatabase {
  if (!instance) {
    instance = new UitstroombordDatabase();
    // Another tab upgraded the schema: close so it can proceed; the app reloads.
    instance.on('versionchange', () => {
      instance?.close();
      return false;
    });
  }
  return instance;
}

export function setDatabase(database: UitstroombordDatabase): void {
  instance = database;
}
