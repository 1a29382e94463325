import type { Transaction } from 'dexie';

/**
 * Every schema version the app has shipped, oldest first. Never edit a shipped
 * version: add the next one with its migration. The migration test opens a
 * database written by each previous version.
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
};

export const SCHEMA_V1: SchemaVersion = {
  version: 1,
  stores: {
    youths: 'id, status, municipality, location, coordinator, updatedAt',
    conditions: 'id, order, key',
    assessments:
      'id, youthId, [youthId+conditionId+assessedAt], conditionId, assessedAt, meetingId, updatedAt',
    currentLights: '[youthId+conditionId], youthId, conditionId',
    settings: 'id',
  },
};

/**
 * Version 2: meetings, "herbeoordeling nodig" requests and follow-up checks after
 * outflow; current lights indexed by due date for the actions list.
 */
export const SCHEMA_V2: SchemaVersion = {
  version: 2,
  stores: {
    currentLights: '[youthId+conditionId], youthId, conditionId, dueDate',
    meetings: 'id, type, date, status, updatedAt',
    reviewRequests: 'id, youthId, requestedAt, resolvedAt, updatedAt',
    outflowChecks: 'id, youthId, updatedAt',
  },
  upgrade: migrateV1ToV2,
};

/** v1 → v2 changes no stored record: new tables start empty and the new index is built by IndexedDB. */
export async function migrateV1ToV2(transaction: Transaction): Promise<void> {
  void transaction;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [SCHEMA_V1, SCHEMA_V2];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
