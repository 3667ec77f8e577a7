import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFaq } from '../../../src-main/kb/import-faq.ts';
import type { FaqFileFormat, ImportReport } from '../../../src-main/shared/api/faq.ts';
import { InvalidInputError } from '../../../src-main/shared/errors.ts';
import { kbState, openTempKb, type TempKb } from '../store/temp-kb.ts';

let kb: TempKb;
beforeEach(() => {
  kb = openTempKb();
  kb.repo.create({ question: 'Existing question?', answer: 'Existing answer.', ref: 'existing' });
});
afterEach(() => kb.dispose());

const run = (content: string | Uint8Array, fileName: string, dryRun = false) => importFaq(kb.repo, content, { fileName, dryRun });

/** Imports a bad file: it must throw InvalidInputError naming a line, change nothing, and carry the report. */
function refuse(content: string | Uint8Array, fileName: string): ImportReport {
  const before = kbState(kb);
  let thrown: unknown;
  try {
    run(content, fileName);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InvalidInputError);
  expect((thrown as Error).message).toMatch(/^Nothing was imported: line \d+(, entry \d+)?: /);
  expect(kbState(kb)).toEqual(before);
  // A dry run of the same file reports the same problems without throwing.
  const report = (thrown as InvalidInputError).details as ImportReport;
  expect(run(content, fileName, true).errors).toEqual(report.errors);
  return report;
}

const CSV_HEADER = 'question,answer,category,tags,lang,ref,paraphrases,enabled';

