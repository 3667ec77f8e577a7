import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../src-main/kb/json-syntax.ts';

// The scanner only explains JSON.parse's refusals, so it must agree with JSON.parse on every text, and point
// inside the text when it refuses.
const jsonChars = fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\\', 'u', '0', '1', '-', '.', 'e', 't', 'r', 'n', 'l', 'a', 'f', 's', '\t', '\u0001', '中');
const edits = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.string({ unit: jsonChars, maxLength: 2 })), { minLength: 1, maxLength: 3 });

const almostJson = fc.tuple(fc.json({ maxDepth: 4 }), edits).map(([source, changes]) =>
  changes.reduce((text, [at, remove, insert]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + remove);
  }, source),
);

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError() (properties)', () => {
  it('finds no error in any valid JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        expect(findJsonSyntaxError(text)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on almost-JSON and arbitrary text, and points inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(almostJson, fc.string({ unit: jsonChars, maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        const found = findJsonSyntaxError(text);
        expect(found === null, JSON.stringify(found)).toBe(parses(text));
        if (found) {
          expect(found.offset).toBeGreaterThanOrEqual(0);
          expect(found.offset).toBeLessThanOrEqual(text.length);
          expect(found.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses nesting deeper than it follows instead of overflowing the stack', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_001, max: 50_000 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        const found = findJsonSyntaxError(open.repeat(depth));
        expect(found?.message).toMatch(/nesting is too deep|ends/);
      }),
      { numRuns: 20 },
    );
  });
});
