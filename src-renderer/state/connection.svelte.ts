import type { ConnectionStatus } from '../lib/api-client.ts';

/** A drop shorter than this (a reconnect after a blip) shows nothing. */
export const OFFLINE_GRACE_MS = 1_500;

/**
 * What the shell says about the link to the server (web mode): `online` until the connection has been down for
 * `OFFLINE_GRACE_MS`, then `offline` until it is back; `refused` at once, since it does not come back.
 */
export class ConnectionState {
  status = $state<ConnectionStatus>('online');
  #timer: ReturnType<typeof setTimeout> | null = null;

  /** Feeds a status reported by the API client. */
  update = (reported: ConnectionStatus): void => {
    if (reported === 'offline') {
      this.#timer ??= setTimeout(() => (this.status = 'offline'), OFFLINE_GRACE_MS);
      return;
    }
    this.#clearTimer();
    this.status = reported;
  };

  dispose(): void {
    this.#clearTimer();
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
