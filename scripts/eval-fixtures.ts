// Runs every evaluation set against its FAQ, as `concierge eval` does, and writes one JSON line per question.
//
//   tsx scripts/eval-fixtures.ts --out rows.jsonl [--dir DIR]... [--only REGEX] [--bm25] [--every-faq FILE]...
//
// Sets are tests/fixtures/eval-*.json plus those in each --dir, each run against its FAQ (eval-sets.ts), and each
// --every-faq FILE run against every one of those FAQs, as set `<file name>@<faq name>` (the everyday off-topic
// questions of tests/fixtures/offtopic-everyday.json, which no business answers). Each
// FAQ gets a fresh data folder with the default thresholds. A row is {"set", "query", "expect", "top", "mode",
// "confidence", "rank"} (and "bm25_top" with --bm25: the top entry of plain FTS5 BM25 over question, similar
// questions and answer; "tag" when the case has one). The README's tables are built from these rows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { createApp } from '../src-main/app/create-app.ts';
import { FaqIndex } from '../src-main/search/faq-index.ts';
import { DATABASE_FILE } from '../src-main/store/database.ts';
import { setsByFaq, type EvalSet } from './eval-sets.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    dir: { type: 'string', multiple: true, default: [] },
    only: { type: 'string' },
    bm25: { type: 'boolean', default: false },
    'every-faq': { type: 'string', multiple: true, default: [] },
  },
});
if (!values.out) throw new Error('give --out FILE.jsonl');

/** Top entry refs of plain BM25, the baseline the README reports. */
function bm25Tops(dataDir: string, queries: readonly string[]): (string | null)[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const index = new FaqIndex(db);
    const refOf = db.prepare('SELECT ref FROM faq_entries WHERE id = ?').pluck();
    return queries.map((query) => {
      const top = index.rank(query, { limit: 1 })[0];
      return top ? (refOf.get(top.id) as string) : null;
    });
  } finally {
    db.close();
  }
}

async function runFaq(faq: string, sets: readonly EvalSet[]): Promise<object[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'concierge-eval-'));
  const rows: object[] = [];
  try {
    const app = await createApp({ dataDir, seedSample: false });
    try {
      await app.client.invoke('faq:import', { content: readFileSync(faq, 'utf8'), format: 'json', fileName: faq });
      for (const set of sets) {
        const { cases } = JSON.parse(readFileSync(set.file, 'utf8')) as { cases: { query: string; expect: string | null; tag?: string }[] };
        const report = await app.client.invoke('eval:run', { cases });
        const baseline = values.bm25 ? bm25Tops(dataDir, cases.map((c) => c.query)) : null;
        report.cases.forEach((result, i) => {
          const { query, expect, top, mode, confidence, rank, tag } = result;
          rows.push({ set: set.name, query, expect, top, mode, confidence, rank, ...(baseline ? { bm25_top: baseline[i] } : {}), ...(tag ? { tag } : {}) });
        });
        process.stderr.write(`${set.name}: ${cases.length}\n`);
      }
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

const byFaq = setsByFaq({ dirs: values.dir, only: values.only ? new RegExp(values.only) : null });
for (const file of values['every-faq']) {
  for (const [faq, sets] of byFaq) sets.push({ name: `${basename(file, '.json')}@${basename(faq, '.json')}`, file, faq });
}
const rows: object[] = [];
for (const [faq, sets] of byFaq) rows.push(...(await runFaq(faq, sets)));
writeFileSync(values.out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
