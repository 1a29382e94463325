import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent, type ReactNode } from 'react';
import { getSettings, updateSettings } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { TextField } from '@/ui/fields';
import { Link, paths } from '@/ui/router';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';

function UserNameForm({ initial }: { initial: string }) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string>();
  const showToast = useUiStore((state) => state.showToast);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(t.errors.required);
    if (trimmed.length > 60) return setError(t.errors.tooLong);
    setError(undefined);
    if (await runWrite(() => updateSettings({ userName: trimmed })))
      showToast({ message: t.settings.saved });
  };
  return (
    <form className="form-card" onSubmit={submit} noValidate>
      <h2>{t.settings.userTitle}</h2>
      <TextField
        label={t.settings.userName}
        hint={t.settings.userNameHint}
        value={name}
        error={error}
        required
        autoComplete="name"
        onChange={(event) => setName(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t.actions.save}
        </button>
      </div>
    </form>
  );
}

/** The settings page; other features' settings sections are passed in by the app. */
export function SettingsPage({ children }: { children?: ReactNode }) {
  const settings = useLiveQuery(getSettings, []);
  return (
    <section className="settings-page">
      <h1>{t.settings.title}</h1>
      {settings && <UserNameForm key={settings.updatedAt} initial={settings.userName} />}
      {children}
      <div className="form-card">
        <h2>{t.settings.conditionsTitle}</h2>
        <p>{t.settings.conditionsText}</p>
        <Link to={paths.conditions()}>{t.settings.conditionsLink}</Link>
      </div>
      <div className="form-card">
        <h2>{t.settings.storageTitle}</h2>
        <p>{t.settings.storageText}</p>
      </div>
    </section>
  );
}
