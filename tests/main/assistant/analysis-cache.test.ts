// This file must run in a process of its own (vitest.config.ts, OWN_PROCESS): it loads text-analysis.ts and its
// analysis-tables.ts afresh (vi.resetModules) to watch each load prepare the tables or read them from the cache files.
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { THESAURUS_FILES } from '../../../src-main/assistant/thesaurus.ts';

type TextAnalysis = typeof import('../../../src-main/assistant/text-analysis.ts') &
  Pick<typeof import('../../../src-main/assistant/analysis-tables.ts'), 'analysisTablesSource'>;

/** English and Chinese, lexicon concepts, thesaurus groups (bike ~ bicycle, 早饭 ~ 早餐), foreign domains, goods, numbers. */
const TEXTS = [
  'how long does delivery take',
  "I'd like to cancel my order and get my money back",
  'can I ride my bike there, is there bicycle parking',
  'the water heater stopped working, can you fix it',
  'do you sell car insurance or mortgages',
  'two blue mugs arrived broken',
  '退货要多久能到账',
  '早饭几点开始，能开发票吗 公司要报销',
  '电梯在哪里？周六开门吗',
  '学生配眼镜有优惠吗',
];

describe('analysis tables cache', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'analysis-cache-'));
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  /** text-analysis.ts loaded as a new process would, with its cache files in `dir` and the thesaurus read from `files`. */
  async function load(files: Record<string, string> = THESAURUS_FILES): Promise<TextAnalysis> {
    vi.resetModules();
    vi.stubEnv('CONCIERGE_CACHE_DIR', join(dir, 'cache'));
    vi.doMock('../../../src-main/assistant/thesaurus.ts', async (importOriginal) => ({ ...(await importOriginal<object>()), THESAURUS_FILES: files }));
    const { analysisTablesSource } = await import('../../../src-main/assistant/analysis-tables.ts');
    return { ...(await import('../../../src-main/assistant/text-analysis.ts')), analysisTablesSource };
  }
  const analyses = (analysis: TextAnalysis) => TEXTS.map((text) => analysis.analyze(text, { dates: true }));
  const cacheFile = (table: string) => join(dir, 'cache', readdirSync(join(dir, 'cache')).find((name) => name.startsWith(`${table}-`))!);

  let fresh: ReturnType<typeof analyses>;

  it('reads the tables a first process prepared, and analyses every text exactly as that process did', async () => {
    const first = await load();
    fresh = analyses(first);
    expect(first.analysisTablesSource()).toEqual({ lexicons: 'prepared', thesaurus: 'prepared' });
    expect(fresh[2].synonyms.size).toBeGreaterThan(0);

    const second = await load();
    expect(second.analysisTablesSource()).toEqual({ lexicons: 'cache', thesaurus: null });
    expect(analyses(second)).toEqual(fresh);
    expect(second.analysisTablesSource()).toEqual({ lexicons: 'cache', thesaurus: 'cache' });
  });

  // The lexicons' file: a second or so cheaper to prepare again than the thesaurus's, read and checked the same way.
  it('prepares the lexicons again, and replaces their file, when it is corrupt', async () => {
    const file = cacheFile('lexicons');
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] ^= 1;
    writeFileSync(file, bytes);
    const afterCorruption = await load();
    expect(analyses(afterCorruption)).toEqual(fresh);
    expect(afterCorruption.analysisTablesSource()).toEqual({ lexicons: 'prepared', thesaurus: 'cache' });

    const next = await load();
    expect(analyses(next)).toEqual(fresh);
    expect(next.analysisTablesSource()).toEqual({ lexicons: 'cache', thesaurus: 'cache' });
  });

  it('prepares the thesaurus again when one of its files changes', async () => {
    const copies = Object.fromEntries(
      Object.entries(THESAURUS_FILES).map(([name, file]) => {
        const copy = join(dir, basename(file));
        copyFileSync(file, copy);
        return [name, copy];
      }),
    );
    // The same contents elsewhere: the same cache file.
    const same = await load(copies);
    expect(analyses(same)).toEqual(fresh);
    expect(same.analysisTablesSource()).toEqual({ lexicons: 'cache', thesaurus: 'cache' });
    expect(same.analyze('quokka').synonyms.has('test:quokka')).toBe(false);

    appendFileSync(copies.en, 'test:quokka\tquokka|bike\t短尾矮袋鼠\n');
    const edited = await load(copies);
    expect(edited.analyze('a quokka').synonyms.has('test:quokka')).toBe(true);
    expect(edited.analyze('bike').synonyms.has('test:quokka')).toBe(true);
    expect(edited.analysisTablesSource()).toEqual({ lexicons: 'cache', thesaurus: 'prepared' });
  });
});
