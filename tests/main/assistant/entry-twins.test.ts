// Twins: the same topic answered in both languages. A question matching the twin in the other language a little
// better is answered in the customer's own language; a topic only the other language covers still is answered.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryTwins } from '../../../src-main/assistant/entry-twins.ts';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import type { FaqRepository } from '../../../src-main/store/faq-repository.ts';
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
  const shares = (id: number) => new Map(Object.entries(rows[id] ?? {}).map(([other, share]) => [Number(other), share]));
  /** Each entry's row reads a name of its own and "shared". */
  const counterparts = (id: number) => ({ shares: shares(id), reads: [`own:${id}`, 'shared'] });

  it('pairs entries that are each the other’s closest match, both ways above the minimum', () => {
    const twins = new EntryTwins(counterparts);
    expect(twins.areTwins(1, 11)).toBe(true);
    expect(twins.areTwins(11, 1)).toBe(true);
    // 12 explains most of 2's questions, 2 only 0.3 of 12's: the weaker direction decides, so 2's twin is 13.
    expect(twins.areTwins(2, 12)).toBe(false);
    expect(twins.areTwins(2, 13)).toBe(true);
    expect(twins.areTwins(1, 12)).toBe(false);
  });

  it('asks for an entry’s counterparts once, and again only after a change to it or to a name its row read', () => {
    const asked: number[] = [];
    const twins = new EntryTwins((id) => (asked.push(id), counterparts(id)));
    const askedFor = (id: number) => asked.filter((other) => other === id).length;
    twins.areTwins(1, 11);
    twins.areTwins(11, 1);
    expect([askedFor(1), askedFor(11)]).toEqual([1, 1]);
    // Entry 11 changed, moving names only its own row read: 1's row is kept.
    twins.changed(11, ['own:11', 'elsewhere']);
    twins.areTwins(1, 11);
    expect([askedFor(1), askedFor(11)]).toEqual([1, 2]);
    // Entry 5 changed, moving a name both rows read.
    twins.changed(5, ['shared']);
    twins.areTwins(1, 11);
    expect([askedFor(1), askedFor(11)]).toEqual([2, 3]);
    // An entry changed: its own row goes, whatever names it moved.
    twins.changed(1, []);
    twins.areTwins(1, 11);
    expect([askedFor(1), askedFor(11)]).toEqual([3, 3]);
  });

  it('answers as a full recomputation does after entries are added, edited and removed', () => {
    // A model KB: an entry's questions are a few words; another-language entry explains the share of them it has.
    const words = 'refund delivery price hours booking parking wifi pets card cash late cancel'.split(' ');
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor((seed / 2 ** 31) * n));
    const kb = new Map<number, { lang: 'zh' | 'en'; words: Set<string> }>();
    const wordsOf = () => new Set(Array.from({ length: 1 + random(4) }, () => words[random(words.length)]));
    const counterpartsOf = (id: number) => {
      const entry = kb.get(id);
      const found = new Map<number, number>();
      if (!entry) return { shares: found, reads: [] };
      for (const [other, { lang, words: its }] of kb) {
        const shared = [...entry.words].filter((word) => its.has(word)).length;
        if (lang !== entry.lang && shared > 0) found.set(other, shared / entry.words.size);
      }
      return { shares: found, reads: entry.words };
    };
    const kept = new EntryTwins(counterpartsOf);
    const write = (id: number, entry: { lang: 'zh' | 'en'; words: Set<string> } | undefined) => {
      const moved = [...(kb.get(id)?.words ?? []), ...(entry?.words ?? [])];
      if (entry) kb.set(id, entry);
      else kb.delete(id);
      kept.changed(id, moved);
    };
    for (let id = 1; id <= 12; id++) write(id, { lang: id % 2 ? 'zh' : 'en', words: wordsOf() });
    const pairs = () => [...kb.keys()].flatMap((a) => [...kb.keys()].map((b) => [a, b]));
    let twinPairs = 0;
    for (let step = 0; step < 200; step++) {
      const id = 1 + random(16);
      const op = random(3);
      if (op === 0) write(id, undefined);
      else write(id, { lang: kb.get(id)?.lang ?? (random(2) ? 'zh' : 'en'), words: wordsOf() });
      const fresh = new EntryTwins(counterpartsOf);
      const expected = pairs().filter(([a, b]) => fresh.areTwins(a, b));
      expect([step, pairs().filter(([a, b]) => kept.areTwins(a, b))]).toEqual([step, expected]);
      twinPairs += expected.length;
    }
    // The model has twins to find, not only pairs that are none.
    expect(twinPairs).toBeGreaterThan(100);
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

  it('answers every question as a retriever built afresh does, after entries are added, edited and removed', () => {
    const salon = (JSON.parse(readFileSync(fixture('faq-salon.json'), 'utf8')) as { entries: FaqDraft[] }).entries;
    const questions = ['eval-salon-en.json', 'eval-salon-zh.json'].flatMap((name) => (JSON.parse(readFileSync(fixture(name), 'utf8')) as { cases: { query: string }[] }).cases.map((c) => c.query));
    const held = new Set(['book-appointment', 'hours-address']);
    kb = openTempKb();
    kb.repo.createMany(salon.filter((entry) => !held.has(entry.ref ?? '')));
    // Kept across the edits: its twins' rows were found before them.
    const kept = new Retriever(faqKnowledge(kb.repo));
    const answers = (retriever: Retriever) => questions.map((question) => {
      const { hits, confidence } = retriever.retrieve(question);
      return [question, hits.slice(0, 3).map((hit) => hit.ref), confidence];
    });
    answers(kept);
    const idOf = (repo: FaqRepository, ref: string) => repo.all().find((entry) => entry.ref === ref)!.id;
    const edits: [string, (repo: FaqRepository) => unknown][] = [
      ['two entries added', (repo) => repo.createMany(salon.filter((entry) => held.has(entry.ref ?? '')))],
      ['a question reworded', (repo) => repo.update({ id: idOf(repo, 'booking'), question: '要不要提前约时间？可以直接过来吗？' })],
      ['a wording added', (repo) => repo.addParaphrase(idOf(repo, 'location-hours'), 'what time do you close on sundays')],
      ['an answer rewritten', (repo) => repo.update({ id: idOf(repo, 'location-hours'), answer: 'Open 10:00–21:00 every day, closed on the first day of Chinese New Year; book online or just walk in.' })],
      ['a language corrected', (repo) => repo.update({ id: idOf(repo, 'location-hours'), lang: 'zh' })],
      ['an entry removed', (repo) => repo.remove([idOf(repo, 'book-appointment')])],
    ];
    // Every entry's row, exactly, and the pairs of twins, as each retriever's twins have them (private: questions
    // raise only a few pairs, and a row can be stale without changing who pairs with whom in one KB).
    const twinsOf = (retriever: Retriever) => (retriever as unknown as { twins: EntryTwins }).twins;
    const rows = (retriever: Retriever) => kb!.repo.all().map((entry) => [entry.ref, [...twinsOf(retriever).shares(entry.id)].sort((a, b) => a[0] - b[0])]);
    const pairs = (retriever: Retriever) => {
      const entries = kb!.repo.all();
      return entries.flatMap((a) => entries.filter((b) => b.lang !== a.lang && twinsOf(retriever).areTwins(a.id, b.id)).map((b) => `${a.ref}~${b.ref}`));
    };
    rows(kept);
    for (const [edit, apply] of edits) {
      apply(kb.repo);
      const fresh = new Retriever(faqKnowledge(kb.repo));
      expect([edit, answers(kept)]).toEqual([edit, answers(fresh)]);
      expect([edit, rows(kept)]).toEqual([edit, rows(fresh)]);
      expect([edit, pairs(kept)]).toEqual([edit, pairs(fresh)]);
    }
  });

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
