import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANSWER_SETTINGS } from '../../../../src-main/assistant/settings.ts';
import { openDatabase } from '../../../../src-main/store/database.ts';
import { FaqRepository } from '../../../../src-main/store/faq-repository.ts';
import { ReviewRepository } from '../../../../src-main/store/review-repository.ts';
import { ROOT, runConcierge } from '../../../helpers/run-cli.ts';


// Each case spawns the real CLI against one data folder holding the sample FAQ.
describe('concierge ask / eval / review', { timeout: 180_000 }, () => {
  let work: string;
  const inData = (...args: string[]) => runConcierge(['--data', join(work, 'data'), ...args]);
  /** A copy of the data folder as the import left it, before any case wrote to it. */
  const imported = () => join(work, 'imported');
  const editAnswer = (id: number, answer: string) => {
    const db = openDatabase(join(work, 'data'));
    try {
      new FaqRepository(db).update({ id, answer });
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'concierge-ask-'));
    const run = await inData('faq', 'import', join(ROOT, 'resources', 'sample-faq.json'));
    expect(run.code, run.stderr).toBe(0);
    await cp(join(work, 'data'), imported(), { recursive: true });
  }, 180_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('ask --json prints the answer, mode, confidence, sources and model', async () => {
    const run = await inData('ask', '如何申请退货？', '--json');
    expect(run.code, run.stderr).toBe(0);
    const reply = JSON.parse(run.stdout);
    expect(reply).toMatchObject({ mode: 'faq', model: null, sources: [{ ref: 'returns-policy', question: '如何申请退货？' }] });
    expect(reply.answer).toContain('签收后30天内');
    expect(Object.keys(reply.sources[0]).sort()).toEqual(['id', 'question', 'ref', 'score']);
    expect(reply.confidence).toBeGreaterThan(0.9);
  });

  it('ask says which source the meaning re-rank placed above sources whose words match better', async () => {
    // By its words the contact page comes first; by meaning the newsletter's unsubscribe.
    const question = "I don't want the weekly deals email anymore";
    const reply = JSON.parse((await inData('ask', question, '--json')).stdout);
    expect(reply.sources).toEqual([expect.objectContaining({ ref: 'newsletter-unsubscribe', byMeaning: true })]);
    const [source] = reply.sources;
    const run = await inData('ask', question);
    expect(run.stdout).toContain("sources (best first; the figure is the share of the question's words each contains):");
    expect(run.stdout).toContain(`newsletter-unsubscribe  ${source.question}  (${source.score.toFixed(2)}, placed higher by meaning)`);
    // Handed off, it lists the entries that match some of its words, in the order the ranker gave them.
    const handoff = JSON.parse((await inData('ask', question, '--force-mode', 'handoff', '--json')).stdout);
    expect(handoff.sources.length).toBeGreaterThan(1);
    expect(handoff.sources.some((entry: object) => 'byMeaning' in entry)).toBe(false);
  });

  it('review list gives each closest entry its figure, and says which the meaning re-rank placed higher', async () => {
    const question = "I don't want the weekly deals email anymore";
    const reply = JSON.parse((await inData('ask', question, '--json')).stdout);
    // A thumbs-down in the app queues the answer's sources as they were shown (the CLI has no thumbs).
    const db = openDatabase(join(work, 'data'));
    try {
      new ReviewRepository(db).add({ question, lang: 'en', origin: 'thumbs-down', candidates: reply.sources, messageId: reply.messageId });
    } finally {
      db.close();
    }
    const [source] = reply.sources;
    const item = JSON.parse((await inData('review', 'list', '--json')).stdout).find((i: { messageId: number }) => i.messageId === reply.messageId);
    expect(item.candidates).toEqual([expect.objectContaining({ ref: 'newsletter-unsubscribe', byMeaning: true })]);
    const run = await inData('review', 'list');
    expect(run.stdout).toContain(`closest: #${source.id} newsletter-unsubscribe (${source.score.toFixed(2)}, placed higher by meaning)`);
  });

  it('ask notes a FAQ answer that exists only in the other language', async () => {
    // Forced: across languages a question rarely reaches the verbatim threshold.
    const english = await inData('ask', 'How do I cancel my order?', '--force-mode', 'faq');
    expect(english.code, english.stderr).toBe(0);
    expect(english.stdout).toContain('cancel-order');
    expect(english.stdout).toContain('note: this answer is only available in Chinese.');
    const chinese = JSON.parse((await inData('ask', '怎么注销我的账号？', '--force-mode', 'faq', '--json')).stdout);
    expect(chinese).toMatchObject({ mode: 'faq', otherLanguage: 'en', sources: [{ ref: 'delete-account' }] });
    const same = await inData('ask', '怎么取消订单？');
    expect(same.stdout).toContain('cancel-order');
    expect(same.stdout).not.toContain('only available in');
  });

  it('ask --force-mode handoff hands off and the question appears in review list', async () => {
    const run = await inData('ask', 'Where is the nearest cinema?', '--force-mode', 'handoff');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('mode: handoff (forced)');
    const list = JSON.parse((await inData('review', 'list', '--json')).stdout);
    expect(list.map((item: { question: string }) => item.question)).toContain('Where is the nearest cinema?');
  });

  it('review reopen puts a dismissed question back in the open list', async () => {
    const question = 'Can I pay a courier in cash?';
    expect((await inData('ask', question, '--force-mode', 'handoff')).code).toBe(0);
    const openQuestions = async () =>
      JSON.parse((await inData('review', 'list', '--json')).stdout).map((item: { id: number; question: string }) => item.question);
    const item = JSON.parse((await inData('review', 'list', '--json')).stdout).find((i: { question: string }) => i.question === question);
    expect((await inData('review', 'dismiss', String(item.id))).code).toBe(0);
    expect(await openQuestions()).not.toContain(question);
    const reopened = await inData('review', 'reopen', String(item.id));
    expect(reopened.code, reopened.stderr).toBe(0);
    expect(reopened.stdout).toContain(`Reopened review item #${item.id}`);
    expect(await openQuestions()).toContain(question);
    const again = await inData('review', 'reopen', String(item.id));
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('is open, not dismissed');
  });

  it('review handoff marks an answered question so its rewording is handed off; review reopen takes that back', async () => {
    const question = 'Do gift cards work in other currencies?';
    const rewording = 'Can I use a gift card in another currency?';
    const answered = JSON.parse((await inData('ask', question, '--json')).stdout);
    expect(answered.mode).toBe('faq');
    // A thumbs-down in the app queues the answered question (the CLI has no thumbs).
    const db = openDatabase(join(work, 'data'));
    let id: number;
    try {
      id = new ReviewRepository(db).add({ question, lang: 'en', origin: 'thumbs-down', messageId: answered.messageId }).id;
    } finally {
      db.close();
    }
    const marked = await inData('review', 'handoff', String(id), '--json');
    expect(marked.code, marked.stderr).toBe(0);
    expect(JSON.parse(marked.stdout)).toMatchObject({ id, status: 'handedOff' });
    const listed = JSON.parse((await inData('review', 'list', '--status', 'handedOff', '--json')).stdout);
    expect(listed.map((item: { id: number }) => item.id)).toEqual([id]);
    const handedOff = await inData('ask', rewording);
    expect(handedOff.stdout).toContain('mode: handoff (marked)');

    const reopened = await inData('review', 'reopen', String(id));
    expect(reopened.stdout).toContain(`Reopened review item #${id}`);
    expect(JSON.parse((await inData('ask', rewording, '--json')).stdout).mode).toBe('faq');
    const again = await inData('review', 'handoff', String(id));
    expect(again.stdout).toContain(`Review item #${id} handed off`);
  });

  it('review new turns a queued question into an entry that answers it next time', async () => {
    await inData('ask', 'Do you stock matching pillowcases for the duvet covers?');
    const items = JSON.parse((await inData('review', 'list', '--json')).stdout);
    const item = items.find((candidate: { question: string }) => candidate.question === 'Do you stock matching pillowcases for the duvet covers?');
    const created = await inData('review', 'new', String(item.id), '--answer', 'Yes, every duvet cover has matching pillowcases.');
    expect(created.code, created.stderr).toBe(0);
    const reply = JSON.parse((await inData('ask', 'Do you stock matching pillowcases for the duvet covers?', '--json')).stdout);
    expect(reply).toMatchObject({ mode: 'faq', answer: 'Yes, every duvet cover has matching pillowcases.' });
  });

  it('review unlink takes back what review link did, keeps a later answer edit, and refuses an item that is not linked', async () => {
    const question = 'Can a courier ring me before the parcel arrives?';
    await inData('ask', question, '--force-mode', 'handoff');
    const item = JSON.parse((await inData('review', 'list', '--json')).stdout).find((i: { question: string }) => i.question === question);
    const added = JSON.parse((await inData('faq', 'add', '--question', 'Do couriers call ahead?', '--answer', 'No.', '--json')).stdout);
    expect((await inData('review', 'link', String(item.id), String(added.id), '--answer', 'Yes, an hour ahead.')).code).toBe(0);
    editAnswer(added.id, 'Yes, thirty minutes ahead.'); // as the app would, while the CLI is not running

    const run = await inData('review', 'unlink', String(item.id));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Reopened review item #${item.id}`);
    expect(run.stdout).toContain(`Entry #${added.id}: the question is no longer one of its similar questions; its answer was edited after the link, so that edit stays`);
    const entries = JSON.parse((await inData('faq', 'list', '--json')).stdout);
    expect(entries.find((e: { id: number }) => e.id === added.id)).toMatchObject({ answer: 'Yes, thirty minutes ahead.', paraphrases: [] });

    const again = await inData('review', 'unlink', String(item.id), '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toEqual({
      error: { name: 'ConflictError', kind: 'conflict', message: `Review item #${item.id} is open, not linked`, code: 'review.not-linked', params: { id: item.id } },
    });
    expect((await inData('review', 'unlink')).code).toBe(2);
    expect((await inData('review', '--help')).stdout).toContain('unlink ID [--json]');
  });

  it('review unlink --json reports the restored answer and the removed question', async () => {
    const question = 'Could someone text me when my order ships?';
    await inData('ask', question, '--force-mode', 'handoff');
    const item = JSON.parse((await inData('review', 'list', '--json')).stdout).find((i: { question: string }) => i.question === question);
    const added = JSON.parse((await inData('faq', 'add', '--question', 'Do you send shipping texts?', '--answer', 'No.', '--json')).stdout);
    await inData('review', 'link', String(item.id), String(added.id), '--answer', 'Yes, by SMS.');
    const result = JSON.parse((await inData('review', 'unlink', String(item.id), '--json')).stdout);
    expect(result).toMatchObject({ questionRemoved: true, answer: 'restored', item: { id: item.id, status: 'open' }, entry: { id: added.id, answer: 'No.', paraphrases: [] } });
  });

  it('eval --json prints the metrics and per-case results', async () => {
    const run = await inData('eval', join(ROOT, 'tests', 'fixtures', 'eval-small.json'), '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual([
      'n',
      'p_at_1',
      'mrr_at_10',
      'answered_accuracy',
      'handoff_rate_out_of_scope',
      'answered_rate_in_scope',
      'cases',
      'warnings',
    ]);
    expect(report.warnings).toEqual([]);
    expect(report).toMatchObject({ n: 6, p_at_1: 1, mrr_at_10: 1, handoff_rate_out_of_scope: 1, answered_rate_in_scope: 1 });
    expect(report.cases[4]).toMatchObject({ query: '今天天气怎么样？', expect: null, mode: 'handoff', correct: true });
  });

  it('eval breaks the figures down by the cases\' tags, in text and in --json, and names a bad tag', async () => {
    const { cases } = JSON.parse(await readFile(join(ROOT, 'tests', 'fixtures', 'eval-small.json'), 'utf8')) as { cases: { query: string; expect: string | null }[] };
    const file = join(work, 'tagged-eval.json');
    const tagged = cases.map((item) => (item.expect === null ? { ...item, tag: 'far' } : item));
    await writeFile(file, JSON.stringify({ cases: [...tagged, { query: 'Do you sell gift wrap in other colours?', expect: null, tag: 'near' }] }));
    const text = await inData('eval', file);
    expect(text.code, text.stderr).toBe(0);
    const offTopic = cases.filter((item) => item.expect === null).length;
    expect(text.stdout).toContain(`by tag:\n  far (${offTopic}): handed off 100.0 %\n  near (1): handed off `);
    const report = JSON.parse((await inData('eval', file, '--json')).stdout);
    expect(Object.keys(report.by_tag)).toEqual(['far', 'near']);
    expect(report.by_tag.far).toEqual({ n: offTopic, p_at_1: null, mrr_at_10: null, answered_accuracy: null, handoff_rate_out_of_scope: 1, answered_rate_in_scope: null });
    expect(report.cases.filter((item: { tag?: string }) => item.tag === 'far')).toHaveLength(offTopic);

    await writeFile(file, JSON.stringify({ cases: [{ query: 'a', expect: null, tag: ' ' }] }));
    const badTag = await inData('eval', file);
    expect(badTag.code).toBe(1);
    expect(badTag.stderr).toMatch(/cases\.0\.tag/);
  });

  it('eval --calibrate --apply saves thresholds fitted to the set, and the next eval runs on them', async () => {
    // A folder of its own with just the sample FAQ: the thresholds it saves must not reach the other cases.
    const data = join(work, 'calibrated');
    const inOwn = (...args: string[]) => runConcierge(['--data', data, ...args]);
    await cp(imported(), data, { recursive: true });
    const set = join(ROOT, 'tests', 'fixtures', 'eval-blind3-en.json');
    const first = await inOwn('eval', set, '--calibrate', '--apply', '--json');
    expect(first.code, first.stderr).toBe(0);
    const { calibration } = JSON.parse(first.stdout);
    expect(calibration.current.thresholds).toEqual({ generated: DEFAULT_ANSWER_SETTINGS.generateThreshold, faq: DEFAULT_ANSWER_SETTINGS.faqThreshold });
    expect(calibration.suggested.thresholds, 'this set is expected to need other thresholds').not.toEqual(calibration.current.thresholds);
    expect(Math.min(calibration.suggested.answeredInScope, calibration.suggested.handedOffOutOfScope)).toBeGreaterThanOrEqual(
      Math.min(calibration.current.answeredInScope, calibration.current.handedOffOutOfScope),
    );

    const again = JSON.parse((await inOwn('eval', set, '--calibrate', '--json')).stdout);
    expect(again.calibration.current.thresholds).toEqual(calibration.suggested.thresholds);
    expect(again.answered_rate_in_scope).toBeCloseTo(calibration.suggested.answeredInScope, 4);
    expect(again.handoff_rate_out_of_scope).toBeCloseTo(calibration.suggested.handedOffOutOfScope, 4);

    const tooSmall = await inOwn('eval', join(ROOT, 'tests', 'fixtures', 'eval-small.json'), '--calibrate');
    expect(tooSmall.code).not.toBe(0);
    expect(tooSmall.stderr).toContain('Calibrating needs at least 10 in-scope and 5 off-topic questions');
  });

  it('eval - reads the set from standard input, as it reads a file, and names standard input in its errors', async () => {
    const set = join(ROOT, 'tests', 'fixtures', 'eval-small.json');
    const fromStdin = (input: string | Buffer) => runConcierge(['--data', join(work, 'data'), 'eval', '-', '--json'], { input });
    const piped = await fromStdin(await readFile(set));
    expect(piped.code, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse((await inData('eval', set, '--json')).stdout));
    const bad = await fromStdin('{"cases": [{"query": "Open on Sunday?", "expect": null},\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n')[0]).toMatch(/^concierge: standard input is not valid JSON: line 2: /);
  });

  it('fails with one clear line on bad input', async () => {
    const empty = await inData('ask', '   ');
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toContain('The question is empty');
    const badMode = await inData('ask', 'hi', '--force-mode', 'guess');
    expect(badMode.stderr).toContain('--force-mode must be one of faq, generated, handoff');
    const file = join(work, 'bad-eval.json');
    await writeFile(file, '{"cases": [{"query": 1}]}');
    const badEval = await inData('eval', file);
    expect(badEval.code).not.toBe(0);
    expect(badEval.stderr).toMatch(/cases\.0\.query/);
    // An empty question would be handed off and counted as a right hand-off: refused, naming the case.
    await writeFile(file, JSON.stringify({ cases: [{ query: 'a', expect: null }, { query: ' \t', expect: null }, { query: '', expect: null }] }));
    const emptyQuery = await inData('eval', file);
    expect(emptyQuery.code).toBe(1);
    expect(emptyQuery.stderr.split('\n')[0]).toBe(`concierge: ${file}: cases.1.query: the question is empty; cases.2.query: the question is empty`);
  });

  it('eval reads a set saved with a BOM, and names the file and line of what it cannot read', async () => {
    const withBom = join(work, 'bom-eval.json');
    await writeFile(withBom, `\uFEFF${JSON.stringify({ cases: [{ query: '如何申请退货？', expect: 'returns-policy' }] })}`);
    const bom = await inData('eval', withBom, '--json');
    expect(bom.code, bom.stderr).toBe(0);
    expect(JSON.parse(bom.stdout)).toMatchObject({ n: 1, p_at_1: 1 });
    const utf16 = join(work, 'utf16-eval.json'); // Notepad's "Unicode": UTF-16LE with FF FE in front
    await writeFile(utf16, Buffer.from(`\uFEFF${JSON.stringify({ cases: [{ query: '如何申请退货？', expect: 'returns-policy' }] })}`, 'utf16le'));
    const unicode = await inData('eval', utf16, '--json');
    expect(unicode.code, unicode.stderr).toBe(0);
    expect(JSON.parse(unicode.stdout)).toMatchObject({ n: 1, p_at_1: 1 });

    const syntax = join(work, 'syntax-eval.json');
    await writeFile(syntax, '{"cases": [\n  {"query": "a", "expect": null},\n  {"query": "b" "expect": null}\n]}');
    const badSyntax = await inData('eval', syntax);
    expect(badSyntax.code).toBe(1);
    expect(badSyntax.stderr.split('\n')[0]).toBe(`concierge: ${syntax} is not valid JSON: line 3: expected "," or "}"`);

    const latin1 = join(work, 'latin1-eval.json');
    await writeFile(latin1, Buffer.concat([Buffer.from('{"cases": [\n{"query": "caf'), Buffer.from([0xe9]), Buffer.from('", "expect": null}]}')]));
    const badBytes = await inData('eval', latin1);
    expect(badBytes.code).toBe(1);
    expect(badBytes.stderr).toMatch(/^concierge: .*latin1-eval\.json: line 2: the file is not valid UTF-8/);

    const missing = await inData('eval', join(work, 'no-such-set.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n')[0]).toBe(`concierge: ${join(work, 'no-such-set.json')}: no such file`);
    const folder = await inData('eval', work);
    expect(folder.code).toBe(1);
    expect(folder.stderr.split('\n')[0]).toBe(`concierge: ${work} is a folder, not a file`);
  });

  // Last: it gives the data folder an active model, which the cases above do not expect.
  it('says which file of the active model is missing and what to do when a draft needs it', async () => {
    const init = await inData('model', 'init', '--n-layer', '1', '--n-head', '2', '--n-embd', '16', '--n-positions', '64', '--activate', '--json');
    expect(init.code, init.stderr).toBe(0);
    const { id } = JSON.parse(init.stdout) as { id: string };
    const dir = join(work, 'data', 'models', id);
    await rm(join(dir, 'onnx', 'model.onnx'));

    const run = await inData('ask', 'Can I pay with PayPal?', '--force-mode', 'generated');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('mode: handoff (generation-failed)');
    expect(run.stdout).toContain(`note: the active model could not write a draft. Model "${id}" is missing onnx/model.onnx in ${dir}; `);
    const json = JSON.parse((await inData('ask', 'Can I pay with PayPal?', '--force-mode', 'generated', '--json')).stdout);
    expect(json).toMatchObject({ mode: 'handoff', notice: { code: 'model-missing', modelId: id, files: ['onnx/model.onnx'] } });
  });
});
