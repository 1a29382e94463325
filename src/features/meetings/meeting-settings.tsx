import { useState, type FormEvent } from 'react';
import { isIsoDate } from '@/domain/dates';
import type { IsoWeekday, MeetingCadence, WeekOfMonth } from '@/domain/meetings';
import { updateSettings } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { tm } from '@/i18n/meetings';
import { SelectField, TextField } from '@/ui/fields';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useCadence } from './use-meetings';

const WEEKS: WeekOfMonth[] = [1, 2, 3, 4, -1];
const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Settings section: when the monthly and the six-weekly meetings are due. */
export function MeetingSettings() {
  const cadence = useCadence();
  return (
    <section className="form-card meeting-settings" aria-labelledby="meeting-settings-title">
      <h2 id="meeting-settings-title">{tm.settingsHeading}</h2>
      <p className="muted">{tm.settingsIntro}</p>
      {cadence ? (
        <CadenceForm key={JSON.stringify(cadence)} cadence={cadence} />
      ) : (
        <p className="muted" role="status">
          {tm.loading}
        </p>
      )}
    </section>
  );
}

function CadenceForm({ cadence }: { cadence: MeetingCadence }) {
  const [week, setWeek] = useState<WeekOfMonth>(cadence.caseReview.week);
  const [weekday, setWeekday] = useState<IsoWeekday>(cadence.caseReview.weekday);
  const [startDate, setStartDate] = useState(cadence.municipalReview.startDate);
  const [interval, setIntervalText] = useState(String(cadence.municipalReview.intervalWeeks));
  const [errors, setErrors] = useState<{ startDate?: string; interval?: string }>({});
  const showToast = useUiStore((state) => state.showToast);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!startDate) next.startDate = t.errors.required;
    else if (!isIsoDate(startDate)) next.startDate = t.errors.invalidDate;
    const weeks = Number(interval);
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 26) next.interval = tm.intervalError;
    setErrors(next);
    if (Object.keys(next).length) return;
    const saved = await runWrite(() =>
      updateSettings({
        meetingCadence: {
          caseReview: { week, weekday },
          municipalReview: { startDate, intervalWeeks: weeks },
        },
      }),
    );
    if (saved) showToast({ message: tm.cadenceSaved });
  };

  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>{tm.caseReviewCadence}</legend>
        <div className="field-row">
          <SelectField
            label={tm.week}
            value={String(week)}
            onChange={(event) => setWeek(Number(event.target.value) as WeekOfMonth)}
          >
            {WEEKS.map((value) => (
              <option key={value} value={value}>
                {tm.weeks[`${value}`]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={tm.weekday}
            value={String(weekday)}
            onChange={(event) => setWeekday(Number(event.target.value) as IsoWeekday)}
          >
            {WEEKDAYS.map((value) => (
              <option key={value} value={value}>
                {tm.weekdays[`${value}`]}
              </option>
            ))}
          </SelectField>
        </div>
        <p className="muted">{tm.cadenceSummary(tm.weeks[`${week}`], tm.weekdays[`${weekday}`])}</p>
      </fieldset>
      <fieldset>
        <legend>{tm.municipalCadence}</legend>
        <div className="field-row">
          <TextField
            label={tm.startDate}
            type="date"
            value={startDate}
            error={errors.startDate}
            onChange={(event) => setStartDate(event.target.value)}
          />
          <TextField
            label={tm.intervalWeeks}
            type="number"
            min={1}
            max={26}
            inputMode="numeric"
            value={interval}
            error={errors.interval}
            onChange={(event) => setIntervalText(event.target.value)}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t.actions.save}
        </button>
      </div>
    </form>
  );
}
