/**
 * Dynamic int8 quantization of an inference graph's weight products, as an OnnxModel → OnnxModel pass (the same
 * idea as onnxruntime's `quantize_dynamic`, written for our own graphs):
 *
 *   quantizeWeightProducts(model, { perChannel })  — every MatMul (and FusedMatMul with transB) whose B is a 2-D
 *       float32 initializer becomes com.microsoft DynamicQuantizeMatMul: B stored as int8 (K, N), symmetric
 *       (zero point 0, values in [-127, 127]), one scale per output column (perChannel, the default) or one per
 *       tensor; the activation is quantized to uint8 per run by ONNX Runtime. A bias Add right after the product
 *       folds into the node's bias input.
 *   A weight that a Gather also reads (GPT-2's tied wte: embedding rows and lm_head) is stored once, as int8:
 *       the Gather picks columns of the transposed int8 table and scales them back to float32. Its float32 copy
 *       is kept only if some other node still reads it.
 * Everything else (attention products between activations, LayerNorm, biases, wpe) stays float32, so the graph's
 * inputs and outputs, and with them the transformers.js contract (gpt2-graph.ts), are unchanged.
 *
 * Why a scale per column: a column's scale only multiplies that column's dot products, so per-column scales cost
 * nothing at run time (measured: per-tensor, per-column and a separate Mul after the product ran within noise of
 * each other) and keep a column of small weights from losing its precision to another's outlier.
 *
 * Why it pays (measured on this 2-core AVX-512 VNNI machine, README "int8 inference"): decoding is bound by reading
 * the weights, and int8 reads a quarter of the bytes; ms/token fell 3–5× on a distilgpt2-shaped model.
 * The activation's scale is taken over each run's whole input, so a cached decode step and a full recompute of the
 * same tokens differ in the last bits, and a greedy choice between two nearly tied tokens can differ from float32's.
 */
import { MICROSOFT_DOMAIN, bytesOf, type OnnxModel, type OnnxNode, type OnnxTensor } from './onnx-model.ts';

export interface QuantizeOptions {
  /** One scale per output column (default) rather than one per weight tensor. */
  perChannel?: boolean;
}

/** The symmetric int8 form of a (K, N) matrix: q (K, N) int8 and scales (N) or (1), W ≈ q · scale[column]. */
export interface QuantizedMatrix {
  rows: number; // K
  cols: number; // N
  q: Int8Array; // (K, N) row-major
  scales: Float32Array; // (N) per column, or (1)
}

/**
 * Quantizes the (K, N) matrix `data` (row-major), or the transpose of the (N, K) matrix `data` when `transposed`.
 * scale = max |w| / 127 over the column (or tensor); an all-zero column gets scale 1 so that q = 0 decodes to 0.
 */
export function quantizeMatrix(
  data: Float32Array,
  rows: number,
  cols: number,
  { perChannel = true, transposed = false }: QuantizeOptions & { transposed?: boolean } = {},
): QuantizedMatrix {
  // Both passes read `data` in its own order, and the transposed writes go tile by tile: reading GPT-2's
  // (50257, 768) wte down its columns made quantizing distilgpt2 take 24-28 s; this way it takes ~2 s of CPU.
  const maxAbs = new Float32Array(perChannel ? cols : 1);
  if (transposed) {
    // data (N, K): column n of the result is row n of data
    for (let n = 0; n < cols; n++) {
      let max = 0;
      for (let i = n * rows, end = i + rows; i < end; i++) max = Math.max(max, Math.abs(data[i]));
      const c = perChannel ? n : 0;
      maxAbs[c] = Math.max(maxAbs[c], max);
    }
  } else {
    for (let k = 0; k < rows; k++) {
      for (let n = 0, i = k * cols; n < cols; n++, i++) {
        const a = Math.abs(data[i]);
        const c = perChannel ? n : 0;
        if (a > maxAbs[c]) maxAbs[c] = a;
      }
    }
  }
  const scales = maxAbs.map((m) => (m > 0 ? m / 127 : 1));
  const inverse = scales.map((s) => 1 / s);
  const q = new Int8Array(rows * cols); // Int8Array stores wrap around, so clamp first; |w|·(1/s) ≤ 127 up to rounding
  if (!transposed) {
    for (let k = 0; k < rows; k++) {
      for (let n = 0, i = k * cols; n < cols; n++, i++) {
        const v = Math.round(data[i] * inverse[perChannel ? n : 0]);
        q[i] = v > 127 ? 127 : v < -127 ? -127 : v;
      }
    }
  } else {
    const TILE = 64; // data (N, K) → q (K, N), tile by tile so that both sides stay in cache
    for (let n0 = 0; n0 < cols; n0 += TILE) {
      const nEnd = Math.min(n0 + TILE, cols);
      for (let k0 = 0; k0 < rows; k0 += TILE) {
        const kEnd = Math.min(k0 + TILE, rows);
        for (let n = n0; n < nEnd; n++) {
          const scale = inverse[perChannel ? n : 0];
          for (let k = k0, i = n * rows + k0; k < kEnd; k++, i++) {
            const v = Math.round(data[i] * scale);
            q[k * cols + n] = v > 127 ? 127 : v < -127 ? -127 : v;
          }
        }
      }
    }
  }
  return { rows, cols, q, scales };
}

