/**
 * Minimal protobuf (proto2 wire format) encoder: just what ONNX needs.
 *
 *   const w = new ProtoWriter();
 *   w.int64(1, 9); w.string(2, 'concierge'); w.message(7, graphWriter); w.bytes(9, rawData);
 *   const bytes = w.finish();
 *
 * Byte payloads (tensor raw data) are kept by reference until `finish()`, so a model is copied once.
 */

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

const textEncoder = new TextEncoder();

export class ProtoWriter {
  private readonly parts: Uint8Array[] = [];
  private scratch: number[] = []; // small scalar bytes, flushed into `parts` before a payload is appended
  private byteLength = 0;

  get length(): number {
    return this.byteLength + this.scratch.length;
  }

  int64(field: number, value: number | bigint): this {
    this.tag(field, WIRE_VARINT);
    this.varint(value);
    return this;
  }

  /** Enums and int32 fields share the varint encoding of int64. */
  enumValue(field: number, value: number): this {
    return this.int64(field, value);
  }

  float32(field: number, value: number): this {
    this.tag(field, WIRE_FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.scratch.push(...bytes);
    return this;
  }

  float64(field: number, value: number): this {
    this.tag(field, WIRE_FIXED64);
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, value, true);
    this.scratch.push(...bytes);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, textEncoder.encode(value));
  }

  bytes(field: number, value: Uint8Array): this {
    this.tag(field, WIRE_LENGTH_DELIMITED);
    this.varint(value.byteLength);
    this.append(value);
    return this;
  }

  message(field: number, value: ProtoWriter): this {
    this.tag(field, WIRE_LENGTH_DELIMITED);
    this.varint(value.length);
    value.flush();
    for (const part of value.parts) this.append(part);
    return this;
  }

  /**
   * Concatenates everything into one buffer. Copies go through Buffer.copy (memcpy): V8's Uint8Array.set at an
   * unaligned offset copied tensor data ~70× slower.
   */
  finish(): Uint8Array {
    this.flush();
    const out = Buffer.allocUnsafe(this.byteLength);
    let offset = 0;
    for (const part of this.parts) {
      offset += Buffer.from(part.buffer, part.byteOffset, part.byteLength).copy(out, offset);
    }
    return out;
  }

  private tag(field: number, wireType: number): void {
    this.varint(field * 8 + wireType);
  }

  /** Unsigned LEB128; negative int64 values use their 64-bit two's complement, as protobuf requires. */
  private varint(value: number | bigint): void {
    if (typeof value === 'number' && value >= 0 && value <= 0x7fffffff) {
      let v = value;
      while (v > 0x7f) {
        this.scratch.push((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      this.scratch.push(v);
      return;
    }
    let v = BigInt.asUintN(64, BigInt(value));
    while (v > 0x7fn) {
      this.scratch.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.scratch.push(Number(v));
  }

  private append(payload: Uint8Array): void {
    this.flush();
    if (payload.byteLength === 0) return;
    this.parts.push(payload);
    this.byteLength += payload.byteLength;
  }

  private flush(): void {
    if (this.scratch.length === 0) return;
    this.parts.push(Uint8Array.from(this.scratch));
    this.byteLength += this.scratch.length;
    this.scratch = [];
  }
}
