import { useObservable } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  addTotals,
  columnTotals,
  filterRows,
  groupByMunicipality,
  type BoardRow,
} from '@/domain/board';
import { activeConditions } from '@/domain/conditions';
import type { YouthId } from '@/domain/ids';
import type { Signal } from '@/domain/signals';
import type { Condition, LightState, Youth } from '@/domain/types';
import { observeConditions, observePlacedYouths } from '@/db/shared-lists';
import { useUiStore } from '@/ui/store';
import { sortRowsKeepingOrder } from './sort-rows-keeping-order';
import { bucketTotals, useBoardRows } from './use-board-rows';
import { useSignalFilter } from './signal-filter';
import { useBoardSignals } from './use-board-signals';

export type BoardItem =
  | { kind: 'group'; key: string; label: string; count: number }
  | { kind: 'row'; key: string; row: BoardRow };

export type BoardData = {
  loading: boolean;
  /** Every placed young person, before filtering. */
  youths: Youth[];
  conditions: Condition[];
  /** Rows after filter and sort, with group headers when grouping is on. */
  items: BoardItem[];
  rows: BoardRow[];
  totals: Record<LightState, number>[];
  /** Active signals per young person (only those with any). */
  signals: ReadonlyMap<YouthId, readonly Signal[]>;
};

/**
 * The board's data: live queries of young people, conditions and current
 * lights (one record per cell, not the history), combined in memory.
 */
export function useBoardData(today: string): BoardData {
  const youths = useObservable(observePlacedYouths, []);
  const allConditions = useObservable(observeConditions, []);
  const filter = useUiStore((state) => state.filter);
  const sortKey = useUiStore((state) => state.sortKey);
  const sortDirection = useUiStore((state) => state.sortDirection);
  const grouped = useUiStore((state) => state.groupByMunicipality);

  const conditions = useMemo(() => activeConditions(allConditions ?? []), [allConditions]);
  // Rows wait for the conditions: built without them they would be built twice.
  const board = useBoardRows(allConditions ? youths : undefined, conditions, today);
  const allRows = board?.rows;
  const signals = useBoardSignals(today);
  const onlyWithSignals = useSignalFilter((state) => state.onlyWithSignals);
  // Sorted before filtering (filtering keeps the order): a keystroke in the search box
  // then only filters, and a light change only re-sorts when sorting by reds.
  const sortedRows = useMemo(
    () => (allRows ? sortRowsKeepingOrder(allRows, sortKey, sortDirection) : []),
    [allRows, sortKey, sortDirection],
  );
  // Signals change after every light change: only re-filter on them when they filter.
  const signalFilter = onlyWithSignals ? signals : undefined;
  const rows = useMemo(() => {
    const filtered = filterRows(sortedRows, filter);
    return signalFilter ? filtered.filter((row) => signalFilter.has(row.youth.id)) : filtered;
  }, [sortedRows, filter, signalFilter]);
  const items = useMemo<BoardItem[]>(() => {
    if (!grouped) return rows.map((row) => ({ kind: 'row', key: row.youth.id, row }));
    return groupByMunicipality(rows).flatMap((group): BoardItem[] => [
      { kind: 'group', key: `group:${group.key}`, label: group.label, count: group.rows.length },
      ...group.rows.map((row): BoardItem => ({ kind: 'row', key: row.youth.id, row })),
    ]);
  }, [rows, grouped]);
  const totals = useMemo(() => {
    const columns = conditions.length;
    // Unfiltered, as in a meeting: per-bucket totals, so a light change recounts one bucket.
    if (board && rows.length === board.rows.length)
      return addTotals(
        board.buckets.map((bucket) => bucketTotals(bucket, columns)),
        columns,
      );
    return columnTotals(rows, columns);
  }, [board, rows, conditions.length]);

  return {
    loading: youths === undefined || allConditions === undefined || allRows === undefined,
    youths: youths ?? [],
    conditions,
    items,
    rows,
    totals,
    signals,
  };
}
