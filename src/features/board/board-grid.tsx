import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  useSyncExternalStore,
  type CSSProperties,
} from 'react';
import type { BoardRow } from '@/domain/board';
import { ageOn } from '@/domain/dates';
import type { ConditionId, YouthId } from '@/domain/ids';
import { reasonMissing } from '@/domain/carry-over';
import { newOnBoard, type CellState } from '@/domain/light';
import type { Signal } from '@/domain/signals';
import type { Assessment, Condition, LightState } from '@/domain/types';
import { t } from '@/i18n/dictionary';
import { useCanWrite } from '@/ui/capability';
import { useDataPrecision } from '@/ui/data-precision';
import { formatAge, formatDate, formatDateAt, shortAge } from '@/ui/format';
import { LazyLightEditor, preloadLightEditor } from '@/ui/lazy-light-editor';
import { Link, navigate, paths } from '@/ui/router';
import { Stoplight } from '@/ui/stoplight';
import { useUiStore } from '@/ui/store';
import { COLOUR_KEYS } from '@/ui/colour-keys';
import { moveFor } from './board-keys';
import { SignalMarker, useSignalExplainer, type SignalExplainer } from './signal-marker';
import type { BoardItem } from './use-board-data';
import { cellsFrom, latestCells, useLiveBucket } from './use-board-rows';
import { useLightActions } from './use-light-actions';
import { showCell } from './show-cell';
import { scrollTopToShow, useVirtualWindow } from './use-virtual-window';

export const ROW_HEIGHT = 44;
/** Rows below a screen height of 820 px (a 1366×768 projector): at least 15 show. */
export const COMPACT_ROW_HEIGHT = 32;
const COMPACT_QUERY = '(max-height: 820px)';

/** Whether the screen is short; false where media queries cannot be read (a test DOM). */
function isCompact(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(COMPACT_QUERY).matches;
}

