import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportProblem } from '../../../src-main/kb/import-problem.ts';
import { decodeUtf8, firstInvalidUtf8 } from '../../../src-main/kb/utf8.ts';

// Import files arrive as bytes: the decoder must accept exactly what a strict UTF-8 decoder accepts and, for the
// rest, name the byte and line where the text goes wrong.
const strict = new TextDecoder('utf-8', { fatal: true });
const isValid = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Valid UTF-8 text with a few bytes replaced or cut: errors in the middle, at the end, inside a sequence. */
const damaged = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 3 }), fc.nat({ max: 3 }))
  .map(([text, flips, cut]) => {
    const bytes = new TextEncoder().encode(text);
    for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
    return bytes.subarray(0, Math.max(0, bytes.length - cut));
  });

describe('UTF-8 import decoding (properties)', () => {
  it('finds an invalid byte exactly when a strict decoder refuses, and everything before it decodes', () => {
    fc.assert(
      fc.property(fc.oneof(damaged, fc.uint8Array({ maxLength: 40 })), (bytes) => {
        const offset = firstInvalidUtf8(bytes);
        expect(offset === -1).toBe(isValid(bytes));
        if (offset !== -1) {
          expect(isValid(bytes.subarray(0, offset))).toBe(true);
          expect(offset).toBeLessThan(bytes.length);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('decodes valid text unchanged and refuses the rest with an ImportProblem on the right line', () => {
    fc.assert(
      fc.property(fc.oneof(damaged, fc.string({ unit: 'grapheme', maxLength: 30 }).map((text) => new TextEncoder().encode(text))), (bytes) => {
        try {
          expect(decodeUtf8(bytes)).toBe(strict.decode(bytes));
        } catch (error) {
          expect(error).toBeInstanceOf(ImportProblem);
          const offset = firstInvalidUtf8(bytes);
          // The line a text editor shows: the valid text before the bad byte, counted in lines.
          expect((error as ImportProblem).line).toBe(strict.decode(bytes.subarray(0, offset)).split('\n').length);
          expect((error as Error).message).toContain(`byte ${offset}`);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
