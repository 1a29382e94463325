import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { getSettings, updateSettings } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { tr } from '@/i18n/review';
import { TextField } from '@/ui/fields';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';

const r = tr;

/** The provider's name printed on reports; rendered on the settings page by the app. */
export function ReviewSettings() {
  const settings = useLiveQuery(getSettings, []);
  if (!settings) return null;
  return (
    <ProviderNameForm key={settings.providerName ?? ''} initial={settings.providerName ?? ''} />
  );
}

function ProviderNameForm({ initial }: { initial: string }) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string>();
  const showToast = useUiStore((state) => state.showToast);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length > 80) return setError(t.errors.tooLong);
    setError(undefined);
    if (await runWrite(() => updateSettings({ providerName: trimmed })))
      showToast({ message: r.settingsSaved });
  };
  return (
    <section className="form-card" aria-labelledby="review-settings-title">
      <h2 id="review-settings-title">{r.settingsTitle}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          label={r.providerName}
          hint={r.providerNameHint}
          value={name}
          error={error}
          autoComplete="organization"
          onChange={(event) => setName(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t.actions.save}
          </button>
        </div>
      </form>
    </section>
  );
}
