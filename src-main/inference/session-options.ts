import { availableParallelism } from 'node:os';
import type { OrtThreadOptions } from '../model/onnx/gpt2-decoder-session.ts';

export interface ThreadOptions {
  /** ONNX Runtime intra-op threads; defaults to the number of cores (ORT may pick 1 on a 2-vCPU machine). */
  intraOpThreads?: number;
  /** Spin-waiting of ORT's threads between ops; defaults to DEFAULT_ALLOW_SPINNING. */
  allowSpinning?: boolean;
}

/** Chosen by measurement with `concierge bench inference` (see its report). */
export const DEFAULT_ALLOW_SPINNING = false;

/** Explicit ORT thread settings, shared by transformers.js sessions and the raw-ORT bench so both run alike. */
export function resolveThreadOptions(options: ThreadOptions = {}): OrtThreadOptions {
  return {
    threads: options.intraOpThreads ?? availableParallelism(),
    spinning: options.allowSpinning ?? DEFAULT_ALLOW_SPINNING,
  };
}
