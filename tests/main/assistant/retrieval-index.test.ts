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
  });
});
