import { describe, expect, it } from 'vitest';
import { csvField, formatCsv, headerSeparator, parseCsv, protectFormula, unprotectFormula } from '../../../src-main/kb/csv.ts';
import { ImportProblem } from '../../../src-main/kb/import-problem.ts';

const problem = (text: string) => {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof ImportProblem) return { line: error.line, message: error.message };
    throw error;
  }
  return null;
};

describe('parseCsv()', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nthere'] },
    ]);
  });

  it('numbers records by the physical line where they start, across multi-line fields', () => {
    const records = parseCsv('h1,h2\n"one\ntwo\r\nthree",x\nlast,y');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it('accepts LF, CRLF and CR line ends and a missing final line end', () => {
    expect(parseCsv('a\nb\r\nc\rd').map((record) => record.fields[0])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('skips blank lines but keeps their line numbers counted', () => {
    expect(parseCsv('a\n\n\nb\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,""\n,')[0].fields).toEqual(['a', '', '']);
    expect(parseCsv('a,,""\n,')[1].fields).toEqual(['', '']);
  });

  it('reports a quote never closed at the line where it opened', () => {
    expect(problem('a,b\nx,"open\nstill open\n')).toEqual({ line: 2, message: expect.stringMatching(/never closed/) });
  });

  it('reports text after a closing quote and a quote inside an unquoted field, with their lines', () => {
    expect(problem('a,b\n"x"y,z')).toMatchObject({ line: 2, message: expect.stringMatching(/after a closing quote/) });
    expect(problem('a,b\nc,d\nab"c,d')).toMatchObject({ line: 3, message: expect.stringMatching(/inside an unquoted field/) });
  });
});

describe('headerSeparator()', () => {
  const known = (names: string[]) => names.every((name) => ['q', 'a'].includes(name));

  it('prefers commas whenever the header reads that way, whatever the rows hold', () => {
    expect(headerSeparator('q,a\nx;y;z,\t\n', known)).toBe(',');
    expect(headerSeparator('\r\n\nq;a\n', known)).toBe(';');
    expect(headerSeparator('"q"\ta\r\n', known)).toBe('\t');
  });

  it('falls back to commas when no split makes the header known, or a split is not CSV', () => {
    expect(headerSeparator('q;b\n', known)).toBe(',');
    expect(headerSeparator('q;"a"x\n', known)).toBe(',');
    expect(headerSeparator('', known)).toBe(',');
  });

  it('is what parseCsv uses when given a header test instead of a separator', () => {
    expect(parseCsv('q;a\n"1;2";3,4\n', known).map((record) => record.fields)).toEqual([['q', 'a'], ['1;2', '3,4']]);
  });
});

describe('formatCsv()', () => {
  it('starts with a BOM, ends each row with CRLF and quotes only what needs it', () => {
    expect(formatCsv([['a', 'b,c'], ['say "hi"', 'two\nlines'], [' padded', '']])).toBe(
      '\uFEFFa,"b,c"\r\n"say ""hi""","two\nlines"\r\n" padded",\r\n',
    );
  });

  it('round-trips through parseCsv', () => {
    const rows = [['q', 'a'], ['如何,退货？', '"引号"\r\n换行'], ['', 'x']];
    expect(parseCsv(formatCsv(rows).slice(1)).map((record) => record.fields)).toEqual(rows);
  });
});

describe('csvField()', () => {
  it('leaves plain text unquoted', () => {
    expect(csvField('退货 policy')).toBe('退货 policy');
  });
});

describe('protectFormula() / unprotectFormula()', () => {
  it('prefixes cells a spreadsheet would run as a formula, and removes the prefix again', () => {
    for (const cell of ['=HYPERLINK("x")', '+1', '-5 days', '@SUM(A1)', "'=already", "''+x", 'plain', "'quoted", '']) {
      expect(unprotectFormula(protectFormula(cell))).toBe(cell);
    }
    expect(protectFormula('=1+1')).toBe("'=1+1");
    expect(protectFormula('plain')).toBe('plain');
  });
});
