// Twins: the same topic answered in both languages. A question matching the twin in the other language a little
// better is answered in the customer's own language; a topic only the other language covers still is answered.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryTwins } from '../../../src-main/assistant/entry-twins.ts';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { openTempKb, type TempKb } from '../store/temp-kb.ts';
import { suiteRetriever } from './lexicon-kb.ts';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

describe('EntryTwins (pure logic)', () => {
  // Entries 1, 2 are Chinese; 11, 12, 13 English. Each row: how much of the entry's questions each other-language entry explains.
  const rows: Record<number, Record<number, number>> = {
    1: { 11: 0.7, 12: 0.3 },
    11: { 1: 0.6, 2: 0.2 },
    2: { 12: 0.9, 13: 0.5 },
    12: { 2: 0.3, 13: 0 },
    13: { 2: 0.6 },
  };
  const counterparts = (id: number) => new Map(Object.entries(rows[id] ?? {}).map(([other, share]) => [Number(other), share]));

  it('pairs entries that are each the other’s closest match, both ways above the minimum', () => {
    const twins = new EntryTwins(counterparts, () => 0);
    expect(twins.areTwins(1, 11)).toBe(true);
    expect(twins.areTwins(11, 1)).toBe(true);
    // 12 explains most of 2's questions, 2 only 0.3 of 12's: the weaker direction decides, so 2's twin is 13.
    expect(twins.areTwins(2, 12)).toBe(false);
    expect(twins.areTwins(2, 13)).toBe(true);
    expect(twins.areTwins(1, 12)).toBe(false);
  });

  it('asks for each entry’s counterparts once, and again only after the index changed', () => {
    let generation = 0;
    const asked: number[] = [];
    const twins = new EntryTwins((id) => (asked.push(id), counterparts(id)), () => generation);
    twins.areTwins(1, 11);
    twins.areTwins(11, 1);
    expect(asked.filter((id) => id === 1)).toHaveLength(1);
    generation++;
    twins.areTwins(1, 11);
    expect(asked.filter((id) => id === 1)).toHaveLength(2);
  });
});

describe('Retriever: a twin in the customer’s language answers', () => {
  const salon = suiteRetriever(fixture('faq-salon.json'));
  const dental = suiteRetriever(fixture('faq-dental.json'));
  const shop = suiteRetriever(fixture('../../resources/sample-faq.json'));
  const hotel = suiteRetriever(fixture('faq-hotel.json'));
  const garage = suiteRetriever(fixture('faq-garage.json'));

  const faqs = { salon, dental };
  it.each([
    ['salon', 'can I just show up or do I need to schedule first', 'book-appointment', 'booking'],
    ['salon', 'Are you guys working during Chinese New Year?', 'location-hours', 'hours-address'],
    ['dental', 'is amex ok', 'en-payment', 'payment-methods'],
    ['dental', 'my teeth are crooked, what would it cost to straighten them', 'en-orthodontics', 'orthodontics'],
  ] as const)('%s: "%s" → %s, its Chinese twin %s next', (faq, question, ref, twin) => {
    const refs = faqs[faq]().retrieve(question).hits.map((hit) => hit.ref);
    expect(refs[0]).toBe(ref);
    expect(refs[1]).toBe(twin);
  });

  it('answers from the twin in the customer’s language though the other one explains twice as much', () => {
    // 保养 and 临时有事 are lexicon concepts the English entries' wording lacks: the Chinese twin explains more.
    expect(garage().retrieve('I want to bring my BMW in on Friday for a check-up, how do I reserve a slot?').hits[0]?.ref).toBe('book-service');
  });

  it('keeps the other-language entry when the question’s own words are only there', () => {
    // login-problem (zh) and password-reset (en) are twins, but only the Chinese entry speaks of a verification code.
    expect(shop().retrieve("I'm not getting the login verification code").hits[0]?.ref).toBe('login-problem');
  });

  it('answers a topic only the other language covers from that entry', () => {
    expect(hotel().retrieve('房间里有保险箱吗？').hits[0]?.ref).toBe('in-room-safe');
  });
});

// A bilingual FAQ answers each topic twice: the twin ranking right behind the top hit is the same answer, not a
// second topic the question might be about, and must not cost the answer its clarity.
describe('Retriever: a twin is no rival', () => {
  const entry = (ref: string, lang: 'zh' | 'en', question: string, paraphrases: string[], answer: string): FaqDraft => ({ ref, lang, category: '', tags: [], question, paraphrases, answer });
  const retriever = suiteRetriever([
    entry('location', 'zh', '你们在哪里？怎么停车？', ['地址在哪？', '有停车场吗？'], '我们在人民路88号二楼，楼下有免费停车位。'),
    entry('booking', 'zh', '怎么预约排练房？', ['可以提前订房吗？'], '在小程序选择时间段下单即可。'),
    entry('location-en', 'en', 'Where are you? Where can I park?', ['What is your address?', 'Is there parking?'], 'We are at 88 Renmin Road, 2nd floor, with free parking downstairs.'),
    entry('booking-en', 'en', 'How do I book a rehearsal room?', ['Can I reserve a room in advance?'], 'Pick a time slot in the mini program and place the order.'),
  ]);

  it('measures the lead of the top hit over the next entry on another topic', () => {
    const retrieval = retriever().retrieve('车停哪');
    expect(retrieval.hits.map((hit) => hit.ref).slice(0, 2)).toEqual(['location', 'location-en']);
    expect(retrieval.signals?.margin).toBeGreaterThanOrEqual(0.15);
    expect(retrieval.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('Retriever: twins follow edits', () => {
  let kb: TempKb | undefined;
  afterEach(() => kb?.dispose());

  it('finds a twin added after the question was first answered', () => {
    const entries = (JSON.parse(readFileSync(fixture('faq-salon.json'), 'utf8')) as { entries: FaqDraft[] }).entries;
    const english = entries.find((entry) => entry.ref === 'book-appointment')!;
    kb = openTempKb();
    kb.repo.createMany(entries.filter((entry) => entry !== english));
    const retriever = new Retriever(faqKnowledge(kb.repo));
    const question = 'can I just show up or do I need to schedule first';
    expect(retriever.retrieve(question).hits[0]?.ref).toBe('booking');
    kb.repo.create(english);
    expect(retriever.retrieve(question).hits[0]?.ref).toBe('book-appointment');
  });
});
