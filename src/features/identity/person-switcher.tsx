import { useState, type FormEvent } from 'react';
import { nameError, needsIdentity } from '@/domain/identity';
import { switchPerson } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { TextField } from '@/ui/fields';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useIdentity } from './use-identity';

const w = t.identity;
const OTHER = '';

/** "Anna de Boer" → "AB": what fits in the header beside the menu. */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return picked.map((word) => word[0]!.toLocaleUpperCase('nl')).join('');
}

/**
 * Who the next changes are stamped with, and a way to switch on a shared
 * laptop. `compact` (the app header, beside the full menu) shows the person's
 * initials in a ring, with the full sentence for screen readers and on hover.
 */
export function PersonSwitcher({ compact = false }: { compact?: boolean }) {
  const settings = useIdentity();
  const [open, setOpen] = useState(false);
  if (!settings || needsIdentity(settings) || settings.audience === 'municipality') return null;
  return (
    <div className="person-switcher">
      <button
        type="button"
        className={
          compact ? 'person-button person-button-compact' : 'button button-small person-button'
        }
        aria-haspopup="dialog"
        title={`${w.currentPerson(settings.userName)} · ${w.switchPerson}`}
        onClick={() => setOpen(true)}
      >
        {compact ? (
          <>
            <span className="person-initials" aria-hidden="true">
              {initialsOf(settings.userName)}
            </span>
            <span className="visually-hidden">{w.currentPerson(settings.userName)}</span>
          </>
        ) : (
          w.currentPerson(settings.userName)
        )}
      </button>
      {open && (
        <SwitchDialog
          current={settings.userName}
          recent={settings.recentUserNames ?? [settings.userName]}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}

function SwitchDialog({
  current,
  recent,
  onClose,
}: {
  current: string;
  recent: readonly string[];
  onClose: () => void;
}) {
  const showToast = useUiStore((state) => state.showToast);
  const [choice, setChoice] = useState(current);
  const [other, setOther] = useState('');
  const [error, setError] = useState<string>();
  const names = recent.includes(current) ? recent : [current, ...recent];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = choice === OTHER ? other : choice;
    const problem = nameError(name);
    if (problem) return setError(w.errors[problem]);
    setError(undefined);
    if (await runWrite(() => switchPerson(name))) {
      onClose();
      showToast({ message: w.switched(name.trim()) });
    }
  };

  return (
    <Dialog open title={w.switchTitle} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{w.switchIntro}</p>
        <fieldset className="choice-list">
          <legend>{w.recentLegend}</legend>
          {names.map((name) => (
            <label key={name}>
              <input
                type="radio"
                name="person"
                value={name}
                checked={choice === name}
                data-autofocus={choice === name ? true : undefined}
                onChange={() => setChoice(name)}
              />
              {name}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="person"
              value={OTHER}
              checked={choice === OTHER}
              onChange={() => setChoice(OTHER)}
            />
            {w.otherPerson}
          </label>
        </fieldset>
        {choice === OTHER && (
          <TextField
            label={w.userName}
            value={other}
            error={error}
            required
            autoFocus
            autoComplete="name"
            onChange={(event) => setOther(event.target.value)}
          />
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t.actions.cancel}
          </button>
          <button type="submit" className="button button-primary">
            {w.switchTo}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
