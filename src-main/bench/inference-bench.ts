/**
 * `concierge bench inference --json`: generation speed of transformers.js in our worker setup against the floor,
 * a raw onnxruntime-node decode loop on the same graph with the same threads, for float32 and the int8 copy
 * (onnx/model_quantized.onnx) of the same model. By default random-weight GPT-2s of distilgpt2 shape (6 layers)
 * and gpt2 shape (12 layers), 768 wide, 12 heads, 50,257 vocab; `--model ID|DIR` benches a model version of the
 * data folder (or any model folder) instead. Batch 1, a 32-token prompt, 128 new tokens (fewer when the context
 * is shorter), greedy.
 *
 * `results`, one row per model and precision:
 *   precision        fp32 (onnx/model.onnx) or int8 (onnx/model_quantized.onnx)
 *   onnx_mb          size of that graph file
 *   load_ms          model folder → transformers.js model + tokenizer (sessions created), median of one load per run
 *   warmup_ms        the two greedy tokens run after load, median
 *   ttft_ms          prompt → first new token (tokenize + 32-token prefill), median of the runs
 *   ms_per_token     median time between consecutive tokens over all runs; tokens_per_s = 1000 / ms_per_token
 *   ms_per_token_p95 95th percentile (nearest rank) of the same times
 *   ort_ms_per_token median time of one raw ORT decode step (feeds, run, argmax) on the same graph, over as many
 *                    steps as transformers.js took
 *   overhead_ratio   ms_per_token ÷ ort_ms_per_token
 *   new_tokens       tokens generated per run (fewer than asked when the model writes its end-of-text token)
 *   same_tokens      transformers.js and the raw loop produced the same greedy tokens in every run
 * `int8_vs_fp32`, one row per model when both precisions ran: each figure's int8 ÷ fp32 ratio, `same_output`
 * (int8's greedy tokens were fp32's in every run) and `matching_tokens` (the fewest leading tokens they shared).
 *
 * Medians, because other work on the machine preempts single steps. Everything alternates run by run so that
 * background load hits all alike: the precisions swap order every run, and within one precision the raw loop and
 * transformers.js swap order every run. `--precision fp32|int8|both` picks the graphs; the default is both when
 * the folder has the int8 copy (every folder the app and this bench write does), else fp32.
 *
 * `--spinning compare` adds `spinning`: transformers.js ms/token (fp32) with ORT thread spinning on and off, two
 * models loaded side by side and alternating run by run; DEFAULT_ALLOW_SPINNING is chosen from it.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BenchKind } from '../cli/commands/bench.ts';
import { ModelHost } from '../inference/model-host.ts';
import { DEFAULT_ALLOW_SPINNING, resolveThreadOptions, type ThreadOptions } from '../inference/session-options.ts';
import { randomGpt2Weights, type Gpt2Config } from '../model/gpt2-weights.ts';
import { MODELS_DIR } from '../model/model-registry.ts';
import { ONNX_FILE, QUANTIZED_ONNX_FILE, validateModelFolder, writeModelFolder } from '../model/model-folder.ts';
import { Gpt2Decoder } from '../model/onnx/gpt2-decoder-session.ts';
import { MODEL_PRECISIONS, greedyParams, type GenerationParams, type ModelPrecision } from '../shared/inference-protocol.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { median, percentile } from './latency-summary.ts';

const INFERENCE_SHAPES: Record<'distilgpt2' | 'gpt2', Gpt2Config> = {
  distilgpt2: { vocabSize: 50_257, nPositions: 1024, nEmbd: 768, nLayer: 6, nHead: 12, layerNormEpsilon: 1e-5 },
  gpt2: { vocabSize: 50_257, nPositions: 1024, nEmbd: 768, nLayer: 12, nHead: 12, layerNormEpsilon: 1e-5 },
};
type ShapeName = keyof typeof INFERENCE_SHAPES;

const PROMPT_TOKENS = 32;
const NEW_TOKENS = 128;
const PROMPT_SOURCE =
  'Customer service is the support a company gives the people who buy and use its products, before and after the ' +
  'sale: answering questions, fixing problems, taking returns and listening to complaints with patience.';

export interface InferenceBenchResult {
  /** The shape benched (distilgpt2, gpt2) or, with --model, the model's id or folder name. */
  shape: string;
  precision: ModelPrecision;
  onnx_mb: number;
  load_ms: number;
  warmup_ms: number;
  ttft_ms: number;
  tokens_per_s: number;
  ms_per_token: number;
  ms_per_token_p95: number;
  ort_ms_per_token: number;
  overhead_ratio: number;
  new_tokens: number;
  same_tokens: boolean;
}

