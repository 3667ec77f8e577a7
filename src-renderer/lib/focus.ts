/**
 * Whether the keyboard focus has fallen to the page: the element that held it left the DOM (a button that an
 * action took away), so the browser gave it to <body>. A screen then puts it somewhere that makes sense; when
 * the user has already moved it elsewhere, it is left alone.
 */
export function focusFellToPage(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}
