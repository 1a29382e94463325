import type { Condition, ConditionCriteria, DefaultConditionKey } from './types';
import { DEFAULT_CONDITION_KEYS } from './types';

/** The age floor of default conditions: 18+ planning starts at 16 (domain.md). */
export const DEFAULT_APPLIES_FROM_AGE: Partial<Record<DefaultConditionKey, number>> = {
  transition18: 16,
};

export type ConditionText = { name: string; description: string; criteria: ConditionCriteria };

/** Default conditions in their default order; the texts come from the dictionary. */
export function defaultConditionSpecs(texts: Record<DefaultConditionKey, ConditionText>) {
  return DEFAULT_CONDITION_KEYS.map((key, order) => ({
    key,
    order,
    appliesFromAge: DEFAULT_APPLIES_FROM_AGE[key],
    ...texts[key],
  }));
}
export type ConditionSpec = ReturnType<typeof defaultConditionSpecs>[number];

export function activeConditions(conditions: readonly Condition[]): Condition[] {
  return conditions.filter((condition) => !condition.retired).sort((a, b) => a.order - b.order);
}

export type ConditionErrorCode = 'required' | 'duplicate' | 'tooLong';

export function validateConditionName(
  name: string,
  others: readonly Condition[],
): ConditionErrorCode | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > 40) return 'tooLong';
  const lower = trimmed.toLocaleLowerCase('nl');
  if (others.some((other) => other.name.trim().toLocaleLowerCase('nl') === lower))
    return 'duplicate';
  return undefined;
}

/** Moves one item in an ordered list; used by drag and drop and by the keyboard buttons. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved);
  return next;
}
