import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { getSettings, updateSettings } from '@/db/settings-repository';
import {
  DEFAULT_SIGNAL_THRESHOLDS,
  resolveThresholds,
  THRESHOLD_KEYS,
  THRESHOLD_LIMITS,
  validateThresholds,
  type SignalThresholds,
  type ThresholdErrorCode,
} from '@/domain/signals';
import { t } from '@/i18n/dictionary';
import { TextField } from '@/ui/fields';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useFocusFirstInvalid } from '@/ui/use-focus-first-invalid';

type Draft = Record<keyof SignalThresholds, string>;

function toDraft(thresholds: SignalThresholds): Draft {
  return Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, String(thresholds[key])])) as Draft;
}

/** The thresholds of the signal rules, in the settings page. */
export function SignalSettings() {
  const settings = useLiveQuery(getSettings, []);
  if (!settings) return null;
  const thresholds = resolveThresholds(settings.signalThresholds);
  // Remount when the stored values change (another tab, or "standaardwaarden").
  return <ThresholdForm key={JSON.stringify(thresholds)} initial={thresholds} />;
}

function ThresholdForm({ initial }: { initial: SignalThresholds }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [errors, setErrors] = useState<Partial<Record<keyof SignalThresholds, ThresholdErrorCode>>>(
    {},
  );
  const showToast = useUiStore((state) => state.showToast);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const s = t.signals.settings;

  const save = async (value: SignalThresholds) => {
    if (await runWrite(() => updateSettings({ signalThresholds: value })))
      showToast({ message: s.saved });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateThresholds(draft);
    setErrors(result.errors);
    if (!result.value) {
      focusFirstInvalid();
      return;
    }
    await save(result.value);
  };

  return (
    <section className="form-card signal-settings" aria-labelledby="signal-settings-title">
      <h2 id="signal-settings-title">{s.title}</h2>
      <p>{s.intro}</p>
      <form ref={ref} onSubmit={submit} noValidate>
        <div className="threshold-grid">
          {THRESHOLD_KEYS.map((key) => {
            const { min, max } = THRESHOLD_LIMITS[key];
            const error = errors[key];
            return (
              <TextField
                key={key}
                label={s.labels[key]}
                hint={s.hint(min, max, DEFAULT_SIGNAL_THRESHOLDS[key])}
                inputMode="numeric"
                required
                value={draft[key]}
                error={error && s.errors[error]}
                onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
              />
            );
          })}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t.actions.save}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setErrors({});
              setDraft(toDraft(DEFAULT_SIGNAL_THRESHOLDS));
              void save(DEFAULT_SIGNAL_THRESHOLDS);
            }}
          >
            {s.reset}
          </button>
        </div>
      </form>
    </section>
  );
}
