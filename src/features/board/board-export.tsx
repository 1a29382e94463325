import { lazy, Suspense, useState } from 'react';
import type { BoardRow } from '@/domain/board';
import type { Condition } from '@/domain/types';
import { t } from '@/i18n/dictionary';

// The dialog, the CSV writer and their words load when someone exports, not with the board.
const BoardExportDialog = lazy(async () => ({
  default: (await import('./board-export-dialog')).BoardExportDialog,
}));

/**
 * "Exporteer bord (CSV)" for the provider's own board. Not in an inzage or on a
 * municipality's device: a file leaving the device there would pass on data
 * the share file's allow-list decided about.
 */
export function BoardExport(props: { rows: BoardRow[]; conditions: Condition[]; today: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button no-print board-print-button"
        onClick={() => setOpen(true)}
      >
        {t.board.exportCsv}
      </button>
      {open && (
        <Suspense fallback={null}>
          <BoardExportDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
