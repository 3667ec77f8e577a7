import { availableParallelism } from 'node:os';
import type { OrtThreadOptions } from '../model/onnx/gpt2-decoder-session.ts';

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

/** Explicit ORT thread settings, shared by transformers.js sessions and the raw-ORT bench so both run alike. */
export function resolveThreadOptions(options: ThreadOptions = {}): OrtThreadOptions {
  return {
    threads: options.intraOpThreads ?? availableParallelism(),
    spinning: options.allowSpinning ?? DEFAULT_ALLOW_SPINNING,
  };
}
