export type GridMove = { row: number; col: number };

/** Where a navigation key moves the focus in a grid of `rows` × `cols`; undefined for other keys. */
export function moveFor(
  key: string,
  ctrl: boolean,
  from: GridMove,
  rows: number,
  cols: number,
  page = 10,
): GridMove | undefined {
  const clampRow = (row: number) => Math.max(0, Math.min(rows - 1, row));
  const clampCol = (col: number) => Math.max(0, Math.min(cols - 1, col));
  switch (key) {
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'ArrowLeft':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'ArrowRight':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: from.row, col: cols - 1 };
    case 'PageUp':
      return { row: clampRow(from.row - page), col: from.col };
    case 'PageDown':
      return { row: clampRow(from.row + page), col: from.col };
    default:
      return undefined;
  }
}
