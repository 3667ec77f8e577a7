// Reads the three import formats into raw records: field name → value, with the line to report.
//
// JSON:  an array of entry objects, or {"entries": [...]}; "line" is the line where the entry starts (its "{"),
//        so it still points at the entry in a pretty-printed file. When several entries start on one line (a
//        file written on one line), "entry" (the array index + 1) tells them apart.
// JSONL: one entry object per line; blank lines are skipped.
// CSV:   a header row naming the columns, then one entry per record (see csv.ts). Multi-value cells:
//        tags are separated by "|" (a|b|c); similar questions go one per line inside the cell (in Excel,
//        Alt+Enter). enabled is true/false (also 1/0, yes/no); empty lang, ref or enabled mean "not given".
//        Columns are split by ',', or by ';' or tab when only that split makes the header known field names.
import type { FaqFileFormat } from '../shared/api/faq.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { parseCsv, unprotectFormula } from './csv.ts';
import { ImportProblem, lineAt, linesAt } from './import-problem.ts';
import { findEntryOffsets, findJsonSyntaxError } from './json-syntax.ts';

/** Every field an entry may have, in export order. */
export const FAQ_FIELDS = ['question', 'answer', 'category', 'tags', 'lang', 'enabled', 'ref', 'paraphrases'] as const;
export type FaqField = (typeof FAQ_FIELDS)[number];
const REQUIRED_FIELDS: readonly FaqField[] = ['question', 'answer'];
const OPTIONAL_IF_EMPTY: readonly FaqField[] = ['lang', 'ref', 'enabled'];

export const TAG_SEPARATOR = '|';

export interface RawRecord {
  line: number;
  /** A JSON entry's number (array index + 1), given only when another entry starts on the same line. */
  entry?: number;
  fields: Partial<Record<FaqField, unknown>>;
  /** Problems found while reading the record (unknown field, bad cell); the record is not imported. */
  problems: ImportProblem[];
}

const EXTENSIONS: Record<string, FaqFileFormat> = { json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', csv: 'csv' };

export function detectFormat(fileName: string, format?: FaqFileFormat): FaqFileFormat {
  if (format) return format;
  const detected = EXTENSIONS[fileName.toLowerCase().split('.').pop() ?? ''];
  if (!detected) {
    throw new InvalidInputError(`Cannot tell the format of "${fileName}": use a .json, .jsonl or .csv file`).withCode('import.unknown-format', {
      file: fileName,
    });
  }
  return detected;
}

const isField = (name: string): name is FaqField => (FAQ_FIELDS as readonly string[]).includes(name);
const unknownField = (line: number, name: string) =>
  new ImportProblem(line, `unknown field "${name}" (allowed: ${FAQ_FIELDS.join(', ')})`, name).withCode('import.unknown-field', {
    name,
    allowed: FAQ_FIELDS.join(', '),
  });

export function readRecords(text: string, format: FaqFileFormat): RawRecord[] {
  if (format === 'csv') return readCsv(text);
  if (format === 'jsonl') return readJsonl(text);
  return readJson(text);
}

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // The scanner names its reason with a code; JSON.parse's own wording (English, any V8's) is the fallback.
    const found = findJsonSyntaxError(text);
    if (!found) throw new ImportProblem(line, `invalid JSON: ${(error as Error).message}`).withCode('import.invalid-json', { detail: (error as Error).message });
    throw new ImportProblem(line + lineAt(text, found.offset) - 1, `invalid JSON: ${found.message}`).withCode(found.code, found.params);
  }
}

/** A JSON object → raw record; null means "not given". */
function fromObject(value: unknown, line: number): RawRecord {
  const record: RawRecord = { line, fields: {}, problems: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    record.problems.push(new ImportProblem(line, 'an entry must be a JSON object').withCode('import.not-an-object'));
    return record;
  }
  for (const [name, field] of Object.entries(value)) {
    if (!isField(name)) record.problems.push(unknownField(line, name));
    else if (field !== null) record.fields[name] = name === 'ref' && typeof field === 'number' ? String(field) : field;
  }
  return record;
}

