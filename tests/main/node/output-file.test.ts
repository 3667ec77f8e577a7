import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../../src-main/node/output-file.ts';
import { mountSmallDisk } from '../../helpers/small-disk.ts';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'concierge-output-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutputFile()', () => {
  it('writes the file', async () => {
    await writeOutputFile(join(dir, 'faq.csv'), 'question,answer\n');
    expect(readFileSync(join(dir, 'faq.csv'), 'utf8')).toBe('question,answer\n');
  });

  it('leaves an earlier file of that name whole when the disk fills midway, and no temp file', async (context) => {
    const disk = mountSmallDisk(join(dir, 'disk'), '1m', 'writeOutputFile atomic');
    if (!disk) return context.skip();
    try {
      const path = join(disk.dir, 'faq.csv');
      await writeOutputFile(path, 'question,answer\nLast week,export\n');
      disk.fill();
      await expect(writeOutputFile(path, 'x'.repeat(2 * 2 ** 20))).rejects.toMatchObject({ kind: 'unavailable', code: 'disk.full' });
      expect(readFileSync(path, 'utf8')).toBe('question,answer\nLast week,export\n');
      expect(readdirSync(disk.dir).filter((name) => !name.startsWith('filler-'))).toEqual(['faq.csv']);
    } finally {
      disk.unmount();
    }
  });

  it('names a folder that does not exist, with a code, instead of Node\'s ENOENT', async () => {
    const path = join(dir, 'no-such-folder', 'faq.csv');
    await expect(writeOutputFile(path, 'x')).rejects.toMatchObject({
      kind: 'not-found',
      message: `Cannot write ${path}: the folder ${join(dir, 'no-such-folder')} does not exist`,
      code: 'file.no-folder',
      params: { file: path, dir: join(dir, 'no-such-folder') },
    });
    // A file where a folder should be (ENOTDIR) is the same mistake.
    writeFileSync(join(dir, 'notes.txt'), 'text');
    await expect(writeOutputFile(join(dir, 'notes.txt', 'faq.csv'), 'x')).rejects.toMatchObject({ code: 'file.no-folder' });
  });

  it('refuses a folder given as the file, naming it', async () => {
    mkdirSync(join(dir, 'faq.json'));
    await expect(writeOutputFile(join(dir, 'faq.json'), 'x')).rejects.toMatchObject({
      kind: 'invalid-input',
      message: `${join(dir, 'faq.json')} is a folder, not a file`,
      code: 'file.is-folder',
    });
  });
});
