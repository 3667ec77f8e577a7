import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, protectFormula, unprotectFormula } from '../../../src-main/kb/csv.ts';
import { ImportProblem } from '../../../src-main/kb/import-problem.ts';

// Fields made of the characters CSV cares about (quote, comma, every line end, spaces, formula starts), plus any
// unicode, so the generator reaches the quoting rules often instead of by luck.
const tricky = fc.constantFrom('"', ',', '\r', '\n', '\r\n', ' ', '\t', '=', '+', '-', '@', "'", 'a', '中', '😀');
export const csvText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: tricky }), fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 1 })) }));
// Exported rows have a fixed width of several columns (export-faq.ts writes all eight fields).
const rows = fc.integer({ min: 2, max: 8 }).chain((width) => fc.array(fc.array(csvText, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }));

const breaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

describe('CSV (properties)', () => {
  it('parseCsv(formatCsv(rows)) gives back every field exactly, each record at the line it starts on', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const text = formatCsv(table);
        expect(text.startsWith('\uFEFF')).toBe(true);
        const body = text.slice(1);
        const records = parseCsv(body);
        expect(records.map((record) => record.fields)).toEqual(table);
        // Record k starts after all the line breaks of the records before it.
        let line = 1;
        table.forEach((row, k) => {
          expect(records[k]!.line).toBe(line);
          line += breaks(formatCsv([row]).slice(1));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a spreadsheet formula inert on export and restores the cell exactly on import', () => {
    fc.assert(
      fc.property(csvText, (cell) => {
        const exported = protectFormula(cell);
        expect(exported).not.toMatch(/^[=+\-@\t\r]/);
        expect(unprotectFormula(exported)).toBe(cell);
      }),
      { numRuns: 500 },
    );
  });

  it('reads arbitrary text into records or throws only an ImportProblem with a line inside the text', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        try {
          const records = parseCsv(text);
          for (const record of records) expect(record.line).toBeGreaterThanOrEqual(1);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportProblem);
          const { line, message } = error as ImportProblem;
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(breaks(text) + 1);
          expect(message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
