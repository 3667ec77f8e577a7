import { questionKey } from '../search/question-key.ts';
import {
  FaqDraft,
  IMPORT_FILE_MAX_BYTES,
  type FaqFileFormat,
  type ImportDuplicate,
  type ImportReport,
  type ImportRowError,
  type ParsedFaqDraft,
} from '../shared/api/faq.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { detectEntryLang, type FaqRepository } from '../store/faq-repository.ts';
import { issueText } from '../store/validate.ts';
import { detectFormat, readRecords, type RawRecord } from './faq-file.ts';
import { ImportProblem } from './import-problem.ts';
import { decodeUtf8 } from './utf8.ts';

const MAX_REPORTED_ERRORS = 1_000;
const PREVIEW_ROWS = 100;

export interface ImportOptions {
  /** Used to tell the format when `format` is not given. */
  fileName: string;
  format?: FaqFileFormat;
  /** Only report what would happen. */
  dryRun?: boolean;
}

interface ValidRow {
  line: number;
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
  const report: ImportReport = { format, total: 0, imported: 0, duplicates: [], errors: [], errorCount: 0, preview: [], dryRun };
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
    addError({ line: duplicate.line, field: duplicate.reason, message: describeDuplicate(duplicate) });
  }
  report.errors.sort((a, b) => a.line - b.line);
  report.preview = rows.slice(0, PREVIEW_ROWS).map(({ line, draft }) => ({
    line,
    question: draft.question,
    category: draft.category,
    lang: detectEntryLang(draft.question, draft.lang),
    paraphrases: draft.paraphrases.length,
  }));
  if (report.errorCount > 0) {
    if (dryRun) return report;
    throw new InvalidInputError(summarize(report), report);
  }
  report.imported = rows.length;
  if (!dryRun && rows.length) repo.createMany(rows.map((row) => row.draft));
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
  const text = typeof content === 'string' ? content : decodeUtf8(content);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

const toRowError = (problem: ImportProblem): ImportRowError => {
  const error: ImportRowError =
    problem.field === undefined
      ? { line: problem.line, message: problem.message }
      : { line: problem.line, field: problem.field, message: problem.message };
  if (problem.code) error.code = problem.code;
  if (problem.params) error.params = problem.params;
  return error;
};

function validateRecord(record: RawRecord, addError: (error: ImportRowError) => void): ValidRow[] {
  for (const problem of record.problems) addError(toRowError(problem));
  if (record.problems.length) return [];
  const parsed = FaqDraft.safeParse(record.fields);
  if (parsed.success) return [{ line: record.line, draft: parsed.data }];
  for (const issue of parsed.error.issues) {
    addError({ line: record.line, field: String(issue.path[0] ?? ''), message: issueText(issue) });
  }
  return [];
}

/** Duplicates by ref first, then by question: against live KB entries, then against earlier rows. */
function findDuplicates(repo: FaqRepository, rows: readonly ValidRow[]): ImportDuplicate[] {
  const duplicates: ImportDuplicate[] = [];
  const lineByRef = new Map<string, number>();
  const lineByQuestion = new Map<string, number>();
  for (const { line, draft } of rows) {
    const ref = draft.ref ?? null;
    const key = questionKey(draft.question);
    const existing = repo.findDuplicate(draft.question, ref);
    const earlierRef = ref === null ? undefined : lineByRef.get(ref);
    const earlierQuestion = lineByQuestion.get(key);
    if (existing?.reason === 'ref') duplicates.push({ line, reason: 'ref', existingId: existing.id });
    else if (earlierRef !== undefined) duplicates.push({ line, reason: 'ref', existingId: null, otherLine: earlierRef });
    else if (existing) duplicates.push({ line, reason: 'question', existingId: existing.id });
    else if (earlierQuestion !== undefined) {
      duplicates.push({ line, reason: 'question', existingId: null, otherLine: earlierQuestion });
    }
    if (ref !== null && !lineByRef.has(ref)) lineByRef.set(ref, line);
    if (!lineByQuestion.has(key)) lineByQuestion.set(key, line);
  }
  return duplicates;
}

function describeDuplicate({ reason, existingId, otherLine }: ImportDuplicate): string {
  const what = reason === 'ref' ? 'duplicate ref' : 'duplicate question';
  return existingId !== null ? `${what}: FAQ entry #${existingId} already has it` : `${what}: same as line ${otherLine}`;
}

function summarize(report: ImportReport): string {
  const first = report.errors[0];
  const more = report.errorCount > 1 ? ` (and ${report.errorCount - 1} more problems)` : '';
  return `Nothing was imported: line ${first.line}: ${first.message}${more}`;
}
