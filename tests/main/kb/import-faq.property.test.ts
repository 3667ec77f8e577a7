import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFaq } from '../../../src-main/kb/export-faq.ts';
import { importFaq } from '../../../src-main/kb/import-faq.ts';
import { questionKey } from '../../../src-main/search/question-key.ts';
import { FaqDraft, type FaqEntry, type FaqFileFormat, type ImportReport } from '../../../src-main/shared/api/faq.ts';
import { InvalidInputError } from '../../../src-main/shared/errors.ts';
import { kbState, openTempKb, type TempKb } from '../store/temp-kb.ts';

const FORMATS: FaqFileFormat[] = ['json', 'jsonl', 'csv'];
const lineCount = (text: string) => (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;

// Text that exercises every format's special characters: JSON escapes, CSV quoting and formula starts,
// the tag separator, line ends, CJK and emoji.
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'Z', ' ', '中', '退', '😀', '"', ',', '\\', '|', '\n', '\r\n', '\t', '=', '-', "'", '{', '}', '[', ':') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
const text = (maxLength: number) => fc.string({ unit, maxLength });
const entryValue = fc.oneof(text(30), fc.integer(), fc.boolean(), fc.constant(null), fc.array(text(10), { maxLength: 3 }), fc.object({ maxDepth: 1 }));

/** An entry object as a file may hold it: mostly the right fields, sometimes wrong types or unknown fields. */
const entryObject = fc.record(
  {
    question: fc.oneof({ weight: 4, arbitrary: text(40) }, { weight: 1, arbitrary: entryValue }),
    answer: fc.oneof({ weight: 4, arbitrary: text(60) }, { weight: 1, arbitrary: entryValue }),
    category: text(10),
    tags: fc.array(text(8), { maxLength: 3 }),
    lang: fc.constantFrom('zh', 'en', 'fr', ''),
    enabled: fc.oneof(fc.boolean(), entryValue),
    ref: fc.oneof(text(10), fc.integer(), fc.constant(null)),
    paraphrases: fc.array(text(20), { maxLength: 3 }),
    extra: entryValue,
  },
  { requiredKeys: [] },
);

function csvOf(entries: Record<string, unknown>[]): string {
  const columns = ['question', 'answer', 'category', 'tags', 'lang', 'enabled', 'ref', 'paraphrases'];
  const cell = (value: unknown) => {
    const raw = Array.isArray(value) ? value.join('|') : value === undefined || value === null ? '' : String(value);
    return /[",\r\n]/.test(raw) ? `"${raw.replaceAll('"', '""')}"` : raw;
  };
  return [columns.join(','), ...entries.map((entry) => columns.map((name) => cell(entry[name])).join(','))].join('\r\n');
}

function fileOf(format: FaqFileFormat, entries: Record<string, unknown>[], wrapped: boolean): string {
  if (format === 'csv') return csvOf(entries);
  if (format === 'jsonl') return entries.map((entry) => JSON.stringify(entry)).join('\n');
  return JSON.stringify(wrapped ? { entries } : entries, null, 1);
}

/** Insert, delete or replace a few characters: files that are almost right. */
const mutated = (source: string) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ unit, maxLength: 3 })), { minLength: 1, maxLength: 3 }).map((edits) =>
    edits.reduce((current, [at, remove, insert]) => {
      const i = current.length === 0 ? 0 : at % (current.length + 1);
      return current.slice(0, i) + insert + current.slice(i + remove);
    }, source),
  );

const anyFile = fc.constantFrom(...FORMATS).chain((format) =>
  fc.record({
    format: fc.constant(format),
    content: fc.oneof(
      fc.tuple(fc.array(entryObject, { maxLength: 5 }), fc.boolean()).map(([entries, wrapped]) => fileOf(format, entries, wrapped)),
      fc.tuple(fc.array(entryObject, { minLength: 1, maxLength: 4 }), fc.boolean()).chain(([entries, wrapped]) => mutated(fileOf(format, entries, wrapped))),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }),
    ),
  }),
);

const entryFields = (entry: FaqEntry) => {
  const { id: _id, createdAt: _created, updatedAt: _updated, deletedAt: _deleted, ...fields } = entry;
  return fields;
};

describe('importFaq() (properties)', () => {
  let kb: TempKb;
  beforeAll(() => {
    kb = openTempKb();
    kb.repo.create({ question: 'Existing question?', answer: 'Existing answer.', ref: 'existing' });
  });
  afterAll(() => kb.dispose());

  it('imports every row or none: a failed import is an InvalidInputError naming a line, and the KB is unchanged', () => {
    let imported = 0;
    let refused = 0;
    fc.assert(
      fc.property(anyFile, ({ format, content }) => {
        const before = kbState(kb);
        const fileName = `faq.${format}`;
        let report: ImportReport;
        try {
          report = importFaq(kb.repo, content, { fileName });
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
          const message = (error as Error).message;
          expect(message).toMatch(/^Nothing was imported: line \d+(, entry \d+)?: \S/);
          const details = (error as InvalidInputError).details as ImportReport;
          expect(details.imported).toBe(0);
          expect(details.errors.length).toBeGreaterThan(0);
          const size = typeof content === 'string' ? lineCount(content) : content.length + 1;
          for (const problem of details.errors) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(Math.max(size, details.total));
            expect(problem.message.length).toBeGreaterThan(3);
          }
          expect(kbState(kb)).toEqual(before);
          refused++;
          return;
        }
        expect(report.errors).toEqual([]);
        expect(report.imported).toBe(report.total);
        const after = kbState(kb);
        expect(after.entries).toBe((before.entries as number) + report.imported);
        imported++;
      }),
      { numRuns: 300 },
    );
    // Both outcomes must have been exercised, or the generators are too narrow to mean anything.
    expect(imported).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  });

  describe.each(FORMATS)('export → import (%s)', (format) => {
    const draft = fc.record(
      {
        question: text(40),
        answer: text(80),
        category: text(10),
        tags: fc.array(text(8), { maxLength: 3 }),
        lang: fc.constantFrom('zh', 'en'),
        enabled: fc.boolean(),
        ref: text(12),
        paraphrases: fc.array(text(20), { maxLength: 3 }),
      },
      { requiredKeys: ['question', 'answer'] },
    );
    // Drafts the KB accepts, with distinct questions and refs (duplicates are refused on purpose).
    const drafts = fc
      .uniqueArray(draft, { maxLength: 12, selector: (d) => questionKey(d.question.trim()) })
      .map((list) => list.filter((d) => FaqDraft.safeParse(d).success))
      .map((list) => list.filter((d, i) => d.ref === undefined || list.findIndex((other) => other.ref?.trim() === d.ref!.trim()) === i));

    it('reads back exactly the entries it wrote', () => {
      fc.assert(
        fc.property(drafts, (list) => {
          const source = openTempKb();
          const target = openTempKb();
          try {
            source.repo.createMany(list);
            const file = exportFaq(source.repo, format);
            const report = importFaq(target.repo, file.content, { fileName: file.fileName });
            expect(report.imported).toBe(list.length);
            expect(target.repo.all().map(entryFields)).toEqual(source.repo.all().map(entryFields));
          } finally {
            source.dispose();
            target.dispose();
          }
        }),
        { numRuns: 8 },
      );
    });
  });
});
