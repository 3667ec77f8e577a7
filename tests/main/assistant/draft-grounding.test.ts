import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftSupport, MIN_DRAFT_SUPPORT, ungroundedReason, UNGROUNDED_DRAFT } from '../../../src-main/assistant/draft-grounding.ts';
import { sampleEntries } from './sample-kb.ts';

const entries = sampleEntries();
const answer = (ref: string) => entries.find((entry) => entry.ref === ref)!.answer;

interface LabelledDraft {
  question: string;
  cited: string[];
  draft: string;
  acceptable?: boolean;
}
const labelled = JSON.parse(readFileSync(new URL('../../fixtures/starter-drafts-labelled.json', import.meta.url), 'utf8')) as {
  drafts: LabelledDraft[];
  paraphrases: LabelledDraft[];
};
const kept = ({ draft, cited, question }: LabelledDraft) => ungroundedReason(draft, cited.map(answer), question) === null;

describe('draftSupport()', () => {
  it('finds every content word of a cited answer, and of each of its sentences and clauses, in that answer', () => {
    for (const { answer: text } of entries) {
      const pieces = [text, ...text.split(/(?<=[.。;；])\s*/u), ...text.split(/[,，;；:：.。]\s*/u)];
      for (const piece of pieces.filter((p) => draftSupport(p, []).units > 0)) {
        expect(draftSupport(piece, [text, 'unrelated question']), piece).toMatchObject({ share: 1, unsupported: [] });
      }
    }
  });

  it('counts stopwords out and names the words the sources lack', () => {
    const support = draftSupport('Yes, you can pick it up at the showroom on Sundays.', [answer('store-pickup')]);
    // Content units: pick, up, showroom, sundays; only the day is not in the answer.
    expect(support).toMatchObject({ units: 4, unsupported: ['w:sundai'] });
    expect(support.share).toBeCloseTo(0.75);
  });

  it('gives a draft without any content word no support', () => {
    expect(draftSupport('Yes, we do.', [answer('store-pickup')])).toEqual({ share: 0, units: 0, unsupported: [] });
  });
});

describe('ungroundedReason()', () => {
  const pickup = [answer('store-pickup'), answer('gift-wrapping')];
  const returnsZh = [answer('returns-policy'), answer('damaged-item')];

  it('keeps a draft that is a cited answer, verbatim, in either language', () => {
    expect(ungroundedReason(answer('store-pickup'), pickup, 'Can I collect my order myself?')).toBeNull();
    expect(ungroundedReason(answer('returns-policy'), returnsZh, '不满意可以退吗？')).toBeNull();
  });

  it('keeps a faithful shortening or rewording', () => {
    expect(ungroundedReason('Pick up at showroom is free; bring your order number and photo ID.', pickup, 'Can I collect my order myself?')).toBeNull();
    expect(ungroundedReason('Yes: choose "Pick up at showroom" at checkout.', pickup, 'Can I collect my order myself?')).toBeNull();
    expect(ungroundedReason('签收后30天内，商品未使用、吊牌完好就能退货。', returnsZh, '不满意可以退吗？')).toBeNull();
    expect(ungroundedReason('在“我的订单”中点击“申请退货”即可。', returnsZh, '不满意可以退吗？')).toBeNull();
  });

  it('replaces fluent text taken from other entries, and says how little of it the answers support', () => {
    // Drafts the starter model wrote: words of the FAQ, but not of the answers they cite.
    const en = ungroundedReason('Click "Notify me" on Sundays and public holidays.', pickup, 'Can I collect my order myself?');
    expect(en).toMatch(new RegExp(`^${UNGROUNDED_DRAFT} \\(\\d+ % of its content words found; not found: .*notifi`));
    const zh = ungroundedReason('优惠券可以在“我的”→“优惠券”中查看，每笔订单限用一张。', returnsZh, '不满意可以退吗？');
    expect(zh).toContain(UNGROUNDED_DRAFT);
    expect(zh).toContain('券');
  });

  it('judges a cross-language draft by what the sources say, not by its language', () => {
    // An English question whose cited answer is Chinese: an English draft shares none of its units.
    const draft = 'Returns are accepted within 30 days.';
    expect(draftSupport(draft, [...returnsZh, 'Can I return it?']).share).toBeLessThan(MIN_DRAFT_SUPPORT);
    expect(ungroundedReason(draft, returnsZh, 'Can I return it?')).toContain(UNGROUNDED_DRAFT);
    expect(ungroundedReason('签收后30天内可以退货。', returnsZh, 'Can I return it?')).toBeNull();
  });

  it('counts the question as a source, so a draft may repeat its wording', () => {
    // kettle, toaster, 1, year, warranty: 5 of 5 with the question, 3 of 5 without.
    const draft = 'Your kettle and toaster: 1-year warranty.';
    expect(ungroundedReason(draft, [answer('warranty')], 'My kettle and toaster broke')).toBeNull();
    expect(ungroundedReason(draft, [answer('warranty')], 'It broke')).toContain('(60 % of its content words found; not found: kettl, toaster)');
  });
});

describe('MIN_DRAFT_SUPPORT on the starter model\'s drafts, labelled by hand', () => {
  it('keeps every acceptable draft and every faithful paraphrase', () => {
    const good = [...labelled.drafts.filter((d) => d.acceptable), ...labelled.paraphrases];
    expect(good.length).toBeGreaterThanOrEqual(19);
    expect(good.filter((d) => !kept(d)).map((d) => d.draft)).toEqual([]);
  });

  it('replaces most unacceptable drafts (measured: 85 of 97)', () => {
    const bad = labelled.drafts.filter((d) => !d.acceptable);
    const replaced = bad.filter((d) => !kept(d));
    expect(replaced.length / bad.length).toBeGreaterThanOrEqual(0.85);
  });
});
