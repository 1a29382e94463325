import { useState, type FormEvent } from 'react';
import { registerOutflow, undoOutflow } from '@/db/youth-repository';
import { toIsoDate } from '@/domain/dates';
import { PERSPECTIVES, type Perspective, type Youth } from '@/domain/types';
import { hasErrors, validateOutflow, type OutflowDraft, type OutflowErrors } from '@/domain/youth';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { SelectField, TextField } from '@/ui/fields';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useFocusFirstInvalid } from '@/ui/use-focus-first-invalid';

type OutflowDialogProps = { youth: Youth; open: boolean; onClose: () => void };

const o = t.youth.outflow;

export function OutflowDialog(props: OutflowDialogProps) {
  // Mounted only while open, so every opening starts from today's date.
  if (!props.open) return null;
  return <OutflowForm {...props} />;
}

function OutflowForm({ youth, onClose }: OutflowDialogProps) {
  const today = toIsoDate(new Date());
  const [draft, setDraft] = useState<OutflowDraft>({
    leftOn: today,
    actualDestination: youth.perspective ?? '',
  });
  const [errors, setErrors] = useState<OutflowErrors>({});
  const [saving, setSaving] = useState(false);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const showToast = useUiStore((state) => state.showToast);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateOutflow(draft, youth, today);
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    const destination = draft.actualDestination as Perspective;
    const saved = await runWrite(() => registerOutflow(youth.id, draft.leftOn, destination));
    setSaving(false);
    if (!saved) return;
    onClose();
    showToast({
      message: o.done(saved.initials),
      action: { label: t.actions.undo, run: () => void runWrite(() => undoOutflow(saved.id)) },
    });
  };

  return (
    <Dialog open title={o.title(youth.initials)} onClose={onClose}>
      <form ref={ref} onSubmit={submit} noValidate>
        <p>{o.intro}</p>
        <div className="field-row">
          <TextField
            label={o.leftOn}
            data-autofocus
            type="date"
            max={today}
            required
            value={draft.leftOn}
            error={errors.leftOn && t.errors[errors.leftOn]}
            onChange={(event) => setDraft({ ...draft, leftOn: event.target.value })}
          />
          <SelectField
            label={o.destination}
            required
            value={draft.actualDestination}
            error={errors.actualDestination && t.errors[errors.actualDestination]}
            onChange={(event) => setDraft({ ...draft, actualDestination: event.target.value })}
          >
            <option value="">{o.chooseDestination}</option>
            {PERSPECTIVES.map((perspective) => (
              <option key={perspective} value={perspective}>
                {t.perspective[perspective]}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t.actions.cancel}
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {o.submit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
