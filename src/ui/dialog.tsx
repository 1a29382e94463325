import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '@/i18n/dictionary';

type DialogProps = {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Accessible description, e.g. the criteria of a light. */
  describedBy?: string;
  /** False for a question that must be answered first: no close button, Escape does nothing. */
  dismissable?: boolean;
};

/**
 * A modal on the native <dialog>: focus trap, Escape and the top layer come from
 * the browser. Mark the element that should get focus first with `data-autofocus`.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  className,
  describedBy,
  dismissable = true,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement as HTMLElement | null;
      dialog.showModal();
      // showModal focuses the first focusable element (the close button); a form can name a better start.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      return () => {
        if (dialog.open) dialog.close();
        // Return focus to what opened it, so keyboard users keep their place.
        opener?.focus?.();
      };
    }
    return undefined;
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissable) onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {dismissable && (
          <button
            type="button"
            className="button-icon"
            aria-label={t.actions.close}
            onClick={onClose}
          >
            ×
          </button>
        )}
      </div>
      {children}
    </dialog>
  );
}