describe('importFaq()', () => {
  describe('JSON', () => {
    it('imports the sample FAQ ({"entries": [...]}) with tags and similar questions', () => {
      const sample = readFileSync(new URL('../../../resources/sample-faq.json', import.meta.url));
      const report = run(sample, 'sample-faq.json');
      const count = JSON.parse(sample.toString()).entries.length;
      expect(report).toMatchObject({ format: 'json', total: count, imported: count, errors: [], dryRun: false });
      const returns = kb.repo.list({ search: '退货' }).entries.find((entry) => entry.ref === 'returns-policy');
      expect(returns).toMatchObject({ lang: 'zh', category: 'returns', tags: ['退货', '售后'] });
      expect(returns!.paraphrases.length).toBeGreaterThan(0);
    });

    it('imports a plain array, with null meaning "not given" and a numeric ref as text', () => {
      const report = run(JSON.stringify([{ question: '发票怎么开？', answer: '在订单页申请。', category: null, ref: 42 }]), 'x.json');
      expect(report.imported).toBe(1);
      expect(kb.repo.list({ search: '发票' }).entries[0]).toMatchObject({ ref: '42', category: '', lang: 'zh' });
    });

    it('reports malformed JSON at the line of the mistake', () => {
      const report = refuse('{"entries": [\n  {"question": "q", "answer": "a"},\n  {"question": "q2" "answer": "a"}\n]}', 'bad.json');
      expect(report.errors).toEqual([
        {
          line: 3,
          message: expect.stringMatching(/^invalid JSON: expected "," or "}"/),
          code: 'import.json.expected-comma',
          params: { close: '}' },
        },
      ]);
    });

    it('reports a bad field and a duplicate of a pretty-printed file at the line where each entry starts', () => {
      const entries = Array.from({ length: 5 }, (_, i) => ({ question: `q${i}?`, answer: 'a', tags: ['x'] }));
      Object.assign(entries[3], { lang: 'fr' });
      entries[4].question = 'q1?';
      // As `faq export` writes it: entry i starts at line 3 + 7i ("{"), and entry 3 has one more line.
      const report = refuse(JSON.stringify({ entries }, null, 2), 'edited.json');
      expect(report.errors).toEqual([
        { line: 24, field: 'lang', message: 'lang must be "zh" or "en"', code: 'import.field.lang', params: { field: 'lang' } },
        {
          line: 32,
          field: 'question',
          message: 'duplicate question: same as line 10',
          code: 'import.duplicate.question-in-file',
          params: { other: 10 },
        },
      ]);
      expect(report.duplicates).toEqual([{ line: 32, reason: 'question', existingId: null, otherLine: 10 }]);
    });

    it('finds where entries start whatever their strings hold, in a bare array too', () => {
      const tricky = { question: 'has { and [ and "quotes" and \\"', answer: 'line\nbreak', ref: 'r' };
      const text = `[\n  ${JSON.stringify(tricky)},\n\n  ${JSON.stringify({ ...tricky, question: 'other?' })}\n]`;
      expect(refuse(text, 'tricky.json').duplicates).toEqual([{ line: 4, reason: 'ref', existingId: null, otherLine: 2 }]);
    });

    it('names the entry beside the line when several entries start on it (a one-line file)', () => {
      const report = refuse(
        JSON.stringify([{ question: 'q', answer: 'a' }, { question: 'q2', answer: 'a', answr: 'typo' }, { question: 'q3', answer: 7 }, { question: 'q', answer: 'b' }]),
        'bad.json',
      );
      expect(report.errors).toEqual([
        { line: 1, entry: 2, field: 'answr', message: expect.stringMatching(/^unknown field "answr"/), code: 'import.unknown-field', params: expect.objectContaining({ name: 'answr' }) },
        { line: 1, entry: 3, field: 'answer', message: 'answer must be text', code: 'import.field.text', params: { field: 'answer' } },
        {
          line: 1,
          entry: 4,
          field: 'question',
          message: 'duplicate question: same as line 1, entry 1',
          code: 'import.duplicate.question-in-file-entry',
          params: { other: 1, otherEntry: 1 },
        },
      ]);
      expect(report.duplicates).toEqual([{ line: 1, entry: 4, reason: 'question', existingId: null, otherLine: 1, otherEntry: 1 }]);
      let thrown: unknown;
      try {
        run(JSON.stringify([{ question: 'q', answer: 'a' }, { question: '', answer: 'a' }]), 'bad.json');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'import.nothing-imported-entry', params: { line: 1, entry: 2, n: 1 } });
      expect((thrown as Error).message).toBe('Nothing was imported: line 1, entry 2: question is required');
    });

    it('says a field left out (or null) is required, as it says of an empty one, not that it "must be text"', () => {
      const report = refuse('[\n{"question": "Phone?"},\n{"question": null, "answer": "Call us."},\n{"question": 7, "answer": "x"}\n]', 'missing.json');
      expect(report.errors).toEqual([
        { line: 2, field: 'answer', message: 'answer is required', code: 'import.field.required', params: { field: 'answer' } },
        { line: 3, field: 'question', message: 'question is required', code: 'import.field.required', params: { field: 'question' } },
        { line: 4, field: 'question', message: 'question must be text', code: 'import.field.text', params: { field: 'question' } },
      ]);
    });

    it('names the entry only on a line that several entries share', () => {
      const text = `[{"question": "a?", "answer": "x"}, {"question": "b?", "answer": ""},\n{"question": "c?", "answer": ""}]`;
      expect(refuse(text, 'mixed.json').errors.map(({ line, entry }) => ({ line, entry }))).toEqual([
        { line: 1, entry: 2 },
        { line: 2, entry: undefined },
      ]);
      expect(run(text.replaceAll('""', '"y"'), 'mixed.json', true).preview.map(({ line, entry }) => [line, entry])).toEqual([
        [1, 1],
        [1, 2],
        [2, undefined],
      ]);
    });

    it('refuses a document that is neither an array nor {"entries": [...]}', () => {
      expect(refuse('{"items": []}', 'bad.json').errors[0]).toMatchObject({ line: 1, field: 'items' });
      expect(refuse('"text"', 'bad.json').errors[0].message).toMatch(/expected an array of entries/);
    });
  });

  describe('JSONL', () => {
    it('imports one entry per line, skipping blank lines', () => {
      const text = '{"question":"Where is my parcel?","answer":"Track it in Orders."}\r\n\n{"question":"积分怎么用？","answer":"结算时抵扣。","tags":["积分"]}\n';
      expect(run(text, 'faq.jsonl')).toMatchObject({ format: 'jsonl', total: 2, imported: 2 });
    });

    it('reports the new entries\' ids in file order, and none for a dry run or a refused file', () => {
      run('{"question":"Old?","answer":"Yes."}\n', 'old.jsonl');
      const text = '{"question":"Where is my parcel?","answer":"Track it."}\n{"question":"积分怎么用？","answer":"结算时抵扣。"}\n';
      expect(run(text, 'faq.jsonl', true).ids).toEqual([]);
      const { ids } = run(text, 'faq.jsonl');
      expect(kb.repo.getMany(ids).map((entry) => entry.question)).toEqual(['Where is my parcel?', '积分怎么用？']);
      expect(refuse(text, 'again.jsonl').ids).toEqual([]);
    });

    it('reports each malformed line with its number and imports none', () => {
      const text = '{"question":"a","answer":"b"}\n{"question":"c",\n\n{"question":"","answer":"d"}\n[1]';
      expect(refuse(text, 'faq.jsonl').errors).toEqual([
        { line: 2, message: 'invalid JSON: expected a property name in double quotes', code: 'import.json.expected-name' },
        { line: 4, field: 'question', message: 'question is required', code: 'import.field.required', params: { field: 'question' } },
        { line: 5, message: 'an entry must be a JSON object', code: 'import.not-an-object' },
      ]);
    });
  });

  describe('CSV', () => {
    it('imports UTF-8 with a BOM and CRLF: quoted line breaks, "|" tags, one similar question per line', () => {
      const csv =
        `\uFEFF${CSV_HEADER}\r\n` +
        `如何申请退货？,"第一步：打开订单\r\n第二步：申请退货",returns,退货|售后,zh,r1,"我想退货\r\n退货流程？",true\r\n` +
        `"Do you ship, abroad?",Yes.,shipping,,,r2,,false\r\n`;
      expect(run(csv, 'faq.csv')).toMatchObject({ format: 'csv', total: 2, imported: 2 });
      const [returns, abroad] = kb.repo.list({ search: '' }).entries.slice(1);
      expect(returns).toMatchObject({
        answer: '第一步：打开订单\r\n第二步：申请退货',
        tags: ['退货', '售后'],
        paraphrases: ['我想退货', '退货流程？'],
        enabled: true,
      });
      expect(abroad).toMatchObject({ question: 'Do you ship, abroad?', tags: [], lang: 'en', enabled: false });
    });

    it('imports LF files without a BOM, from bytes, with columns in any order and case', () => {
      const csv = ' Answer ,QUESTION\nTrack it in Orders.,Where is my parcel?\n';
      expect(run(new TextEncoder().encode(csv), 'faq.csv').imported).toBe(1);
    });

    it('imports ";"-separated CSV (Excel where the list separator is ";"), keeping commas in cells', () => {
      const csv = '\uFEFFQuestion;Answer;Tags\r\n"Open; on Sunday?";"Yes, 10-16.";hours|sunday\r\nWhere, exactly?;Main St 1;\r\n';
      expect(run(csv, 'faq.csv')).toMatchObject({ format: 'csv', total: 2, imported: 2 });
      expect(kb.repo.list({ search: '' }).entries.slice(1)).toMatchObject([
        { question: 'Open; on Sunday?', answer: 'Yes, 10-16.', tags: ['hours', 'sunday'] },
        { question: 'Where, exactly?', answer: 'Main St 1', tags: [] },
      ]);
    });

    it('imports tab-separated text (Excel "Text (Tab delimited)"), reporting rows at their lines', () => {
      const tsv = 'question\tanswer\tenabled\nq1\ta, b; c\tno\n\nq2\ta2\tmaybe\n';
      expect(refuse(tsv, 'faq.csv').errors).toEqual([
        { line: 4, field: 'enabled', message: 'enabled must be true or false', code: 'import.field.boolean', params: { field: 'enabled' } },
      ]);
      expect(run(tsv.replace('maybe', 'yes'), 'faq.csv').imported).toBe(2);
      expect(kb.repo.list({ search: '' }).entries[1]).toMatchObject({ question: 'q1', answer: 'a, b; c', enabled: false });
    });

    it('keeps commas between columns when the header reads as fields that way, and names an unreadable header as written', () => {
      expect(run('question,answer\nq;1,a;2\n', 'faq.csv').imported).toBe(1);
      expect(kb.repo.list({ search: '' }).entries[1]).toMatchObject({ question: 'q;1', answer: 'a;2' });
      expect(refuse('question;answr\nq;a\n', 'bad.csv').errors[0]).toMatchObject({ line: 1, code: 'import.unknown-field', params: { name: 'question;answr' } });
    });

    it('reports malformed CSV at the line where the broken record starts', () => {
      const csv = `question,answer\n"multi\nline",ok\nfine,ok\n"never closed,x\nmore\n`;
      expect(refuse(csv, 'bad.csv').errors).toEqual([
        { line: 5, message: expect.stringMatching(/never closed/), code: 'import.csv-unclosed-quote' },
      ]);
    });

    it('refuses an unknown or duplicated column and a missing required one, at line 1', () => {
      expect(refuse('questoin,answer\nq,a\n', 'bad.csv').errors).toEqual([
        {
          line: 1,
          field: 'questoin',
          message: expect.stringMatching(/^unknown field "questoin" \(allowed: question, answer/),
          code: 'import.unknown-field',
          params: { name: 'questoin', allowed: expect.stringMatching(/^question, answer/) },
        },
      ]);
      expect(refuse('question,answer,answer\nq,a,a\n', 'bad.csv').errors[0]).toMatchObject({
        message: expect.stringMatching(/appears twice/),
        code: 'import.csv-column-twice',
        params: { name: 'answer' },
      });
      expect(refuse('question,category\nq,c\n', 'bad.csv').errors[0]).toMatchObject({
        line: 1,
        field: 'answer',
        code: 'import.csv-column-missing',
        params: { name: 'answer' },
      });
      expect(refuse('', 'empty.csv').errors[0]).toMatchObject({ message: expect.stringMatching(/file is empty/), code: 'import.csv-empty' });
    });

    it('reports row problems with their lines: empty question, field count, bad enabled, oversized fields', () => {
      const csv = [
        'question,answer,enabled',
        ' ,an answer,',
        'only one field',
        'q3,a3,maybe',
        `${'长'.repeat(1001)},a4,`,
        `q5,${'x'.repeat(20_001)},`,
        'q6,a6,no',
      ].join('\n');
      expect(refuse(csv, 'bad.csv').errors).toEqual([
        { line: 2, field: 'question', message: 'question is required', code: 'import.field.required', params: { field: 'question' } },
        { line: 3, message: 'has 1 field; the header has 3', code: 'import.csv-field-count', params: { n: 1, expected: 3 } },
        { line: 4, field: 'enabled', message: 'enabled must be true or false', code: 'import.field.boolean', params: { field: 'enabled' } },
        {
          line: 5,
          field: 'question',
          message: 'question is 1001 characters long; the limit is 1000',
          code: 'import.field.too-long',
          params: { field: 'question', length: 1001, max: 1000 },
        },
        {
          line: 6,
          field: 'answer',
          message: 'answer is 20001 characters long; the limit is 20000',
          code: 'import.field.too-long',
          params: { field: 'answer', length: 20001, max: 20000 },
        },
      ]);
    });
  });

  describe('duplicates', () => {
    it('refuses a ref already in the KB, naming the line and the entry', () => {
      const report = refuse(`question,answer,ref\nNew one?,a,fresh\nAnother?,b,existing\n`, 'dup.csv');
      expect(report.duplicates).toEqual([{ line: 3, reason: 'ref', existingId: 1 }]);
      expect(report.errors).toEqual([
        { line: 3, field: 'ref', message: 'duplicate ref: FAQ entry #1 already has it', code: 'import.duplicate.ref-existing', params: { id: 1 } },
      ]);
    });

    it('refuses a ref or a question repeated within the file, naming the earlier line', () => {
      const jsonl = [
        { question: 'A?', answer: 'a', ref: 'r' },
        { question: 'B?', answer: 'b', ref: 'r' },
        { question: 'c ?', answer: 'c' },
        { question: 'C', answer: 'c2' },
        { question: 'existing question', answer: 'x' },
      ].map((entry) => JSON.stringify(entry)).join('\n');
      expect(refuse(jsonl, 'dup.jsonl').duplicates).toEqual([
        { line: 2, reason: 'ref', existingId: null, otherLine: 1 },
        { line: 4, reason: 'question', existingId: null, otherLine: 3 },
        { line: 5, reason: 'question', existingId: 1 },
      ]);
    });
  });

  describe('bad bytes and sizes', () => {
    it('refuses invalid UTF-8 with the line of the first bad byte', () => {
      const bytes = Uint8Array.from([...new TextEncoder().encode('question,answer\nq,a\nq2,'), 0xc3, 0x28, 0x0a]);
      expect(refuse(bytes, 'latin1.csv').errors).toEqual([
        { line: 3, message: expect.stringMatching(/not valid UTF-8/), code: 'import.not-utf8', params: { byte: 23 } },
      ]);
    });

    it('imports UTF-16 with a byte order mark (Excel "Unicode Text"), and names a bad byte in it as UTF-16', () => {
      const text = 'question\tanswer\r\n营业时间？\t9:00–18:00\r\n';
      const bytes = new Uint8Array(new Uint16Array([0xfeff, ...Array.from(text, (char) => char.charCodeAt(0))]).buffer);
      expect(run(bytes, 'faq.csv').imported).toBe(1);
      expect(kb.repo.list({ search: '' }).entries[1]).toMatchObject({ question: '营业时间？', answer: '9:00–18:00' });
      expect(refuse(Uint8Array.from([0xff, 0xfe, 0x71]), 'u.csv').errors).toEqual([
        { line: 1, message: expect.stringMatching(/UTF-16 .*save it as UTF-8/), code: 'import.not-utf16', params: { byte: 2 } },
      ]);
    });

    it('refuses a file over 50 MB', () => {
      const big = `question,answer\nq,${'a'.repeat(50 * 2 ** 20)}\n`;
      expect(refuse(big, 'big.csv').errors[0]).toEqual({
        line: 1,
        message: expect.stringMatching(/the limit is 50 MB/),
        code: 'import.file-too-large',
        params: { size: '50.0', max: 50 },
      });
    });

    it('refuses a file type it cannot read, naming the file for the UI', () => {
      expect(() => run('x', 'faq.xlsx')).toThrow(InvalidInputError);
      expect(() => run('x', 'faq.xlsx')).toThrow(expect.objectContaining({ code: 'import.unknown-format', params: { file: 'faq.xlsx' } }));
    });

    it('codes a JSON document that is not a list of entries', () => {
      expect(refuse('{"entries": [], "version": 2}', 'x.json').errors).toEqual([
        { line: 1, field: 'version', message: expect.stringMatching(/^unexpected top-level key/), code: 'import.json-top-level-key', params: { name: 'version' } },
      ]);
      expect(refuse('{"entries": 3}', 'x.json').errors).toEqual([
        { line: 1, message: expect.stringMatching(/^expected an array/), code: 'import.json-not-array' },
      ]);
    });
  });

  describe('all or nothing', () => {
    it('writes no row of a file with one bad row among good ones', () => {
      const rows = Array.from({ length: 50 }, (_, i) => `Question ${i}?,Answer ${i}.`);
      rows.splice(30, 0, ',missing question');
      const report = refuse(['question,answer', ...rows].join('\n'), 'mixed.csv');
      expect(report).toMatchObject({ total: 51, imported: 0, errorCount: 1 });
      expect(report.errors[0].line).toBe(32);
    });

    it('names the refusal with a code: the first problem\'s line and how many there are', () => {
      let thrown: unknown;
      try {
        run('question,answer\nq,a\n,b\n,c\n', 'two-bad.csv');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'import.nothing-imported', params: { line: 3, n: 2 } });
      expect((thrown as Error).message).toBe('Nothing was imported: line 3: question is required (and 1 more problems)');
    });

    it('lists at most 1,000 problems but counts them all', () => {
      const rows = Array.from({ length: 1500 }, () => ',no question');
      const report = refuse(['question,answer', ...rows].join('\n'), 'bad.csv');
      expect(report.errors).toHaveLength(1000);
      expect(report.errorCount).toBe(1500);
    });

    it('bumps the revision once for a whole import', () => {
      const before = kb.repo.revision();
      run(JSON.stringify([{ question: 'one?', answer: 'a' }, { question: 'two?', answer: 'b' }]), 'two.json');
      expect(kb.repo.revision()).toBe(before + 1);
    });
  });

  describe('dry run', () => {
    it('returns the report and a preview without writing anything', () => {
      const before = kbState(kb);
      const report = run('question,answer,category,paraphrases\n退货？,答,returns,"甲\n乙"\nShip?,Yes,,\n', 'faq.csv', true);
      expect(report).toMatchObject({ dryRun: true, total: 2, imported: 2, ready: 2, errors: [] });
      expect(report.preview).toEqual([
        { line: 2, question: '退货？', category: 'returns', lang: 'zh', paraphrases: 2 },
        { line: 4, question: 'Ship?', category: '', lang: 'en', paraphrases: 0 },
      ]);
      expect(kbState(kb)).toEqual(before);
    });

    it('reports problems instead of throwing, and 0 to import', () => {
      const report = run('question,answer\n,a\n', 'faq.csv', true);
      expect(report).toMatchObject({ dryRun: true, imported: 0, errorCount: 1 });
    });

    it('counts the rows that have no problem of their own as ready, apart from errors and duplicates', () => {
      const report = run('question,answer\n,a\nShip?,Yes\nPay?,Card\nship?,Again\n', 'faq.csv', true);
      expect(report).toMatchObject({ dryRun: true, total: 4, imported: 0, ready: 2, errorCount: 2 });
    });
  });

  for (const format of ['json', 'jsonl', 'csv'] satisfies FaqFileFormat[]) {
    it(`accepts an explicit format (${format}) whatever the file name`, () => {
      const content = { json: '[]', jsonl: '', csv: 'question,answer\n' }[format];
      expect(importFaq(kb.repo, content, { fileName: 'upload.txt', format })).toMatchObject({ format, total: 0 });
    });
  }
});
