import { validateConditionName } from '@/domain/conditions';
import { TEXT_MAX } from '@/domain/text-limits';
import type { Condition } from '@/domain/types';
import type { ConditionFields } from '@/db/condition-repository';
import { t } from '@/i18n/dictionary';
import { tc } from '@/i18n/conditions';

/** What the person typed; the age stays text so "16a" can be told apart from empty. */
export type ConditionFormValues = {
  name: string;
  description: string;
  red: string;
  amber: string;
  green: string;
  appliesFromAge: string;
};

export type ConditionFormErrors = Partial<Record<keyof ConditionFormValues, string>>;

export const MAX_APPLIES_FROM_AGE = 27;

export function formValuesOf(condition?: Condition): ConditionFormValues {
  return {
    name: condition?.name ?? '',
    description: condition?.description ?? '',
    red: condition?.criteria.red ?? '',
    amber: condition?.criteria.amber ?? '',
    green: condition?.criteria.green ?? '',
    appliesFromAge: condition?.appliesFromAge?.toString() ?? '',
  };
}

/**
 * Checks the form against the other conditions (retired ones included, so a
 * retired "Wonen" is not silently duplicated) and returns either Dutch messages
 * per field or the fields to save.
 */
export function checkConditionForm(
  values: ConditionFormValues,
  others: readonly Condition[],
): { errors: ConditionFormErrors; fields?: ConditionFields } {
  const errors: ConditionFormErrors = {};
  const nameError = validateConditionName(values.name, others);
  if (nameError === 'duplicate') {
    const lower = values.name.trim().toLocaleLowerCase('nl');
    const match = others.find((other) => other.name.trim().toLocaleLowerCase('nl') === lower);
    errors.name = match?.retired ? tc.form.duplicateRetired : tc.form.nameErrors.duplicate;
  } else if (nameError) {
    errors.name = tc.form.nameErrors[nameError];
  }
  for (const colour of ['red', 'amber', 'green'] as const) {
    if (!values[colour].trim()) errors[colour] = tc.form.criterionRequired[colour];
    // The same limits a backup holds a condition to (domain/text-limits.ts).
    else if (values[colour].trim().length > TEXT_MAX.long) errors[colour] = t.errors.tooLong;
  }
  if (values.description.trim().length > TEXT_MAX.long) errors.description = t.errors.tooLong;
  const age = values.appliesFromAge.trim();
  let appliesFromAge: number | undefined;
  if (age) {
    appliesFromAge = /^\d{1,2}$/.test(age) ? Number(age) : Number.NaN;
    if (!(appliesFromAge >= 0 && appliesFromAge <= MAX_APPLIES_FROM_AGE))
      errors.appliesFromAge = tc.form.ageInvalid;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    fields: {
      name: values.name.trim(),
      description: values.description.trim(),
      criteria: { red: values.red.trim(), amber: values.amber.trim(), green: values.green.trim() },
      appliesFromAge,
    },
  };
}
