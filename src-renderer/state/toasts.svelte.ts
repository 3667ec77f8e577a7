export interface Toast {
  id: number;
  message: string;
  /** Present when the action can be undone from the toast. */
  undo?: () => Promise<unknown> | void;
}

export interface ToastOptions {
  undo?: Toast['undo'];
  timeoutMs?: number;
}

/** Undo windows last longer than plain confirmations, so there is time to read and react. */
export const TOAST_TIMEOUT_MS = 5_000;
export const UNDO_TIMEOUT_MS = 10_000;
const MAX_TOASTS = 4;
/** Toasts shown at once while collapsed: older ones wait behind an "n more" button (they still expire). */
export const SHOWN_TOASTS = 2;

/**
 * The toasts to show, oldest first, and how many older ones are folded away. Collapsed, only the newest
 * SHOWN_TOASTS show, so a run of deletes does not cover the list; the newest (its Undo) is always among them.
 */
export function visibleToasts(items: readonly Toast[], expanded: boolean): { shown: readonly Toast[]; hidden: number } {
  if (expanded || items.length <= SHOWN_TOASTS) return { shown: items, hidden: 0 };
  return { shown: items.slice(-SHOWN_TOASTS), hidden: items.length - SHOWN_TOASTS };
}

/** Short notices at the bottom of the window, some with an Undo button. Timers pause while the user is on them. */
export class Toasts {
  items = $state<Toast[]>([]);
  #nextId = 1;
  #timers = new Map<number, { handle: ReturnType<typeof setTimeout> | null; remaining: number; startedAt: number }>();
  #paused = false;

  show(message: string, options: ToastOptions = {}): number {
    const id = this.#nextId++;
    const timeoutMs = options.timeoutMs ?? (options.undo ? UNDO_TIMEOUT_MS : TOAST_TIMEOUT_MS);
    this.items = [...this.items, { id, message, undo: options.undo }].slice(-MAX_TOASTS);
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

  /** Runs the toast's undo once; the toast goes away first so a double click cannot undo twice. */
  async undo(id: number): Promise<void> {
    const toast = this.items.find((item) => item.id === id);
    if (!toast?.undo) return;
    this.dismiss(id);
    await toast.undo();
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
