import { randomUUID } from 'node:crypto';
import { basename, isAbsolute, resolve } from 'node:path';
import { canonicalRepo, pullModel } from '../../model/hub-pull.ts';
import { ModelRegistry } from '../../model/model-registry.ts';
import { GPT2_VOCAB_SIZE } from '../../model/tokenizer/gpt2-vocabulary.ts';
import type { Handlers, ModelPullPhase } from '../../shared/api/index.ts';
import { ABSOLUTE_PATH_RULE } from '../../shared/api/models.ts';
import { ConflictError } from '../../shared/errors.ts';
import type { Database } from '../../store/database.ts';
import { ModelRepository } from '../../store/model-repository.ts';
import type { EventBus } from '../events.ts';
import { refusedField } from '../router.ts';

type ModelChannel =
  | 'model:list'
  | 'model:import'
  | 'model:activate'
  | 'model:delete'
  | 'model:pull'
  | 'model:init'
  | 'model:quantize';

export interface ModelDeps {
  registry: ModelRegistry;
  dataDir: string;
  events: EventBus;
}

/** The registry of `<dataDir>/models`, cleaned of what a crash left, announcing changes as `model:changed`. */
export async function openModelRegistry(dataDir: string, db: Database, events: EventBus): Promise<ModelRegistry> {
  const registry = new ModelRegistry({
    dataDir,
    repository: new ModelRepository(db),
    onChange: (active) => events.emit('model:changed', { activeId: active?.id ?? null }),
  });
  await registry.cleanUp();
  return registry;
}

export function createModelHandlers({ registry, dataDir, events }: ModelDeps): Pick<Handlers, ModelChannel> {
  /** Pulls in progress by repo: a second pull of the same repo would write into the same download folder. */
  const pulling = new Set<string>();

  return {
    'model:list': async () => registry.list(),

    async 'model:import'({ path, name, activate, requestId = randomUUID() }) {
      // The schema takes a full path of either platform's form: `C:\x` passes it, yet is relative on Linux.
      if (!isAbsolute(path)) {
        throw refusedField('model:import', ['path'], ABSOLUTE_PATH_RULE, path);
      }
      const origin = resolve(path);
      const report = (phase: ModelPullPhase, bytes = 0) =>
        events.emit('model:progress', { requestId, phase, receivedBytes: bytes, totalBytes: bytes });
      report('installing');
      const version = await registry.installFolder(origin, {
        name: name ?? basename(origin),
        source: 'import',
        origin,
        activate,
        onPhase: (phase) => report(phase),
      });
      report('done', version.sizeBytes);
      return version;
    },

    'model:activate': async ({ id }) => registry.activate(id),

    async 'model:quantize'({ id, requestId = randomUUID() }) {
      const version = await registry.quantize(id, (phase) =>
        events.emit('model:progress', { requestId, phase, receivedBytes: 0, totalBytes: 0 }),
      );
      events.emit('model:progress', { requestId, phase: 'done', receivedBytes: version.sizeBytes, totalBytes: version.sizeBytes });
      return version;
    },

    async 'model:delete'({ id }) {
      await registry.delete(id);
      return { id };
    },

    async 'model:pull'({ repo, name, activate, requestId = randomUUID() }) {
      const canonical = canonicalRepo(repo); // `gpt2` and `openai-community/gpt2` share one download folder
      if (pulling.has(canonical)) throw new ConflictError(`"${canonical}" is already being pulled`).withCode('hub.already-pulling', { repo: canonical });
      pulling.add(canonical);
      try {
        return await pullModel(registry, dataDir, {
          repo,
          name,
          activate,
          onProgress: (progress) => events.emit('model:progress', { requestId, ...progress }),
        });
      } finally {
        pulling.delete(canonical);
      }
    },

    async 'model:init'({ nLayer, nHead, nEmbd, nPositions = 1024, seed = 0, name, activate }) {
      const config = { vocabSize: GPT2_VOCAB_SIZE, nPositions, nEmbd, nLayer, nHead, layerNormEpsilon: 1e-5 };
      return registry.installRandom(config, seed, {
        name: name ?? `random gpt2 ${nLayer}x${nEmbd}`,
        source: 'init',
        activate,
      });
    },
  };
}
