import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFaq } from '../../../src-main/kb/export-faq.ts';
import { importFaq } from '../../../src-main/kb/import-faq.ts';
import type { FaqEntry, FaqFileFormat } from '../../../src-main/shared/api/faq.ts';
import { openTempKb, type TempKb } from '../store/temp-kb.ts';

let source: TempKb;
let target: TempKb;
beforeEach(() => {
  source = openTempKb();
  target = openTempKb();
  const ids = source.repo.createMany([
    {
      question: '如何申请退货？',
      answer: '步骤：\n1. 打开订单\n2. 点击"申请退货", 然后寄回',
      category: 'returns',
      tags: ['退货', '售后'],
      ref: 'returns',
      paraphrases: ['我想退货怎么办？', '退货流程, 是什么？'],
    },
    { question: '=HYPERLINK("http://evil")', answer: '-5 days, @home, +1', lang: 'en' },
    { question: 'Disabled one?', answer: "'quoted' answer", enabled: false, category: 'misc' },
    { question: 'Deleted one?', answer: 'gone' },
  ]);
  source.repo.remove([ids[3]]);
});
afterEach(() => {
  source.dispose();
  target.dispose();
});

/** What an export must preserve: everything but ids and timestamps. */
const content = (entries: FaqEntry[]) =>
  entries.map(({ question, answer, category, tags, lang, enabled, ref, paraphrases }) => ({
    question, answer, category, tags, lang, enabled, ref, paraphrases,
  }));

describe('exportFaq()', () => {
  for (const format of ['json', 'jsonl', 'csv'] satisfies FaqFileFormat[]) {
    it(`round-trips live entries through importFaq (${format})`, () => {
      const exported = exportFaq(source.repo, format, new Date('2025-02-03T04:05:06Z'));
      expect(exported.fileName).toBe(`concierge-faq-2025-02-03.${format}`);
      expect(importFaq(target.repo, exported.content, { fileName: exported.fileName }).imported).toBe(3);
      expect(content(target.repo.all())).toEqual(content(source.repo.all()));
    });
  }

  it('writes CSV for Excel: BOM, CRLF row ends, the import header, formulas neutralised', () => {
    const { content: csv } = exportFaq(source.repo, 'csv');
    expect(csv.startsWith('\uFEFFquestion,answer,category,tags,lang,enabled,ref,paraphrases\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")","'-5 days, @home, +1"`);
    expect(csv).toContain('退货|售后');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes JSON as {"entries": [...]} with the import field names only', () => {
    const { entries } = JSON.parse(exportFaq(source.repo, 'json').content);
    expect(Object.keys(entries[0])).toEqual(['question', 'answer', 'category', 'tags', 'lang', 'enabled', 'ref', 'paraphrases']);
    expect(entries).toHaveLength(3);
  });
});
