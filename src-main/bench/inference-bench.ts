/**
 * `concierge bench inference --json`: generation speed of transformers.js in our worker setup against the floor,
 * a raw onnxruntime-node decode loop on the same graph with the same threads. Random-weight GPT-2s of distilgpt2
 * shape (6 layers) and gpt2 shape (12 layers), 768 wide, 12 heads, 50,257 vocab, fp32, batch 1, a 32-token prompt,
 * 128 new tokens, greedy.
 *
 *   load_ms          model folder → transformers.js model + tokenizer (sessions created)
 *   warmup_ms        the two greedy tokens run after load
 *   ttft_ms          prompt → first new token (tokenize + 32-token prefill), median of the runs
 *   ms_per_token     median time between consecutive tokens over all runs; tokens_per_s = 1000 / ms_per_token
 *   ort_ms_per_token median time of one raw ORT decode step (feeds, run, argmax)
 *   overhead_ratio   ms_per_token ÷ ort_ms_per_token
 * Medians, because other work on the machine preempts single steps; the two loops alternate run by run so that
 * background load hits both alike. Both must produce the same greedy tokens (same_tokens).
 *
 * `--spinning compare` adds `spinning`: transformers.js ms/token with ORT thread spinning on and off, two models
 * loaded side by side and alternating run by run; DEFAULT_ALLOW_SPINNING is chosen from it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchKind } from '../cli/commands/bench.ts';
import { ModelHost } from '../inference/model-host.ts';
import { DEFAULT_ALLOW_SPINNING, resolveThreadOptions, type ThreadOptions } from '../inference/session-options.ts';
import { randomGpt2Weights, type Gpt2Config } from '../model/gpt2-weights.ts';
import { writeModelFolder } from '../model/model-folder.ts';
import { Gpt2Decoder } from '../model/onnx/gpt2-decoder-session.ts';
import type { GenerationParams } from '../shared/inference-protocol.ts';
import { InvalidInputError } from '../shared/errors.ts';

export const INFERENCE_SHAPES: Record<'distilgpt2' | 'gpt2', Gpt2Config> = {
  distilgpt2: { vocabSize: 50_257, nPositions: 1024, nEmbd: 768, nLayer: 6, nHead: 12, layerNormEpsilon: 1e-5 },
  gpt2: { vocabSize: 50_257, nPositions: 1024, nEmbd: 768, nLayer: 12, nHead: 12, layerNormEpsilon: 1e-5 },
};
type ShapeName = keyof typeof INFERENCE_SHAPES;

const PROMPT_TOKENS = 32;
const NEW_TOKENS = 128;
const PROMPT_SOURCE =
  'Customer service is the support a company gives the people who buy and use its products, before and after the ' +
  'sale: answering questions, fixing problems, taking returns and listening to complaints with patience.';
const GREEDY: GenerationParams = {
  maxNewTokens: NEW_TOKENS,
  temperature: 0,
  topK: 0,
  topP: 1,
  repetitionPenalty: 1,
  stop: [],
  numReturnSequences: 1,
};

export interface InferenceBenchResult {
  shape: ShapeName;
  load_ms: number;
  warmup_ms: number;
  ttft_ms: number;
  tokens_per_s: number;
  ms_per_token: number;
  ort_ms_per_token: number;
  overhead_ratio: number;
  same_tokens: boolean;
}

export interface SpinningComparison {
  shape: ShapeName;
  spinning_on_ms_per_token: number;
  spinning_off_ms_per_token: number;
}

export interface InferenceBenchReport {
  threads: number;
  allow_spinning: boolean;
  runs: number;
  results: InferenceBenchResult[];
  spinning?: SpinningComparison[];
}

export async function runInferenceBench(options: {
  shapes: ShapeName[];
  runs: number;
  threads: ThreadOptions;
  compareSpinning?: boolean;
  log?: (line: string) => void;
}): Promise<InferenceBenchReport> {
  const log = options.log ?? (() => {});
  const resolved = resolveThreadOptions(options.threads);
  const results: InferenceBenchResult[] = [];
  const spinning: SpinningComparison[] = [];
  for (const shape of options.shapes) {
    const root = await mkdtemp(join(tmpdir(), `concierge-bench-${shape}-`));
    try {
      log(`${shape}: writing a random-weight model`);
      const dir = join(root, shape);
      await writeModelFolder(dir, { config: INFERENCE_SHAPES[shape], weights: randomGpt2Weights(INFERENCE_SHAPES[shape], 1) });
      results.push(await benchShape(shape, dir, options.runs, options.threads, log));
      log(`${shape}: ${JSON.stringify(results.at(-1))}`);
      if (options.compareSpinning) spinning.push(await compareSpinning(shape, dir, options.runs, options.threads, log));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
  const report = { threads: resolved.threads, allow_spinning: resolved.spinning ?? true, runs: options.runs, results };
  return options.compareSpinning ? { ...report, spinning } : report;
}

/** transformers.js ms/token with spinning on and off: two hosts side by side, alternating run by run. */
async function compareSpinning(
  shape: ShapeName,
  dir: string,
  runs: number,
  threads: ThreadOptions,
  log: (line: string) => void,
): Promise<SpinningComparison> {
  const settings = [true, false].map((allowSpinning) => ({
    host: new ModelHost({ ...threads, allowSpinning }),
    model: { id: `${shape}-spinning-${allowSpinning}`, dir },
    steps: [] as number[],
  }));
  try {
    const prompt = PROMPT_SOURCE;
    for (let run = 0; run < runs; run++) {
      log(`${shape}: spinning comparison ${run + 1}/${runs}`);
      for (const setting of settings) {
        const stamps: number[] = [];
        await setting.host.generate(setting.model, [prompt], GREEDY, { onToken: () => stamps.push(performance.now()) });
        setting.steps.push(...stamps.slice(1).map((stamp, i) => stamp - stamps[i]));
      }
    }
    const [on, off] = settings.map((setting) => round(median(setting.steps)));
    return { shape, spinning_on_ms_per_token: on, spinning_off_ms_per_token: off };
  } finally {
    for (const setting of settings) await setting.host.unload();
  }
}

