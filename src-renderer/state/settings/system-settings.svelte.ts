import type { ApiClient, AppInfo, Input, ThreadSettings } from '../../../src-main/shared/api/index.ts';

/** Settings → System: where the data lives, and the worker thread counts (applied at the next start). */
export class SystemSettingsState {
  info = $state.raw<AppInfo | null>(null);
  threads = $state.raw<ThreadSettings | null>(null);

  readonly #api: ApiClient;
  readonly #onError: (error: unknown) => void;

  constructor(api: ApiClient, onError: (error: unknown) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** A saved thread count is not the one the workers started with. */
  restartNeeded = $derived(
    !!this.threads && (this.threads.inference !== this.threads.inUse.inference || this.threads.training !== this.threads.inUse.training),
  );

  async load(): Promise<void> {
    try {
      const [info, threads] = await Promise.all([this.#api.invoke('app:info', {}), this.#api.invoke('app:threads', {})]);
      this.info = info;
      this.threads = threads;
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
}
