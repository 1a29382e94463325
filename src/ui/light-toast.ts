import { hasOpenAction } from '@/domain/carry-over';
import type { Assessment } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { useUiStore } from './store';

export type LightToast = {
  /** The light just written. */
  written: Assessment;
  youthLabel: string;
  conditionName: string;
  /** What the toast says about the change; by default "A.B. – Wonen: groen". */
  message?: string;
  /** Appends the record that undoes `assessment`, and says so. */
  undo: (assessment: Assessment) => void;
  /** Closes the open action of `light`; resolves to the record that closed it, if written. */
  completeAction: (light: Assessment) => Promise<Assessment | undefined>;
  /** Told about a record written from the toast, so Ctrl+Z undoes the newest change. */
  onWritten?: (assessment: Assessment) => void;
};

/**
 * The toast after a light is set: what changed, with undo. A light turned
 * green with an action still open asks whether that action is done, answered
 * with one key (A) and undoable like any change: the open action was carried
 * over from the old colour and would otherwise stay open unseen.
 */
export function showLightToast(toast: LightToast): void {
  const { showToast } = useUiStore.getState();
  const { written, youthLabel, conditionName } = toast;
  const message =
    toast.message ?? t.board.lightSet(youthLabel, conditionName, t.light[written.colour]);
  const asks = written.colour === 'green' && hasOpenAction(written);
  const closeAction = async () => {
    const closed = await toast.completeAction(written);
    if (!closed) return;
    toast.onWritten?.(closed);
    showToast({
      message: t.board.actionClosed(youthLabel, conditionName, written.action),
      action: { label: t.actions.undo, run: () => toast.undo(closed) },
    });
  };
  showToast({
    message: asks ? t.board.actionDoneQuestion(message, written.action) : message,
    action: { label: t.actions.undo, run: () => toast.undo(written) },
    ...(asks
      ? { question: { label: t.board.actionDoneAnswer, key: 'a', run: () => void closeAction() } }
      : {}),
  });
}
