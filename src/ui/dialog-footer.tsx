import { t } from '@/i18n/dictionary';

type DialogFooterProps = {
  onCancel: () => void;
  /** The submit button's text; "Opslaan" unless the dialog does something else. */
  submitLabel?: string;
  /** While the write runs: the submit button is disabled so it cannot run twice. */
  busy?: boolean;
  /** For a dialog that removes something for good. */
  danger?: boolean;
};

/** Cancel, then the form's submit button: the one footer of a dialog with a form. */
export function DialogFooter({
  onCancel,
  submitLabel = t.actions.save,
  busy = false,
  danger = false,
}: DialogFooterProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        {t.actions.cancel}
      </button>
      <button
        type="submit"
        className={`button ${danger ? 'button-danger' : 'button-primary'}`}
        disabled={busy}
      >
        {submitLabel}
      </button>
    </div>
  );
}
