import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { MEANING } from '../../../../src-main/assistant/meaning-rerank.ts';
import { ENCODER_RESTARTS, SentenceEncoderClient } from '../../../../src-main/assistant/sentence-encoder/sentence-encoder-client.ts';
import { ENCODER_LOAD_RETRY_MS } from '../../../../src-main/assistant/sentence-encoder/sentence-encoder-loader.ts';
import { createApp, type App } from '../../../../src-main/app/create-app.ts';
import { syntheticEntries } from '../../../../src-main/bench/kb-bench.ts';
import type { FaqDraft } from '../../../../src-main/shared/api/faq.ts';
import { CRASHABLE_ENCODER_WORKER, crashWorker } from '../../../helpers/crashable-encoder.ts';

/** The app's encoder (in its worker), recording the texts it encoded, the calls in progress and any call after it was disposed. */
class RecordingEncoder {
  texts: string[] = [];
  running = 0;
  disposed = false;
  callsAfterDispose = 0;
  constructor(readonly encoder: SentenceEncoderClient) {}
  get gaveUp() {
    return this.encoder.gaveUp;
  }
  onGaveUp(listener: () => void) {
    this.encoder.onGaveUp(listener);
  }
  async encode(texts: readonly string[]) {
    if (this.disposed) this.callsAfterDispose++;
    this.running++;
    try {
      const vectors = await this.encoder.encode(texts);
      this.texts.push(...texts);
      return vectors;
    } finally {
      this.running--;
    }
  }
  async dispose() {
    if (this.running > 0) this.callsAfterDispose++;
    this.disposed = true;
    await this.encoder.dispose();
  }
}

const SAMPLE = (JSON.parse(await readFile(new URL('../../../../resources/sample-faq.json', import.meta.url), 'utf8')) as {
  entries: FaqDraft[];
}).entries;
const QUESTION = "I don't want the weekly deals email anymore";

let dataDir: string;
let app: App;
let recording: RecordingEncoder | undefined;
const realLoad = SentenceEncoderClient.load.bind(SentenceEncoderClient);
let load: MockInstance<typeof SentenceEncoderClient.load>;

beforeEach(async () => {
  recording = undefined;
  load = vi
    .spyOn(SentenceEncoderClient, 'load')
    .mockImplementation(async () => (recording = new RecordingEncoder(await realLoad({}, CRASHABLE_ENCODER_WORKER))) as unknown as SentenceEncoderClient);
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-meaning-warmup-'));
  app = await createApp({ dataDir, seedSample: false, warmIndex: true });
});

