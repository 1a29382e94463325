import type { Transaction } from 'dexie';
import { migrateV2ToV3 } from './migrations/v3';
import { migrateV4ToV5 } from './migrations/v5';

/**
 * Every schema version the app has shipped, oldest first. Never edit a shipped
 * version: add the next one. A version that changes stored records has an
 * `upgrade` in its own frozen module under `migrations/` (it imports nothing
 * from `src/domain`, lint holds that); one that only adds tables or changes
 * indexes has none, IndexedDB does that itself. The migration test opens a
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
 * outflow; current lights indexed by due date for the actions list. No stored
 * record changes: the new tables start empty and IndexedDB builds the index.
 */
export const SCHEMA_V2: SchemaVersion = {
  version: 2,
  stores: {
    currentLights: '[youthId+conditionId], youthId, conditionId, dueDate',
    meetings: 'id, type, date, status, updatedAt',
    reviewRequests: 'id, youthId, requestedAt, resolvedAt, updatedAt',
    outflowChecks: 'id, youthId, updatedAt',
  },
};

/**
 * Version 3 (upgrade in `migrations/v3.ts`): every current light carries `redStreak`, the red reviews in a row
 * its cell's history ends with, so signals never read history (reading it for
 * every red cell took half a second when a 1,000-row board opened).
 */
export const SCHEMA_V3: SchemaVersion = {
  version: 3,
  stores: {},
  upgrade: migrateV2ToV3,
};

/**
 * Version 4: drops the indexes nothing reads. Every index is written again for
 * every record: with six on `assessments`, restoring a backup of 5,000 young
 * people spent a third of its time on them. Assessments of a young person are
 * read through the compound index `[youthId+conditionId+assessedAt]`
 * (`assessmentsOfYouths`); `conditionId` is never queried on either table.
 * No stored record changes: IndexedDB deletes the dropped indexes itself.
 */
export const SCHEMA_V4: SchemaVersion = {
  version: 4,
  stores: {
    assessments: 'id, [youthId+conditionId+assessedAt], assessedAt, meetingId, updatedAt',
    currentLights: '[youthId+conditionId], youthId, dueDate',
  },
};

/**
 * Version 5 (upgrade in `migrations/v5.ts`): every red current light also carries `redSince`, when the first
 * review of its red run was made, so the regional overview of the current
 * month reads the current lights instead of the whole history (two seconds at
 * 1,000 young people). The `assessedAt` index goes: since the review views
 * read history by young person or the whole table by key, nothing reads it,
 * and every assessment written (a light, an import, a restore) paid for it.
 */
export const SCHEMA_V5: SchemaVersion = {
  version: 5,
  stores: {
    assessments: 'id, [youthId+conditionId+assessedAt], meetingId, updatedAt',
  },
  upgrade: migrateV4ToV5,
};

/**
 * Version 6: assessments lose their `updatedAt` index. Nothing reads it (an
 * assessment is never updated: its `updatedAt` is its `createdAt`), and every
 * assessment written paid for it (measured when it was dropped, see the history
 * in docs/performance.md). The field stays on
 * every record; a later sync engine that needs "changed since" adds its own
 * index in its own version. No stored record changes: IndexedDB deletes the
 * dropped index itself.
 */
export const SCHEMA_V6: SchemaVersion = {
  version: 6,
  stores: {
    assessments: 'id, [youthId+conditionId+assessedAt], meetingId',
  },
};

/**
 * Version 7: the provider's explanation with each monthly report, one record
 * per municipality and month. Only adds a table, which starts empty: no
 * upgrade function.
 */
export const SCHEMA_REPORT_NOTES: SchemaVersion = {
  version: 7,
  stores: {
    reportNotes: 'id, &[municipality+month], updatedAt',
  },
};

/**
 * Version 8: escalations to the municipality. `escalations` holds each request
 * as it was sent and is never changed; `escalationUpdates` appends its answers
 * and its closing (domain/escalation.ts derives the state). Both are read by
 * young person (the youth page, erasure). Only new tables: nothing to upgrade.
 */
export const SCHEMA_ESCALATIONS: SchemaVersion = {
  version: 8,
  stores: {
    escalations: 'id, youthId',
    escalationUpdates: 'id, youthId',
  },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_REPORT_NOTES,
  SCHEMA_ESCALATIONS,
];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
