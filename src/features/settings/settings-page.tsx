import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent, type ReactNode } from 'react';
import { nameError } from '@/domain/identity';
import { forgetAudience, getSettings, updateSettings } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { useCapability } from '@/ui/capability';
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
    // The same rule as the first-use question: "Onbekend" is no name, nor is a blank.
    const problem = nameError(name);
    if (problem) return setError(t.identity.errors[problem]);
    setError(undefined);
    if (await runWrite(() => updateSettings({ userName: name.trim() })))
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

/**
 * A municipality's device, set up so by mistake: forget the answer and the
 * first-use question comes back (it is the device's own setting, not board data).
 */
function MunicipalityDevice() {
  return (
    <section className="form-card" aria-labelledby="device-title">
      <h2 id="device-title">{t.settings.deviceTitle}</h2>
      <p>{t.settings.municipalityDevice}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void runWrite(forgetAudience)}>
          {t.settings.notMunicipality}
        </button>
      </div>
    </section>
  );
}

/** The settings page; other features' settings sections are passed in by the app. */
export function SettingsPage({ children }: { children?: ReactNode }) {
  const settings = useLiveQuery(getSettings, []);
  const capability = useCapability();
  return (
    <section className="settings-page">
      <h1>{t.settings.title}</h1>
      {capability.readOnlyBecause === 'municipality' && <MunicipalityDevice />}
      {capability.readOnlyBecause === 'review' && <p>{t.settings.readOnlyText}</p>}
      {capability.write && settings && (
        <UserNameForm key={settings.updatedAt} initial={settings.userName} />
      )}
      {children}
      {capability.write && (
        <div className="form-card">
          <h2>{t.settings.conditionsTitle}</h2>
          <p>{t.settings.conditionsText}</p>
          <Link to={paths.conditions()}>{t.settings.conditionsLink}</Link>
        </div>
      )}
      <div className="form-card">
        <h2>{t.settings.storageTitle}</h2>
        <p>{t.settings.storageText}</p>
      </div>
    </section>
  );
}
