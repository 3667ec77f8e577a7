import type { FaqEntry, FaqFileFormat } from '../shared/api/faq.ts';
import type { FaqRepository } from '../store/faq-repository.ts';
import { formatCsv, protectFormula } from './csv.ts';
import { FAQ_FIELDS, TAG_SEPARATOR, type FaqField } from './faq-file.ts';

/** The exported form of an entry: the import fields only, in FAQ_FIELDS order (no ids or timestamps). */
function toRecord(entry: FaqEntry): Record<FaqField, unknown> {
  const { question, answer, category, tags, lang, enabled, ref, paraphrases } = entry;
  return { question, answer, category, tags, lang, enabled, ref, paraphrases };
}

function toCsvRow(entry: FaqEntry): string[] {
  const cells: Record<FaqField, string> = {
    question: entry.question,
    answer: entry.answer,
    category: entry.category,
    tags: entry.tags.join(TAG_SEPARATOR),
    lang: entry.lang,
    enabled: String(entry.enabled),
    ref: entry.ref ?? '',
    paraphrases: entry.paraphrases.join('\n'),
  };
  return FAQ_FIELDS.map((field) => protectFormula(cells[field]));
}

/** Live entries (disabled ones included, with `enabled: false`), in a form importFaq reads back unchanged. */
export function exportFaq(
  repo: FaqRepository,
  format: FaqFileFormat,
  now = new Date(),
): { fileName: string; content: string } {
  const entries = repo.all();
  const fileName = `concierge-faq-${now.toISOString().slice(0, 10)}.${format}`;
  if (format === 'csv') return { fileName, content: formatCsv([[...FAQ_FIELDS], ...entries.map(toCsvRow)]) };
  if (format === 'jsonl') return { fileName, content: entries.map((entry) => JSON.stringify(toRecord(entry)) + '\n').join('') };
  return { fileName, content: JSON.stringify({ entries: entries.map(toRecord) }, null, 2) + '\n' };
}
