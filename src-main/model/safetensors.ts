// safetensors reader and writer (https://github.com/huggingface/safetensors, "Format"):
//   u64 little-endian header length N | N bytes of JSON header | data section.
// The header maps tensor name → {dtype, shape, data_offsets: [begin, end)} relative to the data section,
// plus an optional "__metadata__" map of string → string. Writers pad the header with spaces so the data
// section starts 8-byte aligned, which lets F32 tensors be read as zero-copy views.
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { InvalidInputError } from '../shared/errors.ts';

/** A float tensor in row-major order. */
export interface FloatTensor {
  shape: number[];
  data: Float32Array;
}

export type SafetensorsDtype = 'F64' | 'F32' | 'F16' | 'BF16' | 'I64' | 'I32' | 'I16' | 'I8' | 'U8' | 'BOOL';

const DTYPE_BYTES: Record<SafetensorsDtype, number> = {
  F64: 8, F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, I16: 2, I8: 1, U8: 1, BOOL: 1,
};

/** The safetensors library refuses headers above 100 MB; so do we, before allocating anything. */
const MAX_HEADER_BYTES = 100_000_000;
const ALIGNMENT = 8;

export interface TensorEntry {
  dtype: SafetensorsDtype;
  shape: number[];
  /** Byte range inside the data section. */
  begin: number;
  end: number;
}

/**
 * A safetensors file whose header is parsed and checked; tensors are read and decoded to float32 only when
 * asked for, so skipped tensors cost nothing and files beyond the 2 GB `readFile` limit load.
 */
export class SafetensorsFile {
  constructor(
    readonly entries: ReadonlyMap<string, TensorEntry>,
    readonly metadata: Readonly<Record<string, string>>,
    /** Bytes [begin, end) of the data section. */
    private readonly readData: (begin: number, end: number) => Promise<Uint8Array>,
    private readonly source: string,
    /** Releases the open file, if any. */
    readonly close: () => Promise<void> = async () => {},
  ) {}

  /** Decodes a float tensor (F32, F16, BF16 or F64) to float32. */
  async tensor(name: string): Promise<FloatTensor> {
    const entry = this.entries.get(name);
    if (!entry) throw new InvalidInputError(`${this.source} has no tensor "${name}"`);
    const bytes = await this.readData(entry.begin, entry.end);
    return { shape: [...entry.shape], data: toFloat32(bytes, entry.dtype, `${this.source}: tensor "${name}"`) };
  }
}

interface Header {
  entries: Map<string, TensorEntry>;
  metadata: Record<string, string>;
  /** Offset of the data section in the file. */
  dataStart: number;
}

/** Parses safetensors bytes held in memory. */
export function parseSafetensors(input: Uint8Array, source = 'safetensors'): SafetensorsFile {
  // A plain Uint8Array view: Buffer's slice() shares memory, and the decoders below rely on slice() copying.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const headerLength = readHeaderLength(bytes, bytes.byteLength, source);
  const { entries, metadata, dataStart } = parseHeader(bytes.subarray(8, 8 + headerLength), bytes.byteLength, source);
  const data = bytes.subarray(dataStart);
  return new SafetensorsFile(entries, metadata, async (begin, end) => data.subarray(begin, end), source);
}

/** Opens a safetensors file: reads and checks its header now, each tensor when asked. Call `close()` after. */
export async function openSafetensors(path: string): Promise<SafetensorsFile> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const readAt = async (position: number, length: number): Promise<Uint8Array> => {
      // An own ArrayBuffer per read: offset 0, so F32 data is aligned and becomes a view without copying.
      const buffer = new Uint8Array(new ArrayBuffer(length));
      for (let done = 0; done < length; ) {
        const { bytesRead } = await file.read(buffer, done, Math.min(length - done, 1 << 30), position + done);
        if (bytesRead === 0) throw new InvalidInputError(`${path} is truncated: it changed while being read`);
        done += bytesRead;
      }
      return buffer;
    };
    const headerLength = readHeaderLength(await readAt(0, Math.min(8, size)), size, path);
    const { entries, metadata, dataStart } = parseHeader(await readAt(8, headerLength), size, path);
    const readData = (begin: number, end: number) => readAt(dataStart + begin, end - begin);
    return new SafetensorsFile(entries, metadata, readData, path, () => file.close());
  } catch (error) {
    await file.close();
    throw error;
  }
}

