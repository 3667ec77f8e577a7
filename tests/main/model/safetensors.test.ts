import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeSafetensors,
  openSafetensors,
  parseSafetensors,
  writeSafetensors,
  type FloatTensor,
} from '../../../src-main/model/safetensors.ts';

/** Builds a safetensors file by hand, straight from the format description, with no padding. */
function handMade(header: object, data: number[]): Uint8Array {
  const json = Buffer.from(JSON.stringify(header));
  const out = Buffer.alloc(8 + json.length + data.length);
  out.writeBigUInt64LE(BigInt(json.length), 0);
  json.copy(out, 8);
  Buffer.from(data).copy(out, 8 + json.length);
  return out;
}

const tensors = new Map<string, FloatTensor>([
  ['wte.weight', { shape: [3, 2], data: Float32Array.from([1, -2, 3.5, 0, 1e-20, -Infinity]) }],
  ['ln_f.bias', { shape: [2], data: Float32Array.from([0.25, -0.125]) }],
  ['scalar', { shape: [], data: Float32Array.from([42]) }],
]);

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'concierge-safetensors-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('encodeSafetensors()', () => {
  it('round-trips float32 tensors and metadata exactly', async () => {
    const file = parseSafetensors(encodeSafetensors(tensors, { format: 'pt' }));
    expect(file.metadata).toEqual({ format: 'pt' });
    expect([...file.entries.keys()]).toEqual(['ln_f.bias', 'scalar', 'wte.weight']);
    for (const [name, tensor] of tensors) expect(await file.tensor(name)).toEqual(tensor);
  });

  it('keeps tensors named like Object.prototype members (found by the property test: "__proto__" was dropped)', async () => {
    const odd = new Map<string, FloatTensor>([
      ['__proto__', { shape: [1], data: Float32Array.from([7]) }],
      ['constructor', { shape: [1], data: Float32Array.from([8]) }],
    ]);
    const file = parseSafetensors(encodeSafetensors(odd));
    expect([...file.entries.keys()].sort()).toEqual(['__proto__', 'constructor']);
    expect(await file.tensor('__proto__')).toEqual(odd.get('__proto__'));
  });

  it('pads the header with spaces so the data section starts 8-byte aligned', () => {
    const bytes = encodeSafetensors(tensors);
    const headerLength = Number(Buffer.from(bytes).readBigUInt64LE(0));
    expect((8 + headerLength) % 8).toBe(0);
    const header = JSON.parse(Buffer.from(bytes.subarray(8, 8 + headerLength)).toString('utf8'));
    expect(header['ln_f.bias']).toEqual({ dtype: 'F32', shape: [2], data_offsets: [0, 8] });
    expect(header['wte.weight'].data_offsets).toEqual([12, 36]);
  });

  it('rejects a shape that does not match the data', () => {
    expect(() => encodeSafetensors(new Map([['x', { shape: [2, 2], data: new Float32Array(3) }]]))).toThrow(
      /shape \[2,2\] but 3 values/,
    );
  });
});

describe('writeSafetensors()', () => {
  it('streams the same bytes encodeSafetensors() builds', async () => {
    const path = join(dir, 'model.safetensors');
    await writeSafetensors(path, tensors, { format: 'pt' });
    expect(new Uint8Array(await readFile(path))).toEqual(encodeSafetensors(tensors, { format: 'pt' }));
  });
});

describe('openSafetensors()', () => {
  it('reads tensors from the file on demand', async () => {
    const path = join(dir, 'open.safetensors');
    await writeSafetensors(path, tensors, { format: 'pt' });
    const file = await openSafetensors(path);
    try {
      expect(file.metadata).toEqual({ format: 'pt' });
      expect(await file.tensor('wte.weight')).toEqual(tensors.get('wte.weight'));
      expect(await file.tensor('scalar')).toEqual(tensors.get('scalar'));
    } finally {
      await file.close();
    }
  });

  it('reports a truncated file from its header alone, naming the path', async () => {
    const path = join(dir, 'truncated.safetensors');
    await writeFile(path, encodeSafetensors(tensors).subarray(0, 60));
    await expect(openSafetensors(path)).rejects.toThrow(`${path} is truncated`);
    await writeFile(path, '');
    await expect(openSafetensors(path)).rejects.toThrow(/is truncated: 0 bytes, no header/);
  });
});

