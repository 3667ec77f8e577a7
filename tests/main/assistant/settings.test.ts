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
