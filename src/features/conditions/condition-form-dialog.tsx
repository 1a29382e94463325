import { useState } from 'react';
import type { Condition } from '@/domain/types';
import type { ConditionFields } from '@/db/condition-repository';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { TextAreaField, TextField } from '@/ui/fields';
import { Stoplight } from '@/ui/stoplight';
import { useDialogForm } from '@/ui/use-dialog-form';
import { checkConditionForm, formValuesOf, type ConditionFormValues } from './condition-form';
import { useInitialFocus } from './use-initial-focus';
import { tc } from '@/i18n/conditions';

type ConditionFormDialogProps = {
  /** The condition to edit; absent when adding one. */
  condition?: Condition;
  /** Every condition, for the unique-name check. */
  conditions: readonly Condition[];
  /** Writes the fields; resolves false when the write failed, so the dialog stays open. */
  onSave: (fields: ConditionFields) => Promise<boolean>;
  onClose: () => void;
};

const CRITERIA = ['red', 'amber', 'green'] as const;

/** Add or edit one condition. Nothing is written while a field is invalid. */
export function ConditionFormDialog({
  condition,
  conditions,
  onSave,
  onClose,
}: ConditionFormDialogProps) {
  const [values, setValues] = useState<ConditionFormValues>(() => formValuesOf(condition));
  const { ref, errors, busy, submit } = useDialogForm({
    check: () => {
      const others = conditions.filter((other) => other.id !== condition?.id);
      const checked = checkConditionForm(values, others);
      return { errors: checked.errors, value: checked.fields };
    },
    // The page writes and closes the dialog; false keeps it open.
    write: onSave,
  });
  useInitialFocus(ref, 'input');

  const set = (field: keyof ConditionFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <Dialog
      open
      title={condition ? tc.form.editTitle(condition.name) : tc.form.addTitle}
      onClose={onClose}
      className="condition-form-dialog"
    >
      <form ref={ref} onSubmit={submit} noValidate>
        <TextField
          label={tc.form.name}
          required
          value={values.name}
          error={errors.name}
          hint={tc.form.nameHint}
          autoComplete="off"
          onChange={(event) => set('name')(event.target.value)}
        />
        <TextAreaField
          label={tc.form.description}
          value={values.description}
          hint={tc.form.descriptionHint}
          error={errors.description}
          rows={2}
          onChange={(event) => set('description')(event.target.value)}
        />
        <fieldset className="condition-criteria-fields">
          <legend>{tc.form.criteriaLegend}</legend>
          <p className="field-hint">{tc.form.criteriaHint}</p>
          {CRITERIA.map((colour) => (
            <TextAreaField
              key={colour}
              label={
                <span className="condition-criterion-label">
                  <Stoplight state={colour} />
                  {t.lightLong[colour]}
                </span>
              }
              required
              rows={2}
              value={values[colour]}
              error={errors[colour]}
              onChange={(event) => set(colour)(event.target.value)}
            />
          ))}
        </fieldset>
        <TextField
          label={tc.form.appliesFromAge}
          className="condition-age-input"
          inputMode="numeric"
          autoComplete="off"
          value={values.appliesFromAge}
          error={errors.appliesFromAge}
          hint={tc.form.appliesFromAgeHint}
          onChange={(event) => set('appliesFromAge')(event.target.value)}
        />
        <DialogFooter onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
