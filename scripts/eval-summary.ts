// Counts what scripts/eval-fixtures.ts wrote: per set and pooled, the metrics `concierge eval` reports; with a second
// dump, which questions became right or wrong between them.
//
//   tsx scripts/eval-summary.ts ROWS.jsonl [--hide REGEX] [--pool-skip REGEX] [--sets] [--tags]
//   tsx scripts/eval-summary.ts BEFORE.jsonl AFTER.jsonl [--hide REGEX] [--show]
//
// The pool skips the cross-language sets (their questions are another set's, asked in the other language) and any
// set --pool-skip names. --hide leaves sets out entirely (held-out sets: their counts are shown, never their
// questions). A question is right when an off-topic one is handed off, or an in-scope one is answered from the
// expected entry ranked first. --tags also counts the pool's cases of each tag (a case's optional "tag", such as the
// kind of an off-topic question: far, near or entry).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Row {
  set: string;
  query: string;
  expect: string | null;
  top: string | null;
  mode: 'faq' | 'generated' | 'handoff';
  rank: number | null;
  bm25_top?: string | null;
  tag?: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    hide: { type: 'string' },
    'pool-skip': { type: 'string' },
    sets: { type: 'boolean', default: false },
    tags: { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
  },
});
if (positionals.length < 1 || positionals.length > 2) throw new Error('give one dump to count, or two to compare');

const hidden = values.hide ? new RegExp(values.hide) : null;
const poolSkip = values['pool-skip'] ? new RegExp(values['pool-skip']) : null;
const load = (file: string): Row[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row)
    .filter((row) => !hidden?.test(row.set));

const isRight = (row: Row) => (row.expect === null ? row.mode === 'handoff' : row.mode !== 'handoff' && row.rank === 1);

function metrics(rows: readonly Row[]) {
  const inScope = rows.filter((row) => row.expect !== null);
  const offTopic = rows.filter((row) => row.expect === null);
  const answered = rows.filter((row) => row.mode !== 'handoff');
  const verbatim = rows.filter((row) => row.mode === 'faq');
  const count = (items: readonly Row[], test: (row: Row) => boolean) => items.filter(test).length;
  return {
    inScope: inScope.length,
    offTopic: offTopic.length,
    bm25: count(inScope, (row) => row.bm25_top === row.expect),
    p1: count(inScope, (row) => row.rank === 1),
    mrr: inScope.reduce((sum, row) => sum + (row.rank ? 1 / row.rank : 0), 0),
    answered: answered.length,
    answeredRight: count(answered, (row) => row.expect !== null && row.rank === 1),
    handedOff: count(offTopic, (row) => row.mode === 'handoff'),
    inScopeAnswered: count(inScope, (row) => row.mode !== 'handoff'),
    verbatim: verbatim.length,
    verbatimRight: count(verbatim, (row) => row.expect !== null && row.rank === 1),
  };
}

const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(3) : '–');

function line(name: string, rows: readonly Row[]): string {
  const m = metrics(rows);
  return [
    name.padEnd(28),
    `${m.inScope}/${m.offTopic}`.padEnd(8),
    `bm25 ${ratio(m.bm25, m.inScope)}`,
    `P@1 ${ratio(m.p1, m.inScope)} (${m.p1})`,
    `MRR ${ratio(m.mrr, m.inScope)}`,
    `acc ${ratio(m.answeredRight, m.answered)}`,
    `handoff ${ratio(m.handedOff, m.offTopic)} (${m.handedOff}/${m.offTopic})`,
    `answered ${ratio(m.inScopeAnswered, m.inScope)} (${m.inScopeAnswered}/${m.inScope})`,
    `verbatim ${ratio(m.verbatimRight, m.verbatim)} (${m.verbatimRight}/${m.verbatim})`,
  ].join('  ');
}

function groupBy(rows: readonly Row[], key: (row: Row) => string | undefined): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const name = key(row);
    if (name === undefined) continue;
    const group = groups.get(name);
    if (group) group.push(row);
    else groups.set(name, [row]);
  }
  return groups;
}

const bySet = (rows: readonly Row[]) => groupBy(rows, (row) => row.set);

const pooled = (rows: readonly Row[]) => rows.filter((row) => !row.set.endsWith('-cross') && !poolSkip?.test(row.set));

if (positionals.length === 1) {
  const rows = load(positionals[0]);
  if (values.sets) for (const [name, setRows] of bySet(rows)) console.log(line(name, setRows));
  console.log(line('POOL', pooled(rows)));
  if (values.tags) for (const [tag, tagged] of groupBy(pooled(rows), (row) => row.tag)) console.log(line(`  tag ${tag}`, tagged));
} else {
  const [before, after] = positionals.map(load);
  const key = (row: Row) => `${row.set}\u0000${row.query}`;
  const earlier = new Map(before.map((row) => [key(row), row]));
  const changed = after.filter((row) => {
    const old = earlier.get(key(row));
    return old && isRight(old) !== isRight(row);
  });
  for (const [name, setRows] of bySet(changed)) {
    const gained = setRows.filter(isRight);
    console.log(`${name}: +${gained.length} -${setRows.length - gained.length}`);
    if (values.show) {
      for (const row of setRows) {
        const old = earlier.get(key(row))!;
        console.log(`  ${isRight(row) ? '+' : '-'} [${row.expect ?? 'off'}] ${row.query}  ${old.mode}:${old.top} -> ${row.mode}:${row.top}`);
      }
    }
  }
  console.log(line('BEFORE', pooled(before)));
  console.log(line('AFTER', pooled(after)));
}
