import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerSettingsStore } from '../../../src-main/assistant/settings.ts';
import { SettingsRepository } from '../../../src-main/store/settings-repository.ts';
import { sampleDatabase } from './sample-kb.ts';

describe('AnswerSettingsStore', () => {
  let kb: ReturnType<typeof sampleDatabase>;
  let repository: SettingsRepository;
  let store: AnswerSettingsStore;

  beforeEach(() => {
    kb = sampleDatabase();
    repository = new SettingsRepository(kb.db);
    store = new AnswerSettingsStore(repository);
  });
  afterEach(() => kb.close());

  describe('set()', () => {
    it('refuses a pattern that could backtrack catastrophically, naming it and the rule, and stores nothing', () => {
      const refusals = [
        ['(a+)+$', 'settings.pattern-nested-quantifier'],
        ['(x|x)*y', 'settings.pattern-ambiguous-alternation'],
        ['(.)\\1', 'settings.pattern-backreference'],
        ['.*.*x', 'settings.pattern-adjacent-quantifiers'],
        ['a?a?a?a?a?a?a?a?a?a?aaaaaaaaaa', 'settings.pattern-many-choices'],
        ['a'.repeat(201), 'settings.pattern-too-long'],
      ] as const;
      for (const [pattern, code] of refusals) {
        expect(() => store.set({ blockedPatterns: ['guarantee[ds]? forever', pattern], faqThreshold: 0.9 }), pattern).toThrow(
          expect.objectContaining({ code, params: { pattern, max: 200 }, message: expect.stringContaining(`/${pattern}/ could take minutes`) }),
        );
      }
      expect(store.get()).toMatchObject({ blockedPatterns: [], faqThreshold: 0.8 });
      expect(store.set({ blockedPatterns: ['guarantee[ds]? forever'] }).blockedPatterns).toEqual(['guarantee[ds]? forever']);
    });
  });

  describe('set() of many patterns', () => {
    // Each passes on its own; each can run a digit run to its end and back from every digit (one cost unit).
    const sliding = (n: number) => Array.from({ length: n }, (_, i) => `\\d+ to \\d+ n${i}`);

    it('refuses patterns that together could take too long to check, naming the costliest, and stores nothing', () => {
      const patterns = [...sliding(16), '.*a?a?x'];
      expect(() => store.set({ blockedPatterns: patterns })).toThrow(
        expect.objectContaining({
          code: 'settings.patterns-too-costly',
          params: { seconds: '1.0', max: 0.8, pattern: '.*a?a?x' },
          message: expect.stringContaining('Blocked patterns together could take 1.0 s to check one long draft (at most 0.8 s)'),
        }),
      );
      expect(store.get().blockedPatterns).toEqual([]);
      // One unit over says more than the limit, not the limit rounded.
      expect(() => store.set({ blockedPatterns: sliding(17) })).toThrow(
        expect.objectContaining({ params: expect.objectContaining({ seconds: '0.9' }) }),
      );
      expect(store.set({ blockedPatterns: sliding(16) }).blockedPatterns).toHaveLength(16);
    });

    it('takes the most patterns there may be when they start with a word or end in their repeat', () => {
      const anchored = Array.from({ length: 200 }, (_, i) => (i % 2 ? `call${i}\\s+\\d+` : `https?://shop${i}\\S+`));
      expect(store.set({ blockedPatterns: anchored }).blockedPatterns).toHaveLength(200);
    });

    it('keeps a stored list over the budget working, and lets other settings be saved', () => {
      // Saved before the budget existed.
      repository.set({ 'answer.blockedPatterns': sliding(40) });
      expect(store.get().blockedPatterns).toHaveLength(40);
      expect(store.set({ faqThreshold: 0.9 })).toMatchObject({ faqThreshold: 0.9, blockedPatterns: sliding(40) });
      expect(() => store.set({ blockedPatterns: sliding(39) })).toThrow(expect.objectContaining({ code: 'settings.patterns-too-costly' }));
    });
  });

  describe('get()', () => {
    it('lists a stored pattern that fails the check as matched as text, and still lets other settings be saved', () => {
      // Saved by an older version, before patterns were checked.
      repository.set({ 'answer.blockedPatterns': ['(a+)+$', 'guarantee[ds]? forever'] });
      expect(store.get()).toMatchObject({ blockedPatterns: ['(a+)+$', 'guarantee[ds]? forever'], patternsAsText: ['(a+)+$'] });
      expect(store.set({ faqThreshold: 0.9 })).toMatchObject({ faqThreshold: 0.9, patternsAsText: ['(a+)+$'] });
      // Rewritten, it is a pattern again and the notice goes.
      const rewritten = store.set({ blockedPatterns: ['a+$', 'guarantee[ds]? forever'] });
      expect(rewritten.patternsAsText).toBeUndefined();
      expect(store.get().patternsAsText).toBeUndefined();
    });
  });
});
