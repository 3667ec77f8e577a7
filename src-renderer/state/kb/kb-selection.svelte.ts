import type { FaqEntry } from '../../../src-main/shared/api/index.ts';

/** The entries ticked for a bulk action, by id. Shift-click extends from the last ticked row. */
export class KbSelection {
  ids = $state.raw<ReadonlySet<number>>(new Set());
  count = $derived(this.ids.size);
  #anchor: number | null = null;

  has(id: number): boolean {
    return this.ids.has(id);
  }

  toggle(id: number, rowIndex: number): void {
    const ids = new Set(this.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    this.ids = ids;
    this.#anchor = rowIndex;
  }

  /** Selects every loaded row between the anchor row and `rowIndex`, both included. */
  extendTo(rowIndex: number, rows: readonly (FaqEntry | undefined)[]): void {
    const anchor = this.#anchor ?? rowIndex;
    const ids = new Set(this.ids);
    for (let i = Math.min(anchor, rowIndex); i <= Math.max(anchor, rowIndex); i++) {
      const entry = rows[i];
      if (entry) ids.add(entry.id);
    }
    this.ids = ids;
    this.#anchor = rowIndex;
  }

  replace(ids: Iterable<number>): void {
    this.ids = new Set(ids);
  }

  remove(ids: Iterable<number>): void {
    const next = new Set(this.ids);
    for (const id of ids) next.delete(id);
    this.ids = next;
  }

  clear(): void {
    if (this.ids.size > 0) this.ids = new Set();
    this.#anchor = null;
  }
}
