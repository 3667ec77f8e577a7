// RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" inside quotes is one "), quoted
// fields may hold commas and line breaks. The importer also reads ';' or tab between fields (Excel writes
// ';' where the locale's list separator is one, and tabs for "Text (Tab delimited)"); export writes commas.
// Lines end in CRLF, LF or CR. Strict: a quote inside an unquoted field, text after a closing quote, or a quote never closed is an error naming its line.
import { ImportProblem } from './import-problem.ts';

const LINE_BREAKS = /\r\n|\r|\n/g;

export interface CsvRecord {
  /** The physical line (1-based) where the record starts. */
  line: number;
  fields: string[];
}

/** What may stand between fields. */
export type CsvSeparator = ',' | ';' | '\t';

/**
 * Parses CSV text (without BOM). Blank lines between records are skipped. `separator` is the one between fields,
 * or a test of a header row's names: then the first row decides (see headerSeparator).
 */
export function parseCsv(text: string, separator: CsvSeparator | ((names: string[]) => boolean) = ','): CsvRecord[] {
  if (typeof separator === 'function') return parseCsv(text, headerSeparator(text, separator));
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  /** Consumes a line break at `i` if there is one; returns whether it did. */
  const lineBreak = (): boolean => {
    if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (text[i] === '\n') i += 1;
    else return false;
    line++;
    return true;
  };

  while (i < n) {
    if (lineBreak()) continue; // a blank line
    const record: CsvRecord = { line, fields: [] };
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const openedAt = line;
        i++;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote === -1) throw new ImportProblem(openedAt, 'a quoted field that starts on this line is never closed (a closing " is missing)').withCode('import.csv-unclosed-quote');
          const chunk = text.slice(i, quote);
          field += chunk;
          line += chunk.match(LINE_BREAKS)?.length ?? 0;
          i = quote + 1;
          if (text[i] !== '"') break; // the closing quote
          field += '"';
          i++;
        }
        if (i < n && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
          throw new ImportProblem(line, 'unexpected text after a closing quote (write "" for a quote inside a quoted field)').withCode(
            'import.csv-text-after-quote',
          );
        }
      } else {
        const start = i;
        while (i < n && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new ImportProblem(line, 'a " inside an unquoted field (quote the whole field and write "")').withCode('import.csv-stray-quote');
          i++;
        }
        field = text.slice(start, i);
      }
      record.fields.push(field);
      if (text[i] === separator) {
        i++;
        continue;
      }
      lineBreak();
      break;
    }
    records.push(record);
  }
  return records;
}

/**
 * The separator of CSV text, told from its first row: ',' whenever that row split on commas passes `isHeader`, else
 * ';' or tab when that split does (European Excel writes ';', "Text (Tab delimited)" and "Unicode Text" tabs), else
 * ',' so a bad header is reported as written. Data rows never decide: a cell may hold any of the three.
 */
export function headerSeparator(text: string, isHeader: (names: string[]) => boolean): CsvSeparator {
  const header = text.replace(/^[\r\n]+/, '').split(/\r\n|\r|\n/, 1)[0];
  const passes = (separator: CsvSeparator) => {
    try {
      return isHeader(parseCsv(header, separator)[0]?.fields ?? []);
    } catch {
      return false; // not even CSV when split this way
    }
  };
  return passes(',') ? ',' : (([';', '\t'] as const).find(passes) ?? ',');
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field, quoted when it has to be. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text for Excel: UTF-8 BOM (so it is not read as the ANSI code page) and CRLF line ends. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

// Spreadsheet apps run a cell that starts with = + - @ (or tab/CR) as a formula: text that came from
// customers must not become one. Such cells get a leading ' on export, which the importer removes again;
// a cell that already starts with ' before one of them gets one more, so the round trip is exact.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PROTECTED_FORMULA_START = /^'+[=+\-@\t\r]/;

export const protectFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);
export const unprotectFormula = (cell: string): string => (PROTECTED_FORMULA_START.test(cell) ? cell.slice(1) : cell);
