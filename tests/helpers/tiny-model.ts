// A tiny GPT-2 model folder made by the project's own toolkit: GPT-2's real tokenizer (50,257 tokens) on a
// 2-layer, 32-wide network whose weights are spread wider than GPT-2's init, so greedy decoding varies.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Gpt2Config, Gpt2Weights } from '../../src-main/model/gpt2-weights.ts';
import { writeModelFolder } from '../../src-main/model/model-folder.ts';
import type { ModelRef } from '../../src-main/shared/inference-protocol.ts';
import { spreadWeights } from '../main/model/onnx/tiny-gpt2-fixture.ts';

export const TINY_MODEL_CONFIG: Gpt2Config = {
  vocabSize: 50_257,
  nPositions: 128,
  nEmbd: 32,
  nLayer: 2,
  nHead: 4,
  layerNormEpsilon: 1e-5,
};

export interface TinyModel extends ModelRef {
  config: Gpt2Config;
  weights: Gpt2Weights;
  /** Removes the folder. */
  remove(): Promise<void>;
}

/** Writes a tiny model folder under a new temp directory; `seed` picks the weights. */
export async function createTinyModel(seed = 7, id = `tiny-${seed}`): Promise<TinyModel> {
  const root = await mkdtemp(join(tmpdir(), 'concierge-tiny-model-'));
  const dir = join(root, id);
  const weights = spreadWeights(TINY_MODEL_CONFIG, seed);
  await writeModelFolder(dir, { config: TINY_MODEL_CONFIG, weights });
  return { id, dir, config: TINY_MODEL_CONFIG, weights, remove: () => rm(root, { recursive: true, force: true }) };
}
