/** The slice of a fixed-row-height list that is worth rendering. */
export interface VirtualWindow {
  /** Index of the first rendered row. */
  first: number;
  /** One past the last rendered row. */
  end: number;
  /** Where the first rendered row sits, in pixels from the top of the list. */
  offset: number;
  /** Height of the whole list, so the scrollbar matches the full row count. */
  height: number;
}

/** Rows inside the viewport plus `overscan` on each side, so fast scrolling does not show gaps. */
export function virtualWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 6,
): VirtualWindow {
  const height = count * rowHeight;
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, height - viewportHeight));
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((top + viewportHeight) / rowHeight) + overscan);
  return { first, end, offset: first * rowHeight, height };
}
