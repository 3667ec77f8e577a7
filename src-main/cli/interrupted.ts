import { ConciergeError } from '../shared/errors.ts';

/** A command stopped by a signal exits as shells report it: 128 + the signal number. */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
export type InterruptSignal = keyof typeof EXIT_CODES;
export const INTERRUPT_SIGNALS = Object.keys(EXIT_CODES) as InterruptSignal[];

/** The command wound down cleanly after SIGINT / SIGTERM; main() exits with the signal's code. */
export class InterruptedError extends ConciergeError {
  override name = 'InterruptedError';
  readonly exitCode: number;

  constructor(
    message: string,
    readonly signal: InterruptSignal,
  ) {
    super(message, 'cancelled');
    this.exitCode = EXIT_CODES[signal];
  }
}
