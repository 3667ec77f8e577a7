import { describe, expect, it } from 'vitest';
import type { IndexableEntry } from '../../../src-main/assistant/retrieval-index.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../../../src-main/assistant/settings.ts';
import { listSource, sampleEntries } from './sample-kb.ts';

// What the general thesaurus (thesaurus.ts) changes in ranking and confidence, on a KB the shop lexicon knows nothing of.
describe('ranking with the thesaurus', () => {
  const { faqThreshold, generateThreshold } = DEFAULT_ANSWER_SETTINGS;
  // A hotel, not a shop. The hospitality lexicon (lexicon-hospitality.ts) knows bikes, gyms and breakfast too, but not
  // "gymnasium": that synonym only the thesaurus gives.
  const entry = (id: number, lang: 'zh' | 'en', question: string, answer: string): IndexableEntry => ({
    id,
    ref: `hotel-${id}`,
    question,
    answer,
    paraphrases: [],
    tags: [],
    category: '',
    lang,
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const hotel = new Retriever(
    listSource([
      entry(1, 'en', 'Can I rent a bike?', 'Bikes are 30 yuan a day; ask at reception.'),
      entry(2, 'en', 'Do you have a gym?', 'Guests can use the fitness room on the third floor from 6:00 to 22:00.'),
      entry(3, 'zh', '酒店提供早餐吗？', '每天7:00–10:00在一楼餐厅供应自助早餐。'),
      entry(4, 'zh', '可以带宠物入住吗？', '很抱歉，酒店不接待宠物。'),
      entry(5, 'en', 'What time is check-out?', 'Check-out is at noon.'),
    ]),
  );

  it.each([
    ['Are there bicycles for guests?', 'hotel-1'],
    ['早饭几点开始', 'hotel-3'],
    ['有健身房吗？', 'hotel-2'],
  ])('ranks the entry in other words first: %s', (question, ref) => {
    expect(hotel.retrieve(question).hits[0]?.ref).toBe(ref);
  });

  it('counts a dictionary synonym as weaker evidence than the entry’s own word', () => {
    const own = hotel.retrieve('Do you have a gym?');
    const synonym = hotel.retrieve('Do you have a gymnasium?');
    expect(synonym.hits[0]?.ref).toBe(own.hits[0]?.ref);
    expect(synonym.confidence).toBeLessThan(own.confidence);
    expect(synonym.confidence).toBeLessThan(faqThreshold);
  });

  // Every Chinese word has some English gloss: translations must not answer small talk from an English entry.
  it.each(['Good night', '你是机器人还是真人呀', '今天是星期几？'])('still hands off off-topic %s on the sample FAQ', (question) => {
    const sample = new Retriever(listSource(sampleEntries()));
    expect(sample.retrieve(question).confidence).toBeLessThan(generateThreshold);
  });
});
