import type { Database } from 'better-sqlite3';
import type { ModelRegistry } from '../../model/model-registry.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { FaqRepository } from '../../store/faq-repository.ts';
import { TrainingRunRepository } from '../../store/training-run-repository.ts';
import { TrainingRunManager } from '../../training/run-manager.ts';
import { startStarterIfNoModel } from '../../training/starter-model.ts';
import type { EventBus } from '../events.ts';

export interface TrainingDeps {
  db: Database;
  events: EventBus;
  dataDir: string;
  /** The app's one registry, so an activation reaches the inference worker. */
  models: ModelRegistry;
  /** Registers how to stop a running run when the app closes. */
  onClose: (close: () => unknown) => void;
  /**
   * Desktop app and `serve`: train the starter model on first start when no model exists.
   * CONCIERGE_STARTER=off turns it off (end-to-end tests that do not want a minute of training in the background).
   */
  createStarter?: boolean;
  /** ONNX Runtime threads for training; defaults to the core count. */
  threads?: number;
}

type TrainingChannel =
  | 'training:preview' | 'training:start' | 'training:cancel' | 'training:pause' | 'training:resume' | 'training:runs';

export function createTrainingHandlers(deps: TrainingDeps): Pick<Handlers, TrainingChannel> {
  const manager = new TrainingRunManager({
    runs: new TrainingRunRepository(deps.db),
    knowledge: new FaqRepository(deps.db),
    models: deps.models,
    events: deps.events,
    dataDir: deps.dataDir,
    threads: deps.threads,
  });
  deps.onClose(() => manager.close());
  if (deps.createStarter && process.env.CONCIERGE_STARTER !== 'off') void startStarterIfNoModel(manager, deps.models);

  return {
    'training:preview': async ({ requestId, ...options }) => manager.preview(options, requestId),
    'training:start': async (options) => manager.start(options),
    'training:cancel': async (input) => manager.cancel(input),
    'training:pause': async (input) => manager.pause(input),
    'training:resume': async (input) => manager.resume(input),
    'training:runs': async ({ limit }) => manager.list(limit),
  };
}
