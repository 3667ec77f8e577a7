import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCacheDir, filesKey, KEEP_PER_TABLE, readTableCache, sourceFiles, writeTableCache } from '../../../src-main/node/table-cache.ts';

describe('table cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'table-cache-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const onlyFile = () => join(dir, readdirSync(dir).find((name) => name.startsWith('forms-'))!);

  describe('readTableCache()', () => {
    it('returns the body written under the same key, and nothing under another key', () => {
      expect(writeTableCache(dir, 'forms', 'a'.repeat(64), 'one\ntwo 二\n')).toBe(true);
      expect(readTableCache(dir, 'forms', 'a'.repeat(64))).toBe('one\ntwo 二\n');
      expect(readTableCache(dir, 'forms', 'b'.repeat(64))).toBeNull();
    });

    it('ignores a file whose body was altered or cut short', () => {
      const key = 'c'.repeat(64);
      writeTableCache(dir, 'forms', key, 'one\ntwo\n');
      const file = onlyFile();
      const written = readFileSync(file);
      writeFileSync(file, Buffer.from(written.toString('latin1').replace('two', 'tow'), 'latin1'));
      expect(readTableCache(dir, 'forms', key)).toBeNull();
      writeFileSync(file, written.subarray(0, written.length - 3));
      expect(readTableCache(dir, 'forms', key)).toBeNull();
      writeFileSync(file, '');
      expect(readTableCache(dir, 'forms', key)).toBeNull();
    });

    it('ignores a file of the same name whose header names another key (a stale file)', () => {
      writeTableCache(dir, 'forms', 'd'.repeat(64), 'body\n');
      const file = onlyFile();
      writeFileSync(file, readFileSync(file, 'latin1').replace('d'.repeat(64), `${'d'.repeat(32)}${'e'.repeat(32)}`), 'latin1');
      expect(readTableCache(dir, 'forms', 'd'.repeat(64))).toBeNull();
    });

    it('reads nothing and writes nothing without a cache folder (CONCIERGE_CACHE_DIR empty)', () => {
      expect(defaultCacheDir({ CONCIERGE_CACHE_DIR: '' })).toBeNull();
      expect(writeTableCache(null, 'forms', 'f'.repeat(64), 'body')).toBe(false);
      expect(readTableCache(null, 'forms', 'f'.repeat(64))).toBeNull();
    });
  });

  describe('writeTableCache()', () => {
    it(`keeps the ${KEEP_PER_TABLE} files of a table used last, and leaves other tables alone`, () => {
      const keys = Array.from({ length: KEEP_PER_TABLE + 2 }, (_, i) => String(i).repeat(64));
      writeTableCache(dir, 'other', 'f'.repeat(64), 'x');
      keys.forEach((key, i) => {
        writeTableCache(dir, 'forms', key, `body ${i}`);
        const written = readdirSync(dir).find((name) => name.startsWith(`forms-${key.slice(0, 32)}`))!;
        utimesSync(join(dir, written), new Date(1_000_000 * (i + 1)), new Date(1_000_000 * (i + 1)));
      });
      // Reading the oldest kept one marks it used: the next write evicts another.
      expect(readTableCache(dir, 'forms', keys[2])).toBe('body 2');
      writeTableCache(dir, 'forms', 'a'.repeat(64), 'newest');
      const kept = keys.filter((key) => readTableCache(dir, 'forms', key) !== null);
      expect(kept).toEqual([keys[2], keys[4], keys[5]]);
      expect(readTableCache(dir, 'other', 'f'.repeat(64))).toBe('x');
      expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
    });
  });

  describe('filesKey() and sourceFiles()', () => {
    it('changes when a data file or any source file the entry imports, directly or not, changes', () => {
      writeFileSync(join(dir, 'entry.ts'), "import { b } from './b.ts';\nexport { c } from './sub/c.ts';\nexport const a = b;\n");
      writeFileSync(join(dir, 'b.ts'), "import type { C } from './sub/c.ts';\nexport const b = 1;\n");
      writeFileSync(join(dir, 'data.tsv'), 'x\ty\n');
      const files = sourceFiles(join(dir, 'entry.ts'));
      expect(files).toEqual([join(dir, 'b.ts'), join(dir, 'entry.ts'), join(dir, 'sub', 'c.ts')].sort());
      const key = () => filesKey([join(dir, 'data.tsv')], filesKey(sourceFiles(join(dir, 'entry.ts'))));
      const before = key();
      expect(key()).toBe(before);

      writeFileSync(join(dir, 'data.tsv'), 'x\tz\n');
      const afterData = key();
      expect(afterData).not.toBe(before);
      writeFileSync(join(dir, 'b.ts'), "import type { C } from './sub/c.ts';\nexport const b = 2;\n");
      const afterSource = key();
      expect(afterSource).not.toBe(afterData);
      // A file imported but missing counts too: once it exists, the key moves.
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'c.ts'), 'export const c = 3;\n');
      expect(key()).not.toBe(afterSource);
    });
  });
});
