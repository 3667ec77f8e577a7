import { z } from 'zod';
import { channel } from './define.ts';

export const QUESTION_MAX = 1_000;
export const ANSWER_MAX = 20_000;
export const IMPORT_FILE_MAX_BYTES = 50 * 1024 * 1024;

export type Lang = 'zh' | 'en';

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
  score: number;
}

export interface ImportRowError {
  /** 1-based line (CSV, JSONL) or array index + 1 (JSON) where the problem is. */
  line: number;
  field?: string;
  message: string;
}

export interface ImportReport {
  format: 'json' | 'jsonl' | 'csv';
  total: number;
  imported: number;
  duplicates: { line: number; reason: 'ref' | 'question'; existingId: number | null }[];
  errors: ImportRowError[];
  /** True when nothing was written (dry run, or errors made the import roll back). */
  dryRun: boolean;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const lang = z.enum(['zh', 'en']);
const tags = z.array(z.string().trim().min(1).max(100)).max(50);
const paraphrases = z.array(text(QUESTION_MAX)).max(200);
const id = z.number().int().positive();

export const FaqDraft = z.object({
  question: text(QUESTION_MAX),
  answer: text(ANSWER_MAX),
  category: z.string().trim().max(100).default(''),
  tags: tags.default([]),
  lang: lang.optional(), // detected from the question when absent
  enabled: z.boolean().default(true),
  ref: z.string().trim().min(1).max(200).nullable().optional(),
  paraphrases: paraphrases.default([]),
});
export type FaqDraft = z.input<typeof FaqDraft>;

export const FaqPatch = FaqDraft.partial().extend({ id });

export const FaqListQuery = z.object({
  search: z.string().max(QUESTION_MAX).optional(),
  category: z.string().max(100).optional(),
  tag: z.string().max(100).optional(),
  lang: lang.optional(),
  enabled: z.boolean().optional(),
  includeDeleted: z.boolean().optional(),
  limit: z.number().int().min(1).max(50_000).optional(),
  offset: z.number().int().min(0).optional(),
});

const ids = z.object({ ids: z.array(id).min(1).max(50_000) });

export const faqChannels = {
  'faq:list': channel(FaqListQuery).returns<{ entries: FaqEntry[]; total: number; revision: number }>(),
  'faq:get': channel(z.object({ id })).returns<FaqEntry>(),
  'faq:search': channel(
    z.object({ query: z.string().max(QUESTION_MAX), limit: z.number().int().min(1).max(100).optional() }),
  ).returns<FaqSearchHit[]>(),
  'faq:create': channel(FaqDraft).returns<FaqEntry>(),
  'faq:update': channel(FaqPatch).returns<FaqEntry>(),
  /** Soft delete; returns the ids so the caller can offer undo. */
  'faq:delete': channel(ids).returns<{ ids: number[] }>(),
  'faq:restore': channel(ids).returns<{ ids: number[] }>(),
  /** Returns the previous values so the caller can undo. */
  'faq:bulk-update': channel(
    ids.extend({
      patch: z.object({ category: z.string().trim().max(100).optional(), enabled: z.boolean().optional() }),
    }),
  ).returns<{ ids: number[]; previous: { id: number; category: string; enabled: boolean }[] }>(),
  'faq:categories': channel(z.object({})).returns<{ category: string; count: number }[]>(),
  /** Parses `content`; with `dryRun` only reports, otherwise imports all rows or none. */
  'faq:import': channel(
    z.object({
      fileName: z.string().min(1).max(500),
      content: z.string().max(IMPORT_FILE_MAX_BYTES),
      dryRun: z.boolean().optional(),
    }),
  ).returns<ImportReport>(),
  'faq:export': channel(z.object({ format: z.enum(['json', 'jsonl', 'csv']) })).returns<{
    fileName: string;
    content: string;
  }>(),
};
