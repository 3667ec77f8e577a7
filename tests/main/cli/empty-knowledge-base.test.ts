import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSampleFaq } from '../../../src-main/kb/seed-sample.ts';
import { openDatabase } from '../../../src-main/store/database.ts';
import { FaqRepository } from '../../../src-main/store/faq-repository.ts';
import { runConcierge } from '../../helpers/run-cli.ts';

const NOTE = 'note: the knowledge base has no enabled entries, so every question is handed off to a person;';
const SAMPLE_HINT = 'start `concierge serve` (or the app) once on this data folder to load the sample FAQ';
const RESTORE_HINT = "enable or restore entries in the app's Knowledge base";

// The CLI never seeds the sample FAQ: a fresh data folder has nothing to answer from. One folder, through the cases in order.
describe('concierge ask and eval on a knowledge base with no enabled entry', { timeout: 120_000 }, () => {
  let work: string;
  const data = () => join(work, 'data');
  const inData = (...args: string[]) => runConcierge(['--data', data(), ...args]);
  /** What `serve` does on start, run on a copy of the data folder: the number of sample entries it loads. */
  const sampleServeWouldLoad = async () => {
    const copy = join(work, `copy-${Date.now()}`);
    await cp(data(), copy, { recursive: true });
    const db = openDatabase(copy);
    try {
      return seedSampleFaq(new FaqRepository(db))?.imported ?? 0;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'concierge-empty-kb-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('says every question is handed off, and that serve loads the sample FAQ into a folder that never had an entry', async () => {
    const run = await inData('ask', 'How do I return an item?');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('mode: handoff');
    const note = run.stdout.split('\n').find((line) => line.startsWith(NOTE));
    expect(note).toContain('import entries with `concierge faq import FILE`');
    expect(note).toContain(SAMPLE_HINT);
    // True after the question too (a conversation and a review item are no knowledge-base writes).
    expect(await sampleServeWouldLoad()).toBeGreaterThan(0);

    const json = JSON.parse((await inData('ask', 'How do I return an item?', '--json')).stdout);
    expect(json).toMatchObject({ mode: 'handoff', confidence: 0, knowledgeBase: { enabledEntries: 0 } });
  });

  it('says nothing of it once an entry is imported, and counts the entry in --json', async () => {
    const file = join(work, 'one.json');
    await writeFile(file, JSON.stringify([{ question: 'How do I return an item?', answer: 'Within 30 days.', ref: 'returns' }]));
    expect((await inData('faq', 'import', file)).code).toBe(0);

    const run = await inData('ask', 'How do I return an item?');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Within 30 days.');
    expect(run.stdout).not.toContain('note: the knowledge base');
    const json = JSON.parse((await inData('ask', 'How do I return an item?', '--json')).stdout);
    expect(json).toMatchObject({ mode: 'faq', knowledgeBase: { enabledEntries: 1 } });
  });

  it('after every entry is deleted, points to enabling or restoring them, not to the sample serve would not load', async () => {
    expect((await inData('faq', 'rm', '1')).code).toBe(0);
    const run = await inData('ask', 'How do I return an item?');
    const note = run.stdout.split('\n').find((line) => line.startsWith(NOTE));
    expect(note).toContain(RESTORE_HINT);
    expect(note).not.toContain(SAMPLE_HINT);
    expect(await sampleServeWouldLoad()).toBe(0);
    expect(JSON.parse((await inData('ask', 'How do I return an item?', '--json')).stdout).knowledgeBase).toEqual({ enabledEntries: 0 });
  });

  it('eval gives that reason first, instead of listing every expected ref as unknown; in the report and on stderr with --json', async () => {
    const set = join(work, 'set.json');
    await writeFile(set, JSON.stringify({ cases: [{ query: 'How do I return an item?', expect: 'returns' }, { query: 'Where is the cinema?', expect: null }] }));
    const run = await inData('eval', set);
    expect(run.code, run.stderr).toBe(0);
    const [first] = run.stdout.split('\n');
    expect(first).toMatch(/^warning: the knowledge base has no enabled entries, so every question is handed off to a person;/);
    expect(first).toContain(RESTORE_HINT);
    expect(first).toMatch(/Every question that expects an entry counts as a miss\.$/);
    expect(run.stdout).not.toContain('no enabled entry has the ref');
    expect(run.stdout).toContain('returns → -  handoff  0.00  How do I return an item?');

    const json = await inData('eval', set, '--json');
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ p_at_1: 0, unknown_refs: ['returns'] });
    // A script reading stdout learns why the figures are zero, not only whoever watches stderr.
    expect(report.warnings).toEqual([{ code: 'knowledge-base-empty', message: first.slice('warning: '.length) }]);
    expect(json.stderr).toMatch(/^warning: the knowledge base has no enabled entries, .*enable or restore entries/);

    // With an entry enabled again, a ref no enabled entry has is named, as before.
    const other = join(work, 'other.json');
    await writeFile(other, JSON.stringify([{ question: 'Do you ship abroad?', answer: 'Yes.', ref: 'shipping' }]));
    expect((await inData('faq', 'import', other)).code).toBe(0);
    const again = await inData('eval', set);
    expect(again.stdout.split('\n')[0]).toBe('warning: no enabled entry has the ref returns; those questions count as misses');
    expect(again.stdout).not.toContain('no enabled entries');
    expect(JSON.parse((await inData('eval', set, '--json')).stdout).warnings).toEqual([
      { code: 'unknown-refs', message: 'no enabled entry has the ref returns; those questions count as misses' },
    ]);
  });

  // Not a per-language note: a question is matched across languages (by concept), so a knowledge base enabled in one
  // language only still answers the other's questions, each answer marked as being in the other language.
  it('says nothing of it when the enabled entries are all in the other language than the question: they answer it', async () => {
    const zhOnly = join(work, 'zh-only');
    const file = join(work, 'zh.json');
    await writeFile(file, JSON.stringify([{ question: '送货需要多长时间？', answer: '通常两到四个工作日送达。', lang: 'zh' }]));
    expect((await runConcierge(['--data', zhOnly, 'faq', 'import', file])).code).toBe(0);

    const run = await runConcierge(['--data', zhOnly, 'ask', 'How long does delivery take?']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('通常两到四个工作日送达。');
    expect(run.stdout).toContain('note: this answer is only available in Chinese.');
    expect(run.stdout).not.toContain('note: the knowledge base');
  });
});
