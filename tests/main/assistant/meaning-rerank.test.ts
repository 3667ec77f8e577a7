import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { entryTexts, MEANING, MeaningRerank, type SentenceEmbedder } from '../../../src-main/assistant/meaning-rerank.ts';
import { Retriever, type Retrieval } from '../../../src-main/assistant/retriever.ts';
import { SentenceEncoder } from '../../../src-main/assistant/sentence-encoder/sentence-encoder.ts';
import { syntheticEntries } from '../../../src-main/bench/kb-bench.ts';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { detectEntryLang } from '../../../src-main/store/faq-repository.ts';
import { openTempKb, type TempKb } from '../store/temp-kb.ts';

const SAMPLE = new URL('../../../resources/sample-faq.json', import.meta.url);
const COWORKING = new URL('../../fixtures/faq-blind14-t.json', import.meta.url);

/** The real encoder, with the texts it was asked to encode counted. */
class CountingEmbedder implements SentenceEmbedder {
  texts: string[] = [];
  constructor(private readonly encoder: SentenceEncoder) {}
  encode(texts: readonly string[]) {
    this.texts.push(...texts);
    return this.encoder.encode(texts);
  }
}

let encoder: SentenceEncoder;
beforeAll(async () => {
  encoder = await SentenceEncoder.load();
});
afterAll(() => encoder?.dispose());

function openKb(file: URL) {
  const kb = openTempKb();
  kb.repo.createMany((JSON.parse(readFileSync(file, 'utf8')) as { entries: FaqDraft[] }).entries);
  return kb;
}

/** The sample FAQ and its word ranker, read (never changed) by the suites below. */
let shop: TempKb;
let retriever: Retriever;
beforeAll(() => {
  shop = openKb(SAMPLE);
  retriever = new Retriever(faqKnowledge(shop.repo));
});
afterAll(() => shop?.dispose());

