import { z } from 'zod';
import type { GenerationResult, TokenMessage } from '../inference-protocol.ts';
import { channel } from './define.ts';
import { ModelId } from './models.ts';

export type { FinishReason, GeneratedSequence, GenerationResult, GenerationTimings } from '../inference-protocol.ts';

const PROMPT_MAX_CHARS = 100_000;

/** Sampling parameters; each omitted one takes DEFAULT_GENERATION_PARAMS' value. */
export const GenerationParamsInput = z.object({
  maxNewTokens: z.number().int().min(1).max(1024).optional(),
  /** 0 = greedy decoding. */
  temperature: z.number().min(0).max(5).optional(),
  topK: z.number().int().min(0).max(50_257).optional(),
  topP: z.number().gt(0).max(1).optional(),
  repetitionPenalty: z.number().min(0.5).max(5).optional(),
  stop: z.array(z.string().min(1).max(200)).max(16).optional(),
  /** Several drafts of the same prompt (needs temperature > 0). */
  numReturnSequences: z.number().int().min(1).max(8).optional(),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
});
export type GenerationParamsInput = z.input<typeof GenerationParamsInput>;

/** Chosen by the caller, so it can cancel the request and pick its `generate:token` events out of the stream. */
const requestId = z.string().trim().min(1).max(100);

export const generateChannels = {
  /** Raw generation from a model (the active one by default); tokens stream as `generate:token` events. */
  'generate:run': channel(
    z.object({
      requestId,
      prompt: z.string().max(PROMPT_MAX_CHARS),
      /** Model version id; defaults to the active model. */
      model: ModelId.optional(),
      params: GenerationParamsInput.optional(),
      /** Requests are served round-robin across callers (e.g. one per user or conversation), FIFO within one. */
      caller: z.string().trim().min(1).max(100).optional(),
    }),
  ).returns<GenerationResult>(),
  /** Stops `generate:run` `requestId` after its current token; `generate:run` then resolves with finishReason 'cancelled'. */
  'generate:cancel': channel(z.object({ requestId })).returns<{ cancelled: boolean }>(),
};

export interface GenerateTokenEvent extends Omit<TokenMessage, 'type' | 'seq'> {
  requestId: string;
}
