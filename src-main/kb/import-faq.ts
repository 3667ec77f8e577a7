import { questionKey } from '../search/question-key.ts';
import {
  FaqDraft,
  IMPORT_FILE_MAX_BYTES,
  importPlaceText,
  type FaqFileFormat,
  type ImportDuplicate,
  type ImportReport,
  type ImportRowError,
  type ParsedFaqDraft,
} from '../shared/api/faq.ts';
import { InvalidInputError, type ErrorParams } from '../shared/errors.ts';
import { detectEntryLang, type FaqRepository } from '../store/faq-repository.ts';
import { issueText } from '../store/validate.ts';
import { detectFormat, readRecords, type RawRecord } from './faq-file.ts';
import { ImportProblem } from './import-problem.ts';
import { decodeText } from './utf8.ts';

const MAX_REPORTED_ERRORS = 1_000;
const PREVIEW_ROWS = 100;

export interface ImportOptions {
  /** Used to tell the format when `format` is not given. */
  fileName: string;
  format?: FaqFileFormat;
  /** Only report what would happen. */
  dryRun?: boolean;
  /** Runs once the file is known to import, just before the write (a backup: a refused file must not push one out). */
  beforeWrite?: () => void;
}

interface ValidRow {
  line: number;
  entry?: number;
  draft: ParsedFaqDraft;
}

/**
 * Imports an FAQ file: all rows in one transaction, or none. Every row is checked first (fields, limits,
 * duplicates by ref and then by question, against the KB and within the file). With `dryRun` the report is
 * returned without writing; otherwise a file with any problem throws InvalidInputError whose message names
 * the first problem's line and whose details are the full report.
 */
export function importFaq(repo: FaqRepository, content: string | Uint8Array, options: ImportOptions): ImportReport {
  const format = detectFormat(options.fileName, options.format);
  const dryRun = options.dryRun ?? false;
  const report: ImportReport = { format, total: 0, imported: 0, ready: 0, ids: [], duplicates: [], errors: [], errorCount: 0, preview: [], dryRun };
  const addError = (error: ImportRowError) => {
    if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push(error);
    report.errorCount++;
  };

  let rows: ValidRow[] = [];
  try {
    const records = readRecords(toText(content), format);
    report.total = records.length;
    rows = records.flatMap((record) => validateRecord(record, addError));
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    addError(toRowError(error));
  }

  for (const duplicate of findDuplicates(repo, rows)) {
    report.duplicates.push(duplicate);
    addError({ ...at(duplicate), field: duplicate.reason, message: describeDuplicate(duplicate), ...duplicateCode(duplicate) });
  }
  const duplicated = new Set(report.duplicates.map(({ line, entry }) => `${line}:${entry}`));
  report.ready = rows.filter(({ line, entry }) => !duplicated.has(`${line}:${entry}`)).length;
  report.errors.sort((a, b) => a.line - b.line || (a.entry ?? 0) - (b.entry ?? 0));
  report.preview = rows.slice(0, PREVIEW_ROWS).map(({ line, entry, draft }) => ({
    ...at({ line, entry }),
    question: draft.question,
    category: draft.category,
    lang: detectEntryLang(draft.question, draft.lang),
    paraphrases: draft.paraphrases.length,
  }));
  if (report.errorCount > 0) {
    if (dryRun) return report;
    throw refusal(report);
  }
  report.imported = rows.length;
  if (!dryRun && rows.length) {
    options.beforeWrite?.();
    report.ids = repo.createMany(rows.map((row) => row.draft));
  }
  return report;
}

