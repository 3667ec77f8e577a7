import type { AnswerSettings, ApiClient, Input } from '../../src-main/shared/api/index.ts';
import { describeError, type UiError } from '../lib/errors.ts';

/** The assistant's answer settings as stored by the server; each change is saved as it is made. */
export class AnswerSettingsState {
  settings = $state.raw<AnswerSettings | null>(null);
  saving = $state(false);
  /** The server's refusal of the last change (e.g. thresholds in the wrong order), shown next to the fields. */
  problem = $state.raw<UiError | null>(null);

  readonly #api: ApiClient;
  readonly #onError: (error: unknown) => void;
  /** The newest change asked for: only its reply is shown (a slider moved with the arrow keys sends one per step). */
  #latest = 0;

  constructor(api: ApiClient, onError: (error: unknown) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** Reads the settings in force; a reply that a newer change has overtaken is not shown (see update()). */
  async load(request = this.#latest): Promise<void> {
    try {
      const settings = await this.#api.invoke('settings:get', {});
      if (request === this.#latest) this.settings = settings;
    } catch (error) {
      this.#onError(error);
    }
  }

  /**
   * Shows the change at once and saves it. The reply to an older change, arriving while a newer one is on its
   * way, is not shown: it would put the control back a step under the user's hand, and the next step would
   * then start from there. A refused change shows its reason and the values in force again, unless a newer change
   * is on its way by then: the newest decides what is shown.
   */
  async update(patch: Input<'settings:set'>): Promise<void> {
    const request = ++this.#latest;
    if (this.settings) this.settings = { ...this.settings, ...patch };
    this.saving = true;
    try {
      const saved = await this.#api.invoke('settings:set', patch);
      if (request !== this.#latest) return;
      this.settings = saved;
      this.problem = null;
    } catch (error) {
      if (request !== this.#latest) return;
      this.problem = describeError(error);
      await this.load(request); // show the values actually in force
    } finally {
      if (request === this.#latest) this.saving = false;
    }
  }
}
