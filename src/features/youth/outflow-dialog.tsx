import { useState } from 'react';
import { registerOutflow, undoOutflow } from '@/db/youth-repository';
import { toIsoDate } from '@/domain/dates';
import { PERSPECTIVES, type Perspective, type Youth } from '@/domain/types';
import { hasErrors, validateOutflow, type OutflowDraft } from '@/domain/youth';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { SelectField, TextField } from '@/ui/fields';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useDialogForm } from '@/ui/use-dialog-form';

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
  const showToast = useUiStore((state) => state.showToast);
  const { ref, errors, busy, submit } = useDialogForm({
    check: () => {
      const found = validateOutflow(draft, youth, today);
      if (hasErrors(found)) return { errors: found };
      return { errors: found, value: draft.actualDestination as Perspective };
    },
    write: (destination) => registerOutflow(youth.id, draft.leftOn, destination),
    onSaved: (saved) => {
      onClose();
      showToast({
        message: o.done(saved.initials),
        action: { label: t.actions.undo, run: () => void runWrite(() => undoOutflow(saved.id)) },
      });
    },
  });

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
        <DialogFooter onCancel={onClose} submitLabel={o.submit} busy={busy} />
      </form>
    </Dialog>
  );
}
