import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../../src-main/app/events.ts';
import { followActiveModel } from '../../../../src-main/app/handlers/generate.ts';
import type { InferenceClient } from '../../../../src-main/inference/inference-client.ts';
import type { ModelRef } from '../../../../src-main/shared/inference-protocol.ts';

/** The calls the inference client got; it holds `held` (null: nothing loaded yet). */
function fakeInference(held: ModelRef | null) {
  const calls: string[] = [];
  const inference = {
    get loadedModel() {
      return held;
    },
    load: async (model: ModelRef) => void calls.push(`load ${model.id}`),
    reload: async (model: ModelRef) => void calls.push(`reload ${model.id}`),
    unload: async () => void calls.push('unload'),
  } as unknown as InferenceClient;
  return { inference, calls };
}

const follow = (held: ModelRef | null) => {
  const events = createEventBus();
  const { inference, calls } = fakeInference(held);
  followActiveModel({ inference, events, resolveModel: (id) => ({ id: id!, dir: `/models/${id}` }) });
  return { events, calls };
};

describe('followActiveModel()', () => {
  it('hot-swaps to a newly activated model, and unloads when none is active', async () => {
    const { events, calls } = follow({ id: 'a', dir: '/models/a' });
    events.emit('model:changed', { activeId: 'b' });
    events.emit('model:changed', { activeId: null });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.sort()).toEqual(['load b', 'unload']);
  });

  it('asks the worker to reload the model it holds when that model changed (its int8 copy was written)', async () => {
    const { events, calls } = follow({ id: 'a', dir: '/models/a' });
    events.emit('model:changed', { activeId: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['reload a']);
  });

  it('leaves a worker that never loaded a model alone: models load lazily', async () => {
    const { events, calls } = follow(null);
    events.emit('model:changed', { activeId: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual([]);
  });
});
