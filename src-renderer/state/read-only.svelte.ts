import type { ApiClient } from '../../src-main/shared/api/index.ts';
import { describeError, type UiError } from '../lib/errors.ts';

/**
 * The read-only banner: the database file that may not be written (null when it may), and why the last Retry
 * (app:reopen) did not open it for writing. A reopen from another window or tab (app:changed), or one missed while
 * the connection was down (connection:resumed), clears the banner here too.
 */
export class ReadOnlyState {
  file = $state<string | null>(null);
  retrying = $state(false);
  /** Why the last Retry failed; it goes once the file is opened for writing, however that is heard. */
  failure = $state.raw<UiError | null>(null);

  readonly #api: ApiClient;

  constructor(api: ApiClient) {
    this.#api = api;
  }

  connect(): () => void {
    const load = () =>
      void this.#api.invoke('app:info', {}).then(
        (info) => this.#show(info.readOnlyDatabase),
        () => {}, // out of reach: the connection banner says so
      );
    load();
    const stops = [
      this.#api.on('app:changed', (info) => this.#show(info.readOnlyDatabase)),
      // Back from a dropped connection: an app:changed may have been missed.
      this.#api.on('connection:resumed', load),
    ];
    return () => stops.forEach((stop) => stop());
  }

  /** Opens the file for writing if it may be written now; true when it was. */
  async retry(): Promise<boolean> {
    this.retrying = true;
    this.failure = null;
    try {
      this.#show((await this.#api.invoke('app:reopen', {})).readOnlyDatabase);
      return this.file === null;
    } catch (error) {
      this.failure = describeError(error);
      return false;
    } finally {
      this.retrying = false;
    }
  }

  /** The one way the file is updated: a file that may be written leaves no "retry failed" note behind. */
  #show(file: string | null): void {
    this.file = file;
    if (file === null) this.failure = null;
  }
}
