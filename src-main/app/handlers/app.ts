import { availableParallelism } from 'node:os';
import type { AppInfo, appChannels, MeaningStatus, PrecisionSettings, ThreadSettings } from '../../shared/api/app.ts';
import { MODEL_PRECISIONS, type ModelPrecision } from '../../shared/inference-protocol.ts';
import { DEFAULT_PRECISION } from '../../inference/session-options.ts';
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

const PRECISION_KEY = 'inference.precision';

/** The inference precision in the `settings` table; a missing or unknown stored value means DEFAULT_PRECISION. */
export class PrecisionSettingsStore {
  readonly #repository: SettingsRepository;
  /** Read once when the app starts: what the inference worker is given. */
  readonly inUse: ModelPrecision;

  constructor(db: Database) {
    this.#repository = new SettingsRepository(db);
    this.inUse = this.#stored();
  }

  get(): PrecisionSettings {
    return { precision: this.#stored(), inUse: this.inUse };
  }

  set(precision: ModelPrecision): PrecisionSettings {
    this.#repository.set({ [PRECISION_KEY]: precision });
    return this.get();
  }

  #stored(): ModelPrecision {
    const value = this.#repository.all()[PRECISION_KEY];
    return MODEL_PRECISIONS.includes(value as ModelPrecision) ? (value as ModelPrecision) : DEFAULT_PRECISION;
  }
}

export interface AppDeps {
  dataDir: string;
  /** AppInfo.readOnlyDatabase. */
  readOnlyDatabase: string | null;
  threads: ThreadSettingsStore;
  precision: PrecisionSettingsStore;
  /** AppInfo.meaning, as it is now. */
  meaning: () => MeaningStatus;
  /** app:reopen: the app's services opened again on a database that may be written (create-app.ts). */
  reopen: () => Promise<AppInfo>;
}

export function createAppHandlers({ dataDir, readOnlyDatabase, threads, precision, meaning, reopen }: AppDeps): Pick<Handlers, AppChannel> {
  const info = async (): Promise<AppInfo> => ({ dataDir, cores: availableParallelism(), readOnlyDatabase, meaning: meaning() });
  return {
    'app:info': info,
    'app:reopen': () => (readOnlyDatabase === null ? info() : reopen()),
    'app:threads': async () => threads.get(),
    'app:set-threads': async (patch) => threads.set(patch),
    'app:precision': async () => precision.get(),
    'app:set-precision': async (patch) => precision.set(patch.precision),
  };
}
