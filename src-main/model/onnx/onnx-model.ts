/**
 * Plain in-memory description of an ONNX model, the input of `onnx-model-writer.ts`.
 * Field meanings follow onnx.proto (ModelProto, GraphProto, NodeProto, TensorProto, ValueInfoProto, AttributeProto).
 */

export type DType = 'float32' | 'float64' | 'int64' | 'int32' | 'int8' | 'bool';

/** TensorProto.DataType codes. */
export const ONNX_DATA_TYPE: Record<DType, number> = { float32: 1, int8: 3, int32: 6, int64: 7, bool: 9, float64: 11 };

export const BYTES_PER_ELEMENT: Record<DType, number> = {
  float32: 4,
  int32: 4,
  int64: 8,
  int8: 1,
  bool: 1,
  float64: 8,
};

/** A dimension: a fixed size, or a symbolic name such as `batch_size` (ValueInfo dim_param). */
export type Dim = number | string;

/**
 * Opset used by every graph we emit. 20 is the first with `Gelu(approximate='tanh')`;
 * onnxruntime-node 1.30 supports up to opset 23, so 20 leaves room. IR version 9 matches opset 20.
 */
export const ONNX_OPSET = 20;
export const ONNX_IR_VERSION = 9;
export const MICROSOFT_DOMAIN = 'com.microsoft';

export interface OnnxTensor {
  name: string;
  dtype: DType;
  dims: readonly number[];
  /** Little-endian element bytes (a view; not copied until the model is written). */
  data: Uint8Array;
}

export interface OnnxValueInfo {
  name: string;
  dtype: DType;
  shape: readonly Dim[];
}

export type OnnxAttribute =
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'ints'; value: readonly number[] }
  | { kind: 'floats'; value: readonly number[] }
  | { kind: 'tensor'; value: OnnxTensor };

export interface OnnxNode {
  opType: string;
  domain?: string;
  name: string;
  /** '' marks an omitted optional input. */
  inputs: readonly string[];
  outputs: readonly string[];
  attributes: Readonly<Record<string, OnnxAttribute>>;
}

export interface OnnxGraph {
  name: string;
  nodes: readonly OnnxNode[];
  inputs: readonly OnnxValueInfo[];
  outputs: readonly OnnxValueInfo[];
  initializers: readonly OnnxTensor[];
}

export interface OnnxModel {
  graph: OnnxGraph;
  /** Extra operator sets beyond the default domain (e.g. com.microsoft). */
  extraOpsets?: readonly { domain: string; version: number }[];
  producerName?: string;
}

/** Bytes of a typed array, viewed without copying. */
export function bytesOf(
  array: Float32Array | Float64Array | BigInt64Array | Int32Array | Int8Array | Uint8Array,
): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
