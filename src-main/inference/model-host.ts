import {
  greedyParams,
  type GenerationParams,
  type GenerationResult,
  type LoadResult,
  type ModelRef,
} from '../shared/inference-protocol.ts';
import { graphStamp, loadModel, type LoadedModel } from './loaded-model.ts';
import { runGeneration, type GenerationHooks } from './run-generation.ts';
import type { LoadOptions } from './session-options.ts';

export type LoadStage = 'loading' | 'warming-up';

/** Greedy tokens run once after load: the first ORT runs allocate buffers and pick kernels, so users don't wait for it. */
const WARMUP_PROMPT = 'Hello';
const WARMUP_TOKENS = 2;

/**
 * Holds the one active model. Asking for another model hot-swaps: the new one is loaded and warmed up,
 * then the old one's ONNX sessions are released. Callers run one operation at a time (the client's queue).
 */
export class ModelHost {
  /** The active model as one shared promise, so concurrent users never load it twice. */
  private active: { ref: ModelRef; loaded: Promise<LoadedModel> } | null = null;

  constructor(private readonly options: LoadOptions = {}) {}

  get activeModel(): ModelRef | null {
    return this.active?.ref ?? null;
  }

  /**
   * The model `model`, loaded and warmed up if it is not the one held. `refresh`: the one held is loaded again
   * (hot-swapped like another model) when its folder now holds another graph than it loaded: the int8 copy made
   * after it was loaded, or replaced.
   */
  async use(
    model: ModelRef,
    onStage?: (stage: LoadStage) => void,
    { refresh = false }: { refresh?: boolean } = {},
  ): Promise<LoadResult & { loaded: LoadedModel }> {
    const ref = { id: model.id, dir: model.dir };
    if (this.active && sameModel(this.active.ref, ref)) {
      const loaded = await this.active.loaded;
      if (!refresh || loaded.stamp === graphStamp(ref, this.options)) {
        return { modelId: ref.id, loadMs: 0, warmupMs: 0, swapped: false, precision: loaded.precision, loaded };
      }
    }
    const previous = this.active;
    const preparing = prepare(ref, this.options, onStage);
    const loaded = preparing.then((prepared) => prepared.loaded);
    loaded.catch(() => {}); // the failure is reported through `preparing` below
    this.active = { ref, loaded };
    try {
      const prepared = await preparing;
      if (previous) await disposeQuietly(previous.loaded);
      return { modelId: ref.id, swapped: true, precision: prepared.loaded.precision, ...prepared };
    } catch (error) {
      this.active = previous; // a model that fails to load or warm up never replaces one that works
      throw error;
    }
  }

  async generate(
    ref: ModelRef,
    prompts: string[],
    params: GenerationParams,
    hooks: GenerationHooks & { onStage?: (stage: LoadStage) => void } = {},
  ): Promise<GenerationResult> {
    const { loaded, loadMs, warmupMs } = await this.use(ref, hooks.onStage);
    const result = await runGeneration(loaded, prompts, params, hooks);
    result.timings.loadMs = loadMs + warmupMs;
    return result;
  }

  async unload(): Promise<boolean> {
    const previous = this.active;
    this.active = null;
    if (previous) await disposeQuietly(previous.loaded);
    return previous !== null;
  }
}

const WARMUP_PARAMS = greedyParams(WARMUP_TOKENS);

async function prepare(
  ref: ModelRef,
  options: LoadOptions,
  onStage?: (stage: LoadStage) => void,
): Promise<{ loaded: LoadedModel; loadMs: number; warmupMs: number }> {
  const startedAt = performance.now();
  onStage?.('loading');
  const loaded = await loadModel(ref, options);
  const loadMs = performance.now() - startedAt;
  onStage?.('warming-up');
  try {
    await runGeneration(loaded, [WARMUP_PROMPT], WARMUP_PARAMS);
  } catch (error) {
    await loaded.model.dispose();
    throw error;
  }
  return { loaded, loadMs, warmupMs: performance.now() - startedAt - loadMs };
}

function sameModel(a: ModelRef, b: ModelRef): boolean {
  return a.id === b.id && a.dir === b.dir;
}

async function disposeQuietly(loaded: Promise<LoadedModel>): Promise<void> {
  try {
    await (await loaded).model.dispose();
  } catch {
    // a model that failed to load has nothing to release
  }
}
