import { useState, type FormEvent } from 'react';
import { nameError } from '@/domain/identity';
import { switchPerson } from '@/db/settings-repository';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { TextField } from '@/ui/fields';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';

const w = t.identity;
const OTHER = '';

/** Who works now on a shared laptop: a name used before, or someone else. */
export function SwitchDialog({
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
        <DialogFooter onCancel={onClose} submitLabel={w.switchTo} />
      </form>
    </Dialog>
  );
}
