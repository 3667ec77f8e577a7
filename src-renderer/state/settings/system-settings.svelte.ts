import type { ApiClient, AppInfo, Input, PrecisionSettings, ThreadSettings } from '../../../src-main/shared/api/index.ts';
import { describeError, type UiError } from '../../lib/errors.ts';

type Precision = PrecisionSettings['precision'];

/**
 * Settings → System: where the data lives, the worker thread counts and the inference precision (both applied at
 * the next start).
 */
export class SystemSettingsState {
  info = $state.raw<AppInfo | null>(null);
  threads = $state.raw<ThreadSettings | null>(null);
  /** The saved precision (shown as chosen the moment the user picks it, put back if saving fails) and the one in use. */
  precision = $state.raw<PrecisionSettings | null>(null);
  /** What the last precision change came to: saved, or why it was not; null before any change. */
  precisionOutcome = $state.raw<{ saved: true } | { saved: false; error: UiError } | null>(null);

  readonly #api: ApiClient;
  readonly #onError: (error: unknown) => void;
  /** Numbers the precision changes, so that only the latest one's reply is shown when they overlap. */
  #precisionCall = 0;
  /** The precision settings as the server last returned them: what a failed change goes back to. */
  #savedPrecision: PrecisionSettings | null = null;

  constructor(api: ApiClient, onError: (error: unknown) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** A saved thread count is not the one the workers started with. */
  restartNeeded = $derived(
    !!this.threads && (this.threads.inference !== this.threads.inUse.inference || this.threads.training !== this.threads.inUse.training),
  );

  /** The saved precision is not the one the inference worker started with. */
  precisionRestartNeeded = $derived(!!this.precision && this.precision.precision !== this.precision.inUse);

  /** Loads everything, and keeps `info` (the meaning re-rank's state, the read-only file) as it changes (app:changed). */
  connect(): () => void {
    void this.load();
    const stops = [
      this.#api.on('app:changed', (info) => (this.info = info)),
      // Back from a dropped connection: an app:changed may have been missed (threads and precision change only here).
      this.#api.on('connection:resumed', () => void this.#api.invoke('app:info', {}).then((info) => (this.info = info), this.#onError)),
    ];
    return () => stops.forEach((stop) => stop());
  }

  async load(): Promise<void> {
    try {
      const [info, threads, precision] = await Promise.all([
        this.#api.invoke('app:info', {}),
        this.#api.invoke('app:threads', {}),
        this.#api.invoke('app:precision', {}),
      ]);
      this.info = info;
      this.threads = threads;
      this.precision = this.#savedPrecision = precision;
    } catch (error) {
      this.#onError(error);
    }
  }

  async setThreads(patch: Input<'app:set-threads'>): Promise<void> {
    try {
      this.threads = await this.#api.invoke('app:set-threads', patch);
    } catch (error) {
      this.#onError(error);
    }
  }

  /** Saves the precision; on failure the previous choice comes back and the reason is kept in `precisionOutcome`. */
  async setPrecision(precision: Precision): Promise<void> {
    if (!this.precision) return;
    const call = ++this.#precisionCall;
    this.precision = { ...this.precision, precision };
    this.precisionOutcome = null;
    try {
      const saved = (this.#savedPrecision = await this.#api.invoke('app:set-precision', { precision }));
      if (call !== this.#precisionCall) return; // a later change is on its way; its reply decides what shows
      this.precision = saved;
      this.precisionOutcome = { saved: true };
    } catch (error) {
      if (call !== this.#precisionCall) return;
      this.precision = this.#savedPrecision;
      this.precisionOutcome = { saved: false, error: describeError(error) };
    }
  }
}