async function benchShape(
  shape: ShapeName,
  dir: string,
  runs: number,
  threads: ThreadOptions,
  log: (line: string) => void,
): Promise<InferenceBenchResult> {
  const host = new ModelHost(threads);
  const model = { id: shape, dir };
  const { loaded, loadMs, warmupMs } = await host.use(model);
  const raw = await Gpt2Decoder.create(join(dir, 'onnx/model.onnx'), INFERENCE_SHAPES[shape], resolveThreadOptions(threads));
  try {
    const { prompt, promptIds } = exactPrompt((text) => loaded.tokenizer.encode(text, { add_special_tokens: false }), (ids) =>
      loaded.tokenizer.decode(ids),
    );
    const ttft: number[] = [];
    const steps: number[] = [];
    const rawSteps: number[] = [];
    let sameTokens = true;
    const viaTransformers = async () => {
      const stamps: number[] = [];
      const result = await host.generate(model, [prompt], GREEDY, { onToken: () => stamps.push(performance.now()) });
      const tokens = result.sequences[0].tokenIds;
      if (tokens.length !== NEW_TOKENS) throw new Error(`${shape}: generated ${tokens.length} tokens, not ${NEW_TOKENS}`);
      ttft.push(result.timings.firstTokenMs);
      steps.push(...stamps.slice(1).map((stamp, i) => stamp - stamps[i]));
      return tokens;
    };
    for (let run = 0; run < runs; run++) {
      log(`${shape}: run ${run + 1}/${runs}`);
      // Alternate which loop goes first, so neither always runs right after the other.
      const floorFirst = run % 2 === 1;
      const floor = floorFirst ? await rawDecode(raw, promptIds, NEW_TOKENS) : null;
      const tokens = await viaTransformers();
      const floorAfter = floor ?? (await rawDecode(raw, promptIds, NEW_TOKENS));
      rawSteps.push(...floorAfter.stepMs);
      sameTokens &&= floorAfter.tokenIds.join() === tokens.join();
    }
    const msPerToken = median(steps);
    const ortMsPerToken = median(rawSteps);
    return {
      shape,
      load_ms: round(loadMs),
      warmup_ms: round(warmupMs),
      ttft_ms: round(median(ttft)),
      tokens_per_s: round(1000 / msPerToken),
      ms_per_token: round(msPerToken),
      ort_ms_per_token: round(ortMsPerToken),
      overhead_ratio: round(msPerToken / ortMsPerToken, 3),
      same_tokens: sameTokens,
    };
  } finally {
    await raw.release();
    await host.unload();
  }
}