interface QuantizedWeight {
  tensor: string; // int8 (K, N)
  scale: string; // float32 (N) or (1)
  perChannel: boolean;
  cols: number;
  /** Quantized from the source's transpose (FusedMatMul transB; GPT-2's tied wte). */
  transposed: boolean;
}

export function quantizeWeightProducts(model: OnnxModel, options: QuantizeOptions = {}): OnnxModel {
  const perChannel = options.perChannel ?? true;
  const graph = model.graph;
  const floatMatrices = new Map(
    graph.initializers.filter((t) => t.dtype === 'float32' && t.dims.length === 2).map((t) => [t.name, t]),
  );
  const vectors = new Map(
    graph.initializers.filter((t) => t.dtype === 'float32' && t.dims.length === 1).map((t) => [t.name, t]),
  );
  const consumers = new Map<string, OnnxNode[]>();
  for (const node of graph.nodes) {
    for (const input of node.inputs) if (input) consumers.set(input, [...(consumers.get(input) ?? []), node]);
  }
  const graphOutputs = new Set(graph.outputs.map((o) => o.name));
  const names = new Set([
    ...graph.initializers.map((t) => t.name),
    ...graph.inputs.map((i) => i.name),
    ...graph.nodes.flatMap((n) => n.outputs),
  ]);
  const fresh = (base: string): string => {
    let name = base;
    for (let i = 1; names.has(name); i++) name = `${base}_${i}`;
    names.add(name);
    return name;
  };

  const added: OnnxTensor[] = [];
  const quantized = new Map<string, QuantizedWeight>(); // by source initializer name: the (K, N) int8 form
  const quantize = (source: OnnxTensor, transposed: boolean): QuantizedWeight => {
    const known = quantized.get(source.name);
    if (known) return known;
    const [r, c] = source.dims;
    const [rows, cols] = transposed ? [c, r] : [r, c];
    const m = quantizeMatrix(bytesAsFloats(source.data), rows, cols, { perChannel, transposed });
    const tensor = fresh(`${source.name}${transposed ? '.T' : ''}.int8`);
    const scale = fresh(`${source.name}.scale`);
    added.push({ name: tensor, dtype: 'int8', dims: [rows, cols], data: bytesOf(m.q) });
    added.push({ name: scale, dtype: 'float32', dims: [m.scales.length], data: bytesOf(m.scales) });
    const weight = { tensor, scale, perChannel, cols, transposed };
    quantized.set(source.name, weight);
    return weight;
  };

  const dropped = new Set<OnnxNode>();
  const replaced = new Map<OnnxNode, OnnxNode[]>();
  for (const node of graph.nodes) {
    const transposed = weightTransposed(node);
    if (transposed === undefined) continue;
    const source = floatMatrices.get(node.inputs[1]);
    if (!source) continue;
    const known = quantized.get(source.name);
    if (known && known.transposed !== transposed) continue; // read both ways (never in GPT-2): the second stays float32
    const weight = quantize(source, transposed);
    let outputs = node.outputs;
    let bias = '';
    const next = consumers.get(node.outputs[0]) ?? [];
    if (next.length === 1 && next[0].opType === 'Add' && !next[0].domain && !graphOutputs.has(node.outputs[0])) {
      const other = next[0].inputs[0] === node.outputs[0] ? next[0].inputs[1] : next[0].inputs[0];
      if (vectors.get(other)?.dims[0] === weight.cols) {
        bias = other;
        outputs = next[0].outputs;
        dropped.add(next[0]);
      }
    }
    replaced.set(node, [
      {
        opType: 'DynamicQuantizeMatMul',
        domain: MICROSOFT_DOMAIN,
        name: `${node.name}_int8`,
        inputs: [node.inputs[0], weight.tensor, weight.scale, '', bias].slice(0, bias ? 5 : 3),
        outputs,
        attributes: {},
      },
    ]);
  }

  // Gathers of a weight that is now int8: pick rows of W = columns of the (K, N) int8 table, then scale.
  for (const node of graph.nodes) {
    if (node.opType !== 'Gather' || node.domain || (node.attributes.axis?.value ?? 0) !== 0) continue;
    const source = floatMatrices.get(node.inputs[0]);
    const weight = source && quantized.get(source.name);
    if (!source || !weight?.transposed) continue; // only the transposed (tied) form has a row's scale per column
    replaced.set(node, gatherFromInt8(node, weight, source.dims[1], fresh, added));
  }

  const nodes = graph.nodes.filter((n) => !dropped.has(n)).flatMap((n) => replaced.get(n) ?? [n]);
  const used = new Set(nodes.flatMap((n) => n.inputs));
  const initializers = [...graph.initializers, ...added].filter((t) => used.has(t.name) || graphOutputs.has(t.name));
  const extraOpsets = model.extraOpsets?.some((o) => o.domain === MICROSOFT_DOMAIN)
    ? model.extraOpsets
    : [...(model.extraOpsets ?? []), { domain: MICROSOFT_DOMAIN, version: 1 }];
  return { ...model, extraOpsets, graph: { ...graph, nodes, initializers } };
}