describe('MeaningRerank', () => {
  const rerankOver = (kb: TempKb, embedder: SentenceEmbedder | null = encoder, cachedTexts?: number) =>
    new MeaningRerank(async () => embedder, (ids) => kb.repo.getMany(ids), cachedTexts);

  /** An unsure English question the words answer from another entry than `ref`: meaning puts `ref` first, same confidence. */
  async function expectMeaningPicks(question: string, ref: string) {
    const words = retriever.retrieve(question);
    expect(words.confidence).toBeLessThan(MEANING.gate);
    expect(words.hits[0].ref).not.toBe(ref);
    const meant = await rerankOver(shop).apply(question, words);
    expect(meant.hits[0].ref).toBe(ref);
    expect(meant.confidence).toBe(words.confidence);
    expect(new Set(meant.hits.map((hit) => hit.id))).toEqual(new Set(words.hits.map((hit) => hit.id)));
    expectMarkedByMeaning(words, meant);
  }

  /** Each hit placed above where the words ranked it is marked `byMeaning` (its score may be lower than a later hit's), and no other. */
  function expectMarkedByMeaning(words: Retrieval, meant: Retrieval) {
    const byWords = words.hits.map((hit) => hit.id);
    const marked = meant.hits.flatMap((hit) => (hit.byMeaning ? [hit.ref] : []));
    expect(marked).toEqual(meant.hits.filter((hit, rank) => rank < byWords.indexOf(hit.id)).map((hit) => hit.ref));
    expect(marked).toContain(meant.hits[0].ref);
  }

  it('puts the entry that means what an unsure English question asks first, keeping the confidence', async () => {
    await expectMeaningPicks("I don't want the weekly deals email anymore", 'newsletter-unsubscribe');
  });

  it('leaves a sure answer, a Chinese question and a follow-up to the word ranker', async () => {
    const rerank = rerankOver(shop);
    const sure = retriever.retrieve('How do I return an item?');
    expect(sure.confidence).toBeGreaterThanOrEqual(MEANING.leadGate);
    expect(await rerank.apply('How do I return an item?', sure)).toBe(sure);

    const chinese = retriever.retrieve('你们店里有猫吗');
    expect(chinese.confidence).toBeLessThan(MEANING.gate);
    expect(await rerank.apply('你们店里有猫吗', chinese)).toBe(chinese);

    const unsure = retriever.retrieve("I don't want the weekly deals email anymore");
    const followUp: Retrieval = { ...unsure, usedContext: true };
    expect(await rerank.apply("I don't want the weekly deals email anymore", followUp)).toBe(followUp);
  });

  it('ranks by words alone when the encoder cannot load', async () => {
    const words = retriever.retrieve("I don't want the weekly deals email anymore");
    expect(await rerankOver(shop, null).apply("I don't want the weekly deals email anymore", words)).toBe(words);
  });

  it('weighs what an entry answers as much as what its question says', async () => {
    // By the entries' questions and paraphrases alone the newsletter's came first ("I get too many emails from you");
    // the support entry's answer names every way to reach the shop.
    await expectMeaningPicks("What's the best way to get in touch with you?", 'contact-us');
  });

  it("gives a fairly sure top up only to a candidate that means the question far better", async () => {
    const question = "My Visa got bounced three times tonight, what's going on?";
    const words = retriever.retrieve(question);
    expect(words.confidence).toBeGreaterThanOrEqual(MEANING.gate);
    expect(words.confidence).toBeLessThan(MEANING.leadGate);
    expect(words.hits[0].ref).not.toBe('payment-declined');

    const meant = await rerankOver(shop).apply(question, words);
    expect(meant.hits[0].ref).toBe('payment-declined');
    const others = words.hits.filter((hit) => hit.ref !== 'payment-declined');
    expect(meant.hits.slice(1).map((hit) => hit.id)).toEqual(others.map((hit) => hit.id));
    expect(meant.confidence).toBe(words.confidence);
    expect(meant.hits.filter((hit) => hit.byMeaning).map((hit) => hit.ref)).toEqual(['payment-declined']);

    // Another candidate means this a little more than the warranty does (an encoder's margin, not a clear lead).
    const close = 'Is there a guarantee included with the blender, and for how long?';
    const sure = retriever.retrieve(close);
    expect(sure.confidence).toBeGreaterThanOrEqual(MEANING.gate);
    expect(sure.confidence).toBeLessThan(MEANING.leadGate);
    expect(sure.hits[0].ref).toBe('warranty');
    expect(await rerankOver(shop).apply(close, sure)).toBe(sure);
  });

  it('ranks by words alone when the loaded encoder fails on a question', async () => {
    const words = retriever.retrieve("I don't want the weekly deals email anymore");
    const failing: SentenceEmbedder = { encode: async () => Promise.reject(new Error('onnxruntime: session run failed')) };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await rerankOver(shop, failing).apply("I don't want the weekly deals email anymore", words)).toBe(words);
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
  });

  it('never lifts an entry in the other language over an English one', async () => {
    const coworking = openKb(COWORKING);
    try {
      const question = 'how long do you hold packages';
      const words = new Retriever(faqKnowledge(coworking.repo)).retrieve(question);
      expect(words.confidence).toBeLessThan(MEANING.gate);
      expect(words.hits.some((hit) => hit.lang === 'zh')).toBe(true);
      const meant = await rerankOver(coworking).apply(question, words);
      expect(meant.hits[0].lang).toBe('en');
      const firstChinese = meant.hits.findIndex((hit) => hit.lang === 'zh');
      const lastEnglish = meant.hits.slice(0, MEANING.candidates).findLastIndex((hit) => hit.lang === 'en');
      expect(firstChinese).toBeGreaterThanOrEqual(Math.min(lastEnglish, words.hits.findIndex((hit) => hit.lang === 'zh')));
    } finally {
      coworking.dispose();
    }
  });

  it('encodes an entry text once, until more texts than the cache holds push it out', async () => {
    const question = "I don't want the weekly deals email anymore";
    const words = retriever.retrieve(question);
    const english = words.hits.slice(0, MEANING.candidates).filter((hit) => hit.lang === 'en');
    const texts = shop.repo.getMany(english.map((hit) => hit.id)).flatMap((entry) => [entry.answer, entry.question, ...entry.paraphrases]);

    const counting = new CountingEmbedder(encoder);
    const cached = rerankOver(shop, counting);
    const first = await cached.apply(question, words);
    expect(counting.texts).toEqual([question, ...new Set(texts)]);
    counting.texts = [];
    const again = await cached.apply(question, words);
    expect(counting.texts).toEqual([question]);
    expect(again.hits.map((hit) => hit.id)).toEqual(first.hits.map((hit) => hit.id));

    const small = new CountingEmbedder(encoder);
    const smallCache = rerankOver(shop, small, 2);
    await smallCache.apply(question, words);
    small.texts = [];
    expect((await smallCache.apply(question, words)).hits.map((hit) => hit.id)).toEqual(first.hits.map((hit) => hit.id));
    expect(small.texts.length).toBe(1 + new Set(texts).size - 2);
  });
});

