// Messages between the main side (SentenceEncoderClient) and the sentence-encoder worker thread, which holds the
// encoder's ONNX Runtime session: its runs block the thread they run on (onnxruntime-node's run() only defers to
// setImmediate, then computes synchronously), 50–70 ms for a run of the meaning warm-up, so they never run on main.
// Request `{seq, request}`; reply `{type:'response', seq, error?, response}`. Both sides check what they receive.
import { z } from 'zod';
import type { ErrorKind, SerializedError } from '../../shared/errors.ts';

export const sentenceEncoderRequestMessage = z.object({
  seq: z.number().int().positive(),
  request: z.discriminatedUnion('type', [
    /** Loads the encoder (once per worker; the first request): `SentenceEncoderOptions`. */
    z.object({
      type: z.literal('load'),
      options: z.object({
        threads: z.number().int().positive().optional(),
        maxBatch: z.number().int().positive().optional(),
        maxBatchTokens: z.number().int().positive().optional(),
        modelDir: z.string().optional(),
      }),
    }),
    /** One embedding per text, in order. */
    z.object({ type: z.literal('encode'), texts: z.array(z.string()) }),
  ]),
});

/**
 * Asks the worker to stop: an encode in progress ends after its current run, and the thread exits once no request
 * runs. Unanswered; the client waits for the worker's exit.
 */
export const sentenceEncoderStopMessage = z.object({ stop: z.literal(true) });

export type SentenceEncoderStopMessage = z.infer<typeof sentenceEncoderStopMessage>;
export type SentenceEncoderRequestMessage = z.infer<typeof sentenceEncoderRequestMessage>;
export type SentenceEncoderRequest = SentenceEncoderRequestMessage['request'];

export interface SentenceEncoderResponses {
  load: { dimension: number };
  /** Each vector's buffer is its own and transferred, not copied. */
  encode: { vectors: Float32Array[] };
}

export type SentenceEncoderWorkerMessage = { type: 'response'; seq: number; error?: SerializedError; response?: unknown };

/** A reply as the client accepts it; the response's own shape is checked by the call that asked (below). */
export const sentenceEncoderWorkerMessage = z.object({
  type: z.literal('response'),
  seq: z.number().int(),
  // deserializeError keeps a code only where it is well-formed (messageCode).
  error: z.looseObject({ name: z.string(), message: z.string(), kind: z.custom<ErrorKind>((kind) => typeof kind === 'string') }).optional(),
  response: z.unknown().optional(),
});

export const loadResponse = z.object({ dimension: z.number().int().positive() });

/** An encode reply for `count` texts with embeddings `dimension` wide. */
export const encodeResponse = (count: number, dimension: number) =>
  z.object({
    vectors: z.array(z.instanceof(Float32Array).refine((vector) => vector.length === dimension, `not ${dimension} wide`)).length(count),
  });
