import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { dataSafetySettings, retentionCandidates } from '@/domain/data-safety';
import { toIsoDate } from '@/domain/dates';
import type { Youth } from '@/domain/types';
import { eraseYouths } from '@/db/erasure-queries';
import { getSettings } from '@/db/settings-repository';
import { listLeftYouths } from '@/db/youth-repository';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { TextField } from '@/ui/fields';
import { formatDate } from '@/ui/format';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { tb } from '@/i18n/backup';

function ConfirmRetention({ youths, onClose }: { youths: Youth[]; onClose: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const showToast = useUiStore((state) => state.showToast);
  const count = youths.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== String(count)) return setError(tb.retention.mismatch);
    const done = await runWrite(async () => {
      await eraseYouths(youths.map((youth) => youth.id));
      return true;
    });
    if (done) {
      showToast({ message: tb.retention.done(count) });
      onClose();
    }
  };

  return (
    <Dialog open title={tb.retention.dialogTitle} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="restore-warning">{tb.retention.warning(count)}</p>
        <TextField
          label={tb.retention.confirmLabel(count)}
          inputMode="numeric"
          value={typed}
          error={error}
          autoComplete="off"
          data-autofocus
          onChange={(event) => setTyped(event.target.value)}
        />
        <DialogFooter onCancel={onClose} submitLabel={tb.retention.confirm} danger />
      </form>
    </Dialog>
  );
}

/** Young people past the retention period, listed for removal; nothing goes without a confirmation. */
export function RetentionSection() {
  const settings = useLiveQuery(getSettings, []);
  const left = useLiveQuery(listLeftYouths, []);
  const [confirming, setConfirming] = useState(false);
  if (!settings || !left) return null;
  const { retentionMonths } = dataSafetySettings(settings);
  const candidates = retentionCandidates(left, toIsoDate(new Date()), retentionMonths);

  return (
    <section className="form-card" aria-labelledby="retention-title">
      <h2 id="retention-title">{tb.retention.title}</h2>
      {candidates.length === 0 ? (
        <p>{tb.retention.none(retentionMonths)}</p>
      ) : (
        <>
          <p>{tb.retention.text(retentionMonths)}</p>
          <table className="simple">
            <caption>{tb.retention.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{tb.retention.column.initials}</th>
                <th scope="col">{tb.retention.column.municipality}</th>
                <th scope="col">{tb.retention.column.leftOn}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((youth) => (
                <tr key={youth.id}>
                  <td>{youth.initials}</td>
                  <td>{youth.municipality}</td>
                  <td>{formatDate(youth.leftOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button
              type="button"
              className="button button-danger"
              onClick={() => setConfirming(true)}
            >
              {tb.retention.button(candidates.length)}
            </button>
          </div>
        </>
      )}
      {confirming && candidates.length > 0 && (
        <ConfirmRetention youths={candidates} onClose={() => setConfirming(false)} />
      )}
    </section>
  );
}
