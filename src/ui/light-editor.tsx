import { useId, useState, type FormEvent } from 'react';
import { editorStart } from '@/domain/carry-over';
import { lightInputBreaks } from '@/domain/light-input';
import {
  ACTION_OWNER_ROLES,
  type ActionOwnerRole,
  type Assessment,
  type Condition,
  type DiscussedWithYouth,
  type LightColour,
  type LightInput,
} from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { Dialog } from './dialog';
import { DialogFooter } from './dialog-footer';
import { SelectField, TextAreaField, TextField } from './fields';
import { Stoplight } from './stoplight';

const COLOURS: LightColour[] = ['red', 'amber', 'green', 'notApplicable'];
const DISCUSSED: DiscussedWithYouth[] = ['agreed', 'disagreed', 'notDiscussed'];

export type LightEditorProps = {
  open: boolean;
  youthLabel: string;
  condition: Condition;
  current?: Assessment;
  /** Colour to start with, e.g. when the editor opens right after a key press. */
  initialColour?: LightColour;
  onSave: (input: LightInput) => void | Promise<void>;
  onClose: () => void;
};

/**
 * Sets one light with its reason, action, owner and due date. The written
 * criteria of each colour stand next to it, so two coordinators colour the
 * same situation the same way.
 */
export function LightEditor(props: LightEditorProps) {
  if (!props.open) return null;
  return <LightEditorForm {...props} />;
}

function LightEditorForm({
  youthLabel,
  condition,
  current,
  initialColour,
  onSave,
  onClose,
}: LightEditorProps) {
  const startColour: LightColour | '' =
    initialColour ?? (current && current.colour !== 'unassessed' ? current.colour : '');
  // The same carry-over rule as a one-key change: another colour starts without the old reason.
  const start = editorStart(current, startColour);
  const [colour, setColour] = useState<LightColour | ''>(startColour);
  const [reason, setReason] = useState(start.reason ?? '');
  const [action, setAction] = useState(start.action ?? '');
  const [actionOwner, setActionOwner] = useState(start.actionOwner ?? '');
  const [actionOwnerRole, setActionOwnerRole] = useState<ActionOwnerRole | ''>(
    start.actionOwnerRole ?? '',
  );
  const [dueDate, setDueDate] = useState(start.dueDate ?? '');
  const [discussed, setDiscussed] = useState<DiscussedWithYouth>(
    start.discussedWithYouth ?? 'notDiscussed',
  );
  const [wordsTouched, setWordsTouched] = useState(false);
  const chooseColour = (value: LightColour) => {
    setColour(value);
    if (wordsTouched) return;
    const next = editorStart(current, value);
    setReason(next.reason ?? '');
    setDiscussed(next.discussedWithYouth ?? 'notDiscussed');
  };
  const previousReason =
    current?.reason.trim() && reason !== current.reason && colour !== current.colour
      ? current.reason
      : undefined;
  const [errors, setErrors] = useState<{
    colour?: string;
    dueDate?: string;
    reason?: string;
    action?: string;
    actionOwner?: string;
    actionOwnerRole?: string;
  }>({});
  const [saving, setSaving] = useState(false);
  const colourLegendId = useId();
  const descriptionId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const nextErrors: typeof errors = {};
    if (!colour) nextErrors.colour = t.lightEditor.chooseColour;
    // The same rule the repository holds a light to (and a backup): what is saved can be restored.
    const role = actionOwnerRole || undefined;
    const input = { colour: 'red' as const, reason, action, actionOwner, dueDate };
    for (const field of lightInputBreaks({ ...input, actionOwnerRole: role }))
      nextErrors[field] =
        field === 'dueDate'
          ? t.errors.invalidDate
          : field === 'actionOwnerRole'
            ? t.errors.unknownOption
            : t.errors.tooLong;
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length || !colour) return;
    setSaving(true);
    try {
      await onSave({
        colour,
        reason,
        action,
        actionOwner,
        ...(role ? { actionOwnerRole: role } : {}),
        dueDate: dueDate || undefined,
        discussedWithYouth: discussed,
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      title={t.lightEditor.title(youthLabel, condition.name)}
      onClose={onClose}
      className="light-editor"
      describedBy={descriptionId}
    >
      <form onSubmit={submit} noValidate>
        <p id={descriptionId} className="muted">
          {condition.description}
        </p>
        <fieldset
          className="colour-choice"
          aria-describedby={errors.colour ? `${colourLegendId}-error` : undefined}
        >
          <legend id={colourLegendId}>{t.lightEditor.colour}</legend>
          {COLOURS.map((value) => (
            <label key={value} className={`colour-option colour-option-${value}`}>
              <input
                type="radio"
                name="colour"
                value={value}
                data-autofocus={colour === value || (!colour && value === 'red') ? true : undefined}
                checked={colour === value}
                onChange={() => chooseColour(value)}
              />
              <Stoplight state={value} />
              <span>
                <strong>{t.light[value]}</strong>
                <span className="criterion">
                  {value === 'notApplicable'
                    ? t.lightEditor.notApplicableCriterion
                    : condition.criteria[value]}
                </span>
              </span>
            </label>
          ))}
          {errors.colour && (
            <p className="field-error" id={`${colourLegendId}-error`}>
              {errors.colour}
            </p>
          )}
        </fieldset>
        <TextAreaField
          label={t.lightEditor.reason}
          value={reason}
          error={errors.reason}
          rows={2}
          hint={
            previousReason
              ? t.lightEditor.previousReason(
                  t.light[current?.colour ?? 'unassessed'],
                  previousReason,
                )
              : undefined
          }
          onChange={(e) => {
            setWordsTouched(true);
            setReason(e.target.value);
          }}
        />
        {current?.actionFrom && action === current.action && (
          <p className="muted light-editor-carried">{t.lightEditor.actionCarried}</p>
        )}
        <div className="field-row">
          <TextField
            label={t.lightEditor.action}
            value={action}
            error={errors.action}
            onChange={(e) => setAction(e.target.value)}
          />
          <TextField
            label={t.lightEditor.owner}
            value={actionOwner}
            error={errors.actionOwner}
            onChange={(e) => setActionOwner(e.target.value)}
          />
          <SelectField
            label={t.lightEditor.ownerRole}
            hint={t.lightEditor.ownerRoleHint}
            value={actionOwnerRole}
            error={errors.actionOwnerRole}
            onChange={(e) => setActionOwnerRole(e.target.value as ActionOwnerRole | '')}
          >
            <option value="">{t.lightEditor.noOwnerRole}</option>
            {ACTION_OWNER_ROLES.map((value) => (
              <option key={value} value={value}>
                {t.ownerRole[value]}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.lightEditor.dueDate}
            type="date"
            value={dueDate}
            error={errors.dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
        </div>
        <fieldset className="discussed-choice">
          <legend>{t.lightEditor.discussed}</legend>
          {DISCUSSED.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="discussed"
                value={value}
                checked={discussed === value}
                onChange={() => {
                  setWordsTouched(true);
                  setDiscussed(value);
                }}
              />
              {t.discussed[value]}
            </label>
          ))}
        </fieldset>
        <DialogFooter onCancel={onClose} busy={saving} />
      </form>
    </Dialog>
  );
}
