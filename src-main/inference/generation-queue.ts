/**
 * Fair queue of pending work: FIFO within one caller, round-robin across callers.
 * A caller that submits 10 requests cannot starve another that submits 1: the other's
 * request runs after at most one of the first caller's.
 */
export class GenerationQueue<T> {
  /** Callers in service order; a caller appears once, and only while it has waiting items. */
  private readonly turn: string[] = [];
  private readonly lanes = new Map<string, T[]>();

  get size(): number {
    let total = 0;
    for (const lane of this.lanes.values()) total += lane.length;
    return total;
  }

  push(caller: string, item: T): void {
    const lane = this.lanes.get(caller);
    if (lane) {
      lane.push(item);
      return;
    }
    this.lanes.set(caller, [item]);
    this.turn.push(caller);
  }

  /** The next item: the oldest of the caller whose turn it is; that caller then goes to the back. */
  shift(): T | undefined {
    const caller = this.turn.shift();
    if (caller === undefined) return undefined;
    const lane = this.lanes.get(caller)!;
    const item = lane.shift()!;
    if (lane.length > 0) this.turn.push(caller);
    else this.lanes.delete(caller);
    return item;
  }

  /** Takes out the first waiting item that matches; returns it, or undefined when none does. */
  remove(matches: (item: T) => boolean): T | undefined {
    for (const [caller, lane] of this.lanes) {
      const index = lane.findIndex(matches);
      if (index === -1) continue;
      const [item] = lane.splice(index, 1);
      if (lane.length === 0) {
        this.lanes.delete(caller);
        this.turn.splice(this.turn.indexOf(caller), 1);
      }
      return item;
    }
    return undefined;
  }

  /** Empties the queue, returning everything that was waiting. */
  drain(): T[] {
    const items: T[] = [];
    for (let item = this.shift(); item !== undefined; item = this.shift()) items.push(item);
    return items;
  }
}
