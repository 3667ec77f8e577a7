import { describeError, type UiError } from '../lib/errors.ts';

/** The one error currently shown in the banner above the screen; a newer error replaces it. */
export class ErrorReport {
  current = $state<UiError | null>(null);

  report = (error: unknown): void => {
    this.current = describeError(error);
  };

  dismiss(): void {
    this.current = null;
  }
}
