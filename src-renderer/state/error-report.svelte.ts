import type { ApiClient } from '../../src-main/shared/api/index.ts';
import { describeError, type UiError } from '../lib/errors.ts';

/**
 * The one error currently shown in the banner above the screen; a newer error replaces it, and a later success of
 * the API call that failed (a training run started once its setting was corrected) clears it: what it said is fixed.
 */
export class ErrorReport {
  current = $state<UiError | null>(null);
  /** The API call the shown error came from, if it came from one (see clearingOnSuccess). */
  #call: string | null = null;
  /** The call each failure came from, for report() to tell. */
  readonly #failedCalls = new WeakMap<object, string>();

  report = (error: unknown): void => {
    this.current = describeError(error);
    this.#call = (typeof error === 'object' && error !== null && this.#failedCalls.get(error)) || null;
  };

  dismiss(): void {
    this.current = null;
  }

  /** `api`, whose successful calls clear the banner when it shows a failure of the same call. */
  clearingOnSuccess(api: ApiClient): ApiClient {
    return {
      invoke: async (channel, input) => {
        try {
          const result = await api.invoke(channel, input);
          if (this.current && this.#call === channel) this.dismiss();
          return result;
        } catch (error) {
          if (typeof error === 'object' && error !== null) this.#failedCalls.set(error, channel);
          throw error;
        }
      },
      on: (event, listener) => api.on(event, listener),
    };
  }
}
