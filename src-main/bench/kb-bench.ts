/**
 * `concierge bench kb --json` (or `npx tsx src-main/bench/kb-bench.ts [entries]`): knowledge-base speed on a
 * fresh temporary data folder filled with synthetic Chinese and English entries (half each, 3 similar
 * questions and a 2–4 sentence answer per entry).
 *
 *   import_ms          importFaq of one JSONL file with every entry: decode, parse, validate, duplicate
 *                      checks, insert and index, in one transaction
 *   search_*_ms        searchFaq (ranked FTS5 + loading the top 10 entries) over a mix of queries: reworded
 *                      questions, two-character Chinese words, English words, off-topic text
 *   list_*_ms          the KB table's filter (faq:list with search text, first page of 100, with total)
 *   export_csv_ms      exportFaq as CSV
 *   db_mb              the database file after import
 * Latencies are per call, after a warm-up pass, on the same queries for every run; *_cpu_* figures are the
 * process's CPU time for the same calls, for machines busy with other work (see load_average).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchKind } from '../cli/commands/bench.ts';
import { exportFaq } from '../kb/export-faq.ts';
import { importFaq } from '../kb/import-faq.ts';
import type { FaqDraft } from '../shared/api/faq.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { DATABASE_FILE, openDatabase } from '../store/database.ts';
import { FaqRepository } from '../store/faq-repository.ts';

export interface KbBenchResult {
  entries: number;
  import_ms: number;
  import_cpu_ms: number;
  search_median_ms: number;
  search_p95_ms: number;
  search_cpu_median_ms: number;
  search_cpu_p95_ms: number;
  list_median_ms: number;
  list_p95_ms: number;
  list_cpu_median_ms: number;
  list_cpu_p95_ms: number;
  export_csv_ms: number;
  db_mb: number;
  queries: number;
  /** The machine's 1-minute load average when the run ended: well above the core count, wall times inflate. */
  load_average: number;
  cores: number;
}

const ZH_TOPICS = ['订单', '退货', '退款', '发票', '物流', '快递', '优惠券', '会员', '积分', '账户', '密码', '手机号',
  '收货地址', '商品', '库存', '尺码', '颜色', '保修', '维修', '售后', '支付', '银行卡', '支付宝', '微信支付', '配送',
  '运费', '门店', '客服', '评价', '预售', '礼品卡', '发货', '换货', '赠品', '活动', '价格', '包装', '安装', '说明书', '电池'];
const ZH_ACTIONS = ['申请', '修改', '取消', '查询', '使用', '开具', '绑定', '解绑', '更换', '退回', '领取', '兑换'];
const ZH_QUESTIONS = [
  (t: string, a: string) => `如何${a}${t}？`,
  (t: string, a: string) => `${t}可以${a}吗？`,
  (t: string, a: string) => `为什么我的${t}无法${a}？`,
  (t: string, a: string) => `${a}${t}需要多久？`,
  (t: string, a: string) => `${t}${a}失败怎么办？`,
];
const ZH_SENTENCES = [
  (t: string, a: string) => `您可以在“我的${t}”页面点击“${a}”，按提示完成操作。`,
  (t: string) => `${t}相关问题一般会在1到3个工作日内处理完毕。`,
  (_: string, a: string) => `如果${a}不成功，请检查网络后重试，或联系在线客服。`,
  (t: string) => `部分特殊${t}不支持此服务，具体以页面说明为准。`,
];
const EN_TOPICS = ['order', 'return', 'refund', 'invoice', 'parcel', 'delivery', 'coupon', 'membership', 'points',
  'account', 'password', 'phone number', 'address', 'product', 'stock', 'size', 'colour', 'warranty', 'repair',
  'payment', 'card', 'gift card', 'shipping fee', 'store', 'review', 'pre-order', 'exchange', 'battery', 'manual'];
const EN_ACTIONS = ['change', 'cancel', 'track', 'use', 'request', 'update', 'reset', 'redeem', 'register', 'renew'];
const EN_QUESTIONS = [
  (t: string, a: string) => `How do I ${a} my ${t}?`,
  (t: string, a: string) => `Can I ${a} a ${t} after checkout?`,
  (t: string, a: string) => `Why can't I ${a} my ${t}?`,
  (t: string, a: string) => `How long does it take to ${a} a ${t}?`,
  (t: string, a: string) => `What happens if I ${a} the ${t} late?`,
];
const EN_SENTENCES = [
  (t: string, a: string) => `Open Account → ${t}s and choose "${a}".`,
  (t: string) => `Most ${t} requests are handled within three business days.`,
  (_: string, a: string) => `If you cannot ${a} it online, our support team can do it for you.`,
  (t: string) => `Some ${t}s are excluded; the product page says which.`,
];
const OFF_TOPIC = ['今天天气怎么样', 'write me a poem about the sea', '推荐一部电影', 'what is the capital of France'];

