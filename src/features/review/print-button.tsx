import { t } from '@/i18n/dictionary';

/** Opens the browser's print dialog; "Opslaan als PDF" there gives the PDF. */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {t.actions.print}
    </button>
  );
}
