import { availableParallelism } from 'node:os';
import type { appChannels, ThreadSettings } from '../../shared/api/app.ts';
import type { Handlers } from '../../shared/api/index.ts';
import type { Database } from '../../store/database.ts';
import { SettingsRepository } from '../../store/settings-repository.ts';

type AppChannel = keyof typeof appChannels;

const KEYS = { inference: 'threads.inference', training: 'threads.training' } as const;

/** Thread counts in the `settings` table; a missing or invalid stored value means automatic (null). */
export class ThreadSettingsStore {
  readonly #repository: SettingsRepository;
  /** Read once when the app starts: what the workers are given. */
  readonly inUse: ThreadSettings['inUse'];

  constructor(db: Database) {
    this.#repository = new SettingsRepository(db);
    this.inUse = this.#stored();
  }

  get(): ThreadSettings {
    return { ...this.#stored(), inUse: this.inUse, cores: availableParallelism() };
  }

  #stored(): ThreadSettings['inUse'] {
    const stored = this.#repository.all();
    const read = (key: string) => {
      const value = stored[key];
      return Number.isInteger(value) && (value as number) >= 1 ? (value as number) : null;
    };
    return { inference: read(KEYS.inference), training: read(KEYS.training) };
  }

  set(patch: { inference?: number | null; training?: number | null }): ThreadSettings {
    this.#repository.set({
      ...(patch.inference !== undefined && { [KEYS.inference]: patch.inference }),
      ...(patch.training !== undefined && { [KEYS.training]: patch.training }),
    });
    return this.get();
  }
}

export interface AppDeps {
  dataDir: string;
  threads: ThreadSettingsStore;
}

export function createAppHandlers({ dataDir, threads }: AppDeps): Pick<Handlers, AppChannel> {
  return {
    'app:info': async () => ({ dataDir, cores: availableParallelism() }),
    'app:threads': async () => threads.get(),
    'app:set-threads': async (patch) => threads.set(patch),
  };
}