/** Header length from the first 8 bytes, refusing absurd values before anything is allocated. */
function readHeaderLength(first8: Uint8Array, fileSize: number, source: string): number {
  if (fileSize < 8) throw new InvalidInputError(`${source} is truncated: ${fileSize} bytes, no header`);
  const length = Number(new DataView(first8.buffer, first8.byteOffset, 8).getBigUint64(0, true));
  if (length > MAX_HEADER_BYTES) {
    throw new InvalidInputError(`${source} is corrupt: header length ${length} exceeds ${MAX_HEADER_BYTES} bytes`);
  }
  if (8 + length > fileSize) {
    throw new InvalidInputError(`${source} is truncated: header needs ${8 + length} bytes, file has ${fileSize}`);
  }
  return length;
}

/** Parses the JSON header and checks it against the file size: truncated or corrupt files fail here. */
function parseHeader(json: Uint8Array, fileSize: number, source: string): Header {
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (error) {
    throw new InvalidInputError(`${source} is corrupt: header is not UTF-8 JSON (${(error as Error).message})`).withCode(
      'model.file-corrupt',
      { file: basename(source) },
    );
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) {
    throw new InvalidInputError(`${source} is corrupt: header is not a JSON object`);
  }
  const { __metadata__: rawMetadata, ...rawEntries } = header as Record<string, unknown>;
  const metadata = parseMetadata(rawMetadata, source);
  const entries = new Map<string, TensorEntry>();
  for (const [name, raw] of Object.entries(rawEntries)) entries.set(name, parseEntry(name, raw, source));

  const dataStart = 8 + json.byteLength;
  const dataLength = checkContiguous(entries, source);
  const available = fileSize - dataStart;
  if (available < dataLength) {
    const needed = dataStart + dataLength;
    throw new InvalidInputError(`${source} is truncated: tensors need ${needed} bytes, file has ${fileSize}`);
  }
  if (available > dataLength) {
    throw new InvalidInputError(`${source} is corrupt: ${available - dataLength} bytes after the last tensor`);
  }
  return { entries, metadata, dataStart };
}

/** Serializes float32 tensors (sorted by name) with optional string metadata. */
export function encodeSafetensors(
  tensors: ReadonlyMap<string, FloatTensor>,
  metadata: Record<string, string> = {},
): Uint8Array {
  const { header, names } = buildHeader(tensors, metadata);
  const out = new Uint8Array(header.byteLength + names.reduce((n, name) => n + tensors.get(name)!.data.byteLength, 0));
  out.set(header, 0);
  let offset = header.byteLength;
  for (const name of names) {
    const bytes = float32Bytes(tensors.get(name)!.data);
    out.set(bytes, offset);
    offset += bytes.byteLength;
  }
  return out;
}

/** Streams float32 tensors to `path` without building the whole file in memory. */
export async function writeSafetensors(
  path: string,
  tensors: ReadonlyMap<string, FloatTensor>,
  metadata: Record<string, string> = {},
): Promise<void> {
  const { header, names } = buildHeader(tensors, metadata);
  const file = await open(path, 'w');
  try {
    await file.write(header);
    for (const name of names) await file.write(float32Bytes(tensors.get(name)!.data));
    await file.sync();
  } finally {
    await file.close();
  }
}

