import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ortSessionOptions } from '../model/onnx/gpt2-decoder-session.ts';
import { NotFoundError, UnavailableError } from '../shared/errors.ts';
import type { ModelPrecision, ModelRef } from '../shared/inference-protocol.ts';
import { DEFAULT_PRECISION, resolveThreadOptions, type LoadOptions } from './session-options.ts';
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from './transformers-env.ts';

/** A model folder opened with transformers.js: its ONNX session (float32, or int8 when asked and present) + tokenizer. */
export interface LoadedModel {
  ref: ModelRef;
  /** The graph loaded: int8 only when asked for and the folder has onnx/model_quantized.onnx. */
  precision: ModelPrecision;
  /** Which graph file was loaded, as it was then (graphStamp): a different stamp now means it changed on disk. */
  stamp: string;
  model: PreTrainedModel;
  tokenizer: PreTrainedTokenizer;
  eosTokenId: number;
  /** Context window (n_positions): prompt + new tokens must fit. */
  maxPositions: number;
}

const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'];
/** transformers.js loads it for dtype 'q8' (model-folder.ts QUANTIZED_ONNX_FILE). */
const QUANTIZED_FILE = 'onnx/model_quantized.onnx';

/** The graph loadModel() loads from `ref` now. A folder without the int8 copy (an import, a model written before it existed) runs in float32. */
function precisionFor(ref: ModelRef, options: LoadOptions = {}): ModelPrecision {
  return (options.precision ?? DEFAULT_PRECISION) === 'int8' && existsSync(join(ref.dir, QUANTIZED_FILE)) ? 'int8' : 'fp32';
}

/**
 * Names the graph file loadModel() would load now and its version on disk (size, modification time): writing
 * an int8 copy into the folder of the model held changes it, so the worker can tell that it must load again.
 */
export function graphStamp(ref: ModelRef, options: LoadOptions = {}): string {
  return stampOf(ref, precisionFor(ref, options));
}

function stampOf(ref: ModelRef, precision: ModelPrecision): string {
  try {
    const { size, mtimeMs } = statSync(join(ref.dir, precision === 'int8' ? QUANTIZED_FILE : 'onnx/model.onnx'));
    return `${precision}:${size}:${mtimeMs}`;
  } catch {
    return `${precision}:missing`;
  }
}

export async function loadModel(ref: ModelRef, options: LoadOptions = {}): Promise<LoadedModel> {
  for (const file of REQUIRED_FILES) {
    if (!existsSync(join(ref.dir, file))) throw new NotFoundError(`Model ${ref.id} has no ${file} in ${ref.dir}`);
  }
  // One look at the folder: an int8 copy written between two looks would stamp one graph and load the other.
  const precision = precisionFor(ref, options);
  const stamp = stampOf(ref, precision);
  try {
    const offline = { local_files_only: true } as const;
    const [model, tokenizer] = await Promise.all([
      AutoModelForCausalLM.from_pretrained(ref.dir, {
        ...offline,
        dtype: precision === 'int8' ? 'q8' : 'fp32',
        device: 'cpu',
        session_options: ortSessionOptions(resolveThreadOptions(options)), // the raw-ORT bench uses the same options
      }),
      AutoTokenizer.from_pretrained(ref.dir, offline),
    ]);
    const config = model.config as unknown as { eos_token_id?: number; n_positions?: number };
    return {
      ref,
      precision,
      stamp,
      model,
      tokenizer,
      eosTokenId: config.eos_token_id ?? 50256,
      maxPositions: config.n_positions ?? 1024,
    };
  } catch (error) {
    throw new UnavailableError(`Model ${ref.id} in ${ref.dir} could not be loaded: ${(error as Error).message}`);
  }
}
