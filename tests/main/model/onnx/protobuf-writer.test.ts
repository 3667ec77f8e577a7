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
      expect(bytes(new ProtoWriter().string(2, 'testing'))).toEqual([
        0x12,
        0x07,
        ...new TextEncoder().encode('testing'),
      ]);
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
    it('copies large payloads once, at any offset, into the finished buffer', () => {
      const payload = new Uint8Array(20000).map((_, i) => i % 251);
      const w = new ProtoWriter().int64(1, 5).bytes(9, payload).int64(2, 1);
      const out = w.finish();
      expect(out.length).toBe(w.length);
      expect([...out.subarray(0, 6)]).toEqual([0x08, 0x05, 0x4a, 0xa0, 0x9c, 0x01]); // 20000 = a0 9c 01
      expect(Buffer.compare(out.subarray(6, 20006), payload)).toBe(0); // payload starts at an odd offset
      expect([...out.subarray(20006)]).toEqual([0x10, 0x01]);
    });
  });
});
