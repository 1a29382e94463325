import { useEffect } from 'react';
import { t } from '@/i18n/dictionary';
import { useUiStore, type Toast } from './store';

const TOAST_MS = 8000;

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useUiStore((state) => state.dismissToast);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast.id, dismiss]);
  return (
    <div className={`toast toast-${toast.tone}`}>
      <span>{toast.message}</span>
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
