import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { FOOD_CONCEPTS } from '../../../src-main/assistant/lexicon-food.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../../../src-main/assistant/settings.ts';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { openTempKb, type TempKb } from '../store/temp-kb.ts';

// The restaurant FAQ fixture (Chinese and English entries) in a real SQLite KB: diners' questions in words the
// entry does not use (洋酒 for its 白酒/红酒, "doggy bag" for 打包, 预存 for 储值), some in the other language than
// their entry, so only the food concepts can match them.
describe('food lexicon on the restaurant FAQ', () => {
  const { generateThreshold } = DEFAULT_ANSWER_SETTINGS;
  let kb: TempKb;
  let restaurant: Retriever;
  beforeAll(() => {
    kb = openTempKb();
    const file = new URL('../../fixtures/faq-restaurant.json', import.meta.url);
    kb.repo.createMany((JSON.parse(readFileSync(file, 'utf8')) as { entries: FaqDraft[] }).entries);
    restaurant = new Retriever(faqKnowledge(kb.repo));
  });
  afterAll(() => kb.dispose());

  it.each([
    // Chinese questions.
    ['带瓶洋酒过去要另外收钱吗', 'corkage'],
    ['往卡里预存两千块有返吗', 'membership-card'],
    ['菜点多了吃不完，能给个饭盒吗', 'leftover-boxes'],
    ['宝宝吃饭有专门的餐椅吗', 'kids-and-highchairs'],
    // English questions; leftovers, corkage and stored value have only Chinese entries.
    ['Can we get a doggy bag for the leftovers?', 'leftover-boxes'],
    ['Is there a charge if we bring our own bottle of wine?', 'corkage'],
    ['Can I top up a prepaid card and get a bonus?', 'membership-card'],
    ['Can the chef make the Sichuan dishes milder?', 'spice-level'],
  ])('answers %s from %s', (question, ref) => {
    const retrieval = restaurant.retrieve(question);
    expect(retrieval.hits[0]?.ref).toBe(ref);
    expect(retrieval.confidence).toBeGreaterThanOrEqual(generateThreshold);
  });

  // A restaurant's own topics this FAQ does not cover, though they name food concepts (signature dish, table, smoking).
  it.each(['你们的招牌菜是什么？', '店里可以抽烟吗', 'Are dogs allowed on your terrace?', 'What are the best dishes to try here?'])(
    'still hands off %s',
    (question) => {
      expect(restaurant.retrieve(question).confidence).toBeLessThan(generateThreshold);
    },
  );

  it('gives every concept with forms some in both languages', () => {
    for (const [id, concept] of Object.entries(FOOD_CONCEPTS)) {
      // An entry with only exclusions narrows a shared concept (a group-buy voucher is not a bulk order).
      if (concept.zh.length === 0 && concept.en.length === 0) {
        expect(concept.zhNot?.length, id).toBeGreaterThan(0);
        continue;
      }
      expect(concept.zh.length, id).toBeGreaterThan(0);
      expect(concept.en.length, id).toBeGreaterThan(0);
    }
  });
});
