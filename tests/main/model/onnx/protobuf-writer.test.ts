import { describe, expect, it } from 'vitest';
import { ProtoWriter } from '../../../../src-main/model/onnx/protobuf-writer.ts';

const bytes = (w: ProtoWriter) => [...w.finish()];

// Expected bytes from the protobuf encoding guide (protobuf.dev/programming-guides/encoding).
describe('ProtoWriter', () => {
  describe('int64()', () => {
    it('encodes varints as in the protobuf guide (field 1 = 150 → 08 96 01)', () => {
      expect(bytes(new ProtoWriter().int64(1, 150))).toEqual([0x08, 0x96, 0x01]);
    });

    it('encodes negative values as ten-byte two’s complement', () => {
      expect(bytes(new ProtoWriter().int64(3, -1))).toEqual([0x18, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1]);
    });

    it('encodes values above 2^31 exactly', () => {
      expect(bytes(new ProtoWriter().int64(1, 2 ** 35))).toEqual([0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
    });
  });

  describe('string() and message()', () => {
    it('length-prefixes strings and nested messages', () => {
      expect(bytes(new ProtoWriter().string(2, 'testing'))).toEqual([0x12, 0x07, ...new TextEncoder().encode('testing')]);
      const inner = new ProtoWriter().int64(1, 150);
      expect(bytes(new ProtoWriter().message(3, inner))).toEqual([0x1a, 0x03, 0x08, 0x96, 0x01]);
    });
  });

  describe('float32()', () => {
    it('writes a little-endian fixed32', () => {
      expect(bytes(new ProtoWriter().float32(2, 1))).toEqual([0x15, 0x00, 0x00, 0x80, 0x3f]);
    });
  });

  describe('bytes()', () => {
    it('keeps large payloads by reference and streams the same bytes as finish()', () => {
      const payload = new Uint8Array(20000).map((_, i) => i % 251);
      const w = new ProtoWriter().int64(1, 5).bytes(9, payload).int64(2, 1);
      const chunks: Uint8Array[] = [];
      w.forEachChunk((c) => chunks.push(c));
      expect(chunks).toContain(payload);
      const joined = Buffer.concat(chunks);
      expect(Buffer.compare(joined, w.finish())).toBe(0);
      expect(joined.length).toBe(w.length);
      expect([...joined.subarray(0, 6)]).toEqual([0x08, 0x05, 0x4a, 0xa0, 0x9c, 0x01]); // 20000 = a0 9c 01
    });
  });
});
