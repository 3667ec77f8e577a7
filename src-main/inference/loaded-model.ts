import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ortSessionOptions } from '../model/onnx/gpt2-decoder-session.ts';
import { NotFoundError, UnavailableError } from '../shared/errors.ts';
import type { ModelRef } from '../shared/inference-protocol.ts';
import { resolveThreadOptions, type ThreadOptions } from './session-options.ts';
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from './transformers-env.ts';

/** A model folder opened with transformers.js: fp32 ONNX session + tokenizer. */
export interface LoadedModel {
  ref: ModelRef;
  model: PreTrainedModel;
  tokenizer: PreTrainedTokenizer;
  eosTokenId: number;
  /** Context window (n_positions): prompt + new tokens must fit. */
  maxPositions: number;
}

const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'];

export async function loadModel(ref: ModelRef, threads: ThreadOptions = {}): Promise<LoadedModel> {
  for (const file of REQUIRED_FILES) {
    if (!existsSync(join(ref.dir, file))) throw new NotFoundError(`Model ${ref.id} has no ${file} in ${ref.dir}`);
  }
  try {
    const options = { local_files_only: true } as const;
    const [model, tokenizer] = await Promise.all([
      AutoModelForCausalLM.from_pretrained(ref.dir, {
        ...options,
        dtype: 'fp32',
        device: 'cpu',
        session_options: ortSessionOptions(resolveThreadOptions(threads)), // the raw-ORT bench uses the same options
      }),
      AutoTokenizer.from_pretrained(ref.dir, options),
    ]);
    const config = model.config as unknown as { eos_token_id?: number; n_positions?: number };
    return {
      ref,
      model,
      tokenizer,
      eosTokenId: config.eos_token_id ?? 50256,
      maxPositions: config.n_positions ?? 1024,
    };
  } catch (error) {
    throw new UnavailableError(`Model ${ref.id} in ${ref.dir} could not be loaded: ${(error as Error).message}`);
  }
}
