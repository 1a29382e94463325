import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { toIsoDate } from '@/domain/dates';
import type { DemoProgress } from '@/domain/demo/progress';
import { countYouths } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { tb } from '@/i18n/backup';
import { Dialog } from '@/ui/dialog';
import { LazyDemoProgress } from '@/ui/lazy-demo-progress';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';
import { useBackupDownload } from './use-backup-download';

/**
 * The demo board over real data: only here, behind a dialog that says what it
 * replaces and offers a backup first. (An empty board offers it on the board itself.)
 * The page draws this section only where the person may write.
 */
export function DemoSection() {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="form-card" aria-labelledby="demo-title">
      <h2 id="demo-title">{tb.demo.title}</h2>
      <p>{tb.demo.text}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t.board.loadDemo}
        </button>
      </div>
      {confirming && <DemoDialog onClose={() => setConfirming(false)} />}
    </section>
  );
}

function DemoDialog({ onClose }: { onClose: () => void }) {
  const count = useLiveQuery(countYouths, []);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<DemoProgress>();
  const backup = useBackupDownload();
  const showToast = useUiStore((state) => state.showToast);
  const replace = (count ?? 0) > 0;

  const load = async () => {
    if (busy) return;
    setBusy(true);
    setProgress(undefined);
    const placed = await runWrite(async () => {
      const { loadDemoBoard } = await import('@/db/demo-repository');
      return loadDemoBoard(toIsoDate(new Date()), {
        replace,
        texts: import('@/i18n/demo'),
        onProgress: setProgress,
      });
    });
    setBusy(false);
    if (placed === undefined) return;
    showToast({ message: t.board.demoLoaded(placed) });
    onClose();
  };

  return (
    <Dialog open title={t.board.demoConfirmTitle} onClose={onClose}>
      <div className="dialog-body">
        {count === undefined ? (
          <p role="status">{t.board.demoLoading}</p>
        ) : replace ? (
          <>
            <p className="restore-warning">{tb.demo.replaceText(count)}</p>
            <p>{tb.demo.backupFirst}</p>
            <p>
              <button
                type="button"
                className="button"
                disabled={backup.busy}
                onClick={() => void backup.download()}
              >
                {backup.busy ? t.backup.export.busy : tb.demo.backupButton}
              </button>
            </p>
          </>
        ) : (
          <p>{tb.demo.emptyText}</p>
        )}
        {busy && <LazyDemoProgress progress={progress} />}
        <div className="dialog-actions">
          <button type="button" className="button" data-autofocus onClick={onClose}>
            {t.actions.cancel}
          </button>
          <button
            type="button"
            className={`button ${replace ? 'button-danger' : 'button-primary'}`}
            disabled={busy || count === undefined}
            onClick={() => void load()}
          >
            {busy ? t.board.demoLoading : replace ? t.board.demoConfirmReplace : t.board.loadDemo}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
