import type { ApiClient, BackupInfo, RestoreResult } from '../../../src-main/shared/api/index.ts';

/**
 * Settings → Backups: the backup files of the data folder, taking one now, and restoring one. The server takes
 * a safety backup of the current database before a restore replaces it; the list then shows it too.
 */
export class BackupsState {
  backups = $state.raw<BackupInfo[]>([]);
  /** The backups folder (absolute), once loaded. */
  dir = $state<string | null>(null);
  loaded = $state(false);
  /** What is running: one thing at a time, so the buttons disable while it works. */
  busy = $state<'creating' | 'restoring' | null>(null);
  /** The backup the user asked to restore, waiting for confirmation. */
  confirming = $state.raw<BackupInfo | null>(null);

  readonly #api: ApiClient;
  readonly #onError: (error: unknown) => void;

  constructor(api: ApiClient, onError: (error: unknown) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** Loads the list and reloads it when a restore happened elsewhere (another window, the CLI). */
  connect(): () => void {
    void this.load();
    const stops = [
      this.#api.on('backup:restored', () => void this.load()),
      // Back from a dropped connection: a backup:restored may have been missed.
      this.#api.on('connection:resumed', () => void this.load()),
    ];
    return () => stops.forEach((stop) => stop());
  }

  async load(): Promise<void> {
    try {
      const { backups, dir } = await this.#api.invoke('backup:list', {});
      this.backups = backups;
      this.dir = dir;
      this.loaded = true;
    } catch (error) {
      this.#onError(error);
    }
  }

  /** Takes a backup now; returns it, or null when it failed (the error is reported). */
  async create(): Promise<BackupInfo | null> {
    if (this.busy) return null;
    this.busy = 'creating';
    try {
      const created = await this.#api.invoke('backup:create', {});
      await this.load();
      return created;
    } catch (error) {
      this.#onError(error);
      return null;
    } finally {
      this.busy = null;
    }
  }

  askRestore(backup: BackupInfo): void {
    this.confirming = backup;
  }

  cancelRestore(): void {
    this.confirming = null;
  }

  /** Restores the backup being confirmed; returns what the server did, or null when it failed. */
  async confirmRestore(): Promise<RestoreResult | null> {
    const backup = this.confirming;
    this.confirming = null;
    if (!backup || this.busy) return null;
    this.busy = 'restoring';
    try {
      const result = await this.#api.invoke('backup:restore', { file: backup.file });
      await this.load();
      return result;
    } catch (error) {
      this.#onError(error);
      return null;
    } finally {
      this.busy = null;
    }
  }
}
