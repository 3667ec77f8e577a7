/**
 * Reads the weights of a TensorFlow.js graph model: `model.json`'s `weightsManifest` (groups of binary shard
 * files, each group's tensors laid end to end across its shards, little-endian, row-major) into named tensors.
 * Only the layouts the converter writes unquantized are read (float32, int32, bool); anything else fails with the
 * tensor's name.
 *
 *   const tensors = await readTfjsWeights('/…/dist');   // Map: name → { dtype, shape, data }
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TfjsTensor {
  readonly dtype: 'float32' | 'int32' | 'bool';
  readonly shape: readonly number[];
  readonly data: Float32Array | Int32Array | Uint8Array;
}

interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: unknown;
}

interface WeightGroup {
  paths: string[];
  weights: WeightSpec[];
}

const BYTES: Record<TfjsTensor['dtype'], number> = { float32: 4, int32: 4, bool: 1 };

/** Reads `dir/<modelFile>` and the shard files its manifest names (relative to `dir`). */
export async function readTfjsWeights(dir: string, modelFile = 'model.json'): Promise<Map<string, TfjsTensor>> {
  const manifest = parseManifest(await readFile(join(dir, modelFile), 'utf8'), modelFile);
  const tensors = new Map<string, TfjsTensor>();
  for (const group of manifest) {
    const bytes = concatenate(await Promise.all(group.paths.map((path) => readFile(join(dir, path)))));
    let offset = 0;
    for (const spec of group.weights) {
      const tensor = readTensor(spec, bytes, offset, modelFile);
      offset += tensor.data.byteLength;
      tensors.set(spec.name, tensor);
    }
    if (offset !== bytes.byteLength)
      throw new Error(`${modelFile}: the manifest covers ${offset} of the ${bytes.byteLength} shard bytes of [${group.paths}]`);
  }
  return tensors;
}

function parseManifest(json: string, modelFile: string): WeightGroup[] {
  const parsed = JSON.parse(json) as { weightsManifest?: WeightGroup[] };
  if (!Array.isArray(parsed.weightsManifest)) throw new Error(`${modelFile}: no weightsManifest (not a TensorFlow.js model)`);
  return parsed.weightsManifest;
}

function readTensor(spec: WeightSpec, bytes: Uint8Array, offset: number, modelFile: string): TfjsTensor {
  if (spec.quantization !== undefined) throw new Error(`${modelFile}: ${spec.name} is quantized; only plain weights are read`);
  if (!(spec.dtype in BYTES)) throw new Error(`${modelFile}: ${spec.name} has dtype ${spec.dtype}`);
  const dtype = spec.dtype as TfjsTensor['dtype'];
  const size = spec.shape.reduce((a, b) => a * b, 1);
  const byteLength = size * BYTES[dtype];
  if (offset + byteLength > bytes.byteLength) throw new Error(`${modelFile}: the shards end inside ${spec.name}`);
  // A copy, aligned for the typed array and independent of the shard buffers.
  const own = bytes.slice(offset, offset + byteLength);
  const data =
    dtype === 'float32'
      ? new Float32Array(own.buffer, 0, size)
      : dtype === 'int32'
        ? new Int32Array(own.buffer, 0, size)
        : own;
  return { dtype, shape: spec.shape, data };
}

function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
