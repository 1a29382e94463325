import { useId, useState, type ChangeEvent } from 'react';
import type { RestoreMode, RestorePlan } from '@/db/backup';
import type { BackupError, BackupFile } from '@/db/backup-format';
import { BACKUP_TABLES } from '@/domain/backup-types';
import { TextField } from '@/ui/fields';
import { formatDateTime } from '@/ui/format';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { tb } from '@/i18n/backup';

type State =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'failed'; message: string }
  | { step: 'ready'; file: BackupFile; plan: RestorePlan }
  | { step: 'writing'; file: BackupFile; plan: RestorePlan; written: number; total: number };

export function backupErrorMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'BackupError') {
    const { code, detail } = error as BackupError;
    const message = tb.errors[code];
    return typeof message === 'function' ? message(detail) : message;
  }
  return tb.errors.unreadable;
}

function PlanTable({ plan }: { plan: RestorePlan }) {
  const c = tb.restore.column;
  return (
    <table className="simple restore-plan">
      <caption>{tb.restore.planCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.table}</th>
          <th scope="col">{c.inFile}</th>
          <th scope="col">{c.current}</th>
          <th scope="col">{c.added}</th>
          <th scope="col">{c.updated}</th>
        </tr>
      </thead>
      <tbody>
        {BACKUP_TABLES.map((table) => (
          <tr key={table}>
            <th scope="row">{tb.tables[table]}</th>
            <td>{plan[table].inFile}</td>
            <td>{plan[table].current}</td>
            <td>{plan[table].added}</td>
            <td>{plan[table].updated}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Choose a file → it is checked completely → see what happens → replace or merge. */
export function RestoreSection() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [inputKey, setInputKey] = useState(0);
  const showToast = useUiStore((s) => s.showToast);
  const modeName = useId();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return setState({ step: 'idle' });
    setState({ step: 'checking' });
    try {
      const [{ readBackupFile }, { planRestore }] = await Promise.all([
        import('@/db/backup-format'),
        import('@/db/backup'),
      ]);
      const file = await readBackupFile(chosen);
      setState({ step: 'ready', file, plan: await planRestore(file) });
    } catch (error) {
      // A bad file is expected and explained; anything else is a bug worth logging.
      if (!(error instanceof Error && error.name === 'BackupError')) console.error(error);
      setState({ step: 'failed', message: backupErrorMessage(error) });
    }
  };

  const reset = () => {
    setState({ step: 'idle' });
    setInputKey((key) => key + 1);
  };

  const restore = async () => {
    if (state.step !== 'ready') return;
    const writing = { ...state, step: 'writing' as const, written: 0, total: 0 };
    setState(writing);
    const { restoreBackup } = await import('@/db/backup');
    const done = await runWrite(async () => {
      await restoreBackup(state.file, mode, (written, total) =>
        setState({ ...writing, written, total }),
      );
      return true;
    });
    if (done) {
      showToast({ message: tb.restore.done });
      reset();
    } else {
      setState({ ...state, step: 'ready' });
    }
  };

  return (
    <section className="form-card" aria-labelledby="restore-title">
      <h2 id="restore-title">{tb.restore.title}</h2>
      <p>{tb.restore.text}</p>
      <TextField
        key={inputKey}
        type="file"
        accept=".json,.gz,application/json,application/gzip"
        label={tb.restore.file}
        hint={tb.restore.fileHint}
        error={state.step === 'failed' ? state.message : undefined}
        disabled={state.step === 'checking' || state.step === 'writing'}
        onChange={(event) => void choose(event)}
      />
      {state.step === 'checking' && <p role="status">{tb.restore.checking}</p>}
      {(state.step === 'ready' || state.step === 'writing') && (
        <div className="restore-plan-card">
          <h3>{tb.restore.planTitle}</h3>
          <p>{tb.restore.fileInfo(formatDateTime(state.file.createdAt), state.file.appVersion)}</p>
          {state.file.migratedFromFormat !== undefined && <p>{tb.restore.migrated}</p>}
          <PlanTable plan={state.plan} />
          <fieldset className="restore-mode">
            <legend>{tb.restore.mode}</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={modeName}
                  value={option}
                  checked={mode === option}
                  onChange={() => setMode(option)}
                />{' '}
                {tb.restore[option]}
              </label>
            ))}
          </fieldset>
          {mode === 'replace' && <p className="restore-warning">{tb.restore.replaceWarning}</p>}
          {state.step === 'writing' && (
            <div className="restore-progress">
              <p role="status">{tb.restore.busy}</p>
              <progress
                aria-label={tb.restore.progressLabel}
                max={state.total || 1}
                value={state.written}
              />{' '}
              <span>{tb.restore.progress(state.written, state.total)}</span>
            </div>
          )}
          <div className="form-actions">
            <button
              type="button"
              className={`button ${mode === 'replace' ? 'button-danger' : 'button-primary'}`}
              disabled={state.step === 'writing'}
              onClick={() => void restore()}
            >
              {state.step === 'writing'
                ? tb.restore.busy
                : mode === 'replace'
                  ? tb.restore.confirmReplace
                  : tb.restore.confirmMerge}
            </button>
            <button
              type="button"
              className="button"
              disabled={state.step === 'writing'}
              onClick={reset}
            >
              {tb.restore.cancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
