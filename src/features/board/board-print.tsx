import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/db/settings-repository';
import { memo, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { BoardRow } from '@/domain/board';
import type { Condition, LightState } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { useDataPrecision } from '@/ui/data-precision';
import { formatDate, formatDateAt } from '@/ui/format';
import { Stoplight } from '@/ui/stoplight';

/**
 * True while the page is being printed. The grid on screen only renders the
 * rows in view, so printing swaps in a plain table of every row; it is only
 * rendered for printing, to keep a 1,000-row board light on screen.
 * `beforeprint` covers Ctrl+P; the print media query covers tools that
 * print without that event (Chromium's headless PDF after emulating print).
 */
function usePrinting(): [boolean, (on: boolean) => void] {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Not every environment has matchMedia (jsdom in the unit tests does not).
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const onChange = (event: MediaQueryListEvent) => (event.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media?.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media?.removeEventListener('change', onChange);
    };
  }, []);
  return [printing, setPrinting];
}

const TOTAL_STATES: LightState[] = ['red', 'amber', 'green', 'unassessed'];

/** "Afdrukken / PDF" plus the full table the printout shows. */
export const BoardPrint = memo(function BoardPrint({
  rows,
  conditions,
  totals,
  today,
}: {
  rows: BoardRow[];
  conditions: Condition[];
  totals: Record<LightState, number>[];
  today: string;
}) {
  const precision = useDataPrecision();
  const [printing, setPrinting] = usePrinting();
  const settings = useLiveQuery(getSettings, []);
  return (
    <>
      <button
        type="button"
        className="button no-print board-print-button"
        onClick={() => {
          flushSync(() => setPrinting(true));
          window.print();
        }}
      >
        {t.actions.print}
      </button>
      {printing && (
        <div className="board-print print-only">
          <p>
            {settings?.providerName && <strong>{settings.providerName} · </strong>}
            {t.printedOn(formatDate(today))}
          </p>
          <table className="board-print-table">
            <thead>
              <tr>
                <th scope="col">{t.board.youthColumn}</th>
                {conditions.map((condition) => (
                  <th scope="col" key={condition.id}>
                    {condition.name}
                  </th>
                ))}
                <th scope="col">{t.board.plannedEndColumn}</th>
                <th scope="col">{t.board.turnsEighteenColumn}</th>
              </tr>
            </thead>
            <tbody>
              <tr className="board-print-totals">
                <th scope="row">{t.board.totalsLabel(rows.length)}</th>
                {totals.map((counts, index) => (
                  <td key={conditions[index]?.id ?? index}>
                    {TOTAL_STATES.map((state) => (
                      <span key={state} className="board-print-total">
                        <Stoplight state={state} />
                        {counts[state]}
                      </span>
                    ))}
                  </td>
                ))}
                <td />
                <td />
              </tr>
              {rows.map((row) => (
                <tr key={row.youth.id}>
                  <th scope="row">
                    {row.youth.initials}
                    <span className="board-print-meta">{row.youth.municipality}</span>
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={conditions[index]?.id ?? index}>
                      <Stoplight state={cell.state} />
                    </td>
                  ))}
                  <td>{formatDate(row.youth.plannedEnd, 'd MMM yy')}</td>
                  <td>
                    {row.turnsEighteenOn === undefined
                      ? t.dates.invalid
                      : formatDateAt(row.turnsEighteenOn, precision.birthDate, 'd MMM yy')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
});
