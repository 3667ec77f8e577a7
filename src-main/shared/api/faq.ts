import { z } from 'zod';
import { channel } from './define.ts';
import type { ErrorParams } from '../errors.ts';
import {
  ANSWER_MAX,
  CATEGORY_MAX,
  IMPORT_FILE_MAX_BYTES,
  LIST_IDS_MAX,
  PARAPHRASES_MAX,
  QUESTION_MAX,
  REF_MAX,
  TAG_MAX,
  TAGS_MAX,
} from './faq-limits.ts';

export * from './faq-limits.ts';

export type Lang = 'zh' | 'en';
/** The formats of import and export files (JSON, JSON Lines, CSV). */
export const FAQ_FILE_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type FaqFileFormat = (typeof FAQ_FILE_FORMATS)[number];

export interface FaqEntry {
  id: number;
  question: string;
  answer: string;
  category: string;
  tags: string[];
  lang: Lang;
  enabled: boolean;
  ref: string | null;
  paraphrases: string[];
  createdAt: string; // ISO 8601
  updatedAt: string;
  deletedAt: string | null; // soft delete; undo clears it
}

export interface FaqSearchHit {
  entry: FaqEntry;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

export interface ImportRowError {
  /** 1-based: the physical line where the CSV record starts, the JSONL line, or the line where a JSON entry starts. */
  line: number;
  /** A JSON entry's number (array index + 1), given only when other entries start on the same line. */
  entry?: number;
  field?: string;
  /** English, for the CLI and logs; `code` and `params` let the UI say it in its language (see MessageCode). */
  message: string;
  code?: string;
  params?: ErrorParams;
}

/** Where a row error is, in English: "line 4", or "line 1, entry 4" when entries share the line. */
export const importPlaceText = ({ line, entry }: { line: number; entry?: number }): string =>
  entry === undefined ? `line ${line}` : `line ${line}, entry ${entry}`;

/**
 * Whether no row could be read from the file at all (its syntax, its encoding or its size): its one error then says
 * why and where, and its row count of 0 says nothing about the file.
 */
export const unreadableImport = (report: Pick<ImportReport, 'total' | 'errorCount'>): boolean => report.total === 0 && report.errorCount > 0;

export interface ImportDuplicate {
  line: number;
  /** As in ImportRowError: the entry's number when its line alone does not say which entry. */
  entry?: number;
  reason: 'ref' | 'question';
  /** The KB entry it duplicates, or null when it duplicates an earlier row of the same file. */
  existingId: number | null;
  /** The earlier row of the same file it duplicates. */
  otherLine?: number;
  /** The earlier row's entry number, when its line alone does not say which entry. */
  otherEntry?: number;
}

/** What an import would do (dry run) or did. An import with errors writes nothing and throws this report as details. */
export interface ImportReport {
  format: FaqFileFormat;
  /** Rows (entries) found in the file. */
  total: number;
  /** Rows written, or that would be written by a dry run. 0 when there are errors. */
  imported: number;
  /**
   * Rows with no problem of their own (neither an error nor a duplicate): what the import would write once the
   * other rows are fixed or removed. Equal to `imported` when there are no errors.
   */
  ready: number;
  /** The new entries' ids, in file order (so the UI can show just them); empty for a dry run. */
  ids: number[];
  /** Duplicates block the import; each also appears in `errors`. */
  duplicates: ImportDuplicate[];
  /** Up to the first 1,000 problems, in file order; `errorCount` has the full number. */
  errors: ImportRowError[];
  errorCount: number;
  /** The first rows as they would be stored, for the preview. */
  preview: { line: number; entry?: number; question: string; category: string; lang: Lang; paraphrases: number }[];
  /** True when this was a dry run: nothing was written. */
  dryRun: boolean;
}

// Messages complete a sentence that starts with the field name ("question is required").
const tooLong = (max: number) => ({
  error: (issue: { input?: unknown }) => `is ${String(issue.input).length} characters long; the limit is ${max}`,
});
/** A field left out (or null) is required, as an empty one is: "must be text" is for a value of another kind. */
const notText = { error: (issue: { input?: unknown }) => (issue.input == null ? 'is required' : 'must be text') };
const required = (max: number) => z.string(notText).trim().min(1, 'is required').max(max, tooLong(max));
const optionalText = (max: number) => z.string('must be text').trim().max(max, tooLong(max));
/** One line: a similar question is shown and exported one per line, so inner line breaks become spaces. */
const singleLine = (max: number) => required(max).transform((text) => text.replace(/\s+/g, ' '));

const lang = z.enum(['zh', 'en'], 'must be "zh" or "en"');
const tag = required(TAG_MAX).refine((text) => !/[|\r\n]/.test(text), 'must not contain "|" or line breaks');
const tags = z.array(tag, 'must be a list').max(TAGS_MAX, `has more than ${TAGS_MAX} tags`);
const paraphrases = z.array(singleLine(QUESTION_MAX), 'must be a list').max(PARAPHRASES_MAX, `has more than ${PARAPHRASES_MAX} items`);
const id = z.number().int().positive();

/** Fields without defaults, shared by the draft (defaults added) and the patch (absent means unchanged). */
const entryFields = {
  question: required(QUESTION_MAX),
  answer: required(ANSWER_MAX),
  category: optionalText(CATEGORY_MAX),
  tags,
  lang, // detected from the question when absent
  enabled: z.boolean('must be true or false'),
  ref: required(REF_MAX).nullable(),
  paraphrases,
};

export const FaqDraft = z.object({
  ...entryFields,
  category: entryFields.category.default(''),
  tags: tags.default([]),
  lang: lang.optional(),
  enabled: entryFields.enabled.default(true),
  ref: entryFields.ref.optional(),
  paraphrases: paraphrases.default([]),
});
export type FaqDraft = z.input<typeof FaqDraft>;
export type ParsedFaqDraft = z.output<typeof FaqDraft>;

export const FaqPatch = z.object(entryFields).partial().extend({ id });
export type FaqPatch = z.input<typeof FaqPatch>;

export const FaqListQuery = z.object({
  /** Every word must occur (question, similar questions or answer); the last one may be unfinished. */
  search: z.string().max(QUESTION_MAX).optional(),
  category: z.string().max(CATEGORY_MAX).optional(),
  tag: z.string().max(TAG_MAX).optional(),
  lang: lang.optional(),
  enabled: z.boolean().optional(),
  includeDeleted: z.boolean().optional(),
  /** Only these entries (the ones an import or the editor just added). */
  ids: z.array(id).min(1).max(LIST_IDS_MAX).optional(),
  limit: z.number().int().min(1).max(50_000).optional(),
  offset: z.number().int().min(0).optional(),
});
export type FaqListQuery = z.input<typeof FaqListQuery>;

export const BulkPatch = z.object({ category: optionalText(CATEGORY_MAX).optional(), enabled: z.boolean().optional() });
export type BulkPatch = z.output<typeof BulkPatch>;

const ids = z.object({ ids: z.array(id).min(1).max(LIST_IDS_MAX) });

export const faqChannels = {
  'faq:list': channel(FaqListQuery).returns<{ entries: FaqEntry[]; total: number; revision: number }>(),
  'faq:get': channel(z.object({ id })).returns<FaqEntry>(),
  'faq:search': channel(
    z.object({ query: z.string().max(QUESTION_MAX), limit: z.number().int().min(1).max(100).optional() }),
  ).returns<FaqSearchHit[]>(),
  'faq:create': channel(FaqDraft).returns<FaqEntry>(),
  /** Only the fields present change; `paraphrases` replaces the whole list. */
  'faq:update': channel(FaqPatch).returns<FaqEntry>(),
  /** Soft delete; returns the ids that were deleted (not those already deleted) so the caller can offer undo. */
  'faq:delete': channel(ids).returns<{ ids: number[] }>(),
  'faq:restore': channel(ids).returns<{ ids: number[] }>(),
  /** Returns the previous values so the caller can undo. */
  'faq:bulk-update': channel(ids.extend({ patch: BulkPatch })).returns<{
    ids: number[];
    previous: { id: number; category: string; enabled: boolean }[];
  }>(),
  'faq:categories': channel(z.object({})).returns<{ category: string; count: number }[]>(),
  /** Live entries per tag, for the knowledge-base table's tag filter. */
  'faq:tags': channel(z.object({})).returns<{ tag: string; count: number }[]>(),
  /**
   * How many entries questions are answered from (live and enabled: 0 hands every question off), and whether the
   * knowledge base was never written (no entry, not even a deleted one), the only one the sample FAQ is loaded into.
   */
  'faq:status': channel(z.object({})).returns<{ enabledEntries: number; pristine: boolean }>(),
  /**
   * Parses `content` (format from `format`, else the file name's extension). With `dryRun` it only reports;
   * otherwise it imports every row or, when any row has a problem, none and throws InvalidInputError whose
   * details are the report.
   */
  'faq:import': channel(
    z.object({
      fileName: z.string().min(1).max(500),
      content: z.string().max(IMPORT_FILE_MAX_BYTES),
      format: z.enum(FAQ_FILE_FORMATS).optional(),
      dryRun: z.boolean().optional(),
    }),
  ).returns<ImportReport>(),
  /** CSV content starts with a UTF-8 BOM and uses CRLF, so Excel opens it as UTF-8. */
  'faq:export': channel(z.object({ format: z.enum(FAQ_FILE_FORMATS) })).returns<{
    fileName: string;
    content: string;
  }>(),
};
