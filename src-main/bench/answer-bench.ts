/**
 * `concierge bench answer --json` (or `npx tsx src-main/bench/answer-bench.ts [entries]`): the answer
 * pipeline's speed before generation, at 10,000 entries: the sample FAQ plus synthetic zh/en entries
 * (kb-bench's generator) in a fresh temporary data folder.
 *
 *   warmup_ms          the app's start: the text analyser prepares its thesaurus (≈80,000 groups, once per
 *                      process) and the ranker analyses every entry, in the background (Retriever.warm():
 *                      slices of index-warmup.ts's WARMUP_SLICE_MS that yield to the event loop)
 *   warmup_cpu_ms      its CPU time in this process
 *   warmup_stall_ms    the longest event-loop stall during the warm-up (perf_hooks monitorEventLoopDelay)
 *   index_build_ms     the same analysis of every entry done at once, as the first question on a cold index
 *                      would (thesaurus already prepared; a second retriever, dropped afterwards)
 *   index_build_stall_ms  the longest event-loop stall meanwhile: all of it
 *   encoder_load_ms    loading the sentence encoder (meaning-rerank.ts) in its worker thread, as the app does
 *                      (SentenceEncoderClient), in the background after the index's warm-up when the KB has
 *                      enabled English entries (else at the first English question under MEANING.leadGate); the
 *                      figures below use that worker too, so they include its messages
 *   meaning_warmup_ms  the app's next background step (MeaningRerank.warm()): embedding the enabled English
 *                      entries' texts (answers, questions, paraphrases) in id order, up to MEANING.cachedTexts
 *   meaning_warmup_cpu_ms, meaning_warmup_stall_ms  its CPU time, and the longest event-loop stall meanwhile
 *                      (the encoder's ONNX Runtime runs hold its worker's thread, not this one)
 *   meaning_warmed     how many texts it embedded, of the distinct texts of the enabled English entries (all
 *                      of them at 10,000 entries: the cache holds MEANING.cachedTexts)
 *   median_ms, p95_ms  per question once both warm-ups have ended (neither runs meanwhile): retrieval (FTS5
 *                      BM25 + the ranker over the in-memory index), the meaning re-rank of English questions
 *                      under MEANING.leadGate (their embedding, and their candidates' texts the warm-up left out:
 *                      none at 10,000 entries),
 *                      loading the top entries, and the decision (faq | generated | handoff; a
 *                      medium-confidence question takes the no-model path, quoting the closest answer)
 *   meaning_reranked   questions (of one round) the meaning re-rank re-ordered or gave a new top (an unchanged
 *                      order under MEANING.gate counts; a kept top from there to MEANING.leadGate does not), and
 *                      how many it changed the top of
 *   cpu_median_ms …    the same per question in CPU time of this process, all its threads (the encoder's worker
 *                      included): what the latency would be on an idle machine; the wall-clock figures include
 *                      waiting for a busy CPU
 *   reindex_one_ms     the next question after one entry changed (only that entry is analysed again)
 * Questions are the eval and tuning sets' customer wordings, in scope and off-topic, in both languages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { decide } from '../assistant/decide.ts';
import { faqKnowledge } from '../assistant/faq-knowledge.ts';
import { entryTexts, MeaningRerank, type SentenceEmbedder } from '../assistant/meaning-rerank.ts';
import { PROMPT_LIMITS } from '../assistant/prompt.ts';
import { Retriever } from '../assistant/retriever.ts';
import { SentenceEncoderClient } from '../assistant/sentence-encoder/sentence-encoder-client.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../assistant/settings.ts';
import type { BenchKind } from '../cli/commands/bench.ts';
import type { FaqDraft } from '../shared/api/faq.ts';
import { openDatabase } from '../store/database.ts';
import { FaqRepository } from '../store/faq-repository.ts';
import { syntheticEntries } from './kb-bench.ts';
import { percentile } from './latency-summary.ts';

export interface AnswerBenchResult {
  entries: number;
  questions: number;
  index_build_ms: number;
  index_build_stall_ms: number;
  warmup_ms: number;
  warmup_cpu_ms: number;
  warmup_stall_ms: number;
  encoder_load_ms: number;
  meaning_warmup_ms: number;
  meaning_warmup_cpu_ms: number;
  meaning_warmup_stall_ms: number;
  meaning_warmed: { texts: number; of: number };
  median_ms: number;
  p95_ms: number;
  p99_ms: number;
  cpu_median_ms: number;
  cpu_p95_ms: number;
  reindex_one_ms: number;
  modes: Record<string, number>;
  meaning_reranked: { looked_at: number; top_changed: number };
}

const ROOT = new URL('../../', import.meta.url);
const QUESTION_FILES = ['eval-zh', 'eval-en', 'eval-tune-zh', 'eval-tune-en'];

function benchQuestions(): string[] {
  return QUESTION_FILES.flatMap((name) => {
    const file = new URL(`tests/fixtures/${name}.json`, ROOT);
    return (JSON.parse(readFileSync(file, 'utf8')) as { cases: { query: string }[] }).cases.map((c) => c.query);
  });
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Runs `work`: its wall-clock and CPU time, and the longest stall of the event loop meanwhile. */
async function measured(work: () => unknown): Promise<{ ms: number; cpuMs: number; stallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  // The monitor records from its second tick on: let it tick before the work (a synchronous one would pass unseen).
  await new Promise((resolve) => setTimeout(resolve, 5));
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await work();
  const cpu = process.cpuUsage(cpuStart);
  const ms = performance.now() - start;
  // A stall is recorded when the loop next turns and the monitor's timer fires late.
  await new Promise((resolve) => setTimeout(resolve, 5));
  delay.disable();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, stallMs: delay.max / 1e6 };
}

