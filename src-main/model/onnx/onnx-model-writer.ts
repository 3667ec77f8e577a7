/**
 * Serializes an `OnnxModel` (onnx-model.ts) to the ONNX protobuf format.
 *
 *   encodeOnnxModel(model): Uint8Array                       — everything inline (raw_data); < 2 GB only
 *   writeOnnxModel(dir, model, { fileName, externalDataThreshold }) — writes `dir/model.onnx`, and when the
 *       initializers exceed the threshold (default 1.8 GB, under protobuf's 2 GB limit) moves them to
 *       `dir/model.onnx_data` (TensorProto data_location=EXTERNAL with location/offset/length).
 */
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ProtoWriter } from './protobuf-writer.ts';
import {
  ONNX_DATA_TYPE,
  ONNX_IR_VERSION,
  ONNX_OPSET,
  type OnnxAttribute,
  type OnnxGraph,
  type OnnxModel,
  type OnnxNode,
  type OnnxTensor,
  type OnnxValueInfo,
} from './onnx-model.ts';

/** Where one initializer's bytes live in the external data file. */
interface ExternalLocation {
  location: string;
  offset: number;
  length: number;
}

type ExternalPlan = Map<string, ExternalLocation>;

const PROTOBUF_LIMIT_SAFE_BYTES = 1.8e9;
/** Offsets are page aligned so ONNX Runtime can mmap the data file. */
const EXTERNAL_ALIGNMENT = 4096;
/** Tiny tensors (shape constants, scalars) stay inline, as onnx's own converter does. */
const EXTERNAL_MIN_BYTES = 1024;

export function encodeOnnxModel(model: OnnxModel): Uint8Array {
  return modelWriter(model, new Map()).finish();
}

export interface WriteOnnxModelOptions {
  fileName?: string;
  /** Total initializer bytes above which data goes to `<fileName>_data`. */
  externalDataThreshold?: number;
}

export interface WrittenOnnxModel {
  modelPath: string;
  /** Set when initializers went to an external data file. */
  dataPath?: string;
}

export async function writeOnnxModel(
  dir: string,
  model: OnnxModel,
  options: WriteOnnxModelOptions = {},
): Promise<WrittenOnnxModel> {
  const fileName = options.fileName ?? 'model.onnx';
  const threshold = options.externalDataThreshold ?? PROTOBUF_LIMIT_SAFE_BYTES;
  const initializers = model.graph.initializers;
  const totalBytes = initializers.reduce((sum, t) => sum + t.data.byteLength, 0);
  const modelPath = join(dir, fileName);
  if (totalBytes <= threshold) {
    await writeFile(modelPath, encodeOnnxModel(model));
    return { modelPath };
  }
  const dataName = `${fileName}_data`;
  const plan: ExternalPlan = new Map();
  const dataChunks: Uint8Array[] = [];
  let offset = 0;
  for (const tensor of initializers) {
    if (tensor.data.byteLength < EXTERNAL_MIN_BYTES) continue;
    const padding = (EXTERNAL_ALIGNMENT - (offset % EXTERNAL_ALIGNMENT)) % EXTERNAL_ALIGNMENT;
    if (padding > 0) dataChunks.push(new Uint8Array(padding));
    offset += padding;
    plan.set(tensor.name, { location: dataName, offset, length: tensor.data.byteLength });
    dataChunks.push(tensor.data);
    offset += tensor.data.byteLength;
  }
  const dataPath = join(dir, dataName);
  const file = await open(dataPath, 'w');
  try {
    for (const chunk of dataChunks) await file.write(chunk); // one write per tensor
  } finally {
    await file.close();
  }
  await writeFile(modelPath, modelWriter(model, plan).finish()); // small: the graph without its weights
  return { modelPath, dataPath };
}

// ModelProto
function modelWriter(model: OnnxModel, external: ExternalPlan): ProtoWriter {
  const w = new ProtoWriter();
  w.int64(1, ONNX_IR_VERSION);
  w.string(2, model.producerName ?? 'concierge');
  w.message(7, graphWriter(model.graph, external));
  w.message(8, new ProtoWriter().string(1, '').int64(2, ONNX_OPSET));
  for (const opset of model.extraOpsets ?? []) {
    w.message(8, new ProtoWriter().string(1, opset.domain).int64(2, opset.version));
  }
  return w;
}

// GraphProto
function graphWriter(graph: OnnxGraph, external: ExternalPlan): ProtoWriter {
  const w = new ProtoWriter();
  for (const node of graph.nodes) w.message(1, nodeWriter(node));
  w.string(2, graph.name);
  for (const tensor of graph.initializers) w.message(5, tensorWriter(tensor, external.get(tensor.name)));
  for (const input of graph.inputs) w.message(11, valueInfoWriter(input));
  for (const output of graph.outputs) w.message(12, valueInfoWriter(output));
  return w;
}

// NodeProto
function nodeWriter(node: OnnxNode): ProtoWriter {
  const w = new ProtoWriter();
  for (const input of node.inputs) w.string(1, input);
  for (const output of node.outputs) w.string(2, output);
  w.string(3, node.name);
  w.string(4, node.opType);
  for (const [name, attribute] of Object.entries(node.attributes)) w.message(5, attributeWriter(name, attribute));
  if (node.domain) w.string(7, node.domain);
  return w;
}

// AttributeProto; `type` (field 20) uses AttributeProto.AttributeType codes.
function attributeWriter(name: string, attribute: OnnxAttribute): ProtoWriter {
  const w = new ProtoWriter().string(1, name);
  switch (attribute.kind) {
    case 'float':
      return w.float32(2, attribute.value).enumValue(20, 1);
    case 'int':
      return w.int64(3, attribute.value).enumValue(20, 2);
    case 'string':
      return w.string(4, attribute.value).enumValue(20, 3);
    case 'tensor':
      return w.message(5, tensorWriter(attribute.value, undefined)).enumValue(20, 4);
    case 'floats':
      for (const value of attribute.value) w.float32(7, value);
      return w.enumValue(20, 6);
    case 'ints':
      for (const value of attribute.value) w.int64(8, value);
      return w.enumValue(20, 7);
  }
}

// TensorProto: data inline as raw_data (9), or external_data (13) + data_location=EXTERNAL (14)
function tensorWriter(tensor: OnnxTensor, external: ExternalLocation | undefined): ProtoWriter {
  const w = new ProtoWriter();
  for (const dim of tensor.dims) w.int64(1, dim);
  w.enumValue(2, ONNX_DATA_TYPE[tensor.dtype]);
  w.string(8, tensor.name);
  if (!external) return w.bytes(9, tensor.data);
  const entries: [string, string][] = [
    ['location', external.location],
    ['offset', String(external.offset)],
    ['length', String(external.length)],
  ];
  for (const [key, value] of entries) w.message(13, new ProtoWriter().string(1, key).string(2, value));
  return w.enumValue(14, 1);
}

// ValueInfoProto → TypeProto.tensor_type → TensorShapeProto.dim (dim_value | dim_param)
function valueInfoWriter(info: OnnxValueInfo): ProtoWriter {
  const shape = new ProtoWriter();
  for (const dim of info.shape) {
    const d = new ProtoWriter();
    if (typeof dim === 'number') d.int64(1, dim);
    else d.string(2, dim);
    shape.message(1, d);
  }
  const tensorType = new ProtoWriter().enumValue(1, ONNX_DATA_TYPE[info.dtype]).message(2, shape);
  return new ProtoWriter().string(1, info.name).message(2, new ProtoWriter().message(1, tensorType));
}
