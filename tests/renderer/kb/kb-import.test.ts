import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { otherProblems, placeLabel, rowProblem } from '../../../src-renderer/state/kb/kb-import.svelte.ts';

const zh = (key: MessageKey, params?: MessageParams) => formatMessage('zh', key, params);

describe('rowProblem()', () => {
  it('names the field once: as the label, not again at the start of the sentence', () => {
    expect(rowProblem({ line: 2, field: 'answer', message: 'answer is required' })).toEqual({ field: 'answer', text: 'is required' });
  });

  it('labels a problem inside a list with its path', () => {
    expect(rowProblem({ line: 4, field: 'tags', message: 'tags.1 is required' })).toEqual({ field: 'tags.1', text: 'is required' });
  });

  it('keeps a sentence that does not start with the field, and one without a field, as they are', () => {
    expect(rowProblem({ line: 3, field: 'ref', message: 'duplicate ref: same as line 2' })).toEqual({
      field: 'ref',
      text: 'duplicate ref: same as line 2',
    });
    expect(rowProblem({ line: 1, field: '', message: 'the file is empty' })).toEqual({ field: null, text: 'the file is empty' });
  });
});

describe('otherProblems()', () => {
  it('leaves out the row errors that repeat a duplicate, which the dialog lists on its own', () => {
    const report = {
      duplicates: [
        { line: 2, reason: 'question' as const, existingId: 1 },
        { line: 5, reason: 'ref' as const, existingId: null, otherLine: 4 },
      ],
      errors: [
        { line: 2, field: 'question', message: 'duplicate question: FAQ entry #1 already has it' },
        { line: 3, field: 'answer', message: 'answer is required' },
        { line: 5, field: 'ref', message: 'duplicate ref: same as line 4' },
        { line: 5, field: 'question', message: 'question is 1001 characters long; the limit is 1000' },
      ],
    };
    expect(otherProblems(report).map((error) => `${error.line} ${error.field}`)).toEqual(['3 answer', '5 question']);
  });

  it('tells apart the entries of a one-line JSON file, which all start at line 1', () => {
    const report = {
      duplicates: [{ line: 1, entry: 4, reason: 'question' as const, existingId: null, otherLine: 1, otherEntry: 1 }],
      errors: [
        { line: 1, entry: 2, field: 'question', message: 'question is 1001 characters long; the limit is 1000' },
        { line: 1, entry: 4, field: 'question', message: 'duplicate question: same as line 1, entry 1' },
      ],
    };
    expect(otherProblems(report).map((error) => `${error.line} ${error.entry}`)).toEqual(['1 2']);
  });
});

describe('placeLabel()', () => {
  it('names the line, and the entry when several entries start on that line', () => {
    expect(placeLabel({ line: 30 }, zh)).toBe('第 30 行');
    expect(placeLabel({ line: 1, entry: 4 }, zh)).toBe('第 1 行第 4 条');
    expect(placeLabel({ line: 1, entry: 4 }, (key, params) => formatMessage('en', key, params))).toBe('Line 1, entry 4');
  });
});

describe('rowProblem() on the server\'s own report', () => {
  let dataDir: string;
  let app: App;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'concierge-import-problems-'));
    app = await createApp({ dataDir, seedSample: false });
  });

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says every field problem of a rejected file in Chinese in the Chinese UI', async () => {
    const rows = [
      { question: '', answer: '有的。' },
      { question: '问'.repeat(1001), answer: '有的。' },
      { question: '可以开发票吗？', answer: '可以。', lang: 'fr' },
      { question: '支持货到付款吗？', answer: '支持。', tags: ['付款|物流'] },
      { question: '周末发货吗？', answer: '发货。', enabled: 'yes' },
      { question: '有会员卡吗？', answer: '有。', tags: '会员' },
    ];
    const report = await app.client.invoke('faq:import', {
      fileName: 'faq.jsonl',
      content: rows.map((row) => JSON.stringify(row)).join('\n'),
      dryRun: true,
    });
    expect(report.errors).toHaveLength(rows.length);
    expect(report.errors.map((error) => rowProblem(error, zh))).toEqual([
      { field: 'question', text: '不能为空' },
      { field: 'question', text: '有 1,001 个字符，超过上限 1,000' },
      { field: 'lang', text: '必须是 "zh" 或 "en"' },
      { field: 'tags.0', text: '不能包含“|”或换行' },
      { field: 'enabled', text: '必须是 true 或 false' },
      { field: 'tags', text: '必须是列表' },
    ]);
  });

  it('labels the rows of a one-line JSON file with their entry numbers, and a pretty-printed one with its lines', async () => {
    const entries = [
      { question: '可以开发票吗？', answer: '可以。' },
      { question: '支持货到付款吗？', answer: '支持。', lang: 'fr' },
      { question: '可以开发票吗？', answer: '可以的。' },
    ];
    const labels = async (content: string) => {
      const report = await app.client.invoke('faq:import', { fileName: 'faq.json', content, dryRun: true });
      return [
        ...otherProblems(report).map((error) => `${placeLabel(error, zh)} ${rowProblem(error, zh).text}`),
        ...report.duplicates.map((duplicate) => placeLabel(duplicate, zh)),
      ];
    };
    expect(await labels(JSON.stringify(entries))).toEqual(['第 1 行第 2 条 必须是 "zh" 或 "en"', '第 1 行第 3 条']);
    expect(await labels(JSON.stringify({ entries }, null, 2))).toEqual(['第 7 行 必须是 "zh" 或 "en"', '第 12 行']);
  });

  it('says a CSV syntax error in Chinese, at the line the server names', async () => {
    const csv = 'question,answer\n可以开发票吗？,可以。\n"支持货到付款吗？,支持。\n周末发货吗？,发货。\n';
    const report = await app.client.invoke('faq:import', { fileName: 'faq.csv', content: csv, dryRun: true });
    expect(report.errors.map((error) => ({ line: zh('kb.import.line', { line: error.line }), ...rowProblem(error, zh) }))).toEqual([
      { line: '第 3 行', field: null, text: '从这一行开始的带引号字段没有结束（缺少结尾的 "）。' },
    ]);
    const short = await app.client.invoke('faq:import', { fileName: 'faq.csv', content: 'question,answer\n只有一列\n', dryRun: true });
    expect(short.errors.map((error) => rowProblem(error, zh))).toEqual([{ field: null, text: '这一行有 1 个字段，表头有 2 个。' }]);
    const missing = await app.client.invoke('faq:import', { fileName: 'faq.csv', content: 'question,category\n问,类\n', dryRun: true });
    expect(missing.errors.map((error) => rowProblem(error, zh))).toEqual([{ field: null, text: '缺少必需的列“answer”。' }]);
  });

  it('says how many fields a CSV row has in the form its count takes: 1 field, 4 fields', async () => {
    const csv = 'question,answer,category\nonly one field\nq,a,c,one too many\n';
    const report = await app.client.invoke('faq:import', { fileName: 'faq.csv', content: csv, dryRun: true });
    const en = (key: MessageKey, params?: MessageParams) => formatMessage('en', key, params);
    expect(report.errors.map((error) => rowProblem(error, en).text)).toEqual([
      'This row has 1 field; the header has 3.',
      'This row has 4 fields; the header has 3.',
    ]);
    expect(report.errors.map((error) => rowProblem(error, zh).text)).toEqual(['这一行有 1 个字段，表头有 3 个。', '这一行有 4 个字段，表头有 3 个。']);
    // The server's own English (the CLI's) too.
    expect(report.errors.map((error) => error.message)).toEqual(['has 1 field; the header has 3', 'has 4 fields; the header has 3']);
  });
});
