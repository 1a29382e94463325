import type { ConditionSpec } from '@/domain/conditions';
import { SYSTEM_AUTHOR } from '@/domain/identity';
import type { ConditionId } from '@/domain/ids';
import type { Condition, ConditionCriteria } from '@/domain/types';
import { createId, createMeta, nowIso } from './clock';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { currentActor, getSettings } from './settings-repository';

export async function listConditions(): Promise<Condition[]> {
  return db().conditions.orderBy('order').toArray();
}

/** True on first start: the default conditions are still to be written (their texts load only then). */
export async function conditionsNeedSeeding(): Promise<boolean> {
  const settings = await getSettings();
  return !settings.conditionsSeeded && (await db().conditions.count()) === 0;
}

/** Writes the default conditions once, on first start. Later starts leave the user's list alone. */
export async function seedDefaultConditions(specs: readonly ConditionSpec[]): Promise<boolean> {
  return guarded(() =>
    db().transaction('rw', db().conditions, db().settings, async () => {
      const settings = await getSettings();
      if (settings.conditionsSeeded || (await db().conditions.count()) > 0) return false;
      // Nobody has said who they are yet (the welcome question comes after): the app wrote these.
      const meta = createMeta(SYSTEM_AUTHOR);
      await db().conditions.bulkAdd(
        specs.map((spec) => {
          const condition: Condition = {
            id: createId<ConditionId>(),
            key: spec.key,
            name: spec.name,
            description: spec.description,
            criteria: { ...spec.criteria },
            order: spec.order,
            retired: false,
            ...meta,
          };
          if (spec.appliesFromAge !== undefined) condition.appliesFromAge = spec.appliesFromAge;
          return condition;
        }),
      );
      await db().settings.put({
        ...settings,
        conditionsSeeded: true,
        updatedAt: meta.updatedAt,
        updatedBy: SYSTEM_AUTHOR,
      });
      return true;
    }),
  );
}

export type ConditionFields = {
  name: string;
  description: string;
  criteria: ConditionCriteria;
  appliesFromAge?: number;
};

export async function addCondition(fields: ConditionFields): Promise<Condition> {
  return guarded(() =>
    db().transaction('rw', db().conditions, db().settings, async () => {
      const last = await db().conditions.orderBy('order').last();
      const condition: Condition = {
        id: createId<ConditionId>(),
        name: fields.name.trim(),
        description: fields.description.trim(),
        criteria: fields.criteria,
        order: (last?.order ?? -1) + 1,
        retired: false,
        ...createMeta(await currentActor()),
      };
      if (fields.appliesFromAge !== undefined) condition.appliesFromAge = fields.appliesFromAge;
      await db().conditions.add(condition);
      return condition;
    }),
  );
}

async function patchCondition(id: ConditionId, patch: Partial<Condition>): Promise<Condition> {
  return guarded(() =>
    db().transaction('rw', db().conditions, db().settings, async () => {
      const existing = await db().conditions.get(id);
      if (!existing) throw new StorageError('notFound');
      const next: Condition = {
        ...existing,
        ...patch,
        updatedAt: nowIso(),
        updatedBy: await currentActor(),
      };
      if (patch.appliesFromAge === undefined && 'appliesFromAge' in patch)
        delete next.appliesFromAge;
      await db().conditions.put(next);
      return next;
    }),
  );
}

export function updateCondition(id: ConditionId, fields: ConditionFields): Promise<Condition> {
  return patchCondition(id, {
    name: fields.name.trim(),
    description: fields.description.trim(),
    criteria: fields.criteria,
    appliesFromAge: fields.appliesFromAge,
  });
}

/** Retired conditions leave the board but keep their history; they are never deleted. */
export function setConditionRetired(id: ConditionId, retired: boolean): Promise<Condition> {
  return patchCondition(id, { retired });
}

/** Saves a new order for the given ids (all conditions, active and retired). */
export async function reorderConditions(orderedIds: readonly ConditionId[]): Promise<void> {
  await guarded(() =>
    db().transaction('rw', db().conditions, db().settings, async () => {
      const actor = await currentActor();
      const at = nowIso();
      const all = await db().conditions.toArray();
      const position = new Map(orderedIds.map((id, index) => [id, index]));
      const changed = all
        .map((condition) => ({
          condition,
          order: position.get(condition.id) ?? orderedIds.length + condition.order,
        }))
        .filter(({ condition, order }) => condition.order !== order)
        .map(({ condition, order }) => ({ ...condition, order, updatedAt: at, updatedBy: actor }));
      await db().conditions.bulkPut(changed);
    }),
  );
}