afterEach(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Waits until a step of the warm-up is done and the next one is encoding. */
const warmUpEncoding = () =>
  vi.waitFor(() => expect(recording && recording.texts.length > 0 && recording.running > 0).toBe(true), {
    timeout: 30_000,
    interval: 2,
  });

const importEntries = (entries: FaqDraft[]) =>
  app.client.invoke('faq:import', { fileName: 'faq.jsonl', content: entries.map((entry) => JSON.stringify(entry)).join('\n') });

describe('the meaning warm-up of a long-lived app', () => {
  it("embeds the English entries' texts before any question, so an unsure one encodes only itself", async () => {
    await importEntries(SAMPLE);
    const english = new Set(SAMPLE.filter((entry) => entry.lang === 'en').flatMap((e) => [e.answer, e.question, ...(e.paraphrases ?? [])]));
    expect(english.size).toBeLessThan(MEANING.cachedTexts);
    await vi.waitFor(() => expect(recording?.texts.length).toBe(english.size), { timeout: 30_000, interval: 20 });
    expect(new Set(recording!.texts)).toEqual(english);

    recording!.texts = [];
    const { message } = await app.client.invoke('chat:send', { text: QUESTION });
    expect(message.sources[0].ref).toBe('newsletter-unsubscribe');
    expect(recording!.texts).toEqual([QUESTION]);
  });

  it('never loads the encoder for a Chinese-only knowledge base', async () => {
    await importEntries(SAMPLE.filter((entry) => entry.lang === 'zh'));
    // Answering waits for the index's warm-up, after which the meaning warm-up has looked for English entries.
    const { message } = await app.client.invoke('chat:send', { text: '怎么退货？' });
    expect(message.lang).toBe('zh');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(load).not.toHaveBeenCalled();
  });

  it('stops when the app closes mid-way, with no encoder run after its release and nothing left failing', async () => {
    const failures: unknown[] = [];
    const onRejection = (reason: unknown) => failures.push(reason);
    process.on('unhandledRejection', onRejection);
    const logged = vi.spyOn(console, 'error');
    try {
      await importEntries([...SAMPLE, ...syntheticEntries(400)]);
      await warmUpEncoding();
      await app.close();
      expect(recording!.disposed).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(recording!.callsAfterDispose).toBe(0);
      expect(logged).not.toHaveBeenCalled();
      expect(failures).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it("is tried again at the next KB change after the encoder's worker crashed during it", async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await importEntries([...SAMPLE, ...syntheticEntries(120)]);
    await warmUpEncoding();
    await crashWorker(recording!.encoder);
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('Embedding the English FAQ texts ahead of questions failed:', expect.anything()));

    const added = { question: 'Do you deliver to the moon base?', answer: 'Moon-base orders ship on the monthly rocket.', lang: 'en' as const };
    await app.client.invoke('faq:create', added);
    await vi.waitFor(() => expect(recording!.texts).toContain(added.question), { timeout: 30_000, interval: 20 });
    expect(recording!.texts).toContain(added.answer);
  });

  it('stops asking an encoder whose worker kept stopping, logging that once and saying so in app:info, and answers by words', async () => {
    await importEntries(SAMPLE);
    const english = new Set(SAMPLE.filter((entry) => entry.lang === 'en').flatMap((e) => [e.answer, e.question, ...(e.paraphrases ?? [])]));
    await vi.waitFor(() => expect(recording?.texts.length).toBe(english.size), { timeout: 30_000, interval: 20 });
    expect((await app.client.invoke('app:info', {})).meaning).toEqual({ state: 'ready', problem: null });
    // The worker stops, and so does each one started after it before it answers, until the client gives up.
    const client = recording!.encoder;
    await crashWorker(client);
    for (let restart = 1; restart <= ENCODER_RESTARTS; restart++) {
      const call = client.encode(['Hi']);
      await crashWorker(client);
      await expect(call).rejects.toThrow(/Sentence encoder worker stopped/);
    }
    expect(client.gaveUp).not.toBeNull();

    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const n of [1, 2, 3]) await app.client.invoke('faq:create', { question: `Do you deliver to moon base ${n}?`, answer: 'Monthly.', lang: 'en' });
    // By its words the contact page comes first; by meaning it would be the newsletter's unsubscribe.
    const { message } = await app.client.invoke('chat:send', { text: QUESTION });
    expect(message.sources.some((source) => source.byMeaning)).toBe(false);
    await vi.waitFor(() => expect(logged).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 300)); // the KB changes' warm-ups end meanwhile
    expect(logged).toHaveBeenCalledOnce();
    expect(logged.mock.calls[0][0]).toMatch(/not used again until Concierge restarts; English answers are ranked by their words alone/);
    expect((await app.client.invoke('app:info', {})).meaning).toEqual({
      state: 'unavailable',
      problem: expect.stringMatching(/^Sentence encoder worker stopped 3 times in a row, not started again/),
    });
  });

  it('loads the encoder again a while after its first load failed, without questions waiting for it, then warms it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Its files unreadable at the first load, as a folder being replaced would be.
    load.mockImplementationOnce(() => realLoad({ modelDir: '/nonexistent/sentence-encoder' }));
    await importEntries(SAMPLE);
    await vi.waitFor(async () => expect((await app.client.invoke('app:info', {})).meaning.state).toBe('retrying'), { timeout: 30_000, interval: 20 });
    expect(logged).toHaveBeenCalledOnce();
    expect(logged.mock.calls[0][0]).toMatch(/did not load; English answers are ranked by their words alone, and it is loaded again in 30 s/);
    expect((await app.client.invoke('app:info', {})).meaning.problem).toMatch(/nonexistent/);
    // Before the wait is over, neither a question nor a KB change loads it.
    expect((await app.client.invoke('chat:send', { text: QUESTION })).message.sources.some((source) => source.byMeaning)).toBe(false);
    await app.client.invoke('faq:create', { question: 'Do you deliver to the moon base?', answer: 'Monthly.', lang: 'en' });
    expect(load).toHaveBeenCalledOnce();

    const now = performance.now.bind(performance);
    vi.spyOn(performance, 'now').mockImplementation(() => now() + ENCODER_LOAD_RETRY_MS[0]);
    // The question that finds the wait over starts the load and is ranked by its words meanwhile.
    expect((await app.client.invoke('chat:send', { text: QUESTION })).message.sources.some((source) => source.byMeaning)).toBe(false);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(recording?.texts.length).toBeGreaterThan(0), { timeout: 30_000, interval: 20 });
    expect((await app.client.invoke('app:info', {})).meaning).toEqual({ state: 'ready', problem: null });
    const { message } = await app.client.invoke('chat:send', { text: QUESTION });
    expect(message.sources).toEqual([expect.objectContaining({ ref: 'newsletter-unsubscribe', byMeaning: true })]);
    expect(logged).toHaveBeenCalledOnce();
  });
});
