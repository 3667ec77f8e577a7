import { untrack } from 'svelte';

/**
 * Runs `connect` while the calling component is mounted and calls the stop function it returns on unmount.
 * Untracked: `connect` reads state (filters, search text) to load data, and must not re-run when that state
 * changes, or every keystroke would reconnect and reload at once.
 */
export function connectWhileMounted(connect: () => (() => void) | void): void {
  $effect(() => untrack(connect));
}
