import { newId } from '@/domain/ids';
import type { RecordMeta } from '@/domain/types';

/** The one place the data layer reads the clock, so tests can pin it. */
export const clock = {
  now: (): Date => new Date(),
  uuid: (): string => crypto.randomUUID(),
};

export function nowIso(): string {
  return clock.now().toISOString();
}

export function createId<T extends string>(): T {
  return newId<T>(clock.uuid);
}

export function createMeta(actor: string, at = nowIso()): RecordMeta {
  return { createdAt: at, updatedAt: at, updatedBy: actor };
}
