import { describe, expect, it } from 'vitest';
import { PATTERN_MAX_CHARS, patternCost, patternRisk } from '../../../src-main/assistant/regex-safety.ts';

/**
 * Milliseconds of CPU one test of `pattern` on `text` takes, not of the clock: a run the scheduler paused (another
 * test file, a loaded machine) says nothing about the pattern. On a loaded 2-core machine `a+$` on 3,000 near-miss
 * characters took 35-89 ms by the clock, 14 of CPU.
 */
function time(pattern: string, text: string): number {
  const regex = new RegExp(pattern, 'iu');
  const start = process.cpuUsage();
  regex.test(text);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

describe('patternRisk()', () => {
  it('lets through the patterns a shop writes', () => {
    for (const pattern of [
      'guarantee[ds]? forever',
      '\\b(?:free|gratis)\\s+shipping\\b',
      '\\bcall\\s+\\d{3}[- ]?\\d{4}\\b',
      '(\\d{3}-){2}\\d{4}',
      '\\d+ to \\d+',
      '\\d+\\s*元',
      'free.*shipping',
      '(?:[a-z]|\\d)+',
      '(?:中|国)+',
      '(?:\\s|-)+',
      '(?=.*refund).*today',
    ]) {
      expect(patternRisk(pattern), pattern).toBeNull();
    }
  });

  it('refuses a pattern longer than the cap', () => {
    expect(patternRisk('a'.repeat(PATTERN_MAX_CHARS))).toBeNull();
    expect(patternRisk('a'.repeat(PATTERN_MAX_CHARS + 1))).toBe('too-long');
  });

  it('refuses backreferences, numbered or named', () => {
    expect(patternRisk('(.)\\1')).toBe('backreference');
    expect(patternRisk('(?<q>a)\\k<q>')).toBe('backreference');
  });

  it('refuses a repeated group that contains a repeat with a choice of count', () => {
    for (const pattern of ['(a+)+$', '(\\w+\\s?)*$', '(a?)+', '(?:x*y){2,}', '(?=a+)+', '(a+){1,5}']) {
      expect(patternRisk(pattern), pattern).toBe('nested-quantifier');
    }
    // A fixed count, or a group that is not repeated, gives the engine no choice.
    expect(patternRisk('(\\d{3}-)+')).toBeNull();
    expect(patternRisk('(a+)?b')).toBeNull();
  });

  it('refuses repeated alternatives that can start with the same character', () => {
    for (const pattern of ['(x|x)*y', '(a|ab)+c', '(\\d|[0-9])*', '(?:[a-z]|[xyz])+', '(?:é|É)+', '(?:\\p{Script=Han}|[一-龥])+', '(?:a|(?:b|a))+']) {
      expect(patternRisk(pattern), pattern).toBe('ambiguous-alternation');
    }
    expect(patternRisk('(a|b)+')).toBeNull();
    expect(patternRisk('(x|x)y')).toBeNull();
  });

  it('refuses two repeats that can match the same characters one after the other', () => {
    for (const pattern of ['.*.*x', '.*.*.*x', '\\s*\\s*x', '.*foo.*x', '[^x]*[^y]*', '(?:.*x|y)z.*']) {
      expect(patternRisk(pattern), pattern).toBe('adjacent-quantifiers');
    }
  });

  it('refuses many places where the same text can be matched two ways, written out rather than repeated', () => {
    // Each doubles the tries of a near miss: a?×40 a×40 (120 characters) or (?:a|a)×25 run for hours.
    for (const pattern of [`${'a?'.repeat(40)}${'a'.repeat(40)}`, `${'(?:a|a)'.repeat(25)}$`, `${'(?:a|\\w)'.repeat(9)}!`, `${'[ab]?'.repeat(12)}b`]) {
      expect(patternRisk(pattern), pattern).toBe('many-choices');
    }
    // With a repeat, whose cost each choice doubles, fewer are allowed.
    for (const pattern of ['.*a?a?a?x', '\\w+a?a?a?$', `${'(?:a|\\w)'.repeat(3)}.*x`]) {
      expect(patternRisk(pattern), pattern).toBe('many-choices');
    }
    for (const pattern of [`${'a?'.repeat(9)}a`, `${'(?:a|a)'.repeat(8)}`, '.*a?a?x', '\\w+s? \\w+s?', '(refunds?|returns?) within \\d+ days?']) {
      expect(patternRisk(pattern), pattern).toBeNull();
    }
  });

  it('refuses only patterns that do backtrack for long on a near miss', () => {
    // What each rule is for: the refused pattern is slow on a short near miss, its allowed neighbour is not.
    expect(patternRisk('(a+)+$')).not.toBeNull();
    expect(time('(a+)+$', `${'a'.repeat(22)}!`)).toBeGreaterThan(5);
    expect(time('a+$', `${'a'.repeat(3_000)}!`)).toBeLessThan(50);
    const optionals = `${'a?'.repeat(22)}${'a'.repeat(22)}`;
    expect(patternRisk(optionals)).toBe('many-choices');
    expect(time(optionals, 'a'.repeat(21))).toBeGreaterThan(5);
  });
});

describe('patternCost()', () => {
  it('counts a whole unit for a repeat a near miss can start from anywhere in a run, doubled by each two-way choice', () => {
    for (const pattern of ['\\d+x', '.*x', 'a\\w+x', '.\\d+x', '[a-z]+@[a-z]+\\.com', '\\d+\\b', 'call.*x', '(?=\\d+x)']) {
      expect(patternCost(pattern), pattern).toBe(1);
    }
    expect(patternCost('\\w+s?x')).toBe(2);
    expect(patternCost('.*a?a?x')).toBe(4);
  });

  it('counts a 256th of a unit a way for a pattern that starts with a word, ends in its repeat, or repeats little', () => {
    for (const pattern of ['refunds?', 'call\\s+\\d+', '(?:call|phone)\\s*\\d+', 'https?://\\S+', '\\b\\d{11}\\b', '.{0,40}x']) {
      expect(patternCost(pattern), pattern).toBe(1 / 256);
    }
    expect(patternCost(`${'a?'.repeat(8)}${'a'.repeat(8)}b`)).toBe(2 ** 7 / 256);
  });

  // 10,000 characters, not the 4,000 of an answer: there \d+x took 15 ms of CPU, too near the line on a faster machine.
  it('tells the costly from the cheap as running them on 10,000 characters that almost match does', () => {
    expect(time('\\d+x', '1'.repeat(10_000))).toBeGreaterThan(10);
    expect(time('call\\s+\\d+', `call${' '.repeat(9_996)}`)).toBeLessThan(10);
    expect(time('https?://\\S+', 'http:/'.repeat(1_666))).toBeLessThan(10);
  });
});
