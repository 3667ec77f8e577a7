import { availableParallelism } from 'node:os';
import type { OrtThreadOptions } from '../model/onnx/gpt2-decoder-session.ts';
import type { ModelPrecision } from '../shared/inference-protocol.ts';

export interface ThreadOptions {
  /** ONNX Runtime intra-op threads; defaults to the number of cores (ORT may pick 1 on a 2-vCPU machine). */
  intraOpThreads?: number;
  /** Spin-waiting of ORT's threads between ops; defaults to DEFAULT_ALLOW_SPINNING. */
  allowSpinning?: boolean;
}

/**
 * Off, by measurement (`concierge bench inference --spinning compare`, 2 cores, other work running): transformers.js
 * decoding took 91 ms/token with spinning off vs 179 on (distilgpt2 shape) and 143 vs 305 (gpt2 shape). Spinning
 * threads keep both cores busy between ops and starve the JS that runs between steps and everything else.
 */
export const DEFAULT_ALLOW_SPINNING = false;

/**
 * float32 unless a setting asks for int8. int8 measured 3–5× faster per token on a distilgpt2-shaped model
 * (README "int8 inference"), but its logits differ from float32's by a few percent, so a greedy answer can change
 * where two tokens are nearly tied, and no trained model's answers have been compared yet.
 */
export const DEFAULT_PRECISION: ModelPrecision = 'fp32';

/** How the inference worker loads models: its threads and which graph. */
export interface LoadOptions extends ThreadOptions {
  precision?: ModelPrecision;
}

/** Explicit ORT thread settings, shared by transformers.js sessions and the raw-ORT bench so both run alike. */
export function resolveThreadOptions(options: ThreadOptions = {}): OrtThreadOptions {
  return {
    threads: options.intraOpThreads ?? availableParallelism(),
    spinning: options.allowSpinning ?? DEFAULT_ALLOW_SPINNING,
  };
}