function toText(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (bytes > IMPORT_FILE_MAX_BYTES) {
    throw new ImportProblem(1, `the file is ${(bytes / 2 ** 20).toFixed(1)} MB; the limit is ${IMPORT_FILE_MAX_BYTES / 2 ** 20} MB`).withCode(
      'import.file-too-large',
      { size: (bytes / 2 ** 20).toFixed(1), max: IMPORT_FILE_MAX_BYTES / 2 ** 20 },
    );
  }
  const text = typeof content === 'string' ? content : decodeText(content);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** A place in the file: the line, and the entry's number only when the record has one (see RawRecord). */
const at = ({ line, entry }: { line: number; entry?: number }): { line: number; entry?: number } =>
  entry === undefined ? { line } : { line, entry };

const toRowError = (problem: ImportProblem, entry?: number): ImportRowError => {
  const error: ImportRowError =
    problem.field === undefined
      ? { ...at({ line: problem.line, entry }), message: problem.message }
      : { ...at({ line: problem.line, entry }), field: problem.field, message: problem.message };
  if (problem.code) error.code = problem.code;
  if (problem.params) error.params = problem.params;
  return error;
};

function validateRecord(record: RawRecord, addError: (error: ImportRowError) => void): ValidRow[] {
  for (const problem of record.problems) addError(toRowError(problem, record.entry));
  if (record.problems.length) return [];
  const parsed = FaqDraft.safeParse(record.fields);
  if (parsed.success) return [{ ...at(record), draft: parsed.data }];
  for (const issue of parsed.error.issues) {
    const error: ImportRowError = { ...at(record), field: String(issue.path[0] ?? ''), message: issueText(issue) };
    addError({ ...error, ...fieldProblemCode(issue.path.map(String).join('.'), issue.message) });
  }
  return [];
}

/**
 * The schema's sentences about a field's value (FaqDraft in shared/api/faq.ts), as a code with the field's path
 * (`tags.3`) and the figures, so the import preview can say them in the UI's language; {} for any other sentence.
 */
const FIELD_PROBLEMS: { pattern: RegExp; code: string; params?: (match: RegExpMatchArray) => ErrorParams }[] = [
  { pattern: /^is required$/, code: 'import.field.required' },
  { pattern: /^must be text$/, code: 'import.field.text' },
  { pattern: /^must be true or false$/, code: 'import.field.boolean' },
  { pattern: /^must be a list$/, code: 'import.field.list' },
  { pattern: /^must be "zh" or "en"$/, code: 'import.field.lang' },
  { pattern: /^must not contain "\|" or line breaks$/, code: 'import.field.tag-chars' },
  {
    pattern: /^is (\d+) characters long; the limit is (\d+)$/,
    code: 'import.field.too-long',
    params: (match) => ({ length: Number(match[1]), max: Number(match[2]) }),
  },
  { pattern: /^has more than (\d+) (?:tags|items)$/, code: 'import.field.too-many', params: (match) => ({ max: Number(match[1]) }) },
];

function fieldProblemCode(field: string, sentence: string): Pick<ImportRowError, 'code' | 'params'> {
  for (const { pattern, code, params } of FIELD_PROBLEMS) {
    const match = sentence.match(pattern);
    if (match) return { code, params: { field, ...params?.(match) } };
  }
  return {};
}

/** Duplicates by ref first, then by question: against live KB entries, then against earlier rows. */
function findDuplicates(repo: FaqRepository, rows: readonly ValidRow[]): ImportDuplicate[] {
  const duplicates: ImportDuplicate[] = [];
  type Place = { line: number; entry?: number };
  const placeByRef = new Map<string, Place>();
  const placeByQuestion = new Map<string, Place>();
  const other = (place: Place) => (place.entry === undefined ? { otherLine: place.line } : { otherLine: place.line, otherEntry: place.entry });
  for (const { line, entry, draft } of rows) {
    const here = at({ line, entry });
    const ref = draft.ref ?? null;
    const key = questionKey(draft.question);
    const existing = repo.findDuplicate(draft.question, ref);
    const earlierRef = ref === null ? undefined : placeByRef.get(ref);
    const earlierQuestion = placeByQuestion.get(key);
    if (existing?.reason === 'ref') duplicates.push({ ...here, reason: 'ref', existingId: existing.id });
    else if (earlierRef !== undefined) duplicates.push({ ...here, reason: 'ref', existingId: null, ...other(earlierRef) });
    else if (existing) duplicates.push({ ...here, reason: 'question', existingId: existing.id });
    else if (earlierQuestion !== undefined) {
      duplicates.push({ ...here, reason: 'question', existingId: null, ...other(earlierQuestion) });
    }
    if (ref !== null && !placeByRef.has(ref)) placeByRef.set(ref, here);
    if (!placeByQuestion.has(key)) placeByQuestion.set(key, here);
  }
  return duplicates;
}

function describeDuplicate({ reason, existingId, otherLine, otherEntry }: ImportDuplicate): string {
  const what = reason === 'ref' ? 'duplicate ref' : 'duplicate question';
  if (existingId !== null) return `${what}: FAQ entry #${existingId} already has it`;
  return `${what}: same as ${importPlaceText({ line: otherLine ?? 0, entry: otherEntry })}`;
}

function duplicateCode({ reason, existingId, otherLine, otherEntry }: ImportDuplicate): Pick<ImportRowError, 'code' | 'params'> {
  if (existingId !== null) return { code: `import.duplicate.${reason}-existing`, params: { id: existingId } };
  if (otherEntry !== undefined) return { code: `import.duplicate.${reason}-in-file-entry`, params: { other: otherLine ?? 0, otherEntry } };
  return { code: `import.duplicate.${reason}-in-file`, params: { other: otherLine ?? 0 } };
}

/** The refusal of a file with problems: English naming the first, and a code with its line (and entry) and the count. */
function refusal(report: ImportReport): InvalidInputError {
  const first = report.errors[0];
  const more = report.errorCount > 1 ? ` (and ${report.errorCount - 1} more problems)` : '';
  const refused = new InvalidInputError(`Nothing was imported: ${importPlaceText(first)}: ${first.message}${more}`, report);
  if (first.entry === undefined) return refused.withCode('import.nothing-imported', { line: first.line, n: report.errorCount });
  return refused.withCode('import.nothing-imported-entry', { line: first.line, entry: first.entry, n: report.errorCount });
}
