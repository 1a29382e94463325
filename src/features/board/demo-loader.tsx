import { useCallback, useEffect, useRef, useState } from 'react';
import { toIsoDate } from '@/domain/dates';
import type { DemoProgress } from '@/domain/demo/progress';
import type { DemoSize } from '@/db/demo-repository';
import { countYouths } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { requestLanding } from '@/ui/landing';
import { LazyDemoProgress } from '@/ui/lazy-demo-progress';
import { useUiStore } from '@/ui/store';
import { runWrite } from '@/ui/write';

function writeDemo(
  replace: boolean,
  size: DemoSize,
  onProgress: (progress: DemoProgress) => void,
): Promise<number | undefined> {
  return runWrite(async () => {
    // Loaded on demand, with the generator: none of it is in the board's first download.
    const { loadDemoBoard } = await import('@/db/demo-repository');
    return loadDemoBoard(toIsoDate(new Date()), {
      replace,
      size,
      texts: import('@/i18n/demo'),
      onProgress,
    });
  });
}

/**
 * Whether the keyboard was on the empty board's own controls (or nowhere): the
 * board that replaces them then takes focus on its heading. Anywhere else, the
 * person went on working meanwhile and focus stays where they put it.
 */
function focusWasOnEmptyBoard(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active.closest('.empty-state') !== null;
}

const MAX_DEMO_COUNT = 10_000;

function positiveInt(value: string | null, max: number): number | undefined {
  const parsed = Number(value);
  return value && Number.isInteger(parsed) && parsed > 0 && parsed <= max ? parsed : undefined;
}

/**
 * `?demo` in the address loads the demo once; over real data it asks first.
 * `?demo=1000&maanden=12` loads a larger board, to try (and benchmark) scale.
 */
function takeDemoRequest(): DemoSize | undefined {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('demo')) return undefined;
  const size: DemoSize = {};
  const count = positiveInt(url.searchParams.get('demo'), MAX_DEMO_COUNT);
  const months = positiveInt(url.searchParams.get('maanden'), 36);
  if (count) size.count = count;
  if (months) size.months = months;
  url.searchParams.delete('demo');
  url.searchParams.delete('maanden');
  window.history.replaceState(null, '', url.toString());
  return size;
}

/** `enabled`: only where the person may write; in inzage `?demo` is left alone. */
export function useDemoLoader(enabled = true) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<DemoProgress>();
  const showToast = useUiStore((state) => state.showToast);
  const requested = useRef(false);
  const running = useRef(false);

  const requestedSize = useRef<DemoSize>({});
  const load = useCallback(
    async (replace: boolean) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setProgress(undefined);
      try {
        const count = await writeDemo(replace, requestedSize.current, setProgress);
        if (count !== undefined) {
          if (!replace && focusWasOnEmptyBoard()) requestLanding();
          showToast({ message: t.board.demoLoaded(count) });
        }
      } finally {
        running.current = false;
        setBusy(false);
        setConfirming(false);
      }
    },
    [showToast],
  );

  const start = useCallback(async () => {
    if (running.current) return;
    if ((await countYouths()) > 0) setConfirming(true);
    else await load(false);
  }, [load]);

  useEffect(() => {
    if (!enabled || requested.current) return;
    requested.current = true;
    const size = takeDemoRequest();
    if (size) {
      requestedSize.current = size;
      void countYouths().then((count) => (count > 0 ? setConfirming(true) : load(false)));
    }
  }, [load, enabled]);

  const dialog = (
    <Dialog open={confirming} title={t.board.demoConfirmTitle} onClose={() => setConfirming(false)}>
      <div className="dialog-body">
        <p>{t.board.demoConfirmText}</p>
        {busy && <LazyDemoProgress progress={progress} />}
        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(false)}
            data-autofocus
          >
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

  /** While the demo fills: what the empty board shows under its buttons. */
  const progressView = busy && !confirming ? <LazyDemoProgress progress={progress} /> : null;

  return { start, busy, dialog, progressView };
}
