import type { AnswerSettings, ApiClient, Input } from '../../src-main/shared/api/index.ts';

/** The assistant's answer settings as stored by the server; each change is saved as it is made. */
export class AnswerSettingsState {
  settings = $state.raw<AnswerSettings | null>(null);
  saving = $state(false);
  /** The server's refusal of the last change (e.g. thresholds in the wrong order), shown next to the fields. */
  problem = $state<string | null>(null);

  readonly #api: ApiClient;
  readonly #onError: (error: unknown) => void;

  constructor(api: ApiClient, onError: (error: unknown) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  async load(): Promise<void> {
    try {
      this.settings = await this.#api.invoke('settings:get', {});
    } catch (error) {
      this.#onError(error);
    }
  }

  async update(patch: Input<'settings:set'>): Promise<void> {
    this.saving = true;
    try {
      this.settings = await this.#api.invoke('settings:set', patch);
      this.problem = null;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
      await this.load(); // show the values actually in force
    } finally {
      this.saving = false;
    }
  }
}
