import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { YouthId } from '@/domain/ids';
import type { Youth } from '@/domain/types';
import { eraseYouths, erasureCounts, listAllYouths } from '@/db/erasure-queries';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { SelectField, TextField } from '@/ui/fields';
import { formatDate } from '@/ui/format';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { tb } from '@/i18n/backup';

function normalise(value: string): string {
  return value.replace(/\s+/g, '').toLocaleLowerCase('nl');
}

function EraseDialog({ youth, onClose }: { youth: Youth; onClose: () => void }) {
  const counts = useLiveQuery(() => erasureCounts(youth.id), [youth.id]);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const showToast = useUiStore((state) => state.showToast);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (normalise(typed) !== normalise(youth.initials)) return setError(tb.erase.mismatch);
    setBusy(true);
    const done = await runWrite(async () => {
      await eraseYouths([youth.id]);
      return true;
    });
    setBusy(false);
    if (done) {
      showToast({ message: tb.erase.done(youth.initials) });
      onClose();
    }
  };

  return (
    <Dialog open title={tb.erase.dialogTitle(youth.initials)} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{tb.erase.willRemove}</p>
        {counts && (
          <ul>
            {tb.erase.counts(counts).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <p className="restore-warning">{tb.erase.text}</p>
        <TextField
          label={tb.erase.typeInitials(youth.initials)}
          value={typed}
          error={error}
          autoComplete="off"
          data-autofocus
          onChange={(event) => setTyped(event.target.value)}
        />
        <DialogFooter onCancel={onClose} submitLabel={tb.erase.confirm} busy={busy} danger />
      </form>
    </Dialog>
  );
}

/** Right to erasure: one young person, with the whole history, after typing their initials. */
export function EraseSection() {
  const youths = useLiveQuery(listAllYouths, []);
  const [selected, setSelected] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (!youths) return null;
  const youth = youths.find((candidate) => candidate.id === selected);

  return (
    <section className="form-card" aria-labelledby="erase-title">
      <h2 id="erase-title">{tb.erase.title}</h2>
      <p>{tb.erase.text}</p>
      {youths.length === 0 ? (
        <p className="muted">{tb.erase.none}</p>
      ) : (
        <div className="erase-choose">
          <SelectField
            label={tb.erase.choose}
            value={youth ? selected : ''}
            onChange={(event) => setSelected(event.target.value)}
          >
            <option value="">{tb.erase.chooseEmpty}</option>
            {youths.map((option) => (
              <option key={option.id} value={option.id}>
                {option.initials} — {option.municipality},{' '}
                {option.status === 'left' && option.leftOn
                  ? tb.erase.left(formatDate(option.leftOn))
                  : tb.erase.placed}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button button-danger"
            disabled={!youth}
            onClick={() => setConfirming(true)}
          >
            {tb.erase.button}
          </button>
        </div>
      )}
      {confirming && youth && (
        <EraseDialog
          key={youth.id as YouthId}
          youth={youth}
          onClose={() => {
            setConfirming(false);
            setSelected('');
          }}
        />
      )}
    </section>
  );
}
