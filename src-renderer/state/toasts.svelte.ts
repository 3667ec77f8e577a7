import type { MessageKey } from '../i18n/i18n.svelte.ts';

/** A button on a toast: Undo, or Show (the new entries in the list). */
export interface ToastAction {
  /** The button's text in the catalogue ('toast.undo', 'toast.show'). */
  label: MessageKey;
  run: () => Promise<unknown> | void;
  /**
   * Whether the toast stays after the action (Show can be pressed again and leaves Undo beside it). By default it
   * goes first, so a double click cannot run the action twice (an Undo must not).
   */
  keepsToast?: boolean;
}

export interface Toast {
  id: number;
  message: string;
  actions: readonly ToastAction[];
}

export interface ToastOptions {
  actions?: readonly ToastAction[];
  timeoutMs?: number;
}

/** The Undo button of a change that can be taken back. */
export const undoAction = (run: ToastAction['run']): ToastAction => ({ label: 'toast.undo', run });

/** Toasts with a button (Undo, Show) last longer than plain confirmations, so there is time to read and react. */
export const TOAST_TIMEOUT_MS = 5_000;
export const ACTION_TIMEOUT_MS = 10_000;
const MAX_TOASTS = 4;
/** Toasts shown at once while collapsed: older ones wait behind an "n more" button (they still expire). */
export const SHOWN_TOASTS = 2;

/**
 * The toasts to show, oldest first, and how many older ones are folded away. Collapsed, only the newest
 * SHOWN_TOASTS show, so a run of deletes does not cover the list; the newest (its buttons) is always among them.
 */
export function visibleToasts(items: readonly Toast[], expanded: boolean): { shown: readonly Toast[]; hidden: number } {
  if (expanded || items.length <= SHOWN_TOASTS) return { shown: items, hidden: 0 };
  return { shown: items.slice(-SHOWN_TOASTS), hidden: items.length - SHOWN_TOASTS };
}

/** Short notices at the bottom of the window, some with buttons (Undo, Show). Timers pause while the user is on them. */
export class Toasts {
  items = $state<Toast[]>([]);
  #nextId = 1;
  #timers = new Map<number, { handle: ReturnType<typeof setTimeout> | null; remaining: number; startedAt: number }>();
  #paused = false;

  show(message: string, options: ToastOptions = {}): number {
    const id = this.#nextId++;
    const actions = options.actions ?? [];
    const timeoutMs = options.timeoutMs ?? (actions.length > 0 ? ACTION_TIMEOUT_MS : TOAST_TIMEOUT_MS);
    this.items = [...this.items, { id, message, actions }].slice(-MAX_TOASTS);
    this.#timers.set(id, { handle: null, remaining: timeoutMs, startedAt: 0 });
    if (!this.#paused) this.#start(id);
    return id;
  }

  dismiss(id: number): void {
    const timer = this.#timers.get(id);
    if (timer?.handle) clearTimeout(timer.handle);
    this.#timers.delete(id);
    this.items = this.items.filter((toast) => toast.id !== id);
  }

  /** Runs the toast's action labelled `label`; unless it keepsToast, the toast goes away first (see ToastAction). */
  async act(id: number, label: MessageKey): Promise<void> {
    const action = this.items.find((item) => item.id === id)?.actions.find((candidate) => candidate.label === label);
    if (!action) return;
    if (!action.keepsToast) this.dismiss(id);
    await action.run();
  }

  pause(): void {
    if (this.#paused) return;
    this.#paused = true;
    for (const timer of this.#timers.values()) {
      if (!timer.handle) continue;
      clearTimeout(timer.handle);
      timer.handle = null;
      timer.remaining -= Date.now() - timer.startedAt;
    }
  }

  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    for (const id of this.#timers.keys()) this.#start(id);
  }

  #start(id: number): void {
    const timer = this.#timers.get(id);
    if (!timer) return;
    timer.startedAt = Date.now();
    timer.handle = setTimeout(() => this.dismiss(id), Math.max(0, timer.remaining));
  }
}
