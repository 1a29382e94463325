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

/**
 * Now, or one millisecond after `previous` when the clock has not moved past
 * it. A cell's newest assessment is its current light, so an assessment
 * written after another must sort after it: also within the same millisecond,
 * and when the computer's clock was set back in between.
 */
export function nowAfter(previous: string | undefined): string {
  const now = nowIso();
  const last = previous === undefined ? Number.NaN : Date.parse(previous);
  if (Number.isNaN(last) || Date.parse(now) > last) return now;
  return new Date(last + 1).toISOString();
}

export function createId<T extends string>(): T {
  return newId<T>(clock.uuid);
}

export function createMeta(actor: string, at = nowIso()): RecordMeta {
  return { createdAt: at, updatedAt: at, updatedBy: actor };
}
