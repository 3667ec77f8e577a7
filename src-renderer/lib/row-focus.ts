/**
 * Roving focus in a long list (WAI-ARIA APG "grid"): the list is one Tab stop, the arrow keys move between its
 * rows. Pure functions, so the virtual list can keep only the rows in view and still know where focus goes.
 */

/**
 * The row a key moves focus to from row `index` of `total` rows, `pageRows` of which are in view at a time, or
 * null when the key does not move between rows.
 */
export function rowAfterKey(key: string, index: number, total: number, pageRows: number): number | null {
  if (total <= 0) return null;
  const page = Math.max(1, pageRows - 1); // a page down keeps the last row in view as the first
  const last = total - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, last);
    case 'ArrowUp':
      return Math.max(Math.min(index, last) - 1, 0);
    case 'PageDown':
      return Math.min(index + page, last);
    case 'PageUp':
      return Math.max(Math.min(index, last) - page, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/**
 * The row that takes the list's Tab stop: the last focused one while it is among the rows in the DOM
 * [first, end), else the first row in view (a scrolled virtual list no longer holds the old one). -1: no rows.
 */
export function tabStopRow(focused: number, first: number, end: number, firstInView: number, total: number): number {
  if (total <= 0) return -1;
  if (focused >= first && focused < end && focused < total) return focused;
  return Math.min(Math.max(firstInView, first), end - 1, total - 1);
}

/** Scroll position that brings row `index` (of height `rowHeight`) fully into a viewport, moving as little as possible. */
export function scrollToShow(index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return Math.max(0, top + rowHeight - viewportHeight);
  return scrollTop;
}
