import { useState, type FormEvent } from 'react';
import { nameError, type Audience } from '@/domain/identity';
import { saveIdentity } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { TextField } from '@/ui/fields';
import { focusWhenShown, SHARE_FILE_INPUT_ID } from '@/ui/landing';
import { navigate } from '@/ui/router';
import { runWrite } from '@/ui/write';

const w = t.identity;

type Errors = { audience?: string; userName?: string; providerName?: string };

export function WelcomeForm({
  shareFilePath,
  initialName,
  initialProvider,
  initialAudience,
}: {
  shareFilePath: string;
  initialName: string;
  initialProvider: string;
  initialAudience?: Audience;
}) {
  const [audience, setAudience] = useState<Audience | undefined>(initialAudience);
  const [userName, setUserName] = useState(initialName);
  const [providerName, setProviderName] = useState(initialProvider);
  const [errors, setErrors] = useState<Errors>({});

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (audience === 'municipality') {
      if (await runWrite(() => saveIdentity({ audience: 'municipality' }))) {
        navigate(shareFilePath);
        focusWhenShown(SHARE_FILE_INPUT_ID);
      }
      return;
    }
    const next: Errors = {};
    if (!audience) next.audience = w.chooseAudience;
    const nameProblem = nameError(userName);
    if (nameProblem) next.userName = w.errors[nameProblem];
    const providerProblem = nameError(providerName);
    if (providerProblem) next.providerName = w.errors[providerProblem];
    setErrors(next);
    if (Object.keys(next).length > 0) {
      // Focus the first field with a problem, so a keyboard user hears what to fix.
      requestAnimationFrame(() => form.querySelector<HTMLElement>('.field-invalid input')?.focus());
      return;
    }
    await runWrite(() => saveIdentity({ audience: 'provider', userName, providerName }));
  };

  return (
    <Dialog open dismissable={false} title={w.welcomeTitle} onClose={() => undefined}>
      <form className="welcome-form" onSubmit={(event) => void submit(event)} noValidate>
        <p>{w.welcomeIntro}</p>
        <fieldset
          className={`choice-list${errors.audience ? ' field-invalid' : ''}`}
          aria-describedby={errors.audience ? 'welcome-audience-error' : undefined}
        >
          <legend>{w.audienceLegend}</legend>
          {(['provider', 'municipality'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="audience"
                value={value}
                checked={audience === value}
                data-autofocus={value === (audience ?? 'provider') ? true : undefined}
                onChange={() => setAudience(value)}
              />
              {w.audience[value]}
            </label>
          ))}
          {errors.audience && (
            <p className="field-error" id="welcome-audience-error">
              {errors.audience}
            </p>
          )}
        </fieldset>
        {audience === 'municipality' ? (
          <p className="muted">{w.municipalityNote}</p>
        ) : (
          <>
            <TextField
              label={w.userName}
              hint={w.userNameHint}
              value={userName}
              error={errors.userName}
              required
              autoComplete="name"
              onChange={(event) => setUserName(event.target.value)}
            />
            <TextField
              label={w.providerName}
              hint={w.providerNameHint}
              value={providerName}
              error={errors.providerName}
              required
              autoComplete="organization"
              onChange={(event) => setProviderName(event.target.value)}
            />
          </>
        )}
        <div className="dialog-actions">
          <button type="submit" className="button button-primary">
            {audience === 'municipality' ? w.openShare : w.start}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
