import { activeModelGenerator } from '../assistant/model-generate.ts';
import { SentenceEncoderLoader } from '../assistant/sentence-encoder/sentence-encoder-loader.ts';
import { InferenceClient } from '../inference/inference-client.ts';
import type { AppInfo } from '../shared/api/app.ts';
import type { ApiClient, Channel, Handlers } from '../shared/api/index.ts';
import { dataFileWriteProblem, readOnlyRefusal } from '../store/data-folder.ts';
import { openDatabase } from '../store/database.ts';
import { createEventBus, scopedBus, type EventBus } from './events.ts';
import { createAppHandlers, PrecisionSettingsStore, ThreadSettingsStore } from './handlers/app.ts';
import { backupTaker, createBackupHandlers } from './handlers/backup.ts';
import { CHAT_CHANNELS } from './handlers/chat-channels.ts';
import type { ChatDeps } from './handlers/chat.ts';
import { createFaqHandlers } from './handlers/faq.ts';
import { createGenerateHandlers } from './handlers/generate.ts';
import { createModelHandlers, openModelRegistry } from './handlers/models.ts';
import { createTrainingHandlers } from './handlers/training.ts';
import { lazyHandlers } from './lazy-handlers.ts';
import { refuseWrites } from './read-only.ts';
import { createLocalClient } from './local-client.ts';
import { createRouter, type Router } from './router.ts';

export interface AppOptions {
  /** The data folder: the database, backups and models live here. */
  dataDir: string;
  /** Load the sample FAQ into an empty knowledge base: the desktop app and `serve` do; scripted CLI use never. */
  seedSample: boolean;
  /**
   * Keep the ranker's index warm in the background from the start and after every KB change: the desktop app
   * and `serve` do; a one-shot command builds it only if it answers a question.
   */
  warmIndex?: boolean;
}

export interface App {
  router: Router;
  events: EventBus;
  /** Typed in-process client over the router (CLI, tests). */
  client: ApiClient;
  /** Stops workers and closes the database; the app is unusable afterwards. */
  close(): Promise<void>;
}

/** The services over one database connection and their handler table (every write refused when it is read-only). */
interface Services {
  handlers: Handlers;
  /** The database file when it was opened read-only, else null. */
  readOnlyFile: string | null;
  close(): Promise<void>;
}

/**
 * The composition root shared by the desktop app, web mode and the CLI: services once, one handler table. A database
 * opened read-only is opened again for writing by app:reopen, once its file may be written: new services replace the
 * old ones behind the same router and event bus, so the transports and their clients carry on.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const events = createEventBus();
  let reopening: Promise<void> | null = null;
  const reopen = async (): Promise<AppInfo> => {
    const file = services.readOnlyFile;
    if (file !== null) {
      const problem = dataFileWriteProblem(file);
      if (problem) throw problem;
      reopening ??= (async () => {
        const next = await openServices(options, events, reopen);
        if (next.readOnlyFile !== null) {
          await next.close(); // not writable after all (changed back meanwhile)
          throw readOnlyRefusal(file);
        }
        const previous = services;
        services = next;
        await previous.close();
        events.emit('app:changed', await services.handlers['app:info']({}));
      })().finally(() => (reopening = null));
      await reopening;
    }
    return services.handlers['app:info']({});
  };
  let services = await openServices(options, events, reopen);
  // Every channel goes to the services open at the time of the call.
  const handlers = Object.fromEntries(
    Object.keys(services.handlers).map((channel) => [channel, (input: unknown) => (services.handlers[channel as Channel] as (input: unknown) => Promise<unknown>)(input)]),
  ) as unknown as Handlers;
  const router = createRouter(handlers);
  return {
    router,
    events,
    client: createLocalClient(router, events),
    async close() {
      await reopening?.catch(() => {});
      await services.close();
    },
  };
}

async function openServices(options: AppOptions, bus: EventBus, reopen: () => Promise<AppInfo>): Promise<Services> {
  // A database file that may not be written opens read-only: what only reads still works (see read-only.ts).
  const db = openDatabase(options.dataDir, { readOnlyIfUnwritable: true });
  const writable = !db.readonly;
  const events = scopedBus(bus);
  // Services that hold workers or files register how to stop them; they close in reverse order.
  const closers: (() => unknown)[] = [() => db.close(), () => events.close()];
  const onClose = (close: () => unknown) => closers.push(close);
  const close = async () => {
    for (const closer of closers.splice(0).reverse()) await closer();
  };

  try {
    const models = await openModelRegistry(options.dataDir, db, events);
    // Thread counts from Settings (null: one per core), read as the workers start.
    const threads = new ThreadSettingsStore(db);
    const { inference: inferenceThreads, training: trainingThreads } = threads.inUse;
    const precision = new PrecisionSettingsStore(db); // fp32 or int8, read as the inference worker starts
    // one worker hosts the model for every domain
    const inference = new InferenceClient({ intraOpThreads: inferenceThreads ?? undefined, precision: precision.inUse });
    onClose(() => inference.close());
    // The meaning re-rank's encoder, loaded in its worker when the assistant first needs it; app:info says how it is.
    const encoder = new SentenceEncoderLoader(async () =>
      (await import('../assistant/sentence-encoder/sentence-encoder-client.ts')).SentenceEncoderClient.load(),
    );
    const appHandlers = createAppHandlers({ dataDir: options.dataDir, readOnlyDatabase: writable ? null : db.name, threads, precision, meaning: () => encoder.status(), reopen });
    // Settings shows the encoder's state as it changes, in every window.
    encoder.onStatus(() => void appHandlers['app:info']({}).then((info) => events.emit('app:changed', info)));
    const chatDeps: ChatDeps = {
      db,
      events,
      generator: activeModelGenerator(models, inference),
      warmIndex: options.warmIndex ?? false,
      encoder,
      onClose,
    };
    const chatHandlers = async () => (await import('./handlers/chat.ts')).createChatHandlers(chatDeps);
    const handlers: Handlers = {
      ...createFaqHandlers({ db, events, seedSample: options.seedSample && writable, backup: backupTaker(db, options.dataDir) }),
      // A long-lived app warms the index from the start; a one-shot command loads the assistant only if it asks.
      ...(chatDeps.warmIndex ? await chatHandlers() : lazyHandlers(CHAT_CHANNELS, chatHandlers)),
      ...createModelHandlers({ registry: models, dataDir: options.dataDir, events }),
      ...createTrainingHandlers({ db, events, dataDir: options.dataDir, models, onClose, createStarter: options.seedSample && writable, threads: trainingThreads ?? undefined }),
      ...createGenerateHandlers({ inference, events, resolveModel: (id) => models.resolve(id, { loaded: inference.loadedModel }) }),
      ...createBackupHandlers({ db, dataDir: options.dataDir, events, models }),
      ...appHandlers,
      // Each domain adds its handler table here with one line.
    };
    return { handlers: writable ? handlers : refuseWrites(handlers, db.name), readOnlyFile: writable ? null : db.name, close };
  } catch (error) {
    await close();
    throw error;
  }
}