/** false for MatMul(A, W), true for FusedMatMul(A, Wᵀ) (transB only, alpha 1), undefined for anything else. */
function weightTransposed(node: OnnxNode): boolean | undefined {
  if (node.opType === 'MatMul' && !node.domain) return false;
  if (node.opType !== 'FusedMatMul' || node.domain !== MICROSOFT_DOMAIN) return undefined;
  const a = node.attributes;
  const flag = (name: string) => a[name]?.kind === 'int' && a[name].value === 1;
  const other = Object.keys(a).filter((k) => k !== 'transB' && !(k === 'alpha' && a.alpha.value === 1));
  return flag('transB') && other.length === 0 ? true : undefined;
}

/**
 * Gather(W (R, C), ids) with W stored as q (C, R) int8 + scales (R): the ids are flattened to (M), columns
 * q[:, ids] (C, M) are gathered, cast, transposed to (M, C), scaled per id, and reshaped to (…ids, C).
 */
function gatherFromInt8(
  node: OnnxNode,
  weight: QuantizedWeight,
  width: number,
  fresh: (base: string) => string,
  added: OnnxTensor[],
): OnnxNode[] {
  const base = node.outputs[0];
  const constant = (name: string, values: number[]): string => {
    const tensorName = fresh(`${base}/${name}`);
    added.push({ name: tensorName, dtype: 'int64', dims: [values.length], data: bytesOf(BigInt64Array.from(values, BigInt)) });
    return tensorName;
  };
  const ids = node.inputs[1];
  const v = (name: string) => fresh(`${base}/${name}`);
  const [flat, columns, floats, rows, scale, scaleColumn, scaled, idsShape, outShape] = [
    'flat_ids', 'columns', 'cast', 'rows', 'row_scale', 'row_scale_column', 'scaled', 'ids_shape', 'shape',
  ].map(v);
  const n = (opType: string, inputs: string[], outputs: string[], attributes: OnnxNode['attributes'] = {}): OnnxNode => ({
    opType,
    name: `${node.name}_${outputs[0].split('/').pop()}`,
    inputs,
    outputs,
    attributes,
  });
  const nodes = [
    n('Reshape', [ids, constant('minus_one', [-1])], [flat]), // (M)
    n('Gather', [weight.tensor, flat], [columns], { axis: { kind: 'int', value: 1 } }), // (C, M) int8
    n('Cast', [columns], [floats], { to: { kind: 'int', value: 1 } }), // (C, M) float32
    n('Transpose', [floats], [rows], { perm: { kind: 'ints', value: [1, 0] } }), // (M, C)
  ];
  if (weight.perChannel) {
    nodes.push(
      n('Gather', [weight.scale, flat], [scale], { axis: { kind: 'int', value: 0 } }), // (M)
      n('Unsqueeze', [scale, constant('axis_one', [1])], [scaleColumn]), // (M, 1)
      n('Mul', [rows, scaleColumn], [scaled]),
    );
  } else {
    nodes.push(n('Mul', [rows, weight.scale], [scaled]));
  }
  nodes.push(
    n('Shape', [ids], [idsShape]),
    n('Concat', [idsShape, constant('width', [width])], [outShape], { axis: { kind: 'int', value: 0 } }),
    n('Reshape', [scaled, outShape], node.outputs.slice()), // (…ids, C)
  );
  return nodes;
}

function bytesAsFloats(bytes: Uint8Array): Float32Array {
  if (bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Float32Array(bytes.slice().buffer);
}
