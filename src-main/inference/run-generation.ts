import { randomInt } from 'node:crypto';
import { InvalidInputError } from '../shared/errors.ts';
import type { GenerationParams, GenerationResult } from '../shared/inference-protocol.ts';
import { SeededRandom } from '../model/seeded-random.ts';
import type { LoadedModel } from './loaded-model.ts';
import { SequenceText } from './streaming-text.ts';
import { sampleToken, type SamplingParams } from './sampling.ts';
import {
  BaseStreamer,
  LogitsProcessor,
  LogitsProcessorList,
  StoppingCriteria,
  Tensor,
  type TextStreamer,
} from './transformers-env.ts';

export interface GenerationHooks {
  /**
   * Called for every accepted token of every sequence with the text it made safe to show,
   * and once more (tokenId null) for text held back until the sequence ended.
   */
  onToken?: (sequence: number, tokenId: number | null, text: string) => void;
  /** Polled once per generated token; true stops every sequence after the current step. */
  isCancelled?: () => boolean;
}

/**
 * Generates from each prompt with transformers.js (KV cache, one left-padded batch of
 * prompts × numReturnSequences rows). Greedy when temperature is 0.
 */
export async function runGeneration(
  loaded: LoadedModel,
  prompts: string[],
  params: GenerationParams,
  hooks: GenerationHooks = {},
): Promise<GenerationResult> {
  const startedAt = performance.now();
  const sampling = params.temperature > 0;
  if (params.numReturnSequences > 1 && !sampling) {
    throw new InvalidInputError('Several return sequences need sampling: set a temperature above 0');
  }
  if (prompts.length === 0) throw new InvalidInputError('At least one prompt is needed');

  const promptTokens = prompts.map((prompt) => encodePrompt(loaded, prompt));
  const longest = Math.max(...promptTokens.map((ids) => ids.length));
  if (longest + params.maxNewTokens > loaded.maxPositions) {
    throw new InvalidInputError(
      `Prompt (${longest} tokens) plus ${params.maxNewTokens} new tokens exceeds the model's ${loaded.maxPositions}-token context`,
    );
  }
  const rowPrompts = promptTokens.flatMap((ids) => Array.from({ length: params.numReturnSequences }, () => ids));
  const rows = rowPrompts.map(
    () =>
      new SequenceText((ids) => loaded.tokenizer.decode(ids, { skip_special_tokens: false }), {
        maxNewTokens: params.maxNewTokens,
        eosTokenId: loaded.eosTokenId,
        stop: params.stop,
      }),
  );
  const isCancelled = hooks.isCancelled ?? (() => false);
  const emit = (row: number, tokenId: number | null, text: string | null) => {
    if (text !== null && (tokenId !== null || text !== '')) hooks.onToken?.(row, tokenId, text);
  };
  const steps = new StepClock();

  if (!isCancelled()) {
    const { inputIds, attentionMask } = leftPaddedBatch(rowPrompts, loaded.eosTokenId);
    await loaded.model.generate({
      input_ids: inputIds,
      attention_mask: attentionMask,
      max_new_tokens: params.maxNewTokens,
      // Always the library's greedy pick: when sampling, our processor leaves only the drawn token finite.
      do_sample: false,
      repetition_penalty: params.repetitionPenalty,
      eos_token_id: loaded.eosTokenId,
      pad_token_id: loaded.eosTokenId,
      logits_processor: sampling ? sampler(params) : undefined,
      stopping_criteria: new RowsDone(rows, isCancelled),
      // The typings merge GenerationConfig's `streamer: TextStreamer` in; generate() only needs put/end.
      streamer: new RowStreamer((tokenIds) => {
        steps.tick();
        tokenIds.forEach((id, row) => emit(row, id, rows[row].push(id)));
      }) as unknown as TextStreamer,
    });
  }
  const finalReason = isCancelled() ? 'cancelled' : 'length';
  rows.forEach((row, index) => emit(index, null, row.done ? null : row.finish(finalReason)));

  return {
    modelId: loaded.ref.id,
    promptTokens: promptTokens.map((ids) => ids.length),
    sequences: rows.map((row, index) => ({
      prompt: Math.floor(index / params.numReturnSequences),
      text: row.text,
      tokenIds: row.tokenIds,
      finishReason: row.finishReason!,
    })),
    timings: {
      loadMs: 0,
      firstTokenMs: steps.first === null ? 0 : steps.first - startedAt,
      totalMs: performance.now() - startedAt,
      tokensPerSecond: steps.decodeRate() * rows.length,
    },
  };
}

