import type { FaqEntry, Lang } from '../shared/api/faq.ts';

/** The columns every entry query selects; `paraphrases` is a JSON array in position order. */
export const ENTRY_COLUMNS = `e.id, e.question, e.answer, e.category, e.tags, e.lang, e.enabled, e.ref,
  e.created_at, e.updated_at, e.deleted_at,
  (SELECT json_group_array(text) FROM (
     SELECT text FROM faq_paraphrases AS p WHERE p.entry_id = e.id ORDER BY p.position)) AS paraphrases`;

export interface EntryRow {
  id: number;
  question: string;
  answer: string;
  category: string;
  tags: string;
  lang: Lang;
  enabled: 0 | 1;
  ref: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  paraphrases: string;
}

export function toEntry(row: EntryRow): FaqEntry {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    category: row.category,
    tags: JSON.parse(row.tags) as string[],
    lang: row.lang,
    enabled: row.enabled === 1,
    ref: row.ref,
    paraphrases: JSON.parse(row.paraphrases) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
