// Messages between the main side (InferenceClient) and the inference worker thread.
// Request `{seq, request}`; reply `{type:'response', seq, error?, response}`; streaming `{type:'token'|'progress', seq, …}`.
import type { SerializedError } from './errors.ts';

/** How to sample each new token. `temperature: 0` means greedy (argmax) decoding. */
export interface GenerationParams {
  maxNewTokens: number;
  /** 0 = greedy; otherwise logits are divided by it before sampling. */
  temperature: number;
  /** Keep only the k most likely tokens before sampling; 0 disables. */
  topK: number;
  /** Keep the smallest set of tokens whose probability reaches p (nucleus sampling); 1 disables. */
  topP: number;
  /** > 1 discourages tokens already in the prompt or output (CTRL-style penalty); 1 disables. */
  repetitionPenalty: number;
  /** Generation of a sequence ends before the first occurrence of any of these strings. */
  stop: string[];
  /** Several drafts of the same prompt, sampled independently (needs temperature > 0). */
  numReturnSequences: number;
  /** Makes sampling reproducible. */
  seed?: number;
}

export const DEFAULT_GENERATION_PARAMS: GenerationParams = {
  maxNewTokens: 64,
  temperature: 0.7,
  topK: 50,
  topP: 0.95,
  repetitionPenalty: 1.1,
  stop: [],
  numReturnSequences: 1,
};

/** Plain greedy decoding of `maxNewTokens` tokens: deterministic, for warm-ups, benchmarks and tests. */
export function greedyParams(maxNewTokens: number): GenerationParams {
  return { maxNewTokens, temperature: 0, topK: 0, topP: 1, repetitionPenalty: 1, stop: [], numReturnSequences: 1 };
}

/** A model folder in Hugging Face layout (config.json, tokenizer files, onnx/model.onnx). */
export interface ModelRef {
  /** Registry id (or any stable name); a change of id or dir triggers a hot-swap. */
  id: string;
  dir: string;
}

export type InferenceRequest =
  /**
   * Loads and warms up a model, replacing (and disposing) the current one. `refresh`: also when it is the model
   * held, if the graph it would load now is not the one it loaded (an int8 copy written or replaced since).
   */
  | { type: 'load'; model: ModelRef; refresh?: boolean }
  /** Generates from each prompt; several prompts run as one left-padded batch. */
  | { type: 'generate'; model: ModelRef; prompts: string[]; params: GenerationParams }
  /** Stops the generation whose request had sequence number `target` after its current token. */
  | { type: 'cancel'; target: number }
  /** Disposes the current model. */
  | { type: 'unload' };

export type FinishReason = 'length' | 'eos' | 'stop' | 'cancelled';

export interface GeneratedSequence {
  /** Index of the prompt this sequence continues. */
  prompt: number;
  text: string;
  tokenIds: number[];
  finishReason: FinishReason;
}

export interface GenerationTimings {
  /** Loading (and warming up) a model that was not active, else 0. */
  loadMs: number;
  /** From the start of generation to the first streamed token. */
  firstTokenMs: number;
  totalMs: number;
  /** New tokens per second after the first one (decode speed, all sequences counted). */
  tokensPerSecond: number;
}

export interface GenerationResult {
  modelId: string;
  promptTokens: number[];
  sequences: GeneratedSequence[];
  timings: GenerationTimings;
}

export interface LoadResult {
  modelId: string;
  loadMs: number;
  warmupMs: number;
  /** False when the model was already active (nothing reloaded). */
  swapped: boolean;
  /** The graph that runs: int8 when the worker was asked for it and the folder has the int8 copy. */
  precision: ModelPrecision;
}

export interface InferenceResponses {
  load: LoadResult;
  generate: GenerationResult;
  cancel: { cancelled: boolean };
  unload: { unloaded: boolean };
}

export type InferenceResponse<T extends InferenceRequest['type']> = InferenceResponses[T];

export interface InferenceRequestMessage {
  seq: number;
  request: InferenceRequest;
}

/** One streamed piece of text for sequence `sequence` of request `seq`. */
export interface TokenMessage {
  type: 'token';
  seq: number;
  sequence: number;
  /** The new token; null for text held back until the sequence ended (a possible stop-string start). */
  tokenId: number | null;
  /** New text since the previous token message of this sequence (may be '' while a character is incomplete). */
  text: string;
}

export interface ProgressMessage {
  type: 'progress';
  seq: number;
  stage: 'loading' | 'warming-up' | 'generating';
  modelId: string;
}

export interface ResponseMessage {
  type: 'response';
  seq: number;
  error?: SerializedError;
  response?: unknown;
}

export type InferenceWorkerMessage = TokenMessage | ProgressMessage | ResponseMessage;

/**
 * The weights a model runs with: `fp32` onnx/model.onnx, `int8` onnx/model_quantized.onnx (int8 weight products,
 * 3–5× faster per token on a distilgpt2-sized model; logits differ by a few percent), when the folder has it.
 */
export type ModelPrecision = 'fp32' | 'int8';
export const MODEL_PRECISIONS: readonly ModelPrecision[] = ['fp32', 'int8'];

/** Options fixed when the worker starts (the inference worker's ThreadOptions and precision). */
export interface InferenceWorkerOptions {
  /** ONNX Runtime intra-op threads; defaults to the number of cores. */
  intraOpThreads?: number;
  /** Lets ONNX Runtime threads spin-wait between ops; the default is chosen by the inference bench. */
  allowSpinning?: boolean;
  /** Which ONNX graph to load; defaults to DEFAULT_PRECISION (inference/session-options.ts). */
  precision?: ModelPrecision;
}