function readJson(text: string): RawRecord[] {
  const document = parseJson(text, 1);
  const isWrapper = typeof document === 'object' && document !== null && !Array.isArray(document);
  if (isWrapper) {
    const extra = Object.keys(document).find((key) => key !== 'entries');
    if (extra) {
      throw new ImportProblem(1, `unexpected top-level key "${extra}" (expected {"entries": [...]})`, extra).withCode('import.json-top-level-key', {
        name: extra,
      });
    }
  }
  const entries = isWrapper ? (document as { entries?: unknown }).entries : document;
  if (!Array.isArray(entries)) throw new ImportProblem(1, 'expected an array of entries or {"entries": [...]}').withCode('import.json-not-array');
  const offsets = findEntryOffsets(text);
  // The scanner agrees with JSON.parse on a valid document; should it not (nesting beyond its depth), every
  // entry is named by its number, at line 1.
  const lines = offsets?.length === entries.length ? linesAt(text, offsets) : entries.map(() => 1);
  const perLine = new Map<number, number>();
  for (const line of lines) perLine.set(line, (perLine.get(line) ?? 0) + 1);
  return entries.map((entry, index) => {
    const record = fromObject(entry, lines[index]);
    if (perLine.get(lines[index])! > 1) record.entry = index + 1;
    return record;
  });
}

function readJsonl(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (!content.trim()) return;
    try {
      records.push(fromObject(parseJson(content, index + 1), index + 1));
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      records.push({ line: index + 1, fields: {}, problems: [error] });
    }
  });
  return records;
}

function readCsv(text: string): RawRecord[] {
  const [header, ...rows] = parseCsv(text, (names) => names.length > 0 && names.every((name) => isField(name.trim().toLowerCase())));
  if (!header) {
    throw new ImportProblem(1, `the file is empty; the first row must name the columns (${FAQ_FIELDS.join(', ')})`).withCode('import.csv-empty', {
      allowed: FAQ_FIELDS.join(', '),
    });
  }
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  columns.forEach((name, i) => {
    if (!isField(name)) throw unknownField(header.line, name);
    if (columns.indexOf(name) !== i) throw new ImportProblem(header.line, `the column "${name}" appears twice`, name).withCode('import.csv-column-twice', { name });
  });
  const missing = REQUIRED_FIELDS.find((name) => !columns.includes(name));
  if (missing) {
    throw new ImportProblem(header.line, `the required column "${missing}" is missing`, missing).withCode('import.csv-column-missing', {
      name: missing,
    });
  }

  return rows.map(({ line, fields: cells }) => {
    const record: RawRecord = { line, fields: {}, problems: [] };
    if (cells.length !== columns.length) {
      record.problems.push(
        // The count found is `n`: the catalogue's plural forms are chosen by it ("1 field", "3 fields").
        new ImportProblem(line, `has ${cells.length} field${cells.length === 1 ? '' : 's'}; the header has ${columns.length}`).withCode(
          'import.csv-field-count',
          { n: cells.length, expected: columns.length },
        ),
      );
      return record;
    }
    columns.forEach((name, i) => {
      const cell = unprotectFormula(cells[i]);
      if (cell.trim() === '' && OPTIONAL_IF_EMPTY.includes(name as FaqField)) return;
      try {
        record.fields[name as FaqField] = fromCell(name as FaqField, cell, line);
      } catch (error) {
        if (!(error instanceof ImportProblem)) throw error;
        record.problems.push(error);
      }
    });
    return record;
  });
}

const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false };

function fromCell(name: FaqField, cell: string, line: number): unknown {
  const split = (separator: string | RegExp) => cell.split(separator).map((part) => part.trim()).filter(Boolean);
  if (name === 'tags') return split(TAG_SEPARATOR);
  if (name === 'paraphrases') return split(/\r\n|\r|\n/);
  if (name === 'enabled') {
    const value = BOOLEANS[cell.trim().toLowerCase()];
    if (value === undefined) throw new ImportProblem(line, 'enabled must be true or false', name).withCode('import.field.boolean', { field: name });
    return value;
  }
  return cell;
}
