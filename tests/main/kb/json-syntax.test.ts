import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../src-main/kb/json-syntax.ts';

describe('findJsonSyntaxError()', () => {
  it('returns null for valid JSON', () => {
    for (const text of ['[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0']) {
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it('finds where valid JSON stops being valid, for what JSON.parse rejects', () => {
    const cases: [string, number, RegExp][] = [
      ['{"a": 1,}', 8, /property name/],
      ['[1 2]', 3, /","/],
      ['{"a": tru}', 6, /where a value was expected/],
      ['["open', 1, /never closed/],
      ['[1,\n2,\n', 7, /ends where a value was expected/],
      ['{"a":1} x', 8, /after the end/],
      ['"a\nb"', 2, /line break/],
      ['"\\x"', 1, /escape/],
      ['', 0, /ends where a value was expected/],
      ["{'a': 1}", 1, /property name/],
    ];
    for (const [text, offset, message] of cases) {
      expect(() => JSON.parse(text)).toThrow();
      expect(findJsonSyntaxError(text)).toMatchObject({ offset, message: expect.stringMatching(message) });
    }
  });

  it('names each reason with a code and its values, so a UI need not show the English', () => {
    const cases: [string, string, Record<string, string | number>?][] = [
      ['{"a": 1,}', 'import.json.expected-name'],
      ['{"a" 1}', 'import.json.expected-colon'],
      ['[1 2]', 'import.json.expected-comma', { close: ']' }],
      ['{"a": 1 "b": 2}', 'import.json.expected-comma', { close: '}' }],
      ['[1, 2', 'import.json.ends-before-close', { close: ']' }],
      ['{"a": tru}', 'import.json.unexpected-char', { char: 't' }],
      ['["open', 'import.json.unclosed-string'],
      ['', 'import.json.ends-before-value'],
      ['{"a":1} x', 'import.json.text-after-end'],
      ['"a\nb"', 'import.json.control-char'],
      ['"\\x"', 'import.json.bad-escape'],
      ['['.repeat(1_002), 'import.json.too-deep', { max: 1_000 }],
    ];
    for (const [text, code, params] of cases) {
      expect(() => JSON.parse(text)).toThrow();
      const found = findJsonSyntaxError(text);
      expect(found?.code, text).toBe(code);
      expect(found?.params, text).toEqual(params);
    }
  });
});
