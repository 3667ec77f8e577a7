// GPT-2 weights ⇄ model.safetensors with Hugging Face's tensor names (Conv1D `[in, out]` layout).
import { InvalidInputError } from '../shared/errors.ts';
import { gpt2WeightShapes, validateGpt2Weights, type Gpt2Config, type Gpt2Weights } from './gpt2-weights.ts';
import { openSafetensors, writeSafetensors, type SafetensorsFile } from './safetensors.ts';

/** GPT2LMHeadModel checkpoints nest the body under `transformer.`; GPT2Model checkpoints do not. */
const PREFIX = 'transformer.';
/** Causal-mask buffers some checkpoints carry: constants, not weights. */
const MASK_BUFFER = /^h\.\d+\.attn\.(bias|masked_bias)$/;
const LM_HEAD = 'lm_head.weight';

/**
 * Picks the GPT-2 weights out of a safetensors file: accepts the `transformer.` prefix, skips the attention
 * mask buffers and a tied `lm_head.weight`, and checks every name and shape against `config`.
 */
export async function gpt2WeightsFromSafetensors(
  file: SafetensorsFile,
  config: Gpt2Config,
  source = 'model.safetensors',
): Promise<Gpt2Weights> {
  const expected = gpt2WeightShapes(config);
  const weights: Gpt2Weights = new Map();
  for (const stored of file.entries.keys()) {
    const name = stored.startsWith(PREFIX) ? stored.slice(PREFIX.length) : stored;
    if (MASK_BUFFER.test(name) || name === LM_HEAD) continue;
    if (!expected.has(name)) {
      throw new InvalidInputError(
        `${source}: unexpected tensor "${stored}" (not a weight of the GPT-2 that config.json describes)`,
      );
    }
    if (weights.has(name)) {
      throw new InvalidInputError(`${source}: "${name}" is stored twice (with and without prefix)`);
    }
    weights.set(name, await file.tensor(stored));
  }
  try {
    validateGpt2Weights(config, weights);
  } catch (error) {
    throw new InvalidInputError(`${source}: ${(error as Error).message} (does config.json match these weights?)`);
  }
  if (file.entries.has(LM_HEAD)) checkTied((await file.tensor(LM_HEAD)).data, weights.get('wte.weight')!.data, source);
  return weights;
}

export async function readGpt2Safetensors(path: string, config: Gpt2Config): Promise<Gpt2Weights> {
  const file = await openSafetensors(path);
  try {
    return await gpt2WeightsFromSafetensors(file, config, path);
  } finally {
    await file.close();
  }
}

/** Writes the weights in checkpoint form; `format: pt` is what transformers' loader requires. */
export async function writeGpt2Safetensors(path: string, weights: Gpt2Weights): Promise<void> {
  await writeSafetensors(path, weights, { format: 'pt' });
}

/** Our graph ties the output layer to `wte`; a checkpoint whose lm_head differs cannot be run faithfully. */
function checkTied(lmHead: Float32Array, wte: Float32Array, source: string): void {
  const same = lmHead.length === wte.length && lmHead.every((value, i) => value === wte[i]);
  if (!same) {
    throw new InvalidInputError(`${source}: lm_head.weight differs from wte.weight; untied heads are not supported`);
  }
}