/** Greedy decoding on the raw session with the KV cache, timing each decode step (feeds, run, argmax). */
async function rawDecode(decoder: Gpt2Decoder, promptIds: number[], newTokens: number): Promise<{ stepMs: number[]; tokenIds: number[] }> {
  const tokenIds: number[] = [];
  const stepMs: number[] = [];
  let past;
  let ids = promptIds;
  let length = 0;
  for (let step = 0; step < newTokens; step++) {
    const startedAt = performance.now();
    const total = length + ids.length;
    const { logits, presents } = await decoder.forward(
      {
        batchSize: 1,
        inputIds: ids,
        attentionMask: new Array<number>(total).fill(1),
        positionIds: ids.map((_, i) => length + i),
        numLogitsToKeep: 1, // as transformers.js feeds while generating
      },
      past,
    );
    const next = argmaxLast(logits.data as Float32Array, logits.dims[2]);
    past = presents;
    length = total;
    ids = [next];
    tokenIds.push(next);
    if (step > 0) stepMs.push(performance.now() - startedAt);
  }
  return { stepMs, tokenIds };
}

function argmaxLast(data: Float32Array, vocab: number): number {
  const offset = data.length - vocab;
  let best = 0;
  for (let i = 1; i < vocab; i++) if (data[offset + i] > data[offset + best]) best = i;
  return best;
}

/** A prompt that is exactly PROMPT_TOKENS tokens and re-encodes to the same ids. */
function exactPrompt(encode: (text: string) => number[], decode: (ids: number[]) => string): { prompt: string; promptIds: number[] } {
  const promptIds = encode(PROMPT_SOURCE).slice(0, PROMPT_TOKENS);
  const prompt = decode(promptIds);
  if (encode(prompt).join() !== promptIds.join()) throw new Error('bench prompt does not re-encode to the same tokens');
  return { prompt, promptIds };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

export const inferenceBench: BenchKind = {
  summary:
    'transformers.js generation vs raw ONNX Runtime decode, distilgpt2 and gpt2 shapes\n' +
    '             [--shapes distilgpt2,gpt2] [--runs 3] [--threads N] [--spinning on|off|compare]',
  options: {
    shapes: { type: 'string' },
    runs: { type: 'string' },
    threads: { type: 'string' },
    spinning: { type: 'string' },
  },
  async run({ values }) {
    const shapes = String(values.shapes ?? 'distilgpt2,gpt2').split(',') as ShapeName[];
    for (const shape of shapes) {
      if (!Object.hasOwn(INFERENCE_SHAPES, shape)) throw new InvalidInputError(`Unknown shape "${shape}": use distilgpt2 and/or gpt2`);
    }
    const spinning = values.spinning === undefined || values.spinning === 'compare' ? DEFAULT_ALLOW_SPINNING : values.spinning === 'on';
    return runInferenceBench({
      shapes,
      compareSpinning: values.spinning === 'compare',
      runs: values.runs === undefined ? 3 : Math.max(1, Number(values.runs)),
      threads: {
        intraOpThreads: values.threads === undefined ? undefined : Number(values.threads),
        allowSpinning: spinning,
      },
      log: (line) => console.error(line),
    });
  },
};
