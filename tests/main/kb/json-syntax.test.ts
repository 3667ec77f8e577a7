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
      expect(findJsonSyntaxError(text)).toEqual({ offset, message: expect.stringMatching(message) });
    }
  });
});
