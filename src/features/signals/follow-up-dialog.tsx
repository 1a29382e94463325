import { useId, useState } from 'react';
import { saveOutflowCheck } from '@/db/outflow-check-repository';
import { isIsoDate } from '@/domain/dates';
import type { FollowUpMonths } from '@/domain/signals';
import type { Youth } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { TextAreaField, TextField } from '@/ui/fields';
import { useUiStore } from '@/ui/store';
import { useDialogForm } from '@/ui/use-dialog-form';

const f = t.signals.followUp;

type Answer = '' | 'yes' | 'no';

function YesNo({
  legend,
  value,
  error,
  onChange,
  autoFocus,
  noLabel = f.no,
}: {
  legend: string;
  value: Answer;
  error?: string;
  onChange: (value: Answer) => void;
  autoFocus?: boolean;
  noLabel?: string;
}) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={`field yes-no${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {(['yes', 'no'] as const).map((option, index) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            data-invalid={error ? 'true' : undefined}
            data-autofocus={autoFocus && index === 0 ? true : undefined}
            onChange={() => onChange(option)}
          />
          {option === 'yes' ? f.yes : noLabel}
        </label>
      ))}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The answer to a follow-up check: did outflow last? */
export function FollowUpDialog({
  youth,
  monthsAfter,
  today,
  onClose,
}: {
  youth: Youth;
  monthsAfter: FollowUpMonths;
  today: string;
  onClose: () => void;
}) {
  const [checkedOn, setCheckedOn] = useState(today);
  const [reached, setReached] = useState<Answer>('');
  const [still, setStill] = useState<Answer>('');
  const [back, setBack] = useState<Answer>('');
  const [note, setNote] = useState('');
  const showToast = useUiStore((state) => state.showToast);
  const { ref, errors, busy, submit } = useDialogForm({
    check: () => {
      const found: Record<string, string> = {};
      if (!checkedOn) found.checkedOn = t.errors.required;
      else if (!isIsoDate(checkedOn)) found.checkedOn = t.errors.invalidDate;
      else if (checkedOn > today) found.checkedOn = t.errors.inFuture;
      if (!reached) found.reached = f.chooseReached;
      // Not reached: the place and back-in-care questions stay unknown, not "no".
      if (reached === 'yes' && !still) found.still = f.chooseAnswer;
      if (reached === 'yes' && !back) found.back = f.chooseAnswer;
      if (note.length > 1000) found.note = t.errors.tooLong;
      if (Object.keys(found).length > 0) return { errors: found };
      return {
        errors: found,
        value: {
          youthId: youth.id,
          monthsAfter,
          checkedOn,
          reached: reached === 'yes',
          stillInIntendedPlace: reached === 'yes' && still === 'yes',
          backInCare: reached === 'yes' && back === 'yes',
          note,
        },
      };
    },
    write: saveOutflowCheck,
    onSaved: () => {
      onClose();
      showToast({ message: f.saved(youth.initials, monthsAfter) });
    },
  });

  return (
    <Dialog open title={f.dialogTitle(youth.initials, monthsAfter)} onClose={onClose}>
      <form ref={ref} onSubmit={submit} noValidate>
        <p>
          {youth.actualDestination
            ? f.intendedPlace(t.perspective[youth.actualDestination])
            : f.noIntendedPlace}
        </p>
        <YesNo
          legend={f.reached}
          value={reached}
          error={errors.reached}
          onChange={setReached}
          noLabel={f.reachedNo}
          autoFocus
        />
        {reached === 'no' && <p className="muted">{f.notReachedNote}</p>}
        {reached === 'yes' && (
          <>
            <YesNo legend={f.stillInPlace} value={still} error={errors.still} onChange={setStill} />
            <YesNo legend={f.backInCare} value={back} error={errors.back} onChange={setBack} />
          </>
        )}
        <TextField
          label={f.checkedOn}
          type="date"
          max={today}
          required
          value={checkedOn}
          error={errors.checkedOn}
          onChange={(event) => setCheckedOn(event.target.value)}
        />
        <TextAreaField
          label={f.note}
          value={note}
          rows={3}
          error={errors.note}
          onChange={(event) => setNote(event.target.value)}
        />
        <DialogFooter onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
