import { useState } from 'react';
import { replanAction, type ActionAssessment } from '@/db/action-repository';
import { isIsoDate } from '@/domain/dates';
import type { OpenAction } from '@/domain/signals';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { TextField } from '@/ui/fields';
import { formatDate } from '@/ui/format';
import { useDialogForm } from '@/ui/use-dialog-form';

const a = t.signals.actions;

/**
 * "Opnieuw plannen": a new due date (today or later) and, if needed, another
 * owner. The page says so in a toast that offers undo (`onReplanned`).
 */
export function ReplanDialog({
  action,
  today,
  onClose,
  onReplanned,
}: {
  action: OpenAction;
  today: string;
  onClose: () => void;
  onReplanned: (written: ActionAssessment, message: string) => void;
}) {
  const [dueDate, setDueDate] = useState('');
  const [owner, setOwner] = useState(action.light.actionOwner);
  const { ref, errors, busy, submit } = useDialogForm({
    check: () => {
      const found: { dueDate?: string; owner?: string } = {};
      if (!dueDate) found.dueDate = t.errors.required;
      else if (!isIsoDate(dueDate)) found.dueDate = t.errors.invalidDate;
      else if (dueDate < today) found.dueDate = a.dueDateInPast;
      if (owner.trim().length > 60) found.owner = t.errors.tooLong;
      const valid = !found.dueDate && !found.owner;
      return { errors: found, value: valid ? { dueDate, actionOwner: owner } : undefined };
    },
    write: (fields) => replanAction(action.youth.id, action.condition.id, action.light.id, fields),
    onSaved: (saved) => {
      onClose();
      onReplanned(saved, a.replanned(action.youth.initials, formatDate(dueDate)));
    },
  });

  return (
    <Dialog
      open
      title={a.replanTitle(action.youth.initials, action.condition.name)}
      onClose={onClose}
    >
      <form ref={ref} onSubmit={submit} noValidate>
        <p>{action.light.action}</p>
        <div className="field-row">
          <TextField
            label={a.newDueDate}
            data-autofocus
            type="date"
            min={today}
            required
            value={dueDate}
            error={errors.dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
          <TextField
            label={a.owner}
            value={owner}
            error={errors.owner}
            onChange={(event) => setOwner(event.target.value)}
          />
        </div>
        <DialogFooter onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