/** A small deterministic generator (mulberry32), so every run benchmarks the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `count` synthetic entries, alternating Chinese and English; each question is unique (model number). */
export function syntheticEntries(count: number, seed = 1): FaqDraft[] {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const zh = i % 2 === 0;
    const [topics, actions, questions, sentences] = zh
      ? [ZH_TOPICS, ZH_ACTIONS, ZH_QUESTIONS, ZH_SENTENCES]
      : [EN_TOPICS, EN_ACTIONS, EN_QUESTIONS, EN_SENTENCES];
    const topic = pick(topics);
    const action = pick(actions);
    const model = zh ? `（型号 K${i}）` : ` (model K${i})`;
    const ask = () => pick(questions)(topic, pick(actions)) + model;
    return {
      question: pick(questions)(topic, action) + model,
      answer: Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(sentences)(topic, action)).join(zh ? '' : ' '),
      category: topic,
      tags: [topic, action],
      ref: `bench-${i}`,
      paraphrases: [ask(), ask(), ask()].filter((text, j, all) => all.indexOf(text) === j),
    };
  });
}

function queriesFor(entries: readonly FaqDraft[], count: number): string[] {
  const next = random(7);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const entry = pick(entries);
    switch (i % 5) {
      case 0: return entry.question.replace(/（型号 K\d+）| \(model K\d+\)/, ''); // the wording, not the number
      case 1: return pick(ZH_TOPICS).slice(0, 2); // a two-character Chinese word
      case 2: return `${pick(EN_ACTIONS)}s ${pick(EN_TOPICS)}s`; // English needing stemming
      case 3: return pick(entry.paraphrases ?? [entry.question]);
      default: return pick(OFF_TOPIC);
    }
  });
}

interface Latency {
  median: number;
  p95: number;
  /** The same over this process's CPU time, which other load on the machine barely inflates. */
  cpuMedian: number;
  cpuP95: number;
}

/** Median and 95th percentile of `run` over `inputs`, after one untimed pass. */
function latencies(inputs: readonly string[], run: (input: string) => unknown): Latency {
  for (const input of inputs) run(input);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run(input);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (times: number[], q: number) => times.sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(wall, 0.5), p95: at(wall, 0.95), cpuMedian: at(cpu, 0.5), cpuP95: at(cpu, 0.95) };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

async function runKbBench({ entries = 10_000, queries = 500 } = {}): Promise<KbBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-kb-bench-'));
  const db = openDatabase(dir);
  try {
    const repo = new FaqRepository(db);
    const drafts = syntheticEntries(entries);
    const file = drafts.map((draft) => JSON.stringify(draft)).join('\n');

    const importStart = performance.now();
    const importCpu = process.cpuUsage();
    importFaq(repo, file, { fileName: 'bench.jsonl' });
    const importMs = performance.now() - importStart;
    const importCpuUsed = process.cpuUsage(importCpu);

    const queryTexts = queriesFor(drafts, queries);
    const search = latencies(queryTexts, (query) => repo.searchFaq(query, { limit: 10 }));
    const list = latencies(queryTexts, (search) => repo.list({ search, limit: 100 }));

    const exportStart = performance.now();
    exportFaq(repo, 'csv');
    const exportMs = performance.now() - exportStart;

    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      entries,
      import_ms: Math.round(importMs),
      import_cpu_ms: Math.round((importCpuUsed.user + importCpuUsed.system) / 1000),
      search_median_ms: round(search.median),
      search_p95_ms: round(search.p95),
      search_cpu_median_ms: round(search.cpuMedian),
      search_cpu_p95_ms: round(search.cpuP95),
      list_median_ms: round(list.median),
      list_p95_ms: round(list.p95),
      list_cpu_median_ms: round(list.cpuMedian),
      list_cpu_p95_ms: round(list.cpuP95),
      export_csv_ms: Math.round(exportMs),
      db_mb: Math.round((statSync(join(dir, DATABASE_FILE)).size / 2 ** 20) * 10) / 10,
      queries,
      load_average: Math.round(loadavg()[0] * 10) / 10,
      cores: availableParallelism(),
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const kbBench: BenchKind = {
  summary: 'knowledge-base import, search and filter speed on synthetic zh/en entries [--entries 10000]',
  options: { entries: { type: 'string' } },
  async run({ values }) {
    const entries = values.entries === undefined ? 10_000 : Number(values.entries);
    if (!Number.isInteger(entries) || entries < 1) throw new InvalidInputError('--entries must be a positive whole number');
    return runKbBench({ entries });
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runKbBench({ entries: Number(process.argv[2] ?? 10_000) }), null, 2));
}
