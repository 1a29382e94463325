import type { YouthId } from '@/domain/ids';
import type { IsoDate, Perspective, Youth } from '@/domain/types';
import type { YouthFields } from '@/domain/youth';
import { createId, createMeta, nowIso } from './clock';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';

export function listPlacedYouths(): Promise<Youth[]> {
  return db().youths.where('status').equals('placed').toArray();
}

export function listLeftYouths(): Promise<Youth[]> {
  return db().youths.where('status').equals('left').toArray();
}

export function getYouth(id: YouthId): Promise<Youth | undefined> {
  return db().youths.get(id);
}

export function countYouths(): Promise<number> {
  return db().youths.count();
}

/** Drops keys whose value is undefined, so stored records carry no empty fields. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export async function addYouth(fields: YouthFields): Promise<Youth> {
  return guarded(() =>
    db().transaction('rw', db().youths, db().settings, async () => {
      const youth: Youth = compact({
        ...fields,
        id: createId<YouthId>(),
        status: 'placed' as const,
        ...createMeta(await currentActor()),
      });
      await db().youths.add(youth);
      return youth;
    }),
  );
}

export async function updateYouth(id: YouthId, fields: YouthFields): Promise<Youth> {
  return guarded(() =>
    db().transaction('rw', db().youths, db().settings, async () => {
      const existing = await db().youths.get(id);
      if (!existing) throw new StorageError('notFound');
      const next: Youth = compact({
        // Keep status and outflow; replace every editable field, including cleared ones.
        id: existing.id,
        status: existing.status,
        leftOn: existing.leftOn,
        actualDestination: existing.actualDestination,
        createdAt: existing.createdAt,
        ...fields,
        updatedAt: nowIso(),
        updatedBy: await currentActor(),
      });
      await db().youths.put(next);
      return next;
    }),
  );
}

export async function registerOutflow(
  id: YouthId,
  leftOn: IsoDate,
  actualDestination: Perspective,
): Promise<Youth> {
  return guarded(() =>
    db().transaction('rw', db().youths, db().settings, async () => {
      const existing = await db().youths.get(id);
      if (!existing) throw new StorageError('notFound');
      const next: Youth = {
        ...existing,
        status: 'left',
        leftOn,
        actualDestination,
        updatedAt: nowIso(),
        updatedBy: await currentActor(),
      };
      await db().youths.put(next);
      return next;
    }),
  );
}

/** Puts a young person who left back on the board (an outflow registered by mistake). */
export async function undoOutflow(id: YouthId): Promise<Youth> {
  return guarded(() =>
    db().transaction('rw', db().youths, db().settings, async () => {
      const existing = await db().youths.get(id);
      if (!existing) throw new StorageError('notFound');
      const { leftOn: _leftOn, actualDestination: _destination, ...rest } = existing;
      const next: Youth = {
        ...rest,
        status: 'placed',
        updatedAt: nowIso(),
        updatedBy: await currentActor(),
      };
      await db().youths.put(next);
      return next;
    }),
  );
}
