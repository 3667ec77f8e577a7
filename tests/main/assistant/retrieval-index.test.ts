import { describe, expect, it } from 'vitest';
import { RetrievalIndex, type IndexableEntry } from '../../../src-main/assistant/retrieval-index.ts';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';

const entry = (id: number, question: string, answer: string, updatedAt = 't0'): IndexableEntry => ({
  id,
  ref: `e${id}`,
  question,
  answer,
  paraphrases: [],
  tags: [],
  category: '',
  lang: 'en',
  updatedAt,
});

/** Syncs the index to exactly `entries`. */
function sync(index: RetrievalIndex, entries: IndexableEntry[]): void {
  const byId = new Map(entries.map((item) => [item.id, item]));
  for (const _ of index.syncSteps(entries, (ids) => ids.map((id) => byId.get(id)!)));
}

/** Entry id → ranking weight of a one-unit-weighted query. */
function explained(index: RetrievalIndex, question: string): Map<number, number> {
  const query = analyze(question);
  const result = index.explained(query, query.units.map(() => 1), () => 1, 'en');
  return new Map([...result].map(([id, weight]) => [id, weight.ranking]));
}

describe('RetrievalIndex', () => {
  describe('candidates()', () => {
    it('lists the entries and weights explained() maps, in its order', () => {
      const index = new RetrievalIndex();
      sync(index, [
        entry(1, 'Do you gift wrap a parcel?', 'Yes, with ribbon.'),
        entry(2, 'How long does a parcel take?', 'Two days; gift wrap adds one.'),
        { ...entry(3, '包裹多久到？', '一般两天，礼品包装多一天。'), lang: 'zh' },
        entry(4, 'Where do I pick up?', 'In the shop.'),
      ]);
      for (const question of ['gift wrap parcel', '包裹多久到', 'pick up my parcel in shop', 'nothing matches this']) {
        const query = analyze(question);
        const weights = query.units.map((unit) => index.unitWeight(unit));
        const conceptWeight = (concept: string) => index.conceptWeight(concept);
        const { ids, ranking, evidence } = index.candidates(query, weights, conceptWeight, 'en');
        const listed = ids.map((id, k) => [id, { ranking: ranking[k], evidence: evidence[k] }]);
        expect(listed).toEqual([...index.explained(query, weights, conceptWeight, 'en')]);
      }
    });
  });

  describe('syncSteps()', () => {
    it('forgets a word, and an entry its words, once the entries that had them are gone', () => {
      const index = new RetrievalIndex();
      sync(index, [entry(1, 'Do you sell zebra plush toys?', 'Yes, in the toy aisle.'), entry(2, 'Where is the toy aisle?', 'At the back.')]);
      expect(index.hasStem('zebra')).toBe(true);
      expect(index.entryHas(1, 'w:zebra')).toBe(true);
      expect([...explained(index, 'toy aisle').keys()].sort()).toEqual([1, 2]);

      sync(index, [entry(2, 'Where is the toy aisle?', 'At the back.')]);
      expect(index.hasStem('zebra')).toBe(false);
      expect(index.entryHas(1, 'w:zebra')).toBe(false);
      expect([...explained(index, 'toy aisle').keys()]).toEqual([2]);
    });

    it('weighs a field by the best field that has the word, before and after an edit', () => {
      const index = new RetrievalIndex();
      sync(index, [entry(1, 'Do you gift-wrap?', 'Any parcel can be wrapped.'), entry(2, 'How is a parcel sent?', 'By post.')]);
      // The question counts in full, the answer at FIELD_WEIGHT.answer (0.6, in single precision).
      expect(explained(index, 'parcel')).toEqual(new Map([[1, Math.fround(0.6)], [2, 1]]));

      sync(index, [entry(1, 'Can you wrap a parcel?', 'Yes.', 't1'), entry(2, 'How is a parcel sent?', 'By post.')]);
      expect(explained(index, 'parcel')).toEqual(new Map([[1, 1], [2, 1]]));
      expect(index.entryHas(1, 'w:gift')).toBe(false);
    });

    it('reads a category the same for every entry filed under it (its analysis is shared)', () => {
      const index = new RetrievalIndex();
      const filed = (id: number, question: string) => ({ ...entry(id, question, 'See the counter.'), category: 'Gift wrapping' });
      sync(index, [filed(1, 'Is it free?'), filed(2, 'Which papers are there?'), entry(3, 'Can you wrap presents?', 'Yes.')]);
      expect(index.entryHas(1, 'w:gift')).toBe(true);
      expect(index.entryHas(2, 'w:gift')).toBe(true);
      // A category counts FIELD_WEIGHT.category (0.3), a question in full.
      const weights = explained(index, 'gift');
      expect([weights.get(1), weights.get(2)]).toEqual([Math.fround(0.3), Math.fround(0.3)]);
    });

    it('gives the numbers of words no entry has any more to new words: months of edits do not grow the term table', () => {
      const base = [
        entry(1, 'Do you gift-wrap parcels?', 'Any parcel can be wrapped for 2 euros.'),
        entry(2, 'How is a parcel sent?', 'By post, tracked.'),
        { ...entry(3, '包裹多久能到？', '一般三天，偏远地区五天。'), lang: 'zh' as const },
        entry(4, 'Can I pick up my order in the shop?', 'Yes, from the counter after 10am.'),
      ];
      const index = new RetrievalIndex();
      let entries = base;
      for (let round = 0; round < 300; round++) {
        // Entry 1 edited with a word of its own each time; a new entry with another, the last round's one deleted.
        entries = [
          entry(1, `Do you gift-wrap parcels with ribbon${round}?`, `Any parcel, ribbon colour qx${round}.`, `t${round}`),
          ...base.slice(1),
          { ...entry(100 + round, `Is pattern zz${round} in stock?`, `Pattern 新款${round}号 arrives monthly.`), tags: [`batch${round}`] },
        ];
        sync(index, entries);
      }
      const fresh = new RetrievalIndex();
      sync(fresh, entries);
      // Without reuse the table would hold every word of all 300 rounds (about 1,700 terms).
      expect(index.termTableSize).toBeLessThanOrEqual(fresh.termTableSize + 10);
      expect(index.entryHas(1, 'w:ribbon298')).toBe(false);
      expect(index.hasStem('zz298')).toBe(false);
      for (const question of ['gift wrap parcel ribbon299', 'is pattern zz299 in stock', '包裹多久到', 'pick up in shop', 'ribbon298 zz5']) {
        const query = analyze(question);
        const weigh = (of: RetrievalIndex) =>
          [...of.explained(query, query.units.map((unit) => of.unitWeight(unit)), (concept) => of.conceptWeight(concept), 'en')].sort(([a], [b]) => a - b);
        expect(weigh(index)).toEqual(weigh(fresh));
      }
      for (const name of ['w:ribbon299', 'w:zz299', 'w:batch299', 'b:包裹', '#裹', 'w:parcel', 'w:ribbon5']) {
        for (const { id } of entries) expect(index.entryHas(id, name)).toBe(fresh.entryHas(id, name));
      }
    });
  });
});
