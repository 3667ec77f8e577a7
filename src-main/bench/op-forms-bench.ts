/**
 * Measures ONNX Runtime's matrix-product forms on the shapes the GPT-2 training graph emits, so the graph builder's
 * choice of form is made by measurement (see training/training-graph.ts).
 *
 *   npx tsx src-main/bench/op-forms-bench.ts [--threads 2] [--json]
 *
 * Each case is a one-node graph whose operands are graph inputs (as in training, where weights are inputs),
 * followed by a ReduceSum so the large product is not copied back to JS (that sum costs < 2% of the product).
 * Reports the wall rate and the rate implied by CPU time (robust when other processes share the cores).
 */
import * as ort from 'onnxruntime-node';
import { parseArgs } from 'node:util';
import { ortSessionOptions } from '../model/onnx/gpt2-decoder-session.ts';
import { encodeOnnxModel } from '../model/onnx/onnx-model-writer.ts';
import { MICROSOFT_DOMAIN, type OnnxAttribute, type OnnxModel, type OnnxNode } from '../model/onnx/onnx-model.ts';

type Form = 'MatMul' | 'Gemm' | 'FusedMatMul' | 'Transpose+MatMul';

interface ProductCase {
  label: string;
  /** Logical product (M×K)·(K×N), with the operands stored transposed where `transA`/`transB`. */
  m: number;
  k: number;
  n: number;
  transA: boolean;
  transB: boolean;
  /** Leading batch dimensions (attention products). */
  batch?: number[];
}

const BT = 8 * 128; // tokens per distilgpt2-shaped training step
const C = 768;
const V = 50257;
const ATTENTION_BATCH = [8, 12]; // (B, heads)

export const TRAINING_PRODUCTS: ProductCase[] = [
  { label: 'qkv forward x·W', m: BT, k: C, n: 3 * C, transA: false, transB: false },
  { label: 'fc forward x·W', m: BT, k: C, n: 4 * C, transA: false, transB: false },
  { label: 'mlp proj forward x·W', m: BT, k: 4 * C, n: C, transA: false, transB: false },
  { label: 'qkv dX = dY·Wᵀ', m: BT, k: 3 * C, n: C, transA: false, transB: true },
  { label: 'fc dX = dY·Wᵀ', m: BT, k: 4 * C, n: C, transA: false, transB: true },
  { label: 'qkv dW = Xᵀ·dY', m: C, k: BT, n: 3 * C, transA: true, transB: false },
  { label: 'mlp proj dW = Xᵀ·dY', m: 4 * C, k: BT, n: C, transA: true, transB: false },
  { label: 'lm_head logits = h·wteᵀ', m: BT, k: C, n: V, transA: false, transB: true },
  { label: 'lm_head dH = dLogits·wte', m: BT, k: V, n: C, transA: false, transB: false },
  { label: 'lm_head dWte = dLogitsᵀ·h', m: V, k: BT, n: C, transA: true, transB: false },
  { label: 'lm_head dWteᵀ = hᵀ·dLogits', m: C, k: BT, n: V, transA: true, transB: false },
  { label: 'attention q·kᵀ', m: 128, k: 64, n: 128, transA: false, transB: true, batch: ATTENTION_BATCH },
  { label: 'attention p·v', m: 128, k: 128, n: 64, transA: false, transB: false, batch: ATTENTION_BATCH },
];

function formsFor(c: ProductCase): Form[] {
  const forms: Form[] = ['MatMul', 'FusedMatMul'];
  if (!c.batch) forms.push('Gemm');
  if (c.transA || c.transB) forms.push('Transpose+MatMul');
  return forms.filter((f) => f !== 'MatMul' || (!c.transA && !c.transB));
}

