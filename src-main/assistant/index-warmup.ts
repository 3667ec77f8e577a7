// Keeps the ranker's index in step with the knowledge base without blocking the event loop for seconds.
//
// Analysing 10,000 entries takes seconds of CPU. The warm-up does it on the main thread in slices of
// `WARMUP_SLICE_MS`, yielding to the event loop (setImmediate) between them, so the Electron main process and
// the web server keep answering. A worker thread was measured (10,000 entries) and left out: analysing an
// entry cost ≈0.66 ms then (≈0.3 ms since the phrase look-ups were indexed) and yields ≈6 KB of Sets and Maps (the index then keeps ≈10 KB per entry in all, mostly
// integer lists); cloning that back costs ≈0.14 ms in the worker and ≈0.24 ms on the main thread, and adding it
// to the index (≈0.24 ms) stays on the main thread either way. A
// worker would halve the main thread's work but still need slicing there, spend more CPU in total on two
// shared cores, and leave the longest stalls as they are: GC pauses of the index growing on the main thread.
import type { RetrievalIndex } from './retrieval-index.ts';
import type { KnowledgeSource } from './retriever.ts';

/**
 * Longest stretch of index work between two turns of the event loop. Measured at 10,000 entries on a busy
 * 2-core machine (slices of 2, 5, 10, 30 ms): the warm-up's total time did not change beyond noise, the 99th
 * percentile of event-loop delay followed the slice (≈50, 60, 105, 125 ms), and the longest stall (≈110–210 ms)
 * was a young-generation GC pause of the growing index whatever the slice.
 */
export const WARMUP_SLICE_MS = 5;

export class IndexWarmup {
  /** Revision the index matches; null before the first sync. */
  private syncedRevision: number | null = null;
  /** A sync in progress, paused between two entries. */
  private running: { revision: number; steps: Generator<void, void, undefined> } | null = null;
  private warming: Promise<void> | null = null;

  constructor(
    private readonly index: RetrievalIndex,
    private readonly source: Pick<KnowledgeSource, 'revision' | 'stamps' | 'load'>,
  ) {}

  /** Brings the index up to date now, finishing a warm-up in progress (the synchronous callers: eval, bench, training). */
  syncNow(): void {
    this.advance(Infinity);
  }

  /**
   * Brings the index up to date in slices that yield to the event loop; resolves once it matches the
   * revision current at that moment, so a change made during the warm-up is in it. Calls made while one runs
   * share it.
   */
  warm(): Promise<void> {
    this.warming ??= this.slices().finally(() => {
      this.warming = null;
    });
    return this.warming;
  }

  /** Starts on the next turn of the event loop, so a caller (a KB write announcing its change) is not held up. */
  private async slices(): Promise<void> {
    do await new Promise((resolve) => setImmediate(resolve));
    while (!this.advance(performance.now() + WARMUP_SLICE_MS));
  }

  /**
   * Syncs until `deadline` (performance.now() time; at least one entry per call). Returns true when the index
   * matches the current revision. A change made while a sync is paused is picked up by syncing again once it
   * ends: only what changed is analysed again.
   */
  private advance(deadline: number): boolean {
    for (;;) {
      if (!this.running) {
        const revision = this.source.revision();
        if (revision === this.syncedRevision) return true;
        this.running = { revision, steps: this.index.syncSteps(this.source.stamps(), (ids) => this.source.load(ids)) };
      }
      const { running } = this;
      let done: boolean | undefined;
      try {
        do done = running.steps.next().done;
        while (!done && performance.now() < deadline);
      } catch (error) {
        // The next sync starts over from the stamps; the index compares them with what it holds.
        this.running = null;
        throw error;
      }
      if (!done) return false;
      this.syncedRevision = running.revision;
      this.running = null;
    }
  }
}
