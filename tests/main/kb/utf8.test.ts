import { describe, expect, it } from 'vitest';
import { ImportProblem } from '../../../src-main/kb/import-problem.ts';
import { decodeText, decodeUtf8, firstInvalidUtf16, firstInvalidUtf8 } from '../../../src-main/kb/utf8.ts';

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

/** `text` as UTF-16 with its byte order mark, as Excel's "Unicode Text" (little-endian) writes it. */
const utf16 = (text: string, littleEndian = true) => {
  const out = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(out);
};

const problem = (input: Uint8Array): ImportProblem => {
  try {
    decodeText(input);
  } catch (error) {
    if (error instanceof ImportProblem) return error;
    throw error;
  }
  throw new Error('expected an ImportProblem');
};

describe('decodeText()', () => {
  it('decodes UTF-16 with a byte order mark, either byte order, dropping the mark', () => {
    const text = 'question\tanswer\r\n退货？\t😀 yes\r\n';
    expect(decodeText(utf16(text))).toBe(text);
    expect(decodeText(utf16(text, false))).toBe(text);
  });

  it('reads everything else as strict UTF-8, with or without a BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('问,答')))).toBe('问,答');
    expect(decodeText(utf8('q\0,a'))).toBe('q\0,a');
    expect(problem(bytes(0x61, 0x0a, 0xfe, 0xfe))).toMatchObject({ line: 2, code: 'import.not-utf8', params: { byte: 2 } });
  });

  it('names the line and byte of broken UTF-16: an odd last byte, a lone surrogate', () => {
    expect(problem(bytes(0xff, 0xfe, 0x71))).toMatchObject({ line: 1, code: 'import.not-utf16', params: { byte: 2 } });
    const lone = Uint8Array.from([...utf16('a\nb\n'), 0x00, 0xd8, 0x41, 0x00]);
    expect(problem(lone)).toMatchObject({ line: 3, code: 'import.not-utf16', params: { byte: 10 } });
    expect(problem(lone).message).toMatch(/UTF-16.*save it as UTF-8/);
    expect(problem(Uint8Array.from([...utf16('a', false), 0xdc, 0x00]))).toMatchObject({ line: 1, params: { byte: 4 } });
  });
});

describe('firstInvalidUtf16()', () => {
  it('agrees with TextDecoder on every pair of code units from a sample around the surrogates', () => {
    const units = [0x0041, 0x4e00, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xffff];
    for (const littleEndian of [true, false]) {
      const decoder = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { fatal: true });
      for (const a of units) {
        for (const b of units) {
          const input = utf16(String.fromCharCode(a, b), littleEndian);
          let valid = true;
          try {
            decoder.decode(input);
          } catch {
            valid = false;
          }
          expect(firstInvalidUtf16(input, littleEndian) === -1).toBe(valid);
        }
      }
    }
  });
});
