import { useEffect, useRef, useState } from 'react';
import { t } from '@/i18n/dictionary';
import { useUiStore, type Toast } from './store';
import { isTyping } from './is-typing';

/** A plain message; a toast with something to do (undo, a question) stays longer. */
const TOAST_MS = 8000;
const TOAST_WITH_ACTION_MS = 15000;
/** Moves focus to the newest toast, so its undo is reachable by keyboard (README, key legend). */
export const TOAST_FOCUS_KEY = { altKey: true, key: 'm', label: 'Alt+M' } as const;
/** Where the keyboard was before Alt+M: focus goes back there when the toast closes. */
let returnFocusTo: HTMLElement | null = null;

/**
 * Counts down while nobody looks at the toast: hovering or focusing it pauses
 * the count, and leaving it gives back the time that was left.
 */
function useDismissAfter(toast: Toast, paused: boolean) {
  const dismiss = useUiStore((state) => state.dismissToast);
  const left = useRef(toast.action || toast.question ? TOAST_WITH_ACTION_MS : TOAST_MS);
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = window.setTimeout(() => dismiss(toast.id), left.current);
    return () => {
      window.clearTimeout(timer);
      left.current = Math.max(1000, left.current - (Date.now() - started));
    };
  }, [paused, toast.id, dismiss]);
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useUiStore((state) => state.dismissToast);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  useDismissAfter(toast, hovered || focused);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    return () => {
      // Closed while the keyboard was in it (undo pressed): back to where the person was.
      if (element?.contains(document.activeElement) || document.activeElement === document.body) {
        if (returnFocusTo?.isConnected) returnFocusTo.focus();
      }
      returnFocusTo = null;
    };
  }, []);
  const question = toast.question;
  useEffect(() => {
    if (!question) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.toLowerCase() !== question.key || isTyping(event.target)) return;
      event.preventDefault();
      question.run();
      dismiss(toast.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [question, toast.id, dismiss]);
  return (
    <div
      className={`toast toast-${toast.tone}`}
      ref={ref}
      data-toast
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <span>{toast.message}</span>
      {question && (
        <button
          type="button"
          className="button button-small"
          aria-keyshortcuts={question.key.toUpperCase()}
          onClick={() => {
            question.run();
            dismiss(toast.id);
          }}
        >
          {question.label}
        </button>
      )}
      {toast.action && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="button-icon"
        aria-label={t.actions.close}
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}

/** Toasts are announced politely; errors assertively. */
export function Toaster() {
  const toasts = useUiStore((state) => state.toasts);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key.toLowerCase() !== TOAST_FOCUS_KEY.key) return;
      const buttons = document.querySelectorAll<HTMLElement>('[data-toast] button');
      const first = document.querySelector<HTMLElement>('[data-toast]:last-child button');
      if (!first && buttons.length === 0) return;
      event.preventDefault();
      const active = document.activeElement;
      if (active instanceof HTMLElement && !active.closest('[data-toast]')) returnFocusTo = active;
      (first ?? buttons[0])?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <div className="toaster" role="status" aria-live="polite">
        {toasts
          .filter((toast) => toast.tone === 'info')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
      </div>
      <div className="toaster toaster-errors" role="alert">
        {toasts
          .filter((toast) => toast.tone === 'error')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
      </div>
    </>
  );
}