function productModel(c: ProductCase, form: Form): OnnxModel {
  const batch = c.batch ?? [];
  const aShape = [...batch, ...(c.transA ? [c.k, c.m] : [c.m, c.k])];
  const bShape = [...batch, ...(c.transB ? [c.n, c.k] : [c.k, c.n])];
  const swapLast = [...batch.map((_, i) => i), batch.length + 1, batch.length];
  const trans = (name: string, flag: boolean): Record<string, OnnxAttribute> =>
    flag ? { [name]: { kind: 'int', value: 1 } } : {};
  const nodes: OnnxNode[] =
    form === 'Transpose+MatMul'
      ? [
          c.transA
            ? {
                opType: 'Transpose',
                name: 'ta',
                inputs: ['a'],
                outputs: ['a2'],
                attributes: { perm: { kind: 'ints' as const, value: swapLast } },
              }
            : { opType: 'Identity', name: 'ta', inputs: ['a'], outputs: ['a2'], attributes: {} },
          c.transB
            ? {
                opType: 'Transpose',
                name: 'tb',
                inputs: ['b'],
                outputs: ['b2'],
                attributes: { perm: { kind: 'ints' as const, value: swapLast } },
              }
            : { opType: 'Identity', name: 'tb', inputs: ['b'], outputs: ['b2'], attributes: {} },
          { opType: 'MatMul', name: 'mm', inputs: ['a2', 'b2'], outputs: ['y'], attributes: {} },
        ]
      : [
          {
            opType: form,
            domain: form === 'FusedMatMul' ? MICROSOFT_DOMAIN : undefined,
            name: 'mm',
            inputs: ['a', 'b'],
            outputs: ['y'],
            attributes: form === 'MatMul' ? {} : { ...trans('transA', c.transA), ...trans('transB', c.transB) },
          },
        ];
  nodes.push({
    opType: 'ReduceSum',
    name: 'sum',
    inputs: ['y'],
    outputs: ['s'],
    attributes: { keepdims: { kind: 'int', value: 0 } },
  });
  return {
    graph: {
      name: 'product',
      nodes,
      inputs: [
        { name: 'a', dtype: 'float32', shape: aShape },
        { name: 'b', dtype: 'float32', shape: bShape },
      ],
      outputs: [{ name: 's', dtype: 'float32', shape: [] }],
      initializers: [],
    },
    extraOpsets: [{ domain: MICROSOFT_DOMAIN, version: 1 }],
  };
}

function randomTensor(shape: number[]): ort.Tensor {
  const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < data.length; i++) data[i] = Math.random() - 0.5;
  return new ort.Tensor('float32', data, shape);
}

/**
 * Fastest wall and CPU seconds per run after one warm-up, repeating until ~`budgetSeconds` have been spent. Minimums:
 * on a shared machine other processes only ever slow a run down. CPU time (this process, all threads) stays
 * meaningful when other work competes for the cores, so forms are compared on it too.
 */
async function timeRuns(run: () => Promise<unknown>, budgetSeconds: number): Promise<{ wall: number; cpu: number }> {
  await run();
  let wall = Infinity;
  let cpu = Infinity;
  const start = performance.now();
  for (let runs = 0; runs < 3 || (performance.now() - start < budgetSeconds * 1000 && runs < 50); runs++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await run();
    const used = process.cpuUsage(c0);
    wall = Math.min(wall, (performance.now() - t0) / 1000);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
  }
  return { wall, cpu };
}

export interface FormMeasurement {
  label: string;
  form: Form;
  /** FLOP per wall second. */
  gflops: number;
  /** FLOP per CPU second × threads: the wall rate the product reaches when it has the cores to itself. */
  cpuGflops: number;
  ms: number;
}

export async function measureProduct(
  c: ProductCase,
  form: Form,
  threads: number,
  budgetSeconds = 2,
): Promise<FormMeasurement> {
  const model = productModel(c, form);
  // No spinning, so CPU time counts work rather than busy-waiting.
  const session = await ort.InferenceSession.create(
    encodeOnnxModel(model),
    ortSessionOptions({ threads, spinning: false }),
  );
  const feeds = {
    a: randomTensor(model.graph.inputs[0].shape as number[]),
    b: randomTensor(model.graph.inputs[1].shape as number[]),
  };
  const { wall, cpu } = await timeRuns(() => session.run(feeds), budgetSeconds);
  await session.release();
  const flop = 2 * c.m * c.k * c.n * (c.batch ?? []).reduce((a, b) => a * b, 1);
  return { label: c.label, form, gflops: flop / wall / 1e9, cpuGflops: (flop * threads) / cpu / 1e9, ms: wall * 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { threads: { type: 'string', default: '2' }, json: { type: 'boolean', default: false } },
  });
  const threads = Number(values.threads);
  const results: FormMeasurement[] = [];
  for (const c of TRAINING_PRODUCTS) {
    for (const form of formsFor(c)) {
      const r = await measureProduct(c, form, threads);
      results.push(r);
      if (!values.json) {
        const rates = `${r.gflops.toFixed(0).padStart(5)} GFLOP/s wall  ${r.cpuGflops.toFixed(0).padStart(5)} GFLOP/s by CPU time`;
        console.log(`${c.label.padEnd(30)} ${form.padEnd(17)} ${rates}  ${r.ms.toFixed(1).padStart(8)} ms`);
      }
    }
  }
  if (values.json) console.log(JSON.stringify({ threads, results }));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
