import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { toIsoDate } from '@/domain/dates';
import { PERSPECTIVES, PLACEMENT_TYPES } from '@/domain/types';
import {
  hasErrors,
  validateYouth,
  youthFieldsFromDraft,
  type YouthDraft,
  type YouthErrors,
  type YouthFields,
} from '@/domain/youth';
import { t } from '@/i18n/dictionary';
import { SelectField, TextAreaField, TextField } from '@/ui/fields';
import { Link } from '@/ui/router';
import { useFocusFirstInvalid } from '@/ui/use-focus-first-invalid';
import { useSuggestions } from './use-youth-data';

type YouthFormProps = {
  initial: YouthDraft;
  cancelTo: string;
  onSave: (fields: YouthFields) => Promise<void>;
};

const f = t.youth.fields;

/** One form for a new and an existing young person; nothing is written while it is invalid. */
export function YouthForm({ initial, cancelTo, onSave }: YouthFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<YouthErrors>({});
  const [saving, setSaving] = useState(false);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const suggestions = useSuggestions();
  const listIds = { municipality: useId(), location: useId(), coordinator: useId() };
  const today = toIsoDate(new Date());

  const bind = (key: keyof YouthDraft) => {
    const code = errors[key];
    return {
      name: key,
      value: draft[key],
      error: code && t.errors[code],
      onChange: (
        event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>,
      ) => {
        const value = event.target.value;
        setDraft((current) => ({ ...current, [key]: value }));
      },
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateYouth(draft, today);
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      await onSave(youthFieldsFromDraft(draft));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={ref} className="form-card" onSubmit={submit} noValidate>
      <p className="muted">{t.youth.form.requiredNote}</p>
      <fieldset>
        <legend>{t.youth.form.person}</legend>
        <div className="field-row">
          <TextField
            label={f.initials}
            hint={f.initialsHint}
            required
            autoComplete="off"
            autoFocus
            {...bind('initials')}
          />
          <TextField label={f.clientNumber} autoComplete="off" {...bind('clientNumber')} />
          <TextField label={f.birthDate} type="date" max={today} required {...bind('birthDate')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.youth.form.placement}</legend>
        <div className="field-row">
          <TextField
            label={f.municipality}
            hint={f.municipalityHint}
            list={listIds.municipality}
            required
            {...bind('municipality')}
          />
          <TextField label={f.location} list={listIds.location} required {...bind('location')} />
          <SelectField label={f.placementType} required {...bind('placementType')}>
            {PLACEMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t.placementType[type]}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="field-row">
          <TextField
            label={f.placementStart}
            type="date"
            max={today}
            required
            {...bind('placementStart')}
          />
          <TextField label={f.plannedEnd} type="date" {...bind('plannedEnd')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.youth.form.direction}</legend>
        <div className="field-row">
          <SelectField label={f.perspective} {...bind('perspective')}>
            {/* "Nog onbekend" is the empty choice: 'onbekend' is stored as no perspective. */}
            <option value="">{t.perspective.onbekend}</option>
            {PERSPECTIVES.filter((perspective) => perspective !== 'onbekend').map((perspective) => (
              <option key={perspective} value={perspective}>
                {t.perspective[perspective]}
              </option>
            ))}
          </SelectField>
          <TextField label={f.coordinator} list={listIds.coordinator} {...bind('coordinator')} />
          <TextField label={f.procesregie} hint={f.procesregieHint} {...bind('procesregie')} />
        </div>
      </fieldset>
      <TextAreaField label={f.notes} hint={f.notesHint} rows={3} {...bind('notes')} />
      <Suggestions id={listIds.municipality} values={suggestions.municipality} />
      <Suggestions id={listIds.location} values={suggestions.location} />
      <Suggestions id={listIds.coordinator} values={suggestions.coordinator} />
      <div className="form-actions">
        <Link to={cancelTo} className="button">
          {t.actions.cancel}
        </Link>
        <button type="submit" className="button button-primary" disabled={saving}>
          {t.actions.save}
        </button>
      </div>
    </form>
  );
}

function Suggestions({ id, values }: { id: string; values: string[] }) {
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  );
}