/** int8 against fp32 on the same model in the same run; every ratio is int8 ÷ fp32 (below 1: int8 is faster). */
export interface PrecisionComparison {
  shape: string;
  load_ratio: number;
  ttft_ratio: number;
  ms_per_token_ratio: number;
  ms_per_token_p95_ratio: number;
  ort_ms_per_token_ratio: number;
  /** int8's greedy tokens were fp32's in every run. */
  same_output: boolean;
  /** The fewest leading greedy tokens int8 and fp32 shared in any run (new_tokens when same_output). */
  matching_tokens: number;
}

export interface SpinningComparison {
  shape: string;
  spinning_on_ms_per_token: number;
  spinning_off_ms_per_token: number;
}

export interface InferenceBenchReport {
  threads: number;
  allow_spinning: boolean;
  runs: number;
  results: InferenceBenchResult[];
  int8_vs_fp32?: PrecisionComparison[];
  spinning?: SpinningComparison[];
}

/** Which graphs to bench: one precision, or both alternating; undefined = both when the folder has the int8 copy. */
export type PrecisionChoice = ModelPrecision | 'both';

/** A model folder to bench: a generated shape or an existing folder. */
export interface BenchModel {
  name: string;
  dir: string;
}

export async function runInferenceBench(options: {
  /** Random-weight models of these shapes, written to a temporary folder. */
  shapes?: ShapeName[];
  /** Existing model folders (benched as they are; nothing is written). */
  models?: BenchModel[];
  precision?: PrecisionChoice;
  runs: number;
  /** New tokens per run; at most the context left after the prompt. Default 128. */
  newTokens?: number;
  threads: ThreadOptions;
  compareSpinning?: boolean;
  log?: (line: string) => void;
}): Promise<InferenceBenchReport> {
  const log = options.log ?? (() => {});
  const resolved = resolveThreadOptions(options.threads);
  const results: InferenceBenchResult[] = [];
  const comparisons: PrecisionComparison[] = [];
  const spinning: SpinningComparison[] = [];
  const benchOne = async (name: string, dir: string) => {
    const { config } = await validateModelFolder(dir, { checkWeights: false, checkOnnx: false });
    const precisions = precisionsFor(dir, name, options.precision);
    const newTokens = Math.min(options.newTokens ?? NEW_TOKENS, config.nPositions - PROMPT_TOKENS);
    if (newTokens < 2) throw new InvalidInputError(`${name}: its context (${config.nPositions}) leaves no room after a ${PROMPT_TOKENS}-token prompt`);
    const benched = await benchModel(name, dir, config, precisions, options.runs, newTokens, options.threads, log);
    for (const row of benched.results) log(`${name}: ${JSON.stringify(row)}`);
    results.push(...benched.results);
    if (benched.comparison) {
      log(`${name}: ${JSON.stringify(benched.comparison)}`);
      comparisons.push(benched.comparison);
    }
    if (options.compareSpinning) spinning.push(await compareSpinning(name, dir, options.runs, newTokens, options.threads, log));
  };
  for (const model of options.models ?? []) await benchOne(model.name, model.dir);
  for (const shape of options.shapes ?? []) {
    const root = await mkdtemp(join(tmpdir(), `concierge-bench-${shape}-`));
    try {
      log(`${shape}: writing a random-weight model`);
      const dir = join(root, shape);
      await writeModelFolder(dir, { config: INFERENCE_SHAPES[shape], weights: randomGpt2Weights(INFERENCE_SHAPES[shape], 1) });
      await benchOne(shape, dir);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
  const report: InferenceBenchReport = { threads: resolved.threads, allow_spinning: resolved.spinning ?? true, runs: options.runs, results };
  if (comparisons.length > 0) report.int8_vs_fp32 = comparisons;
  if (options.compareSpinning) report.spinning = spinning;
  return report;
}

/** The precisions to bench on `dir`: int8 only where the folder has the int8 copy (loadModel would fall back silently). */
function precisionsFor(dir: string, name: string, choice: PrecisionChoice | undefined): ModelPrecision[] {
  const hasInt8 = existsSync(join(dir, QUANTIZED_ONNX_FILE));
  if (choice === undefined) return hasInt8 ? ['fp32', 'int8'] : ['fp32'];
  if (choice !== 'fp32' && !hasInt8) {
    throw new InvalidInputError(`${name} has no int8 copy (${QUANTIZED_ONNX_FILE}); add it with "concierge model quantize ID", or use --precision fp32`);
  }
  return choice === 'both' ? ['fp32', 'int8'] : [choice];
}

/** transformers.js ms/token with spinning on and off: two hosts side by side, alternating run by run. */
async function compareSpinning(
  shape: string,
  dir: string,
  runs: number,
  newTokens: number,
  threads: ThreadOptions,
  log: (line: string) => void,
): Promise<SpinningComparison> {
  const settings = [true, false].map((allowSpinning) => ({
    host: new ModelHost({ ...threads, allowSpinning, precision: 'fp32' }),
    model: { id: `${shape}-spinning-${allowSpinning}`, dir },
    steps: [] as number[],
  }));
  try {
    const prompt = PROMPT_SOURCE;
    for (let run = 0; run < runs; run++) {
      log(`${shape}: spinning comparison ${run + 1}/${runs}`);
      for (const setting of settings) {
        const stamps: number[] = [];
        await setting.host.generate(setting.model, [prompt], greedyParams(newTokens), { onToken: () => stamps.push(performance.now()) });
        setting.steps.push(...stamps.slice(1).map((stamp, i) => stamp - stamps[i]));
      }
    }
    const [on, off] = settings.map((setting) => round(median(setting.steps)));
    return { shape, spinning_on_ms_per_token: on, spinning_off_ms_per_token: off };
  } finally {
    for (const setting of settings) await setting.host.unload();
  }
}

/** One precision of the model under test: its host and raw session, and what its runs measured. */
interface PrecisionRun {
  precision: ModelPrecision;
  host: ModelHost;
  raw?: Gpt2Decoder;
  loadMs: number[];
  warmupMs: number[];
  onnxBytes: number;
  ttft: number[];
  steps: number[];
  rawSteps: number[];
  counts: number[];
  sameTokens: boolean;
}

async function benchModel(
  shape: string,
  dir: string,
  config: Gpt2Config,
  precisions: ModelPrecision[],
  runs: number,
  newTokens: number,
  threads: ThreadOptions,
  log: (line: string) => void,
): Promise<{ results: InferenceBenchResult[]; comparison?: PrecisionComparison }> {
  const model = { id: shape, dir };
  const params = greedyParams(newTokens);
  const states: PrecisionRun[] = [];
  try {
    for (const precision of precisions) {
      const host = new ModelHost({ ...threads, precision });
      const file = join(dir, precision === 'int8' ? QUANTIZED_ONNX_FILE : ONNX_FILE);
      const state: PrecisionRun = {
        precision,
        host,
        loadMs: [],
        warmupMs: [],
        onnxBytes: (await stat(file)).size,
        ttft: [],
        steps: [],
        rawSteps: [],
        counts: [],
        sameTokens: true,
      };
      states.push(state);
      log(`${shape}: loading ${precision}`);
      const used = await host.use(model);
      if (used.precision !== precision) throw new Error(`${shape}: asked for ${precision}, loaded ${used.precision}`);
      state.loadMs.push(used.loadMs);
      state.warmupMs.push(used.warmupMs);
      state.raw = await Gpt2Decoder.create(file, config, resolveThreadOptions(threads));
    }
    const { loaded } = await states[0].host.use(model);
    const { prompt, promptIds } = exactPrompt((text) => loaded.tokenizer.encode(text, { add_special_tokens: false }), (ids) =>
      loaded.tokenizer.decode(ids),
    );
    let sameOutput = true;
    let matchingTokens = newTokens;
    for (let run = 0; run < runs; run++) {
      log(`${shape}: run ${run + 1}/${runs}`);
      // Alternate which precision goes first, and within one which loop goes first, so neither always follows the other.
      const order = run % 2 === 1 ? [...states].reverse() : states;
      if (run > 0) {
        // Load again, in this run's order: a single load would give the first precision the process's one-time costs.
        for (const state of order) {
          await state.host.unload();
          const used = await state.host.use(model);
          state.loadMs.push(used.loadMs);
          state.warmupMs.push(used.warmupMs);
        }
      }
      const tokensOf = new Map<ModelPrecision, number[]>();
      for (const state of order) tokensOf.set(state.precision, await measureRun(state, model, prompt, promptIds, params, run % 2 === 1));
      const [fp32, int8] = [tokensOf.get('fp32'), tokensOf.get('int8')];
      if (fp32 && int8) {
        const shared = leadingMatch(fp32, int8);
        matchingTokens = Math.min(matchingTokens, shared);
        sameOutput &&= shared === fp32.length && fp32.length === int8.length;
      }
    }
    const results = states.map((state) => summarize(shape, state));
    const [fp32, int8] = (['fp32', 'int8'] as const).map((precision) => states.find((state) => state.precision === precision));
    if (!fp32 || !int8) return { results };
    // From the unrounded figures: on a small model a rounded 1.0 ms against 2.2 ms would say little.
    const [a, b] = [figures(fp32), figures(int8)];
    const ratio = (key: keyof ReturnType<typeof figures>) => round(b[key] / a[key], 3);
    return {
      results,
      comparison: {
        shape,
        load_ratio: ratio('loadMs'),
        ttft_ratio: ratio('ttftMs'),
        ms_per_token_ratio: ratio('msPerToken'),
        ms_per_token_p95_ratio: ratio('msPerTokenP95'),
        ort_ms_per_token_ratio: ratio('ortMsPerToken'),
        same_output: sameOutput,
        matching_tokens: matchingTokens,
      },
    };
  } finally {
    for (const state of states) {
      await state.raw?.release();
      await state.host.unload();
    }
  }
}

/** One run of one precision: transformers.js and the raw loop, in the given order. Returns transformers.js's tokens. */
async function measureRun(
  state: PrecisionRun,
  model: { id: string; dir: string },
  prompt: string,
  promptIds: number[],
  params: GenerationParams,
  floorFirst: boolean,
): Promise<number[]> {
  const floor = floorFirst ? await rawDecode(state.raw!, promptIds, params.maxNewTokens) : null;
  const stamps: number[] = [];
  const result = await state.host.generate(model, [prompt], params, { onToken: () => stamps.push(performance.now()) });
  const tokens = result.sequences[0].tokenIds;
  state.ttft.push(result.timings.firstTokenMs);
  state.steps.push(...stamps.slice(1).map((stamp, i) => stamp - stamps[i]));
  state.counts.push(tokens.length);
  const floorAfter = floor ?? (await rawDecode(state.raw!, promptIds, params.maxNewTokens));
  // transformers.js stops at the end-of-text token; the raw loop always runs on, so time and compare only as many
  // steps and tokens as transformers.js produced (later steps attend to a longer cache and cost more).
  state.rawSteps.push(...floorAfter.stepMs.slice(0, tokens.length - 1));
  state.sameTokens &&= tokens.length > 0 && floorAfter.tokenIds.slice(0, tokens.length).join() === tokens.join();
  return tokens;
}

function figures(state: PrecisionRun) {
  return {
    loadMs: median(state.loadMs),
    ttftMs: median(state.ttft),
    msPerToken: median(state.steps),
    msPerTokenP95: percentile(state.steps, 0.95),
    ortMsPerToken: median(state.rawSteps),
  };
}

function summarize(shape: string, state: PrecisionRun): InferenceBenchResult {
  if (state.steps.length === 0) throw new Error(`${shape} (${state.precision}): fewer than two tokens per run, nothing to time`);
  const { msPerToken, msPerTokenP95, ortMsPerToken } = figures(state);
  return {
    shape,
    precision: state.precision,
    onnx_mb: round(state.onnxBytes / 1e6),
    load_ms: round(median(state.loadMs)),
    warmup_ms: round(median(state.warmupMs)),
    ttft_ms: round(median(state.ttft)),
    tokens_per_s: round(1000 / msPerToken),
    // Two decimals: a small model's step takes about a millisecond.
    ms_per_token: round(msPerToken, 2),
    ms_per_token_p95: round(msPerTokenP95, 2),
    ort_ms_per_token: round(ortMsPerToken, 2),
    overhead_ratio: round(msPerToken / ortMsPerToken, 3),
    new_tokens: Math.min(...state.counts),
    same_tokens: state.sameTokens,
  };
}

function leadingMatch(a: number[], b: number[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
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

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

export const inferenceBench: BenchKind = {
  summary:
    'transformers.js generation vs raw ONNX Runtime decode, fp32 and int8, distilgpt2 and gpt2 shapes\n' +
    '             [--shapes distilgpt2,gpt2 | --model ID|DIR] [--precision fp32|int8|both] [--runs 3]\n' +
    '             [--threads N] [--spinning on|off|compare]',
  options: {
    shapes: { type: 'string' },
    model: { type: 'string' },
    precision: { type: 'string' },
    runs: { type: 'string' },
    threads: { type: 'string' },
    spinning: { type: 'string' },
  },
  async run({ values, dataDir }) {
    if (values.model !== undefined && values.shapes !== undefined) throw new InvalidInputError('Give --shapes or --model, not both');
    const shapes = values.model !== undefined ? [] : (String(values.shapes ?? 'distilgpt2,gpt2').split(',') as ShapeName[]);
    for (const shape of shapes) {
      if (!Object.hasOwn(INFERENCE_SHAPES, shape)) throw new InvalidInputError(`Unknown shape "${shape}": use distilgpt2 and/or gpt2`);
    }
    const precision = values.precision === undefined ? undefined : String(values.precision);
    if (precision !== undefined && precision !== 'both' && !(MODEL_PRECISIONS as readonly string[]).includes(precision)) {
      throw new InvalidInputError(`Unknown precision "${precision}": use fp32, int8 or both`);
    }
    const spinning = values.spinning === undefined || values.spinning === 'compare' ? DEFAULT_ALLOW_SPINNING : values.spinning === 'on';
    return runInferenceBench({
      shapes,
      models: values.model === undefined ? [] : [benchModelFolder(String(values.model), dataDir)],
      precision: precision as PrecisionChoice | undefined,
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

/** `--model`: a model folder, or the id of a model version in the data folder. */
function benchModelFolder(value: string, dataDir: string): BenchModel {
  const isDir = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  if (isDir(value)) return { name: basename(resolve(value)), dir: resolve(value) };
  const versionDir = join(dataDir, MODELS_DIR, value);
  if (/^[\w.-]+$/.test(value) && isDir(versionDir)) return { name: value, dir: versionDir };
  throw new InvalidInputError(`--model ${value}: no such model folder, nor a model version in ${dataDir} ("concierge model list")`);
}
