import { useState, type FormEvent, type ReactNode } from 'react';
import { TEXT_MAX } from '@/domain/text-limits';
import { isIsoDate } from '@/domain/dates';
import type { AgendaScope } from '@/domain/meetings';
import { DEFAULT_MUNICIPAL_REVIEW_TIME } from '@/domain/meetings-ics';
import { isLocalTime } from '@/domain/record-rules';
import type { MeetingType } from '@/domain/meeting-types';
import type { MeetingFields } from '@/db/meeting-repository';
import { t } from '@/i18n/dictionary';
import { tm } from '@/i18n/meetings';
import { SelectField, TextAreaField, TextField } from '@/ui/fields';
import { AgendaScopeFields, type ScopeOptions } from './agenda-scope-fields';

const TYPES: MeetingType[] = ['caseReview', 'municipalReview'];

type Errors = {
  date?: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  municipalities?: string;
  chair?: string;
  attendees?: string;
  notes?: string;
};

type MeetingDetailsFormProps = {
  initial: MeetingFields;
  /** Municipalities of the young people on the board, to choose from. */
  municipalityOptions: readonly string[];
  submitLabel: string;
  /** When the type changes, e.g. to suggest the next date of that type. */
  suggestDate?: (type: MeetingType) => string;
  /** The proposal's scope is chosen with the fields; it limits the agenda, it is not stored. */
  onSubmit: (fields: MeetingFields, scope: AgendaScope) => Promise<boolean | void>;
  extraActions?: ReactNode;
  showNotes?: boolean;
  /** When planning: offer to limit a case review's proposed agenda to a location or coordinator. */
  scopeOptions?: ScopeOptions;
};

