import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { Retriever, type KnowledgeSource } from '../../../src-main/assistant/retriever.ts';
import { syntheticEntries } from '../../../src-main/bench/kb-bench.ts';
import type { FaqRepository } from '../../../src-main/store/faq-repository.ts';
import { sampleDatabase } from './sample-kb.ts';

/** Customer wordings from the eval sets (both languages, in scope and off-topic) and a few of the synthetic entries' questions. */
function questions(faq: FaqRepository): string[] {
  const evalSet = (name: string) =>
    (JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), 'utf8')) as { cases: { query: string }[] }).cases
      .slice(0, 30)
      .map((c) => c.query);
  const synthetic = faq.all({ enabledOnly: true }).filter((entry) => entry.ref?.startsWith('bench-')).slice(-5);
  return [...evalSet('eval-en'), ...evalSet('eval-zh'), ...synthetic.map((entry) => entry.question)];
}

/** The knowledge base's source, counting the batches of entries the index loads. */
function countingSource(faq: FaqRepository, onLoad: (batch: number) => void = () => {}): KnowledgeSource & { loads(): number } {
  const source = faqKnowledge(faq);
  let loads = 0;
  return { ...source, load: (ids) => (onLoad(++loads), source.load(ids)), loads: () => loads };
}

/** Counts turns of the event loop until stopped. */
function tickCounter(onTick: () => void = () => {}) {
  let ticks = 0;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    ticks++;
    onTick();
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => void (stopped = true),
    get ticks() {
      return ticks;
    },
  };
}

let kb: ReturnType<typeof sampleDatabase> | undefined;
afterEach(() => {
  kb?.close();
  kb = undefined;
});

/** The sample FAQ (ids 1–32) and `extra` synthetic entries in a real SQLite file. */
function knowledgeBase(extra: number) {
  kb = sampleDatabase();
  kb.faq.createMany(syntheticEntries(extra));
  return kb.faq;
}

describe('Retriever', () => {
  describe('warm()', () => {
    it('gives exactly the results of a synchronous build', async () => {
      const faq = knowledgeBase(400);
      const warmed = new Retriever(faqKnowledge(faq));
      await warmed.warm();
      const built = new Retriever(faqKnowledge(faq));
      const asked = questions(faq);
      for (const question of asked) expect(warmed.retrieve(question), question).toEqual(built.retrieve(question));
      // Follow-ups read in context use the same index.
      const history = ['How long does shipping take?'];
      expect(warmed.retrieve('And to Canada?', { history })).toEqual(built.retrieve('And to Canada?', { history }));
      expect(asked.length).toBeGreaterThan(60);
    });

    it('picks up entries edited and deleted while it runs', async () => {
      const faq = knowledgeBase(600);
      const [edited, deleted] = ['invoice', 'warranty'].map((ref) => faq.all().find((entry) => entry.ref === ref)!);
      let loadsAtEdit = 0;
      // The edit lands between two slices, after the sample entries (the first batch) were analysed.
      const source = countingSource(faq, (batch) => {
        if (batch !== 2) return;
        setImmediate(() => {
          loadsAtEdit = source.loads();
          faq.update({ id: edited.id, question: 'Can you gift-wrap a zebra plush toy?', paraphrases: [] });
          faq.remove([deleted.id]);
        });
      });
      const retriever = new Retriever(source);
      const batches = Math.ceil(faq.all({ enabledOnly: true }).length / 100);
      await retriever.warm();
      expect(loadsAtEdit).toBeGreaterThan(1);
      expect(loadsAtEdit).toBeLessThan(batches);

      const zebra = retriever.retrieve('zebra plush toy');
      expect(zebra.hits[0]).toMatchObject({ id: edited.id, question: 'Can you gift-wrap a zebra plush toy?' });
      expect(retriever.retrieve(edited.question).hits.map((hit) => hit.question)).not.toContain(edited.question);
      expect(retriever.retrieve(deleted.question).hits.map((hit) => hit.id)).not.toContain(deleted.id);
      // And nothing else differs from an index built after the edits.
      const fresh = new Retriever(faqKnowledge(faq));
      for (const question of questions(faq)) expect(retriever.retrieve(question), question).toEqual(fresh.retrieve(question));
    });

    it('keeps the event loop turning while it analyses a large knowledge base', async () => {
      const faq = knowledgeBase(1500);
      const source = countingSource(faq);
      const batches = Math.ceil(faq.all({ enabledOnly: true }).length / 100);
      // Turns of the event loop seen after the first batch of entries was loaded and before the last one was.
      let midway = 0;
      const counter = tickCounter(() => {
        if (source.loads() > 0 && source.loads() < batches) midway++;
      });
      await new Retriever(source).warm();
      counter.stop();
      expect(source.loads()).toBe(batches);
      expect(midway).toBeGreaterThan(0);
      expect(counter.ticks).toBeGreaterThan(midway);
    });

    it('shares one warm-up between callers and finishes a sync itself when retrieve() is called in the middle', async () => {
      const faq = knowledgeBase(300);
      const source = countingSource(faq);
      const retriever = new Retriever(source);
      const first = retriever.warm();
      const second = retriever.warm();
      expect(second).toBe(first);
      await new Promise((resolve) => setImmediate(resolve));
      const during = retriever.retrieve('How do I stop the newsletter?');
      await Promise.all([first, second]);
      expect(source.loads()).toBe(Math.ceil(faq.all({ enabledOnly: true }).length / 100));
      expect(during).toEqual(new Retriever(faqKnowledge(faq)).retrieve('How do I stop the newsletter?'));
      expect(during.hits[0]?.ref).toBe('newsletter-unsubscribe');
    });
  });
});
