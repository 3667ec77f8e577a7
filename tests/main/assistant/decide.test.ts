import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_FILTER } from '../../../src-main/assistant/content-filter.ts';
import { decide, GARBLED_DRAFT, type DecideInput, type Generate } from '../../../src-main/assistant/decide.ts';
import { UNGROUNDED_DRAFT } from '../../../src-main/assistant/draft-grounding.ts';
import { handoffMessage } from '../../../src-main/assistant/messages.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import { CancelledError } from '../../../src-main/shared/errors.ts';
import { listSource, sampleEntries } from './sample-kb.ts';

const entries = sampleEntries();
const retriever = new Retriever(listSource(entries));
const thresholds = { faq: 0.65, generated: 0.4 };

function input(question: string, extra: Partial<DecideInput> = {}): DecideInput {
  return {
    question,
    retrieval: retriever.retrieve(question),
    entry: (id) => entries.find((entry) => entry.id === id),
    history: [],
    thresholds,
    filter: DEFAULT_CONTENT_FILTER,
    replaceUnfit: true,
    ...extra,
  };
}

/** A generator that streams `pieces` one by one, as the inference worker does, and stops when aborted. */
function scripted(pieces: string[], model = 'test-model'): Generate & { prompts: string[] } {
  const prompts: string[] = [];
  const generate = async ({ prompt, onToken, signal }: Parameters<Generate>[0]) => {
    prompts.push(prompt);
    let text = '';
    for (const piece of pieces) {
      if (signal?.aborted) return { text, model, cancelled: true };
      onToken(piece);
      text += piece;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return { text, model };
  };
  return Object.assign(generate, { prompts });
}

const refOf = (id: number) => entries.find((entry) => entry.id === id)?.ref;

describe('decide()', () => {
  it('gives the curated answer verbatim, citing its entry, when confident', async () => {
    const decision = await decide(input('How do I stop the newsletter?'));
    expect(decision.mode).toBe('faq');
    expect(decision.text).toBe(entries.find((e) => e.ref === 'newsletter-unsubscribe')!.answer);
    expect(decision.sources.map((s) => s.ref)).toEqual(['newsletter-unsubscribe']);
    expect(decision.model).toBeNull();
  });

  it('generates a draft from the top entries at medium confidence and streams it', async () => {
    const question = 'My toaster is broken after a month';
    const retrieval = retriever.retrieve(question);
    expect(retrieval.confidence).toBeGreaterThanOrEqual(thresholds.generated);
    expect(retrieval.confidence).toBeLessThan(thresholds.faq);
    const generate = scripted([' Electronics', ' have a 1-year', ' warranty', '.\nCustomer: thanks']);
    const streamed: string[] = [];
    const decision = await decide(input(question, { retrieval, generate, onToken: (t) => streamed.push(t) }));
    expect(decision).toMatchObject({ mode: 'generated', text: 'Electronics have a 1-year warranty.', model: 'test-model' });
    expect(streamed.join('')).toBe(decision.text);
    expect(refOf(decision.sources[0].id)).toBe('warranty');
    expect(generate.prompts[0]).toContain('Q: What does the warranty cover?');
    expect(generate.prompts[0].endsWith(`Customer: ${question}\nAgent:`)).toBe(true);
  });

  it('hands off politely in the customer language when nothing fits', async () => {
    const zh = await decide(input('今天天气怎么样？'));
    const en = await decide(input('Write me a poem about the sea'));
    expect(zh).toMatchObject({ mode: 'handoff', text: handoffMessage('zh'), handoffReason: 'low-confidence' });
    expect(en).toMatchObject({ mode: 'handoff', text: handoffMessage('en'), handoffReason: 'low-confidence' });
  });

  it('obeys a forced mode whatever the confidence', async () => {
    const question = 'How do I stop the newsletter?';
    expect((await decide(input(question, { forceMode: 'handoff' }))).handoffReason).toBe('forced');
    const generate = scripted([' Click "Unsubscribe" in any newsletter.']);
    const draft = await decide(input(question, { forceMode: 'generated', generate }));
    expect(draft).toMatchObject({ mode: 'generated', text: 'Click "Unsubscribe" in any newsletter.', model: 'test-model' });
    const faq = await decide(input('My toaster is broken after a month', { forceMode: 'faq' }));
    expect(faq.mode).toBe('faq');
  });

  it('quotes the closest answer as a draft when no model is available', async () => {
    const decision = await decide(input('My toaster is broken after a month', { generate: null }));
    expect(decision.mode).toBe('generated');
    expect(decision.model).toBeNull();
    expect(decision.text).toContain(entries.find((e) => e.ref === 'warranty')!.answer);
  });

  it('says a quoted draft exists only in the other language when its entry has no twin in the customer\'s', async () => {
    const englishOnly = [{ ...entries.find((e) => e.ref === 'warranty')!, id: 1, lang: 'en' as const }];
    const question = '烤面包机坏了 warranty 怎么办';
    const only = { entry: (id: number) => englishOnly.find((e) => e.id === id), retrieval: new Retriever(listSource(englishOnly)).retrieve(question) };
    const decision = await decide(input(question, { ...only, generate: null, forceMode: 'generated' }));
    expect(decision).toMatchObject({ mode: 'generated', lang: 'zh' });
    expect(decision.text).toContain('只有英文版本');
    expect(decision.text).toContain(englishOnly[0].answer);

    const same = await decide(input('My toaster is broken after a month', { generate: null }));
    expect(same.text).not.toContain('only available');
  });

  it('hands off a draft that names a price the FAQ does not state, and says why', async () => {
    const generate = scripted([' The warranty', ' costs $', '4', '9 extra.']);
    const streamed: string[] = [];
    const decision = await decide(
      input('My toaster is broken after a month', { generate, onToken: (t) => streamed.push(t), forceMode: 'generated' }),
    );
    expect(decision).toMatchObject({ mode: 'handoff', handoffReason: 'filtered' });
    expect(decision.detail).toContain('$49');
    expect(streamed.join('')).not.toContain('$');
  });

  it('hands off a draft with a competitor name or profanity', async () => {
    for (const pieces of [[' Buy it on Ama', 'zon instead.'], [' 去淘宝', '买吧'], [' What the f', 'uck']]) {
      const decision = await decide(input('Do you sell gift cards?', { generate: scripted(pieces), forceMode: 'generated' }));
      expect(decision.handoffReason).toBe('filtered');
    }
  });

  it('quotes the closest answer instead of a draft that is not text, and logs why', async () => {
    // A small model can write byte sequences that are not UTF-8; they decode as U+FFFD.
    const pieces = [' The warranty', ' covers', ' \uFFFD\uFFFD', ' one year.'];
    const streamed: string[] = [];
    const decision = await decide(
      input('My toaster is broken after a month', { generate: scripted(pieces), onToken: (t) => streamed.push(t), forceMode: 'generated' }),
    );
    expect(decision).toMatchObject({ mode: 'generated', model: null, handoffReason: null, detail: GARBLED_DRAFT });
    expect(decision.text).toContain(entries.find((e) => e.ref === 'warranty')!.answer);
    expect(streamed.join('')).not.toContain('\uFFFD');

    // Turned off (Settings), the model's draft stands as written.
    const kept = await decide(input('My toaster is broken after a month', { generate: scripted(pieces), forceMode: 'generated', replaceUnfit: false }));
    expect(kept).toMatchObject({ mode: 'generated', model: 'test-model', text: 'The warranty covers \uFFFD\uFFFD one year.' });
  });

  it('quotes the closest answer instead of a fluent draft its cited answers do not support, and logs why', async () => {
    // What the starter model wrote for a broken toaster: FAQ words, but from the restock and opening-hours entries.
    const pieces = [' Click "Notify', ' me" on', ' Sundays and', ' public holidays.'];
    const streamed: string[] = [];
    const question = 'My toaster is broken after a month';
    const decision = await decide(input(question, { generate: scripted(pieces), onToken: (t) => streamed.push(t), forceMode: 'generated' }));
    const warranty = entries.find((e) => e.ref === 'warranty')!;
    expect(decision).toMatchObject({ mode: 'generated', model: null, handoffReason: null, text: expect.stringContaining(warranty.answer) });
    expect(decision.text).toContain(`"${warranty.question}"`);
    expect(decision.detail).toMatch(new RegExp(`^${UNGROUNDED_DRAFT} \\(0 % of its content words found; not found: click, notifi`));
    expect(decision.sources.map((s) => s.ref)).toEqual(['warranty']);
    // Only the whole draft can be judged: its start streamed, and the final message replaces it.
    expect(streamed.join('')).not.toBe('');
    expect('Click "Notify me" on Sundays and public holidays.'.startsWith(streamed.join(''))).toBe(true);

    // Turned off (Settings), the model's draft stands as written.
    const kept = await decide(input(question, { generate: scripted(pieces), forceMode: 'generated', replaceUnfit: false }));
    expect(kept).toMatchObject({ mode: 'generated', model: 'test-model', text: 'Click "Notify me" on Sundays and public holidays.', detail: null });
  });

  it('keeps a draft in either language that says what its cited answers say', async () => {
    const en = await decide(input('Can I collect my order from your shop?', {
      generate: scripted([' Yes, choose', ' "Pick up at showroom"', ' at checkout; pickup is free.']),
      forceMode: 'generated',
    }));
    expect(en).toMatchObject({ mode: 'generated', model: 'test-model', text: 'Yes, choose "Pick up at showroom" at checkout; pickup is free.', detail: null });
    const zh = await decide(input('买的东西不喜欢能退吗？', {
      generate: scripted([' 签收后30天内，', '商品未使用、吊牌完好', '就可以退货。']),
      forceMode: 'generated',
    }));
    expect(zh).toMatchObject({ mode: 'generated', model: 'test-model', text: '签收后30天内，商品未使用、吊牌完好就可以退货。', detail: null });
  });

  it('hands off when the model fails mid-generation, keeping the error', async () => {
    const failing: Generate = async ({ onToken }) => {
      onToken(' Electronics come');
      throw new Error('ONNX Runtime: out of memory');
    };
    const decision = await decide(input('Do you sell gift cards?', { generate: failing, forceMode: 'generated' }));
    expect(decision).toMatchObject({ mode: 'handoff', handoffReason: 'generation-failed', detail: 'ONNX Runtime: out of memory' });
  });

  it('keeps the partial draft, marked interrupted, when the customer stops it', async () => {
    const stop = new AbortController();
    const pieces = Array.from({ length: 200 }, (_, i) => ` word${i}`);
    const generate = scripted(pieces);
    const streamed: string[] = [];
    const decision = await decide(
      input('Do you sell gift cards?', {
        generate,
        forceMode: 'generated',
        signal: stop.signal,
        onToken: (t) => {
          streamed.push(t);
          if (streamed.length === 3) stop.abort();
        },
      }),
    );
    expect(decision.interrupted).toBe(true);
    expect(decision.mode).toBe('generated');
    expect(decision.text.startsWith('word0 word1')).toBe(true);
    expect(decision.text.split(' ').length).toBeLessThan(200);
    expect(streamed.join('')).toBe(decision.text);
  });

  it('treats a CancelledError from the worker as a stop, not a failure', async () => {
    const stop = new AbortController();
    const generate: Generate = async ({ onToken }) => {
      onToken(' Gift cards are sold online.');
      stop.abort();
      throw new CancelledError();
    };
    const decision = await decide(input('Do you sell gift cards?', { generate, forceMode: 'generated', signal: stop.signal }));
    expect(decision).toMatchObject({ mode: 'generated', interrupted: true, text: 'Gift cards are sold online.' });
  });

  it('hands off with no-match when a mode is forced on an empty knowledge base', async () => {
    const empty = new Retriever(listSource([]));
    const decision = await decide({ ...input('refund?'), retrieval: empty.retrieve('refund?'), forceMode: 'faq' });
    expect(decision).toMatchObject({ mode: 'handoff', handoffReason: 'no-match', sources: [] });
  });
});