/** Token ids of a prompt; an empty prompt starts from <|endoftext|>, as GPT-2 was trained to. */
function encodePrompt(loaded: LoadedModel, prompt: string): number[] {
  const ids = prompt === '' ? [] : loaded.tokenizer.encode(prompt, { add_special_tokens: false });
  return ids.length > 0 ? ids : [loaded.eosTokenId];
}

/** Rows padded on the left, so every row's last position is its newest token; padding is masked out. */
function leftPaddedBatch(rows: number[][], padId: number): { inputIds: Tensor; attentionMask: Tensor } {
  const width = Math.max(...rows.map((ids) => ids.length));
  const ids = new BigInt64Array(rows.length * width).fill(BigInt(padId));
  const mask = new BigInt64Array(rows.length * width);
  rows.forEach((row, r) => {
    const offset = r * width + width - row.length;
    row.forEach((id, i) => {
      ids[offset + i] = BigInt(id);
      mask[offset + i] = 1n;
    });
  });
  // input_ids, attention_mask: (B, T)
  return {
    inputIds: new Tensor('int64', ids, [rows.length, width]),
    attentionMask: new Tensor('int64', mask, [rows.length, width]),
  };
}

function sampler(params: GenerationParams): LogitsProcessorList {
  const list = new LogitsProcessorList();
  list.push(new Sampler(params, new SeededRandom(params.seed ?? randomInt(2 ** 32))));
  return list;
}

/** Runs after the repetition penalty: draws each row's token and masks every other one, so argmax returns it. */
class Sampler extends LogitsProcessor {
  constructor(
    private readonly params: SamplingParams,
    private readonly random: SeededRandom,
  ) {
    super();
  }

  override _call(_inputIds: bigint[][], logits: Tensor): Tensor {
    // logits: (B, V); each row is a view into the batch
    const [batch, vocab] = logits.dims;
    const data = logits.data as Float32Array;
    for (let row = 0; row < batch; row++) {
      const scores = data.subarray(row * vocab, (row + 1) * vocab);
      const token = sampleToken(scores, this.params, () => this.random.next());
      scores.fill(-Infinity);
      scores[token] = 0;
    }
    return logits;
  }
}

/** transformers.js stops only when every row is done; a row is done at eos, a stop string, its length or cancel. */
class RowsDone extends StoppingCriteria {
  constructor(
    private readonly rows: SequenceText[],
    private readonly isCancelled: () => boolean,
  ) {
    super();
  }

  override _call(): boolean[] {
    const cancelled = this.isCancelled();
    return this.rows.map((row) => cancelled || row.done);
  }
}

/** Receives each step's new token per row; the first put (the prompt) is skipped. */
class RowStreamer extends BaseStreamer {
  private promptSeen = false;

  constructor(private readonly onStep: (tokenIds: number[]) => void) {
    super();
  }

  override put(value: bigint[][]): void {
    if (!this.promptSeen) {
      this.promptSeen = true;
      return;
    }
    this.onStep(value.map((row) => Number(row[0])));
  }

  override end(): void {}
}

/** Times generation steps: the first token (after prefill) and the decode rate after it. */
class StepClock {
  first: number | null = null;
  private last = 0;
  private count = 0;

  tick(): void {
    const now = performance.now();
    this.first ??= now;
    this.last = now;
    this.count++;
  }

  /** Steps per second after the first one. */
  decodeRate(): number {
    return this.count > 1 ? ((this.count - 1) * 1000) / (this.last - this.first!) : 0;
  }
}
