import { useState } from 'react';
import type { BoardRow } from '@/domain/board';
import { BOARD_SHEET_COLUMNS, boardSheetCsv, type BoardSheetColumn } from '@/domain/board-sheet';
import type { Condition } from '@/domain/types';
import { tx } from '@/i18n/exchange';
import { tl } from '@/i18n/light-sheet';
import { t } from '@/i18n/dictionary';
import { Dialog } from '@/ui/dialog';
import { DialogFooter } from '@/ui/dialog-footer';
import { downloadText } from '@/ui/download';
import { useUiStore } from '@/ui/store';

const e = tl.export;
/** What most teams want beside the lights; the rest is one tick away. */
const PRESELECTED: readonly BoardSheetColumn[] = ['birthDate', 'municipality', 'location'];

/**
 * "Exporteer bord (CSV)": the rows as the board shows them now, with the
 * young person's columns the person ticks. Loaded only when opened.
 */
export function BoardExportDialog({
  rows,
  conditions,
  today,
  onClose,
}: {
  rows: readonly BoardRow[];
  conditions: readonly Condition[];
  today: string;
  onClose: () => void;
}) {
  const showToast = useUiStore((state) => state.showToast);
  const [columns, setColumns] = useState<BoardSheetColumn[]>([...PRESELECTED]);
  const toggle = (column: BoardSheetColumn, on: boolean) =>
    setColumns((current) =>
      on ? [...current, column] : current.filter((other) => other !== column),
    );
  const download = () => {
    const csv = boardSheetCsv(rows, conditions, columns, {
      dateHeader: e.dateHeader,
      placementType: t.placementType,
      perspective: t.perspective,
    });
    downloadText(e.fileName(today), csv, 'text/csv;charset=utf-8');
    showToast({ message: e.downloaded(rows.length) });
    onClose();
  };
  return (
    <Dialog open title={e.title} onClose={onClose}>
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          download();
        }}
      >
        <p>{e.intro(rows.length)}</p>
        <fieldset className="board-export-columns">
          <legend>{e.columns}</legend>
          <p className="field-hint">{e.columnsHint}</p>
          {BOARD_SHEET_COLUMNS.map((column, index) => (
            <label key={column} className="exchange-checkbox">
              <input
                type="checkbox"
                checked={columns.includes(column)}
                onChange={(event) => toggle(column, event.target.checked)}
                {...(index === 0 ? { 'data-autofocus': true } : {})}
              />
              {tx.csv.columns[column]}
            </label>
          ))}
        </fieldset>
        <DialogFooter onCancel={onClose} submitLabel={e.download} />
      </form>
    </Dialog>
  );
}
