import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { HOSPITALITY_CONCEPTS } from '../../../src-main/assistant/lexicon-hospitality.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../../../src-main/assistant/settings.ts';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { openTempKb, type TempKb } from '../store/temp-kb.ts';

// The hotel FAQ fixture (half its entries Chinese, half English) in a real SQLite KB: questions in the other
// language than their entry, in words the entry does not use, so only the hospitality concepts can match them.
describe('hospitality lexicon on the hotel FAQ', () => {
  const { generateThreshold } = DEFAULT_ANSWER_SETTINGS;
  let kb: TempKb;
  let hotel: Retriever;
  beforeAll(() => {
    kb = openTempKb();
    const file = new URL('../../fixtures/faq-hotel.json', import.meta.url);
    kb.repo.createMany((JSON.parse(readFileSync(file, 'utf8')) as { entries: FaqDraft[] }).entries);
    hotel = new Retriever(faqKnowledge(kb.repo));
  });
  afterAll(() => kb.dispose());

  it.each([
    // Chinese questions, English entries.
    ['房间里能上网吗', 'wifi'],
    ['前台能帮忙保管首饰吗', 'in-room-safe'],
    ['有没有会议厅可以办培训', 'meeting-rooms'],
    ['能借辆单车骑一下吗', 'bike-rental'],
    // English questions, Chinese entries.
    ['Can the kids sleep in a cot in our room?', 'children-extra-bed'],
    ['Is there a shuttle from the airport?', 'airport-shuttle'],
    ['Could we have a late check-out?', 'late-checkout'],
    ['Are pets welcome? We travel with a small cat.', 'pets'],
  ])('answers %s from %s', (question, ref) => {
    const retrieval = hotel.retrieve(question);
    expect(retrieval.hits[0]?.ref).toBe(ref);
    expect(retrieval.confidence).toBeGreaterThanOrEqual(generateThreshold);
  });

  // Travel questions a hotel does not answer, though they name its airport and cancellation concepts.
  it.each(['我的航班取消了怎么办', 'Which airline flies to Hangzhou?'])('still hands off %s', (question) => {
    expect(hotel.retrieve(question).confidence).toBeLessThan(generateThreshold);
  });

  it('gives every concept forms in both languages', () => {
    for (const [id, concept] of Object.entries(HOSPITALITY_CONCEPTS)) {
      expect(concept.zh.length, id).toBeGreaterThan(0);
      expect(concept.en.length, id).toBeGreaterThan(0);
    }
  });
});
