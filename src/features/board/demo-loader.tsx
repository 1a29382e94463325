import { useCallback, useEffect, useRef, useState } from 'react';
import { activeConditions } from '@/domain/conditions';
import { toIsoDate } from '@/domain/dates';
import { listConditions } from '@/db/condition-repository';
import { loadDemoData } from '@/db/demo-repository';
import { countYouths } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';

async function writeDemo(replace: boolean): Promise<number | undefined> {
  // Loaded on demand: the generator is not part of the first download.
  const { generateDemoBoard } = await import('@/domain/demo-board');
  const conditions = activeConditions(await listConditions());
  const data = generateDemoBoard({ today: toIsoDate(new Date()), conditions });
  const done = await runWrite(() => loadDemoData(data, { replace }));
  return done === undefined
    ? undefined
    : data.youths.filter((youth) => youth.status === 'placed').length;
}

/** `?demo` in the address loads the demo once; over real data it asks first. */
function takeDemoRequest(): boolean {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('demo')) return false;
  url.searchParams.delete('demo');
  window.history.replaceState(null, '', url.toString());
  return true;
}

export function useDemoLoader() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const showToast = useUiStore((state) => state.showToast);
  const requested = useRef(false);

  const load = useCallback(
    async (replace: boolean) => {
      setBusy(true);
      try {
        const count = await writeDemo(replace);
        if (count !== undefined) showToast({ message: t.board.demoLoaded(count) });
      } finally {
        setBusy(false);
        setConfirming(false);
      }
    },
    [showToast],
  );

  const start = useCallback(async () => {
    if ((await countYouths()) > 0) setConfirming(true);
    else await load(false);
  }, [load]);

  useEffect(() => {
    if (requested.current) return;
    requested.current = true;
    if (takeDemoRequest()) {
      void countYouths().then((count) => (count > 0 ? setConfirming(true) : load(false)));
    }
  }, [load]);

  const dialog = (
    <Dialog open={confirming} title={t.board.demoConfirmTitle} onClose={() => setConfirming(false)}>
      <div className="dialog-body">
        <p>{t.board.demoConfirmText}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
            {t.actions.cancel}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void load(true)}
          >
            {t.board.demoConfirmReplace}
          </button>
        </div>
      </div>
    </Dialog>
  );

  return { start, busy, dialog };
}