describe('MeaningRerank with questions in flight together', () => {
  /** Each text's vector: one axis a text; the question asks along the axis of `asks`. */
  const axes = ['refund', 'delivery', 'opening hours', 'gift cards'];
  const vectorOf = (text: string) => Float32Array.from(axes, (axis) => (text === axis || text.endsWith(`about ${axis}`) ? 1 : 0));
  /** An embedder whose runs wait until the test lets each go. */
  class HeldEmbedder implements SentenceEmbedder {
    readonly runs: { texts: readonly string[]; release: () => void }[] = [];
    hold = false;
    encode(texts: readonly string[]) {
      const vectors = texts.map(vectorOf);
      if (!this.hold) return Promise.resolve(vectors);
      return new Promise<Float32Array[]>((resolve) => this.runs.push({ texts, release: () => resolve(vectors) }));
    }
  }
  const entries = axes.map((question, i) => ({ id: i + 1, question, answer: `we answer about ${question}`, paraphrases: [] }));
  const unsure = (...ids: number[]): Retrieval => ({
    lang: 'en',
    hits: ids.map((id) => ({ id, ref: null, question: axes[id - 1], lang: 'en', score: 0.3, coverage: 0.3, explained: 1, tightness: 1 })),
    confidence: MEANING.gate / 2,
    usedContext: false,
    signals: null,
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('ranks a question by the embeddings it found cached, even when another question pushes them out meanwhile', async () => {
    const embedder = new HeldEmbedder();
    const rerank = new MeaningRerank(async () => embedder, (ids) => entries.filter((entry) => ids.includes(entry.id)), 4);
    await rerank.apply('a question about delivery', unsure(1, 2)); // caches the answers and questions of refund and delivery

    embedder.hold = true;
    const first = rerank.apply('a question about delivery', unsure(1, 2)); // only its own text to encode
    await settle();
    const second = rerank.apply('a question about gift cards', unsure(3, 4)); // evicts both cached texts
    await settle();
    expect(embedder.runs.map((run) => run.texts)).toEqual([
      ['a question about delivery'],
      ['a question about gift cards', 'we answer about opening hours', 'opening hours', 'we answer about gift cards', 'gift cards'],
    ]);
    embedder.runs[1].release();
    expect((await second).hits.map((hit) => hit.id)).toEqual([4, 3]);
    embedder.runs[0].release();
    expect((await first).hits.map((hit) => hit.id)).toEqual([2, 1]);
  });
});

describe('MeaningRerank.warm()', () => {
  const QUESTION = "I don't want the weekly deals email anymore";
  const englishTexts = (kb: TempKb) => [
    ...new Set(kb.repo.getMany(kb.repo.enabledIds('en')).flatMap((entry) => [entry.answer, entry.question, ...entry.paraphrases])),
  ];

  it("embeds the English entries' texts ahead, so an unsure question encodes only itself", async () => {
    const counting = new CountingEmbedder(encoder);
    const rerank = new MeaningRerank(async () => counting, (ids) => shop.repo.getMany(ids));
    await rerank.warm(() => shop.repo.enabledIds('en'));
    expect(counting.texts.sort()).toEqual(englishTexts(shop).sort());

    counting.texts = [];
    const words = retriever.retrieve(QUESTION);
    expect(words.confidence).toBeLessThan(MEANING.gate);
    expect((await rerank.apply(QUESTION, words)).hits[0].ref).toBe('newsletter-unsubscribe');
    expect(counting.texts).toEqual([QUESTION]);
  });

  it('never loads the encoder without English entries', async () => {
    let loaded = false;
    const rerank = new MeaningRerank(async () => ((loaded = true), encoder), (ids) => shop.repo.getMany(ids));
    await rerank.warm(() => []);
    expect(loaded).toBe(false);
  });

  it("keeps every English text of the answer bench's 10,000-entry knowledge base", () => {
    const drafts = [...(JSON.parse(readFileSync(SAMPLE, 'utf8')) as { entries: FaqDraft[] }).entries, ...syntheticEntries(10_000)];
    const english = drafts.filter((draft) => detectEntryLang(draft.question, draft.lang) === 'en');
    const texts = new Set(english.flatMap((draft) => entryTexts({ paraphrases: [], ...draft })));
    expect(texts.size).toBeGreaterThan(20_000);
    expect(texts.size).toBeLessThanOrEqual(MEANING.cachedTexts);
  });

  it('embeds only as many texts as the cache holds, the first entries first', async () => {
    const counting = new CountingEmbedder(encoder);
    const rerank = new MeaningRerank(async () => counting, (ids) => shop.repo.getMany(ids), 10);
    await rerank.warm(() => shop.repo.enabledIds('en'));
    expect(counting.texts.sort()).toEqual(englishTexts(shop).slice(0, 10).sort());
  });

  it('embeds what an edit changed on the next pass, and reads the entries again after a change during a pass', async () => {
    const kb = openKb(SAMPLE);
    try {
      const counting = new CountingEmbedder(encoder);
      const rerank = new MeaningRerank(async () => counting, (ids) => kb.repo.getMany(ids));
      const ids = () => kb.repo.enabledIds('en');
      await rerank.warm(ids);
      counting.texts = [];
      const [first, second] = kb.repo.getMany(ids());
      kb.repo.update({ id: first.id, answer: 'We close early on public holidays.' });
      await rerank.warm(ids);
      expect(counting.texts).toEqual(['We close early on public holidays.']);

      counting.texts = [];
      const pass = rerank.warm(ids);
      kb.repo.update({ id: second.id, answer: 'Parcels ship within a day.' });
      expect(rerank.warm(ids)).toBe(pass);
      await pass;
      expect(counting.texts).toEqual(['Parcels ship within a day.']);
    } finally {
      kb.dispose();
    }
  });

  it('lets a question asked during the warm-up encode before the warm-up goes on', async () => {
    const kb = openTempKb();
    try {
      kb.repo.createMany([
        ...(JSON.parse(readFileSync(SAMPLE, 'utf8')) as { entries: FaqDraft[] }).entries,
        ...syntheticEntries(400),
      ]);
      const calls: string[][] = [];
      const embedder: SentenceEmbedder = { encode: (texts) => (calls.push([...texts]), encoder.encode(texts)) };
      const rerank = new MeaningRerank(async () => embedder, (ids) => kb.repo.getMany(ids));
      const done: string[] = [];
      const warming = rerank.warm(() => kb.repo.enabledIds('en')).then(() => done.push('warm-up'));
      while (calls.length === 0) await new Promise((resolve) => setImmediate(resolve));

      const words = new Retriever(faqKnowledge(kb.repo)).retrieve(QUESTION);
      expect(words.confidence).toBeLessThan(MEANING.gate);
      await rerank.apply(QUESTION, words).then(() => done.push('question'));
      await warming;
      expect(done).toEqual(['question', 'warm-up']);
      // The question's encoding came right after the warm-up's first step, not after its last.
      expect(calls.findIndex((texts) => texts[0] === QUESTION)).toBe(1);
      expect(calls.length).toBeGreaterThan(20);
    } finally {
      kb.dispose();
    }
  });

  it('stops at close(), with no encoder run after it resolves', async () => {
    let running = 0;
    let afterClose = 0;
    let closed = false;
    const embedder: SentenceEmbedder = {
      encode: async (texts) => {
        if (closed) afterClose++;
        running++;
        try {
          return await encoder.encode(texts);
        } finally {
          running--;
        }
      },
    };
    const rerank = new MeaningRerank(async () => embedder, (ids) => shop.repo.getMany(ids));
    const warming = rerank.warm(() => shop.repo.enabledIds('en'));
    while (running === 0) await new Promise((resolve) => setImmediate(resolve));
    await rerank.close();
    closed = true;
    expect(running).toBe(0);
    await warming;
    expect(afterClose).toBe(0);
    expect(await rerank.warm(() => shop.repo.enabledIds('en'))).toBeUndefined();
    expect(afterClose).toBe(0);
  });
});
