import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSafetensors, openSafetensors, parseSafetensors, type FloatTensor, type SafetensorsFile } from '../../../src-main/model/safetensors.ts';
import { InvalidInputError } from '../../../src-main/shared/errors.ts';

const DTYPES = ['F64', 'F32', 'F16', 'BF16', 'I64', 'I32', 'I16', 'I8', 'U8', 'BOOL'];
// Names a hostile header may use: inherited property names, the reserved key, odd unicode.
const hostileName = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '__metadata__', 'valueOf'));

const tensor = fc
  .array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 })
  .chain((shape) => fc.float32Array({ minLength: shape.reduce((a, b) => a * b, 1), maxLength: shape.reduce((a, b) => a * b, 1) }).map((data): FloatTensor => ({ shape, data })));
const tensors = fc.uniqueArray(fc.tuple(fc.string({ maxLength: 10 }).filter((name) => name !== '__metadata__'), tensor), { maxLength: 5, selector: ([name]) => name }).map((list) => new Map(list));
const metadata = fc.dictionary(fc.string({ maxLength: 6 }).filter((key) => key !== '__proto__'), fc.string({ maxLength: 6 }), { maxKeys: 3 });

/** A header entry as a hostile or broken writer may produce it. */
const hostileEntry = fc.oneof(
  fc.record(
    {
      dtype: fc.oneof(fc.constantFrom(...DTYPES), hostileName, fc.integer()),
      shape: fc.oneof(fc.array(fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constant(2 ** 40), fc.constant(Number.MAX_SAFE_INTEGER), fc.double()), { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
      data_offsets: fc.oneof(
        fc.tuple(fc.nat({ max: 64 }), fc.nat({ max: 64 })),
        fc.tuple(fc.constant(0), fc.constantFrom(2 ** 40, Number.MAX_SAFE_INTEGER, 2 ** 60)),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);
const hostileHeader = fc.oneof(
  fc.dictionary(hostileName, hostileEntry, { maxKeys: 4 }).map((header) => JSON.stringify(header)),
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Length prefix (true, or a lie) + header + some data bytes. */
const hostileFile = fc
  .tuple(hostileHeader, fc.oneof(fc.constant(null), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })), fc.uint8Array({ maxLength: 80 }))
  .map(([header, lengthLie, data]) => {
    const json = Buffer.from(header);
    const out = Buffer.alloc(8 + json.length + data.length);
    out.writeBigUInt64LE(lengthLie ?? BigInt(json.length), 0);
    json.copy(out, 8);
    out.set(data, 8 + json.length);
    return new Uint8Array(out);
  });

/** A valid file with a few bytes flipped (anywhere, or only in the data section), cut off or added. */
const damagedFile = fc
  .tuple(tensors, fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.oneof(fc.constant(0), fc.nat({ max: 40 })), fc.uint8Array({ maxLength: 8 }))
  .map(([map, dataOnly, flips, cut, extra]) => {
    const bytes = Uint8Array.from(encodeSafetensors(map));
    const dataStart = 8 + Number(Buffer.from(bytes).readBigUInt64LE(0));
    const span = dataOnly ? bytes.length - dataStart : bytes.length;
    if (span > 0) for (const [at, value] of flips) bytes[bytes.length - span + (at % span)] = value;
    if (dataOnly) return bytes;
    const kept = bytes.subarray(0, Math.max(0, bytes.length - cut));
    return Uint8Array.from([...kept, ...extra]);
  });

/**
 * Parses `bytes` as the loader would. Success means every entry lies inside the file and every tensor either
 * decodes to exactly its shape or is refused with InvalidInputError; failure must be an InvalidInputError.
 */
async function checkParse(bytes: Uint8Array, open: (bytes: Uint8Array) => Promise<SafetensorsFile>): Promise<'parsed' | 'refused'> {
  let file: SafetensorsFile;
  try {
    file = await open(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(/corrupt|truncated/);
    return 'refused';
  }
  try {
    const dataStart = bytes.length - Math.max(0, ...[...file.entries.values()].map((entry) => entry.end));
    expect(dataStart).toBeGreaterThanOrEqual(8);
    for (const [name, entry] of file.entries) {
      expect(entry.begin).toBeLessThanOrEqual(entry.end);
      try {
        const decoded = await file.tensor(name);
        expect(decoded.data.length).toBe(entry.shape.reduce((a, b) => a * b, 1));
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        expect(['F32', 'F16', 'BF16', 'F64']).not.toContain(entry.dtype);
      }
    }
  } finally {
    await file.close();
  }
  return 'parsed';
}

const inMemory = async (bytes: Uint8Array) => parseSafetensors(bytes);

describe('safetensors (properties)', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'concierge-safetensors-prop-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('round-trips any float32 tensors and metadata bit for bit', async () => {
    await fc.assert(
      fc.asyncProperty(tensors, metadata, async (map, meta) => {
        const file = parseSafetensors(encodeSafetensors(map, meta));
        expect(file.metadata).toEqual(meta);
        expect([...file.entries.keys()].sort()).toEqual([...map.keys()].sort());
        for (const [name, { shape, data }] of map) {
          const read = await file.tensor(name);
          expect(read.shape).toEqual(shape);
          expect(new Uint8Array(read.data.buffer, read.data.byteOffset, read.data.byteLength)).toEqual(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('parses a hostile header into entries inside the file, or refuses it with an InvalidInputError', async () => {
    const outcomes = { parsed: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(hostileFile, async (bytes) => void outcomes[await checkParse(bytes, inMemory)]++),
      { numRuns: 1_000 },
    );
    expect(outcomes.refused).toBeGreaterThan(100);
  });

  it('refuses or safely reads a damaged valid file', async () => {
    const outcomes = { parsed: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(damagedFile, async (bytes) => void outcomes[await checkParse(bytes, inMemory)]++),
      { numRuns: 500 },
    );
    expect(outcomes.parsed).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(10);
  });

  it('gives the same verdict reading from disk as from memory', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileFile, damagedFile), async (bytes) => {
        const path = join(dir, `f${n++}.safetensors`);
        await writeFile(path, bytes);
        const fromDisk = await checkParse(bytes, () => openSafetensors(path));
        expect(fromDisk).toBe(await checkParse(bytes, inMemory));
      }),
      { numRuns: 100 },
    );
  });

  it('names an unknown dtype as such, even one that is an Object.prototype property', () => {
    for (const dtype of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'F31']) {
      const json = Buffer.from(JSON.stringify({ t: { dtype, shape: [1], data_offsets: [0, 4] } }));
      const bytes = Buffer.concat([Buffer.alloc(8), json, Buffer.alloc(4)]);
      bytes.writeBigUInt64LE(BigInt(json.length), 0);
      expect(() => parseSafetensors(bytes), dtype).toThrow(/unknown dtype/);
    }
  });
});
