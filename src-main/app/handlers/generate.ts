import type { InferenceClient } from '../../inference/inference-client.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { ConflictError } from '../../shared/errors.ts';
import type { ModelRef } from '../../shared/inference-protocol.ts';
import type { EventBus } from '../events.ts';

export interface GenerateDeps {
  inference: InferenceClient;
  /** The folder of model version `id`, or of the active model when `id` is undefined (NotFoundError when none). */
  resolveModel: (id?: string) => Promise<ModelRef> | ModelRef;
  events: EventBus;
}

export function createGenerateHandlers(deps: GenerateDeps): Pick<Handlers, 'generate:run' | 'generate:cancel'> {
  /** Running and queued requests by the caller's requestId, so `generate:cancel` can reach them. */
  const inFlight = new Map<string, AbortController>();
  followActiveModel(deps);

  return {
    async 'generate:run'({ requestId, prompt, model, params, caller }) {
      if (inFlight.has(requestId)) throw new ConflictError(`Generation "${requestId}" is already running`);
      const abort = new AbortController();
      inFlight.set(requestId, abort);
      try {
        return await deps.inference.generate({
          model: await deps.resolveModel(model),
          prompt,
          params,
          caller,
          signal: abort.signal,
          onToken: (token) => deps.events.emit('generate:token', { requestId, ...token }),
        });
      } finally {
        inFlight.delete(requestId);
      }
    },

    async 'generate:cancel'({ requestId }) {
      const abort = inFlight.get(requestId);
      abort?.abort();
      return { cancelled: abort !== undefined };
    },
  };
}

/**
 * Hot-swap: when another model becomes active while the worker holds one, the new one is loaded and warmed up
 * at once (the old one is disposed), so the next answer does not wait for it. When the active model itself
 * changed (its int8 copy was just written), the worker loads it again if the graph it would run is now another
 * one, also in the worker thread. A worker that never generated stays empty: models load lazily.
 */
export function followActiveModel({ inference, resolveModel, events }: Pick<GenerateDeps, 'inference' | 'resolveModel' | 'events'>): void {
  events.on('model:changed', ({ activeId }) => {
    const loaded = inference.loadedModel;
    if (!loaded) return;
    const next =
      loaded.id === activeId
        ? inference.reload(loaded)
        : activeId === null
          ? inference.unload()
          : Promise.resolve(resolveModel(activeId)).then((model) => inference.load(model));
    next.catch((error: unknown) => console.error(`Could not switch the inference model: ${(error as Error).message}`));
  });
}
