import { sortRows, type BoardRow, type SortDirection, type SortKey } from '@/domain/board';

type LastSort = {
  youths: readonly BoardRow['youth'][];
  key: SortKey;
  direction: SortDirection;
  /** Position in the sorted list → index in the input. */
  order: number[];
};

let last: LastSort | undefined;

/**
 * `sortRows`, but a light change does not sort again. Setting a light gives new
 * row objects for the same young people in the same sequence; unless the order
 * depends on the lights (sort by reds), the previous order still holds. Sorting
 * 5,000 rows with the Dutch collator costs more than the rest of a light change.
 */
export function sortRowsKeepingOrder(
  rows: readonly BoardRow[],
  key: SortKey,
  direction: SortDirection,
): BoardRow[] {
  const reusable =
    key !== 'reds' &&
    last !== undefined &&
    last.key === key &&
    last.direction === direction &&
    last.youths.length === rows.length &&
    rows.every((row, index) => row.youth === last?.youths[index]);
  if (reusable && last) return last.order.map((index) => rows[index] as BoardRow);

  const position = new Map(rows.map((row, index) => [row, index]));
  const sorted = sortRows(rows, key, direction);
  last = {
    youths: rows.map((row) => row.youth),
    key,
    direction,
    order: sorted.map((row) => position.get(row) as number),
  };
  return sorted;
}
