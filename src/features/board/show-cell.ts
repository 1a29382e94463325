/**
 * Scrolls so a focused cell is fully visible on both axes: inside the board's
 * scroll box, clear of its sticky header row and first column, and inside the
 * browser window (at 200 % zoom the box itself can be partly off-screen).
 * Rows are placed by the virtual window first (scrollTopToShow); this finishes
 * the job once the cell is drawn.
 */
export function showCell(
  cell: HTMLElement,
  box: HTMLElement,
  stickyLeft: number,
  stickyTop: number,
) {
  const cellRect = cell.getBoundingClientRect();
  const boxRect = box.getBoundingClientRect();
  const inFirstColumn = cell.closest('.col-youth') !== null;

  if (!inFirstColumn) {
    const visibleLeft = boxRect.left + box.clientLeft + stickyLeft;
    const visibleRight = boxRect.left + box.clientLeft + box.clientWidth;
    if (cellRect.left < visibleLeft) box.scrollLeft -= visibleLeft - cellRect.left;
    else if (cellRect.right > visibleRight) box.scrollLeft += cellRect.right - visibleRight;
  }
  const visibleTop = boxRect.top + box.clientTop + stickyTop;
  const visibleBottom = boxRect.top + box.clientTop + box.clientHeight;
  if (cellRect.top < visibleTop) box.scrollTop -= visibleTop - cellRect.top;
  else if (cellRect.bottom > visibleBottom) box.scrollTop += cellRect.bottom - visibleBottom;

  // Then the page: the box may reach past the window's edge.
  const shown = cell.getBoundingClientRect();
  const dx =
    shown.left < 0
      ? shown.left
      : shown.right > window.innerWidth
        ? shown.right - window.innerWidth
        : 0;
  const dy =
    shown.top < 0
      ? shown.top
      : shown.bottom > window.innerHeight
        ? shown.bottom - window.innerHeight
        : 0;
  if (dx !== 0 || dy !== 0) window.scrollBy(dx, dy);
}
