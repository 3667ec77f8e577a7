/**
 * Speed of the sentence encoder (src-main/assistant/sentence-encoder): per-question latency and indexing throughput.
 *
 *   npx tsx tests/bench/sentence-encoder-bench.ts [questions=500] [--json]
 *
 * Questions are 5–25 words drawn (seeded) from the model's own whole-word pieces, so they tokenize to about as many
 * tokens as words, like real questions. For each session setting (1 or 2 threads, spinning on or off):
 *   single    encode([q]) one at a time: median, p95 and mean ms (tokenizing included), after 50 warm-up calls,
 *             and the process's CPU ms per question (less sensitive than wall time to other load on the machine)
 *   batch     all questions by encode() in runs of 64: texts/s (median of the rounds), CPU ms per text
 * Settings take turns round by round so that other load on the machine hits them alike.
 */
import { SentenceEncoder } from '../../src-main/assistant/sentence-encoder/sentence-encoder.ts';
import { locateModelPackage, readVocabulary } from '../../src-main/assistant/sentence-encoder/model-package.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const count = Number(args.find((a) => !a.startsWith('--')) ?? 500);

const SETTINGS = [
  { name: '1 thread', threads: 1 },
  { name: '2 threads', threads: 2 },
] as const;

const vocabulary = await readVocabulary((await locateModelPackage()).dir);
const words = vocabulary.map(([piece]) => piece).filter((p) => /^\u2581[a-z]{3,}$/.test(p)).map((p) => p.slice(1));
let seed = 12345;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const questions = Array.from({ length: count }, () => {
  const n = 5 + Math.floor(random() * 21);
  const text = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}?`;
});

const encoders = await Promise.all(SETTINGS.map((s) => SentenceEncoder.load({ threads: s.threads })));
const tokens = questions.map((q) => encoders[0].tokenize(q).length);

const single: number[][] = SETTINGS.map(() => []);
const batchRates: number[][] = SETTINGS.map(() => []);
const singleCpuMs = SETTINGS.map(() => 0);
const batchCpuMs = SETTINGS.map(() => 0);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
for (const encoder of encoders) for (const q of questions.slice(0, 50)) await encoder.encode([q]);
const ROUNDS = 5;
const perRound = Math.ceil(count / ROUNDS);
for (let round = 0; round < ROUNDS; round++) {
  const slice = questions.slice(round * perRound, (round + 1) * perRound);
  for (let s = 0; s < SETTINGS.length; s++) {
    let cpu = process.cpuUsage();
    for (const q of slice) {
      const start = performance.now();
      await encoders[s].encode([q]);
      single[s].push(performance.now() - start);
    }
    singleCpuMs[s] += cpuMs(cpu);
    cpu = process.cpuUsage();
    const start = performance.now();
    await encoders[s].encode(questions);
    batchRates[s].push(questions.length / ((performance.now() - start) / 1000));
    batchCpuMs[s] += cpuMs(cpu);
  }
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const results = SETTINGS.map((s, i) => ({
  setting: s.name,
  single_median_ms: +quantile(single[i], 0.5).toFixed(3),
  single_p95_ms: +quantile(single[i], 0.95).toFixed(3),
  single_mean_ms: +(single[i].reduce((a, b) => a + b, 0) / single[i].length).toFixed(3),
  single_cpu_ms: +(singleCpuMs[i] / single[i].length).toFixed(3),
  batch64_texts_per_s: Math.round(quantile(batchRates[i], 0.5)),
  batch64_cpu_ms_per_text: +(batchCpuMs[i] / (ROUNDS * questions.length)).toFixed(3),
}));
const summary = {
  questions: count,
  tokens_median: quantile(tokens, 0.5),
  tokens_range: [Math.min(...tokens), Math.max(...tokens)],
  results,
};
if (json) console.log(JSON.stringify(summary));
else {
  console.log(`${count} questions, ${summary.tokens_range.join('–')} tokens (median ${summary.tokens_median})`);
  console.table(results);
}
await Promise.all(encoders.map((e) => e.dispose()));
