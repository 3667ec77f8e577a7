import { describe, expect, it } from 'vitest';
import { ImportProblem } from '../../../src-main/kb/import-problem.ts';
import { decodeUtf8, firstInvalidUtf8 } from '../../../src-main/kb/utf8.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('firstInvalidUtf8()', () => {
  it('accepts ASCII, Chinese, emoji and the largest code point', () => {
    expect(firstInvalidUtf8(utf8('a退货😀\u{10FFFF}'))).toBe(-1);
  });

  it('finds overlong forms, surrogates, code points above U+10FFFF, stray continuations and truncation', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong 3-byte
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // U+D800
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // U+110000
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe9, 0x80))).toBe(2);
  });

  it('agrees with TextDecoder on every two-byte sequence', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0x80; a < 0x100; a++) {
      for (let b = 0; b < 0x100; b += 7) {
        const input = bytes(a, b);
        let valid = true;
        try {
          decoder.decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(input) === -1).toBe(valid);
      }
    }
  });
});

describe('decodeUtf8()', () => {
  it('decodes and drops a leading BOM', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, ...utf8('问,答')))).toBe('问,答');
  });

  it('throws an ImportProblem naming the line of the first bad byte', () => {
    const input = Uint8Array.from([...utf8('question,answer\r\nok,fine\r\n'), 0xff, ...utf8(',x\n')]);
    expect(() => decodeUtf8(input)).toThrow(ImportProblem);
    try {
      decodeUtf8(input);
    } catch (error) {
      expect((error as ImportProblem).line).toBe(3);
      expect((error as ImportProblem).message).toMatch(/not valid UTF-8/);
    }
  });
});
