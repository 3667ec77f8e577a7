// What marking off-topic questions "hand off questions like this" buys and costs, on the evaluation sets.
//
//   tsx scripts/eval-marked.ts [--dir DIR]... [--only REGEX] [--skip REGEX] [--out rows.jsonl]
//
// Per set (eval-sets.ts), in a fresh data folder holding its FAQ with the default thresholds, every question asked as
// `concierge eval` asks it:
// - baseline: no marked examples;
// - leave-one-out: each off-topic question asked with every other off-topic question of its set marked (the same
//   text marked twice in a set is left out with it: a marked question asked again word for word says nothing);
// - cost: each in-scope question asked with all the set's off-topic questions marked.
// Prints per set and pooled: off-topic handed off (baseline → leave-one-out) and in-scope answered (baseline →
// marked). Examples are marked as the review queue marks them (a queued item, ReviewService.handoff) on a second
// connection to the data folder's database; the app's ranker reads them by their revision.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, type App } from '../src-main/app/create-app.ts';
import { detectLang } from '../src-main/assistant/language.ts';
import { ReviewService } from '../src-main/assistant/review-service.ts';
import type { EvalCaseResult } from '../src-main/shared/api/chat.ts';
import { openDatabase } from '../src-main/store/database.ts';
import { FaqRepository } from '../src-main/store/faq-repository.ts';
import { MarkedExampleRepository } from '../src-main/store/marked-example-repository.ts';
import { ReviewRepository } from '../src-main/store/review-repository.ts';
import { setsByFaq, type EvalSet } from './eval-sets.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [] },
    only: { type: 'string' },
    skip: { type: 'string' },
    out: { type: 'string' },
  },
});

interface Case {
  query: string;
  expect: string | null;
}

interface Tally {
  offTopic: number;
  offBaseline: number;
  offMarked: number;
  inScope: number;
  inBaseline: number;
  inMarked: number;
}

const handedOff = (result: EvalCaseResult) => result.mode === 'handoff';
/** A text as compared for "the same question": case and surrounding space aside. */
const folded = (text: string) => text.trim().toLowerCase();

/** Marks and unmarks questions through the review queue's own service, on its own connection; one example per text. */
function marker(dataDir: string) {
  const db = openDatabase(dataDir);
  const reviews = new ReviewRepository(db);
  const service = new ReviewService({ faq: new FaqRepository(db), reviews, examples: new MarkedExampleRepository(db), onReviewChanged: () => {}, onKnowledgeChanged: () => {} });
  /** Review item of each marked text, by its folded form. */
  const marked = new Map<string, number>();
  return {
    mark(question: string) {
      if (marked.has(folded(question))) return;
      const id = reviews.add({ question, lang: detectLang(question), origin: 'thumbs-down' }).id;
      service.handoff(id);
      marked.set(folded(question), id);
    },
    unmark(question: string) {
      const id = marked.get(folded(question));
      if (id === undefined) return;
      service.reopen(id);
      service.dismiss(id);
      marked.delete(folded(question));
    },
    close: () => db.close(),
  };
}

async function runSet(app: App, marks: ReturnType<typeof marker>, set: EvalSet, rows: object[]): Promise<Tally> {
  const { cases } = JSON.parse(readFileSync(set.file, 'utf8')) as { cases: Case[] };
  const offTopic = cases.filter((c) => c.expect === null);
  const inScope = cases.filter((c) => c.expect !== null);
  const run = async (batch: Case[]) => (batch.length ? (await app.client.invoke('eval:run', { cases: batch })).cases : []);

  const baseline = await run(cases);
  for (const question of offTopic) marks.mark(question.query);
  const costed = await run(inScope);
  const heldOut: EvalCaseResult[] = [];
  for (const question of offTopic) {
    marks.unmark(question.query);
    heldOut.push(...(await run([question])));
    marks.mark(question.query);
  }
  for (const question of offTopic) marks.unmark(question.query);

  const before = new Map(baseline.map((result) => [result.query, result]));
  for (const result of [...heldOut, ...costed]) {
    rows.push({ set: set.name, query: result.query, expect: result.expect, baseline: before.get(result.query)!.mode, marked: result.mode });
  }
  return {
    offTopic: offTopic.length,
    offBaseline: baseline.filter((r) => r.expect === null && handedOff(r)).length,
    offMarked: heldOut.filter(handedOff).length,
    inScope: inScope.length,
    inBaseline: baseline.filter((r) => r.expect !== null && !handedOff(r)).length,
    inMarked: costed.filter((r) => !handedOff(r)).length,
  };
}

const percent = (part: number, whole: number) => (whole ? ((100 * part) / whole).toFixed(1) : '-').padStart(5);
const line = (name: string, t: Tally) =>
  `${name.padEnd(28)} off-topic handed off ${percent(t.offBaseline, t.offTopic)} → ${percent(t.offMarked, t.offTopic)} % (of ${t.offTopic})   in-scope answered ${percent(t.inBaseline, t.inScope)} → ${percent(t.inMarked, t.inScope)} % (of ${t.inScope})`;

const pooled: Tally = { offTopic: 0, offBaseline: 0, offMarked: 0, inScope: 0, inBaseline: 0, inMarked: 0 };
const rows: object[] = [];
for (const [faq, sets] of setsByFaq({ dirs: values.dir, only: values.only ? new RegExp(values.only) : null, skip: values.skip ? new RegExp(values.skip) : null })) {
  const dataDir = mkdtempSync(join(tmpdir(), 'concierge-eval-marked-'));
  try {
    const app = await createApp({ dataDir, seedSample: false });
    const marks = marker(dataDir);
    try {
      await app.client.invoke('faq:import', { content: readFileSync(faq, 'utf8'), format: 'json', fileName: faq });
      for (const set of sets) {
        const tally = await runSet(app, marks, set, rows);
        for (const key of Object.keys(pooled) as (keyof Tally)[]) pooled[key] += tally[key];
        console.log(line(set.name, tally));
      }
    } finally {
      marks.close();
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
console.log(line('pooled', pooled));
if (values.out) writeFileSync(values.out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
