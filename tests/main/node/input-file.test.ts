import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { errorLine } from '../../../src-main/cli/locale.ts';
import { readInput, statInputFile } from '../../../src-main/node/input-file.ts';
import { formatMessage } from '../../../src-renderer/i18n/i18n.svelte.ts';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'concierge-input-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A named pipe nobody writes to: opening it to read waits for a writer, forever. */
function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

const notRegular = (file: string) => ({
  kind: 'invalid-input',
  message: `${file} is not a regular file (a device, pipe or socket); give a file`,
  code: 'file.not-regular',
  params: { file },
});

describe('statInputFile()', () => {
  it('refuses a device or a pipe, which a read would never finish', async () => {
    await expect(statInputFile('/dev/zero')).rejects.toMatchObject(notRegular('/dev/zero'));
    const pipe = fifo('faq.csv');
    await expect(statInputFile(pipe)).rejects.toMatchObject(notRegular(pipe));
  });

  it('follows a link: to a pipe it is refused, to a file it is that file', async () => {
    const link = join(dir, 'link.csv');
    symlinkSync(fifo('pipe'), link);
    await expect(statInputFile(link)).rejects.toMatchObject(notRegular(link));
    writeFileSync(join(dir, 'faq.csv'), 'question,answer\n');
    symlinkSync(join(dir, 'faq.csv'), join(dir, 'good.csv'));
    expect(await statInputFile(join(dir, 'good.csv'))).toEqual({ size: 16 });
  });
});

describe('readInput()', () => {
  it('reads a file up to the limit, and refuses one over it by its size', async () => {
    writeFileSync(join(dir, 'ten.txt'), '0123456789');
    expect((await readInput(join(dir, 'ten.txt'), 10)).toString()).toBe('0123456789');
    await expect(readInput(join(dir, 'ten.txt'), 9)).rejects.toMatchObject({
      kind: 'invalid-input',
      code: 'file.too-large',
      params: { file: join(dir, 'ten.txt'), max: 9 / 2 ** 20 },
    });
  });

  it('stops reading a file whose size said less than it holds once it passes the limit', async () => {
    // /proc files are regular files whose size says 0, whatever they hold (as a file that grows while it is read).
    await expect(readInput('/proc/self/status', 64)).rejects.toMatchObject({
      message: expect.stringContaining('/proc/self/status is larger than'),
      code: 'file.too-large',
      params: { file: '/proc/self/status', max: 64 / 2 ** 20 },
    });
  });

  it('refuses /dev/zero and a pipe at once', async () => {
    await expect(readInput('/dev/zero', 2 ** 20)).rejects.toMatchObject({ code: 'file.not-regular' });
    await expect(readInput(fifo('eval.json'), 2 ** 20)).rejects.toMatchObject({ code: 'file.not-regular' });
  }, 5_000);
});

describe('readInput() of "-" (standard input)', () => {
  /** Standard input holding `chunks`, or a terminal. */
  const stdin = (chunks: string[], isTTY = false) => Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), { isTTY });

  it('reads standard input up to the limit, and refuses it, named, once it passes the limit', async () => {
    expect((await readInput('-', 10, stdin(['01234', '56789']))).toString()).toBe('0123456789');
    const megabyte = 'x'.repeat(2 ** 20);
    const over = stdin([megabyte, megabyte, megabyte, 'more that is never read']);
    const error = await readInput('-', 2 * 2 ** 20, over).then(() => expect.unreachable('read past the limit'), (failure: unknown) => failure);
    expect(error).toMatchObject({
      kind: 'invalid-input',
      message: 'standard input is larger than 2 MB; the limit is 2 MB',
      // No English "standard input" as a {file}: its own code, which each language words.
      code: 'file.stdin-too-large',
      params: { max: 2 },
    });
    expect(await errorLine(error, 'zh')).toBe('标准输入超过 2 MB，超出 Concierge 可读取的上限。请拆分文件或减小其大小。');
    expect(formatMessage('en', 'error.code.file.stdin-too-large', { max: 2 })).toBe(
      'Standard input is larger than 2 MB, the most Concierge reads. Split it, or make it smaller.',
    );
    expect(over.destroyed).toBe(true);
  });

  it('refuses a terminal, which would wait for typing, at once', async () => {
    const error = await readInput('-', 10, stdin(['typed'], true)).then(() => expect.unreachable('read a terminal'), (failure: unknown) => failure);
    expect(error).toMatchObject({
      kind: 'invalid-input',
      message: expect.stringMatching(/^"-" reads standard input, which is a terminal here: pipe a file into it/),
      code: 'file.stdin-terminal',
    });
    expect(await errorLine(error, 'zh')).toBe('“-”表示读取标准输入，但这里的标准输入是终端。请用管道传入一个文件（cat 文件 | concierge …）。');
  });

  it('reads a file named "-" through a path that is not just "-"', async () => {
    writeFileSync(join(dir, '-'), 'dash');
    expect((await readInput(join(dir, '-'), 10)).toString()).toBe('dash');
  });
});