function splitNames(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The optional times: both empty, a start alone, or a start and a later end on the same day. */
function timeErrors(startTime: string, endTime: string): Pick<Errors, 'startTime' | 'endTime'> {
  const errors: Pick<Errors, 'startTime' | 'endTime'> = {};
  if (startTime && !isLocalTime(startTime)) errors.startTime = tm.timeError.invalid;
  if (endTime && !isLocalTime(endTime)) errors.endTime = tm.timeError.invalid;
  if (errors.startTime || errors.endTime) return errors;
  if (endTime && !startTime) errors.endTime = tm.timeError.endWithoutStart;
  // `HH:mm` strings compare as times.
  else if (startTime && endTime && endTime <= startTime)
    errors.endTime = tm.timeError.endBeforeStart;
  return errors;
}

/** Type, date and time, place, chair, attendees and — for a municipal review — the municipalities. */
export function MeetingDetailsForm({
  initial,
  municipalityOptions,
  submitLabel,
  suggestDate,
  onSubmit,
  extraActions,
  showNotes = false,
  scopeOptions,
}: MeetingDetailsFormProps) {
  const [type, setType] = useState<MeetingType>(initial.type);
  const [date, setDate] = useState(initial.date);
  const [startTime, setStartTime] = useState(initial.startTime ?? '');
  const [endTime, setEndTime] = useState(initial.endTime ?? '');
  const [place, setPlace] = useState(initial.place ?? '');
  const [chair, setChair] = useState(initial.chair);
  const [attendees, setAttendees] = useState(initial.attendees.join(', '));
  const [municipalities, setMunicipalities] = useState<string[]>(initial.municipalities);
  const [notes, setNotes] = useState(initial.notes ?? '');
  const [scope, setScope] = useState<AgendaScope>({});
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Errors = {};
    if (!date) next.date = t.errors.required;
    else if (!isIsoDate(date)) next.date = t.errors.invalidDate;
    Object.assign(next, timeErrors(startTime.trim(), endTime.trim()));
    if (place.trim().length > TEXT_MAX.short) next.place = t.errors.tooLong;
    if (type === 'municipalReview' && municipalities.length === 0)
      next.municipalities = tm.chooseMunicipality;
    // The same limits a backup holds a meeting to (domain/text-limits.ts).
    if (chair.trim().length > TEXT_MAX.short) next.chair = t.errors.tooLong;
    if (splitNames(attendees).some((name) => name.length > TEXT_MAX.short))
      next.attendees = t.errors.tooLong;
    if (notes.trim().length > TEXT_MAX.minutes) next.notes = t.errors.tooLong;
    setErrors(next);
    if (Object.keys(next).length) {
      const form = event.currentTarget;
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setSaving(true);
    try {
      await onSubmit(
        {
          type,
          date,
          startTime: startTime.trim(),
          endTime: endTime.trim(),
          place: place.trim(),
          chair,
          attendees: splitNames(attendees),
          municipalities,
          ...(showNotes ? { notes } : {}),
        },
        type === 'caseReview' ? scope : {},
      );
    } finally {
      setSaving(false);
    }
  };

  const toggleMunicipality = (name: string, on: boolean) =>
    setMunicipalities((current) =>
      on ? [...current, name] : current.filter((value) => value !== name),
    );

  return (
    <form onSubmit={submit} noValidate className="meeting-details-form">
      <div className="field-row">
        <SelectField
          label={tm.fields.type}
          value={type}
          onChange={(event) => {
            const value = event.target.value as MeetingType;
            setType(value);
            if (suggestDate) setDate(suggestDate(value));
            // A new municipal review proposes the usual morning slot; a time typed already stays.
            if (suggestDate && value === 'municipalReview' && !startTime && !endTime) {
              setStartTime(DEFAULT_MUNICIPAL_REVIEW_TIME.startTime);
              setEndTime(DEFAULT_MUNICIPAL_REVIEW_TIME.endTime);
            }
          }}
        >
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {tm.type[value]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={tm.fields.date}
          type="date"
          required
          value={date}
          error={errors.date}
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      <div className="field-row">
        <TextField
          label={tm.fields.startTime}
          hint={tm.fields.timeHint}
          type="time"
          value={startTime}
          error={errors.startTime}
          onChange={(event) => setStartTime(event.target.value)}
        />
        <TextField
          label={tm.fields.endTime}
          type="time"
          value={endTime}
          error={errors.endTime}
          onChange={(event) => setEndTime(event.target.value)}
        />
        <TextField
          label={tm.fields.place}
          hint={tm.fields.placeHint}
          value={place}
          error={errors.place}
          maxLength={TEXT_MAX.short}
          onChange={(event) => setPlace(event.target.value)}
        />
      </div>
      <div className="field-row">
        <TextField
          label={tm.fields.chair}
          value={chair}
          error={errors.chair}
          autoComplete="off"
          onChange={(event) => setChair(event.target.value)}
        />
      </div>
      <TextField
        label={tm.fields.attendees}
        hint={tm.fields.attendeesHint}
        value={attendees}
        error={errors.attendees}
        autoComplete="off"
        onChange={(event) => setAttendees(event.target.value)}
      />
      {type === 'municipalReview' && (
        <fieldset
          className="meeting-municipalities"
          aria-describedby={errors.municipalities ? 'meeting-municipalities-error' : undefined}
        >
          <legend>{tm.fields.municipalities}</legend>
          {municipalityOptions.length === 0 && <p className="muted">{tm.noMunicipalities}</p>}
          {municipalityOptions.map((name) => (
            <label key={name} className="meeting-checkbox">
              <input
                type="checkbox"
                checked={municipalities.includes(name)}
                aria-invalid={errors.municipalities ? true : undefined}
                onChange={(event) => toggleMunicipality(name, event.target.checked)}
              />
              {name}
            </label>
          ))}
          {errors.municipalities && (
            <p className="field-error" id="meeting-municipalities-error">
              {errors.municipalities}
            </p>
          )}
        </fieldset>
      )}
      {type === 'caseReview' && scopeOptions && (
        <AgendaScopeFields options={scopeOptions} scope={scope} onChange={setScope} />
      )}
      {showNotes && (
        <TextAreaField
          label={tm.fields.notes}
          value={notes}
          error={errors.notes}
          rows={2}
          onChange={(event) => setNotes(event.target.value)}
        />
      )}
      <div className="form-actions">
        {extraActions}
        <button type="submit" className="button button-primary" disabled={saving}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
