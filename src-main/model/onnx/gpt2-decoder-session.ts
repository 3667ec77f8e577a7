/**
 * Runs the exported GPT-2 decoder (gpt2-graph.ts) directly on onnxruntime-node: for tests, benchmarks and the
 * raw-ONNX-Runtime comparison of the inference bench. The app itself generates through transformers.js.
 *
 *   ortSessionOptions({ threads, spinning })            — explicit threads (ORT may default to 1 on 2 vCPUs)
 *   const decoder = await Gpt2Decoder.create(modelBytesOrPath, config, { threads: 2 })
 *   await decoder.forward(batch, past?)                  — one run: logits (all positions, or the last
 *                                                          `batch.numLogitsToKeep`) + presents
 *   await decoder.greedy(prompts, maxNewTokens, { useCache })  — greedy token ids; prompts are left-padded together
 *   await decoder.release()
 */
import * as ort from 'onnxruntime-node';
import { headDim, type Gpt2Config } from '../gpt2-weights.ts';

export interface OrtThreadOptions {
  threads: number;
  /** Busy-wait between ops; faster when ORT owns the cores, wasteful when JS work shares them. Default on. */
  spinning?: boolean;
}

/**
 * Session options for our graphs. The memory pattern is off: with it, ONNX Runtime plans one block per input shape
 * and keeps it in its arena, which measured ~0.7 GB more peak RSS on the distilgpt2 training step for no speed gain.
 * The arena stays on: without it every large tensor is mapped and faulted in afresh, which doubled the step's CPU time.
 */
export function ortSessionOptions(options: OrtThreadOptions): ort.InferenceSession.SessionOptions {
  const spin = options.spinning === false ? '0' : '1';
  return {
    intraOpNumThreads: options.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    enableCpuMemArena: true,
    enableMemPattern: false,
    extra: { session: { intra_op: { allow_spinning: spin }, inter_op: { allow_spinning: spin } } },
  };
}

/** Token ids with their mask and positions, all (B, ·) row-major. */
export interface DecoderBatch {
  batchSize: number;
  inputIds: number[]; // (B, T)
  attentionMask: number[]; // (B, S): past + T
  positionIds: number[]; // (B, T)
  /** Logits for the last k positions only; 0 or absent = all. Models exported before the input always return all. */
  numLogitsToKeep?: number;
}

export interface DecoderOutput {
  logits: ort.Tensor; // (B, K, V): K = T, or numLogitsToKeep when the model takes it
  presents: Record<string, ort.Tensor>; // past_key_values.{i}.key|value for the next step
}

export class Gpt2Decoder {
  private constructor(
    private readonly session: ort.InferenceSession,
    readonly config: Gpt2Config,
  ) {}

  static async create(model: Uint8Array | string, config: Gpt2Config, options: OrtThreadOptions): Promise<Gpt2Decoder> {
    const session =
      typeof model === 'string'
        ? await ort.InferenceSession.create(model, ortSessionOptions(options))
        : await ort.InferenceSession.create(model, ortSessionOptions(options));
    return new Gpt2Decoder(session, config);
  }

  async forward(batch: DecoderBatch, past?: Record<string, ort.Tensor>): Promise<DecoderOutput> {
    const B = batch.batchSize;
    const T = batch.inputIds.length / B;
    const feeds: Record<string, ort.Tensor> = {
      input_ids: int64(batch.inputIds, [B, T]),
      attention_mask: int64(batch.attentionMask, [B, batch.attentionMask.length / B]),
      position_ids: int64(batch.positionIds, [B, T]),
      ...(past ?? this.emptyPast(B)),
    };
    if (this.session.inputNames.includes('num_logits_to_keep')) {
      feeds.num_logits_to_keep = new ort.Tensor('int64', BigInt64Array.of(BigInt(batch.numLogitsToKeep ?? 0)), []);
    }
    const result = await this.session.run(feeds);
    const presents: Record<string, ort.Tensor> = {};
    for (let i = 0; i < this.config.nLayer; i++) {
      for (const kind of ['key', 'value']) presents[`past_key_values.${i}.${kind}`] = result[`present.${i}.${kind}`];
    }
    return { logits: result.logits, presents };
  }

  /**
   * Greedy continuation of each prompt. Prompts are left-padded into one batch; with `useCache` each step feeds
   * only the new token and the previous presents, otherwise the whole sequence is recomputed every step.
   */
  async greedy(
    prompts: readonly (readonly number[])[],
    maxNewTokens: number,
    options: { useCache: boolean },
  ): Promise<number[][]> {
    const B = prompts.length;
    const width = Math.max(...prompts.map((p) => p.length));
    const rows = prompts.map((p) => [...new Array<number>(width - p.length).fill(0), ...p]);
    const mask = prompts.map((p) => [
      ...new Array<number>(width - p.length).fill(0),
      ...new Array<number>(p.length).fill(1),
    ]);
    const generated: number[][] = prompts.map(() => []);
    let past: Record<string, ort.Tensor> | undefined;
    let feedFrom = 0; // first column of `rows` fed this step
    for (let step = 0; step < maxNewTokens; step++) {
      const positions = mask.map(positionsFromMask);
      const batch: DecoderBatch = {
        batchSize: B,
        inputIds: rows.flatMap((r) => r.slice(feedFrom)),
        attentionMask: mask.flat(),
        positionIds: positions.flatMap((p) => p.slice(feedFrom)),
        numLogitsToKeep: 1,
      };
      const { logits, presents } = await this.forward(batch, past);
      const next = lastPositionArgmax(logits);
      next.forEach((token, b) => {
        generated[b].push(token);
        rows[b].push(token);
        mask[b].push(1);
      });
      if (options.useCache) {
        past = presents;
        feedFrom = rows[0].length - 1;
      }
    }
    return generated;
  }

  release(): Promise<void> {
    return this.session.release();
  }

  private emptyPast(batchSize: number): Record<string, ort.Tensor> {
    const feeds: Record<string, ort.Tensor> = {};
    const dims = [batchSize, this.config.nHead, 0, headDim(this.config)];
    for (let i = 0; i < this.config.nLayer; i++) {
      for (const kind of ['key', 'value'])
        feeds[`past_key_values.${i}.${kind}`] = new ort.Tensor('float32', new Float32Array(0), dims);
    }
    return feeds;
  }
}

/** Hugging Face's convention: cumsum(mask) - 1, with padding positions set to 1. */
export function positionsFromMask(mask: readonly number[]): number[] {
  let seen = 0;
  return mask.map((m) => (m ? seen++ : 1));
}

function lastPositionArgmax(logits: ort.Tensor): number[] {
  const [B, T, V] = logits.dims;
  const data = logits.data as Float32Array;
  const tokens: number[] = [];
  for (let b = 0; b < B; b++) {
    const offset = (b * T + T - 1) * V;
    let best = 0;
    for (let v = 1; v < V; v++) if (data[offset + v] > data[offset + best]) best = v;
    tokens.push(best);
  }
  return tokens;
}

function int64(values: readonly number[], dims: number[]): ort.Tensor {
  return new ort.Tensor(
    'int64',
    BigInt64Array.from(values, (v) => BigInt(v)),
    dims,
  );
}
