import { CancelledError } from '../shared/errors.ts';

/**
 * Pause / resume / cancel requests for a running job. The trainer checks them between optimizer steps; the phases
 * around it (planning, session start-up, export, evaluation) call throwIfCancelled() at their boundaries, so a
 * cancel always ends the job from the inside: ONNX Runtime is never torn down in the middle of a run.
 */
export class RunControl {
  private state: 'running' | 'paused' | 'cancelled' = 'running';
  private wake: (() => void) | null = null;

  get paused(): boolean {
    return this.state === 'paused';
  }

  get cancelled(): boolean {
    return this.state === 'cancelled';
  }

  pause(): void {
    if (this.state === 'running') this.state = 'paused';
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.wake?.();
  }

  cancel(): void {
    this.state = 'cancelled';
    this.wake?.();
  }

  /** Throws CancelledError once cancel() was called. */
  throwIfCancelled(): void {
    if (this.state === 'cancelled') throw new CancelledError('Training run cancelled');
  }

  /** Resolves when the loop may go on; throws CancelledError once cancel() was called. */
  async waitWhilePaused(): Promise<void> {
    while (this.state === 'paused') await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    this.throwIfCancelled();
  }
}
