import { tick } from 'svelte';

/**
 * Whether the keyboard focus has fallen to the page: the element that held it left the DOM (a button that an
 * action took away), so the browser gave it to <body>. A screen then puts it somewhere that makes sense; when
 * the user has already moved it elsewhere, it is left alone.
 */
export function focusFellToPage(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

/**
 * Runs `work` started from `control`, which disables itself meanwhile: a disabled control drops the focus to the
 * page, so it gets it back once the work is done (and the control enabled again), unless the user moved on.
 */
export async function refocusAfter<T>(control: HTMLElement | null, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await tick();
    if (control?.isConnected && focusFellToPage()) control.focus();
  }
}
