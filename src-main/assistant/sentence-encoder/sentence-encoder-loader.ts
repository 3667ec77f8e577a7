/**
 * The app's sentence encoder (a SentenceEncoderClient), loaded once it is first asked for, and what became of it
 * (`status()`, shown by app:info). Where it cannot load (its files unreadable for a moment, too little memory),
 * answers are ranked by their words and it is loaded again later, a bounded number of times; where its worker kept
 * stopping (the client gave up), it is not asked again until the app restarts. Either is logged once.
 *
 *   const encoder = new SentenceEncoderLoader(() => SentenceEncoderClient.load());
 *   new MeaningRerank(encoder.embedder, load);             // null where it is not there: words alone
 *   await encoder.close();
 */
import type { MeaningStatus } from '../../shared/api/app.ts';
import type { SentenceEmbedder } from '../meaning-rerank.ts';

/** What the loader needs of a loaded encoder (SentenceEncoderClient). */
export interface LoadedEncoder extends SentenceEmbedder {
  /** Why it fails every call from now on, or null. */
  readonly gaveUp: Error | null;
  /** Runs `listener` when `gaveUp` is set. */
  onGaveUp(listener: () => void): void;
  dispose(): Promise<void>;
}

/**
 * How long after a failed load the encoder is loaded again, one wait per try: a file being replaced (an update, a
 * restore) is back within seconds, a machine short of memory may recover in minutes. After the last, it is not tried
 * again. A load is tried when it is next asked for once the wait is over (a question, or the warm-up after a KB
 * change), in the background: the question that starts it is ranked by words.
 */
export const ENCODER_LOAD_RETRY_MS = [30_000, 120_000, 600_000];

export class SentenceEncoderLoader {
  private encoder: LoadedEncoder | null = null;
  private loading: Promise<LoadedEncoder | null> | null = null;
  /** Loads that failed in a row, and when the next may start (`now()` time). */
  private failures = 0;
  private retryAt = 0;
  private problem: string | null = null;
  private gaveUpLogged = false;
  private closed = false;
  private readonly reloaded = new Set<() => void>();
  private readonly statusListeners = new Set<(status: MeaningStatus) => void>();
  /** The status the listeners last heard. */
  private reported: MeaningStatus = { state: 'idle', problem: null };

  /** `now` (milliseconds, performance.now() by default) times the waits between loads. */
  constructor(
    private readonly load: () => Promise<LoadedEncoder>,
    private readonly options: { now?: () => number } = {},
  ) {}

  /** Runs `listener` whenever a load that follows a failed one succeeds (the app warms the encoder's cache then). */
  onReloaded(listener: () => void): void {
    this.reloaded.add(listener);
  }

  /**
   * Runs `listener` with status() whenever it changes (a load starts or ends, the encoder gives up), until close():
   * app:changed, so Settings shows it as it happens.
   */
  onStatus(listener: (status: MeaningStatus) => void): void {
    this.statusListeners.add(listener);
  }

  /**
   * The encoder, or null where it cannot be used now: answers are then ranked by words. The first load is waited
   * for (the question that needs it is re-ranked once it is there); a later one is not (see ENCODER_LOAD_RETRY_MS).
   */
  embedder = (): Promise<SentenceEmbedder | null> => {
    if (this.closed) return Promise.resolve(null);
    if (this.encoder) return Promise.resolve(this.usable(this.encoder));
    const first = this.failures === 0;
    if (!this.loading) {
      if (!first && (this.failures > ENCODER_LOAD_RETRY_MS.length || this.now() < this.retryAt)) return Promise.resolve(null);
      this.loading = this.tryLoad().finally(() => {
        this.loading = null;
        this.statusChanged();
      });
      this.statusChanged();
    }
    return first ? this.loading : Promise.resolve(null);
  };

  status(): MeaningStatus {
    const gaveUp = this.encoder?.gaveUp;
    if (gaveUp) return { state: 'unavailable', problem: gaveUp.message };
    if (this.encoder) return { state: 'ready', problem: null };
    if (this.loading) return { state: 'loading', problem: this.problem };
    if (this.failures === 0) return { state: 'idle', problem: null };
    return { state: this.failures > ENCODER_LOAD_RETRY_MS.length ? 'unavailable' : 'retrying', problem: this.problem };
  }

  /** Releases the encoder (after a load under way ends); later calls get null. */
  async close(): Promise<void> {
    this.closed = true;
    await this.loading;
    await this.encoder?.dispose();
  }

  private statusChanged(): void {
    const status = this.status();
    if (this.closed || (status.state === this.reported.state && status.problem === this.reported.problem)) return;
    this.reported = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private now(): number {
    return this.options.now ? this.options.now() : performance.now();
  }

  private usable(encoder: LoadedEncoder): LoadedEncoder | null {
    const gaveUp = encoder.gaveUp;
    if (!gaveUp) return encoder;
    if (!this.gaveUpLogged) {
      this.gaveUpLogged = true;
      console.error('The sentence encoder is not used again until Concierge restarts; English answers are ranked by their words alone:', gaveUp);
    }
    return null;
  }

  private async tryLoad(): Promise<LoadedEncoder | null> {
    try {
      const encoder = await this.load();
      if (this.closed) {
        await encoder.dispose();
        return null;
      }
      this.encoder = encoder;
      encoder.onGaveUp(() => this.statusChanged());
      const reloaded = this.failures > 0;
      this.failures = 0;
      this.problem = null;
      if (reloaded) for (const listener of this.reloaded) listener();
      return encoder;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
      const wait = ENCODER_LOAD_RETRY_MS[this.failures++];
      if (wait === undefined) {
        console.error(`The sentence encoder did not load in ${this.failures} tries; English answers are ranked by their words alone until Concierge restarts:`, error);
      } else if (this.failures === 1) {
        console.error(`The sentence encoder did not load; English answers are ranked by their words alone, and it is loaded again in ${wait / 1000} s or later:`, error);
      }
      this.retryAt = this.now() + (wait ?? 0);
      return null;
    }
  }
}