async function runAnswerBench({ entries = 10_000, rounds = 3 } = {}): Promise<AnswerBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-answer-bench-'));
  const db = openDatabase(dir);
  let encoder: SentenceEncoderClient | undefined;
  try {
    const faq = new FaqRepository(db);
    const sample = (JSON.parse(readFileSync(new URL('resources/sample-faq.json', ROOT), 'utf8')) as { entries: FaqDraft[] }).entries;
    faq.createMany([...sample, ...syntheticEntries(Math.max(0, entries - sample.length))]);
    const knowledge = faqKnowledge(faq);
    // The app's way: warm in the background; the questions below use this retriever.
    const retriever = new Retriever(knowledge);
    const warmup = await measured(() => retriever.warm());
    // A cold index built at once by the first question, for comparison (that index is then dropped).
    const build = await measured(() => new Retriever(knowledge).retrieve(benchQuestions()[0]));
    const encoderStart = performance.now();
    encoder = await SentenceEncoderClient.load();
    const encoderLoadMs = performance.now() - encoderStart;
    const loaded = encoder;
    let embedded = 0;
    const counted: SentenceEmbedder = { encode: (texts) => ((embedded += texts.length), loaded.encode(texts)) };
    const rerank = new MeaningRerank(async () => counted, (ids) => faq.getMany(ids));
    const english = faq.enabledIds('en');
    const meaningWarmup = await measured(() => rerank.warm(() => english));
    const meaningWarmed = { texts: embedded, of: new Set(faq.getMany(english).flatMap(entryTexts)).size };
    const reranked = { looked_at: 0, top_changed: 0 };
    const settings = DEFAULT_ANSWER_SETTINGS;
    const thresholds = { faq: settings.faqThreshold, generated: settings.generateThreshold };
    const modes: Record<string, number> = {};

    const answer = async (question: string, count = false) => {
      const words = retriever.retrieve(question);
      const retrieval = await rerank.apply(question, words);
      if (count && retrieval !== words) {
        reranked.looked_at++;
        if (retrieval.hits[0].id !== words.hits[0].id) reranked.top_changed++;
      }
      const top = faq.getMany(retrieval.hits.slice(0, PROMPT_LIMITS.contextEntries).map((hit) => hit.id));
      const decision = await decide({
        question,
        retrieval,
        entry: (id) => top.find((entry) => entry.id === id),
        history: [],
        thresholds,
        filter: settings,
        replaceUnfit: settings.replaceGarbledDrafts,
        generate: null,
      });
      return decision.mode;
    };

    const questions = benchQuestions();
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const question of questions) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        const mode = await answer(question, round === 0);
        const cpu = process.cpuUsage(cpuStart);
        times.push(performance.now() - start);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
        if (round === 0) modes[mode] = (modes[mode] ?? 0) + 1;
      }
    }
    const at = (q: number) => percentile(times, q);
    const cpuAt = (q: number) => percentile(cpuTimes, q);

    const [first] = faq.all({ enabledOnly: true });
    faq.addParaphrase(first.id, 'A wording added from the review queue');
    const reindexStart = performance.now();
    await answer(questions[1]);
    const reindexMs = performance.now() - reindexStart;

    return {
      entries: faq.all().length,
      questions: questions.length,
      index_build_ms: Math.round(build.ms),
      index_build_stall_ms: Math.round(build.stallMs),
      warmup_ms: Math.round(warmup.ms),
      warmup_cpu_ms: Math.round(warmup.cpuMs),
      warmup_stall_ms: round(warmup.stallMs),
      encoder_load_ms: Math.round(encoderLoadMs),
      meaning_warmup_ms: Math.round(meaningWarmup.ms),
      meaning_warmup_cpu_ms: Math.round(meaningWarmup.cpuMs),
      meaning_warmup_stall_ms: round(meaningWarmup.stallMs),
      meaning_warmed: meaningWarmed,
      median_ms: round(at(0.5)),
      p95_ms: round(at(0.95)),
      p99_ms: round(at(0.99)),
      cpu_median_ms: round(cpuAt(0.5)),
      cpu_p95_ms: round(cpuAt(0.95)),
      reindex_one_ms: round(reindexMs),
      modes,
      meaning_reranked: reranked,
    };
  } finally {
    await encoder?.dispose();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const answerBench: BenchKind = {
  summary: 'retrieval + decision latency at 10,000 entries, before generation [--entries 10000]',
  options: { entries: { type: 'string' } },
  run: ({ values }) => runAnswerBench({ entries: values.entries === undefined ? 10_000 : Number(values.entries) }),
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runAnswerBench({ entries: Number(process.argv[2] ?? 10_000) }), null, 2));
}
