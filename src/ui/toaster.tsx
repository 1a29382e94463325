import { useEffect } from 'react';
import { t } from '@/i18n/dictionary';
import { useUiStore, type Toast } from './store';

const TOAST_MS = 8000;

/** A key typed into a field or an open dialog is not an answer to the toast. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    Boolean(target.closest('dialog'))
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useUiStore((state) => state.dismissToast);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast.id, dismiss]);
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
    <div className={`toast toast-${toast.tone}`}>
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