function subscribeCompact(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(COMPACT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The row height, the same for the virtual window (JS) and the layout (CSS `--row-height`). */
function useRowHeight(): number {
  const compact = useSyncExternalStore(subscribeCompact, isCompact, () => false);
  return compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
}

type BoardGridProps = {
  items: BoardItem[];
  rows: BoardRow[];
  conditions: Condition[];
  totals: Record<LightState, number>[];
  today: string;
  /** Active signals per young person; rows without any are absent. */
  signals?: ReadonlyMap<YouthId, readonly Signal[]>;
};

type Position = { row: number; col: number };
type EditorTarget = { row: BoardRow; condition: Condition; cell: CellState };

const TOTAL_STATES: LightState[] = ['red', 'amber', 'green', 'unassessed'];

/**
 * The board as an ARIA grid: one tab stop, arrow keys between cells, one key
 * per colour. Column 0 is the young person (a link), columns 1… the lights.
 */
// Memoised: a light change first repaints only its row (see `useLiveBucket`).
export const BoardGrid = memo(function BoardGrid({
  items,
  rows,
  conditions,
  totals,
  today,
  signals,
}: BoardGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const focusAfterRender = useRef(false);
  const focus = useUiStore((state) => state.focus);
  const setFocus = useUiStore((state) => state.setFocus);
  const lastChange = useRef<{
    assessment: Assessment;
    youthLabel: string;
    conditionName: string;
  } | null>(null);
  // A record written from the toast (an action closed) is the newest change Ctrl+Z undoes.
  const onWritten = useCallback(
    (assessment: Assessment, target: { youthLabel: string; conditionName: string }) => {
      lastChange.current = { assessment, ...target };
    },
    [],
  );
  const { save, setColour, undo } = useLightActions(onWritten);
  // Read-only (inzage, a municipality's device): cells are read and moved between, never set.
  const canWrite = useCanWrite();
  const explain = useSignalExplainer(conditions);
  const [editor, setEditor] = useState<EditorTarget | null>(null);

  const rowIndexByYouth = useMemo(
    () => new Map(rows.map((row, index) => [row.youth.id as string, index])),
    [rows],
  );
  const itemIndexByRow = useMemo(() => {
    const positions: number[] = [];
    items.forEach((item, index) => {
      if (item.kind === 'row') positions.push(index);
    });
    return positions;
  }, [items]);

  const columnCount = conditions.length + 1;
  const active: Position = useMemo(() => {
    const row = focus ? rowIndexByYouth.get(focus.youthId) : undefined;
    if (row === undefined || !focus) return { row: 0, col: 1 };
    const conditionIndex = conditions.findIndex((condition) => condition.id === focus.conditionId);
    return { row, col: focus.conditionId === '' ? 0 : conditionIndex + 1 || 1 };
  }, [focus, rowIndexByYouth, conditions]);

  const rowHeight = useRowHeight();
  const view = useVirtualWindow(scrollRef, items, rowHeight);

  const ensureVisible = (rowIndex: number) => {
    const element = scrollRef.current;
    if (!element) return;
    const next = scrollTopToShow(
      itemIndexByRow[rowIndex] ?? 0,
      rowHeight,
      element.scrollTop,
      element.clientHeight,
      headRef.current?.offsetHeight ?? 0,
    );
    if (next !== undefined) element.scrollTop = next;
  };

  const focusPosition = (position: Position) => {
    const row = rows[position.row];
    if (!row) return;
    const condition = conditions[position.col - 1];
    setFocus({
      youthId: row.youth.id,
      conditionId: position.col === 0 ? '' : (condition?.id ?? ''),
    });
    focusAfterRender.current = true;
    ensureVisible(position.row);
  };

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(
      `[data-row="${active.row}"][data-col="${active.col}"]`,
    );
    if (element) {
      element.focus({ preventScroll: true });
      focusAfterRender.current = false;
      const box = scrollRef.current;
      if (box) {
        const firstColumn = headRef.current?.querySelector<HTMLElement>('.col-youth');
        showCell(element, box, firstColumn?.offsetWidth ?? 0, headRef.current?.offsetHeight ?? 0);
      }
    }
  });

  const targetOf = (row: BoardRow, condition: Condition) => ({
    youthId: row.youth.id,
    conditionId: condition.id as ConditionId,
    youthLabel: row.youth.initials,
    conditionName: condition.name,
  });

  const remember = (assessment: Assessment | undefined, row: BoardRow, condition: Condition) => {
    if (assessment)
      lastChange.current = {
        assessment,
        youthLabel: row.youth.initials,
        conditionName: condition.name,
      };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const rowAttr = target.dataset.row;
    const colAttr = target.dataset.col;
    if (rowAttr === undefined || colAttr === undefined) return;
    const from = { row: Number(rowAttr), col: Number(colAttr) };
    const ctrl = event.ctrlKey || event.metaKey;

    if (canWrite && ctrl && event.key.toLowerCase() === 'z' && lastChange.current) {
      event.preventDefault();
      const { assessment, youthLabel, conditionName } = lastChange.current;
      lastChange.current = null;
      void undo(assessment, {
        youthId: assessment.youthId,
        conditionId: assessment.conditionId,
        youthLabel,
        conditionName,
      });
      return;
    }
    const move = moveFor(event.key, ctrl, from, rows.length, columnCount);
    if (move) {
      event.preventDefault();
      focusPosition(move);
      return;
    }
    const colour =
      canWrite && !ctrl && !event.altKey ? COLOUR_KEYS[event.key.toLowerCase()] : undefined;
    const row = rows[from.row];
    const condition = conditions[from.col - 1];
    if (colour && row && condition) {
      event.preventDefault();
      // The rows may be a frame behind the row on screen: take the light IndexedDB has now.
      const current = latestCells(row, conditions, today)[from.col - 1]?.assessment;
      void setColour(targetOf(row, condition), colour, current).then((written) =>
        remember(written, row, condition),
      );
    }
  };

  useEffect(() => {
    // Keep the focused cell visible when sorting or filtering moves it.
    if (focus && document.activeElement?.closest('.board-scroll')) {
      ensureVisible(active.row);
    }
    // Only when the list itself changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items]);

  useEffect(() => {
    // Read by `npm run bench`: the moment the board first shows every row's lights.
    if (rows.length > 0 && performance.getEntriesByName('board-ready').length === 0) {
      performance.mark('board-ready', { detail: { rows: rows.length } });
    }
    if (rows.length > 0 && canWrite) preloadLightEditor();
  }, [rows.length, canWrite]);

  // One function for every row, so a memoised row whose data did not change skips rendering.
  // Read-only, a cell opens the young person's page (what is missing, the action, the history).
  const openEditor = useCallback(
    (row: BoardRow, condition: Condition, cell: CellState) => {
      setFocus({ youthId: row.youth.id, conditionId: condition.id });
      if (canWrite) setEditor({ row, condition, cell });
      else navigate(paths.youthDetail(row.youth.id));
    },
    [setFocus, canWrite],
  );

  const visible = items.slice(view.start, view.end);

  return (
    <>
      {/* data-margin: read by the end-to-end tests, which compare every rendered row. */}
      <div
        className="board-scroll"
        ref={scrollRef}
        data-margin={view.withMargin ? 'ready' : 'pending'}
      >
        <table
          className="board"
          style={{ '--row-height': `${rowHeight}px` } as CSSProperties}
          onKeyDown={onKeyDown}
          role="grid"
          aria-label={t.board.gridLabel}
          aria-rowcount={items.length + 2}
          aria-colcount={columnCount + 2}
        >
          <thead ref={headRef}>
            <tr aria-rowindex={1}>
              <th scope="col" className="col-youth">
                {t.board.youthColumn}
              </th>
              {conditions.map((condition) => (
                <th
                  scope="col"
                  key={condition.id}
                  className="col-condition"
                  title={condition.description}
                >
                  {condition.name}
                </th>
              ))}
              <th scope="col" className="col-date">
                {t.board.plannedEndColumn}
              </th>
              <th scope="col" className="col-date">
                {t.board.turnsEighteenColumn}
              </th>
            </tr>
            <tr aria-rowindex={2} className="totals-row">
              <th scope="row" className="col-youth">
                {t.board.totalsLabel(rows.length)}
              </th>
              {totals.map((counts, index) => (
                <td key={conditions[index]?.id ?? index}>
                  <span className="totals" aria-label={t.board.totalsAria(counts)}>
                    {TOTAL_STATES.map((state) => (
                      <span key={state} className={`total total-${state}`} aria-hidden="true">
                        <Stoplight state={state} />
                        {counts[state]}
                      </span>
                    ))}
                  </span>
                </td>
              ))}
              <td />
              <td />
            </tr>
          </thead>
          <tbody>
            {view.padTop > 0 && (
              <tr aria-hidden="true" className="spacer" style={{ height: view.padTop }}>
                <td colSpan={columnCount + 2} />
              </tr>
            )}
            {visible.map((item, offset) => {
              const itemIndex = view.start + offset;
              if (item.kind === 'group') {
                return (
                  <tr key={item.key} className="group-row" aria-rowindex={itemIndex + 3}>
                    <th scope="colgroup" colSpan={columnCount + 2}>
                      {t.board.groupLabel(item.label, item.count)}
                    </th>
                  </tr>
                );
              }
              const rowIndex = rowIndexByYouth.get(item.row.youth.id) ?? 0;
              return (
                <BoardRowView
                  key={item.key}
                  row={item.row}
                  rowIndex={rowIndex}
                  ariaRowIndex={itemIndex + 3}
                  conditions={conditions}
                  activeCol={active.row === rowIndex ? active.col : -1}
                  today={today}
                  signals={signals?.get(item.row.youth.id)}
                  explain={explain}
                  onOpen={openEditor}
                />
              );
            })}
            {view.padBottom > 0 && (
              <tr aria-hidden="true" className="spacer" style={{ height: view.padBottom }}>
                <td colSpan={columnCount + 2} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {editor && canWrite && (
        <LazyLightEditor
          open
          youthLabel={editor.row.youth.initials}
          condition={editor.condition}
          current={editor.cell.assessment}
          onClose={() => setEditor(null)}
          onSave={async (input) => {
            const written = await save(targetOf(editor.row, editor.condition), input);
            if (written) {
              remember(written, editor.row, editor.condition);
              setEditor(null);
            }
          }}
        />
      )}
    </>
  );
});

type BoardRowViewProps = {
  row: BoardRow;
  rowIndex: number;
  ariaRowIndex: number;
  conditions: Condition[];
  /** The column holding the tab stop in this row, or -1. */
  activeCol: number;
  today: string;
  signals: readonly Signal[] | undefined;
  explain: SignalExplainer;
  onOpen: (row: BoardRow, condition: Condition, cell: CellState) => void;
};

const BoardRowView = memo(function BoardRowView({
  row,
  rowIndex,
  ariaRowIndex,
  conditions,
  activeCol,
  today,
  signals,
  explain,
  onOpen,
}: BoardRowViewProps) {
  const youth = row.youth;
  const bucket = useLiveBucket(youth.id);
  const precision = useDataPrecision();
  const cells = useMemo(
    () => cellsFrom(row, bucket, conditions, today),
    [row, bucket, conditions, today],
  );
  const signalsId = signals ? `signals-${rowIndex}` : undefined;
  const isNew = newOnBoard(youth, today);
  // Cut short with an ellipsis when the municipality is long; the title shows all of it.
  const meta = t.board.youthMeta(
    formatAge(ageOn(youth.birthDate, today), t.board.ageShort),
    youth.municipality,
  );
  return (
    <tr aria-rowindex={ariaRowIndex}>
      <th scope="row" className="col-youth">
        <Link
          to={paths.youthDetail(youth.id)}
          data-row={rowIndex}
          data-col={0}
          tabIndex={activeCol === 0 ? 0 : -1}
          className="youth-link"
          aria-describedby={signalsId}
        >
          {youth.initials}
        </Link>
        {signals && signalsId && (
          <SignalMarker id={signalsId} signals={signals} explain={explain} />
        )}
        <span className="youth-meta" title={meta}>
          {meta}
        </span>
      </th>
      {cells.map((cell, index) => {
        const condition = conditions[index];
        if (!condition) return null;
        const missing = reasonMissing(cell.assessment);
        const fresh = isNew && cell.state === 'unassessed';
        const label = `${youth.initials} – ${condition.name}: ${cell.automatic ? t.automaticNotApplicable : t.light[cell.state]}${missing ? `, ${t.lightEditor.reasonMissing}` : ''}`;
        return (
          <td key={condition.id} className={`cell-${cell.state}`}>
            <button
              type="button"
              className="cell"
              data-row={rowIndex}
              data-col={index + 1}
              tabIndex={activeCol === index + 1 ? 0 : -1}
              aria-label={label}
              title={
                cell.assessment
                  ? t.board.cellTitle(cell.assessment, shortAge(cell.ageInDays ?? 0))
                  : undefined
              }
              onClick={() => onOpen(row, condition, cell)}
            >
              <Stoplight state={cell.state} />
              {cell.ageInDays !== undefined && (
                <span className="cell-age">{shortAge(cell.ageInDays)}</span>
              )}
              {fresh && <span className="cell-age">{t.board.newYouth}</span>}
              {missing && (
                <span className="cell-flag" aria-hidden="true">
                  !
                </span>
              )}
            </button>
          </td>
        );
      })}
      <td className="col-date">{formatDate(youth.plannedEnd, 'd MMM yy')}</td>
      <td className="col-date">
        {row.turnsEighteenOn === undefined
          ? t.dates.invalid
          : formatDateAt(row.turnsEighteenOn, precision.birthDate, 'd MMM yy')}
      </td>
    </tr>
  );
});