describe('parseSafetensors()', () => {
  it('reads an unpadded, unaligned file by copying', async () => {
    const f32 = [...Buffer.from(Float32Array.from([1.5, -3]).buffer)];
    const file = parseSafetensors(handMade({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, f32));
    expect(await file.tensor('a')).toEqual({ shape: [2], data: Float32Array.from([1.5, -3]) });
  });

  it('converts F16, BF16 and F64 to float32', async () => {
    // F16: 1, -2, 65504 (max), 2^-24 (smallest subnormal); BF16: 1, -0.5; F64: 0.1
    const f16 = [0x00, 0x3c, 0x00, 0xc0, 0xff, 0x7b, 0x01, 0x00];
    const bf16 = [0x80, 0x3f, 0x00, 0xbf];
    const f64 = [...Buffer.from(Float64Array.from([0.1]).buffer)];
    const file = parseSafetensors(
      handMade(
        {
          h: { dtype: 'F16', shape: [4], data_offsets: [0, 8] },
          b: { dtype: 'BF16', shape: [2], data_offsets: [8, 12] },
          d: { dtype: 'F64', shape: [1], data_offsets: [12, 20] },
        },
        [...f16, ...bf16, ...f64],
      ),
    );
    expect([...(await file.tensor('h')).data]).toEqual([1, -2, 65504, 2 ** -24]);
    expect([...(await file.tensor('b')).data]).toEqual([1, -0.5]);
    expect((await file.tensor('d')).data[0]).toBeCloseTo(0.1, 7);
  });

  it('describes integer tensors but refuses to decode them as floats', async () => {
    const file = parseSafetensors(handMade({ i: { dtype: 'I64', shape: [1], data_offsets: [0, 8] } }, Array(8).fill(0)));
    expect(file.entries.get('i')).toMatchObject({ dtype: 'I64', shape: [1] });
    await expect(file.tensor('i')).rejects.toThrow(/dtype I64; expected a float type/);
    await expect(file.tensor('missing')).rejects.toThrow(/no tensor "missing"/);
  });

  it('reports a file truncated anywhere as truncated', () => {
    const bytes = encodeSafetensors(tensors);
    for (const length of [0, 7, 8, 20, bytes.length - 1]) {
      expect(() => parseSafetensors(bytes.subarray(0, length), 'model.safetensors')).toThrow(
        expect.objectContaining({
          name: 'InvalidInputError',
          message: expect.stringMatching(/model.safetensors is truncated/),
        }),
      );
    }
  });

  /** The encoded test tensors with one change applied. */
  const patched = (change: (bytes: Buffer) => void) => () => {
    const bytes = Buffer.from(encodeSafetensors(tensors));
    change(bytes);
    return bytes;
  };
  const u8 = (begin: number, end: number) => ({ dtype: 'U8', shape: [end - begin], data_offsets: [begin, end] });

  it.each([
    ['a huge header length', patched((b) => b.writeBigUInt64LE(2n ** 40n, 0)), /header length/],
    ['a header that is not JSON', patched((b) => (b[8] = 0x21)), /not UTF-8 JSON/],
    ['an unknown dtype', () => handMade({ a: { dtype: 'Q4', shape: [1], data_offsets: [0, 1] } }, [0]), /unknown dtype/],
    ['a size mismatch', () => handMade({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 4] } }, [0, 0, 0, 0]), /needs 8/],
    ['overlapping tensors', () => handMade({ a: u8(0, 2), b: u8(1, 3) }, [0, 0, 0]), /starts at 1, expected 2/],
    ['trailing bytes', () => handMade({ a: u8(0, 1) }, [0, 0]), /1 bytes after the last tensor/],
    ['non-string metadata', () => handMade({ __metadata__: { n: 1 } }, []), /__metadata__/],
  ])('rejects %s as corrupt', (_what, bytes, message) => {
    expect(() => parseSafetensors(bytes())).toThrow(message);
  });
});
