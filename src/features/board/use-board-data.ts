import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  buildRows,
  columnTotals,
  filterRows,
  groupByMunicipality,
  indexCurrentLights,
  sortRows,
  type BoardRow,
} from '@/domain/board';
import { activeConditions } from '@/domain/conditions';
import type { Condition, LightState, Youth } from '@/domain/types';
import { listCurrentLights } from '@/db/assessment-repository';
import { listConditions } from '@/db/condition-repository';
import { listPlacedYouths } from '@/db/youth-repository';
import { useUiStore } from '@/ui/store';

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
};

/**
 * The board's data: three live queries (young people, conditions, current
 * lights — one row per cell, not the history), combined in memory.
 */
export function useBoardData(today: string): BoardData {
  const youths = useLiveQuery(listPlacedYouths, []);
  const allConditions = useLiveQuery(listConditions, []);
  const lights = useLiveQuery(listCurrentLights, []);
  const filter = useUiStore((state) => state.filter);
  const sortKey = useUiStore((state) => state.sortKey);
  const sortDirection = useUiStore((state) => state.sortDirection);
  const grouped = useUiStore((state) => state.groupByMunicipality);

  const conditions = useMemo(() => activeConditions(allConditions ?? []), [allConditions]);
  const lightIndex = useMemo(() => indexCurrentLights(lights ?? []), [lights]);
  const allRows = useMemo(
    () => buildRows(youths ?? [], conditions, lightIndex, today),
    [youths, conditions, lightIndex, today],
  );
  const rows = useMemo(
    () => sortRows(filterRows(allRows, filter), sortKey, sortDirection),
    [allRows, filter, sortKey, sortDirection],
  );
  const items = useMemo<BoardItem[]>(() => {
    if (!grouped) return rows.map((row) => ({ kind: 'row', key: row.youth.id, row }));
    return groupByMunicipality(rows).flatMap((group): BoardItem[] => [
      { kind: 'group', key: `group:${group.key}`, label: group.label, count: group.rows.length },
      ...group.rows.map((row): BoardItem => ({ kind: 'row', key: row.youth.id, row })),
    ]);
  }, [rows, grouped]);
  const totals = useMemo(() => columnTotals(rows, conditions.length), [rows, conditions.length]);

  return {
    loading: youths === undefined || allConditions === undefined || lights === undefined,
    youths: youths ?? [],
    conditions,
    items,
    rows,
    totals,
  };
}