function buildHeader(tensors: ReadonlyMap<string, FloatTensor>, metadata: Record<string, string>) {
  const names = [...tensors.keys()].sort();
  // No prototype: a tensor named "__proto__" must become a key, not replace the object's prototype.
  const header: Record<string, unknown> = Object.create(null);
  if (Object.keys(metadata).length > 0) header.__metadata__ = metadata;
  let offset = 0;
  for (const name of names) {
    const { shape, data } = tensors.get(name)!;
    if (name === '__metadata__') throw new InvalidInputError('"__metadata__" is reserved, not a tensor name');
    if (product(shape) !== data.length) {
      throw new InvalidInputError(`tensor "${name}" has shape [${shape}] but ${data.length} values`);
    }
    header[name] = { dtype: 'F32', shape, data_offsets: [offset, offset + data.byteLength] };
    offset += data.byteLength;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil((8 + json.byteLength) / ALIGNMENT) * ALIGNMENT - 8;
  const bytes = new Uint8Array(8 + padded).fill(0x20, 8 + json.byteLength); // pad with spaces: still valid JSON
  new DataView(bytes.buffer).setBigUint64(0, BigInt(padded), true);
  bytes.set(json, 8);
  return { header: bytes, names };
}

function parseMetadata(raw: unknown, source: string): Record<string, string> {
  if (raw === undefined) return {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || Object.values(raw).some((v) => typeof v !== 'string')) {
    throw new InvalidInputError(`${source} is corrupt: __metadata__ must map strings to strings`);
  }
  return raw as Record<string, string>;
}

function parseEntry(name: string, raw: unknown, source: string): TensorEntry {
  const fail = (why: string) => new InvalidInputError(`${source} is corrupt: tensor "${name}" ${why}`);
  const { dtype, shape, data_offsets: offsets } = (raw ?? {}) as Record<string, unknown>;
  // hasOwn, not `in`: "toString" or "constructor" must not pass for a dtype.
  if (typeof dtype !== 'string' || !Object.hasOwn(DTYPE_BYTES, dtype)) throw fail(`has unknown dtype ${JSON.stringify(dtype)}`);
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw fail('has an invalid shape');
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)) {
    throw fail('has invalid data_offsets');
  }
  const [begin, end] = offsets as number[];
  const expected = product(shape) * DTYPE_BYTES[dtype as SafetensorsDtype];
  if (end - begin !== expected) throw fail(`spans ${end - begin} bytes but ${dtype}[${shape}] needs ${expected}`);
  return { dtype: dtype as SafetensorsDtype, shape, begin, end };
}

/** The data section must be covered exactly, without overlaps or gaps; returns its length. */
function checkContiguous(entries: Map<string, TensorEntry>, source: string): number {
  const ranges = [...entries].sort(([, a], [, b]) => a.begin - b.begin || a.end - b.end);
  let cursor = 0;
  for (const [name, { begin, end }] of ranges) {
    if (begin !== cursor) {
      throw new InvalidInputError(`${source} is corrupt: tensor "${name}" starts at ${begin}, expected ${cursor}`);
    }
    cursor = end;
  }
  return cursor;
}

function toFloat32(bytes: Uint8Array, dtype: SafetensorsDtype, what: string): Float32Array {
  const n = bytes.byteLength / DTYPE_BYTES[dtype];
  switch (dtype) {
    case 'F32':
      return bytes.byteOffset % 4 === 0
        ? new Float32Array(bytes.buffer, bytes.byteOffset, n)
        : new Float32Array(bytes.slice().buffer);
    case 'F64':
      return Float32Array.from(new Float64Array(bytes.slice().buffer));
    case 'BF16': {
      // bfloat16 is the top half of a float32.
      const halves = new Uint16Array(bytes.slice().buffer);
      const words = new Uint32Array(n);
      for (let i = 0; i < n; i++) words[i] = halves[i] << 16;
      return new Float32Array(words.buffer);
    }
    case 'F16': {
      const halves = new Uint16Array(bytes.slice().buffer);
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = float16ToFloat32(halves[i]);
      return out;
    }
    default:
      throw new InvalidInputError(`${what} has dtype ${dtype}; expected a float type (F32, F16, BF16, F64)`);
  }
}

function float16ToFloat32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24; // subnormal
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

function float32Bytes(data: Float32Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function product(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}
