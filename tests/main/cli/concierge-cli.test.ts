import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../src-main/cli/command-registry.ts';
import type { FaqEntry } from '../../../src-main/shared/api/index.ts';
import { moduleLogImport } from '../../helpers/module-log.ts';
import { BIN, ROOT, runConcierge, type CliRun } from '../../helpers/run-cli.ts';

const SAMPLE = join(ROOT, 'resources', 'sample-faq.json');
const SAMPLE_SIZE: number = JSON.parse(await readFile(SAMPLE, 'utf8')).entries.length;

function concierge(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<CliRun> {
  return runConcierge(args, { env, cwd });
}

// Every case spawns the real CLI; startup dominates, so cases are generous with time.
/**
 * Whom a permission test runs the CLI as: root may write anywhere, so as root it is nobody (65534), whom the
 * permissions bind (undefined otherwise: this user). Skips the test, saying so, when nobody cannot read this checkout.
 */
async function userBoundByPermissions(test: string, skip: (note?: string) => never): Promise<{ uid: number; gid: number } | undefined> {
  const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
  if (user && (await runConcierge(['--help'], { user })).code !== 0) {
    console.warn(`[concierge-cli] ${test} test skipped: the user nobody cannot read this checkout`);
    skip();
  }
  return user;
}

describe('concierge CLI', { timeout: 180_000 }, () => {
  let dataDir: string;
  let work: string;
  const inData = (...args: string[]) => concierge(['--data', dataDir, ...args]);
  const list = async (): Promise<FaqEntry[]> => {
    const run = await inData('faq', 'list', '--json');
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout);
  };

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'concierge-cli-'));
    dataDir = join(work, 'data');
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  describe('--help', () => {
    it('lists every command with its summary, and the global options', async () => {
      const run = await concierge(['--help']);
      expect(run.code).toBe(0);
      expect(Object.keys(commands)).toEqual(expect.arrayContaining(['faq', 'ask', 'train', 'serve', 'bench', 'backup', 'restore']));
      for (const [name, { summary }] of Object.entries(commands)) {
        expect(run.stdout).toMatch(new RegExp(`^  ${name} +${summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      }
      for (const word of ['--data', '--json', '--lang en|zh', 'CONCIERGE_DATA_DIR']) expect(run.stdout).toContain(word);
    });

    it("prints one command's usage", async () => {
      const run = await concierge(['faq', 'import', '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Usage: concierge faq/);
      expect(run.stdout).toContain('export FILE');
    });

    it('fails with one line and exit code 2 for an unknown command or flag', async () => {
      const unknown = await concierge(['frobnicate']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr.split('\n')[0]).toBe('concierge: Unknown command "frobnicate"');
      const badFlag = await inData('faq', 'list', '--colour');
      expect(badFlag.code).toBe(2);
      expect(badFlag.stderr).toBe('concierge: Unknown option "--colour"\nRun "concierge faq --help" for usage.\n');
    });

    it("ends every command's help with the global options, and points a mistake in a command to that command's help", async () => {
      for (const name of Object.keys(commands)) {
        const run = await concierge([name, '--help']);
        expect(run.code, name).toBe(0);
        expect(run.stdout.trimEnd().split('\n').at(-1), name).toBe('Global options: --data DIR, --json, --lang en|zh, --help (see "concierge --help").');
        expect(run.stdout.match(/Global options/g), name).toHaveLength(1);
        expect(run.stdout, name).not.toMatch(/Ctrl-C/); // Ctrl+C, as everywhere else
      }
      for (const [args, message] of <[string[], string][]>[
        [['ask', '-5 degrees outside?'], 'Unknown option "-5" (a text that starts with "-" goes after "--": -- "-5")'],
        [['faq', 'rm', 'abc'], 'ID must be a whole number of 1 or more, got "abc"'],
        [['model', 'activate'], 'Missing ID'],
        [['restore', 'a.db', 'b.db'], 'Expected one FILE, got 2: "a.db" "b.db"'],
      ]) {
        const run = await inData(...args);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr, args.join(' ')).toBe(`concierge: ${message}\nRun "concierge ${args[0]} --help" for usage.\n`);
      }
      // A mistake before any command still points to the list of commands.
      expect((await concierge(['frobnicate'])).stderr).toBe('concierge: Unknown command "frobnicate"\nRun "concierge --help" for usage.\n');
    });
  });

  describe('errors', () => {
    it('refuses an empty --data rather than opening a folder named ""', async () => {
      for (const args of [['--data=', 'faq', 'list'], ['--data', '', 'faq', 'list'], ['faq', 'list', '--data', '']]) {
        const run = await concierge(args);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr.split('\n')[0]).toBe('concierge: --data needs a folder');
      }
    });

    it('refuses --data given twice, before or after the command, rather than picking one folder', async () => {
      const other = join(work, 'other');
      for (const args of [
        ['--data', dataDir, '--data', other, 'faq', 'list'],
        ['--data', dataDir, 'faq', 'list', '--data', other],
        ['faq', 'list', `--data=${dataDir}`, '--data', other],
        ['faq', '--data', dataDir, 'list', '--data', dataDir],
      ]) {
        const run = await concierge(args);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr.split('\n')[0]).toBe('concierge: --data is given twice; give one data folder');
      }
      expect(existsSync(dataDir) || existsSync(other)).toBe(false);
    });

    it('refuses --data followed by an option or a blank name, creating no folder', async () => {
      // Run in `work`: a folder named "--json" or " " would land there.
      const blank = await concierge(['--data', '  ', 'faq', 'list'], {}, work);
      expect(blank.stderr.split('\n')[0]).toBe('concierge: --data needs a folder');
      const option = await concierge(['--data', '--json', 'faq', 'list'], {}, work);
      expect(option.code).toBe(2);
      expect(option.stderr.split('\n')[0]).toBe(
        'concierge: --data needs a folder, not the option "--json" (write --data=DIR for a folder whose name starts with "-")',
      );
      expect(readdirSync(work)).toEqual([]);
    });

    it('names a --data (or CONCIERGE_DATA_DIR) that is a file, with a code, instead of mkdir\'s EEXIST', async () => {
      const file = join(work, 'concierge.db');
      await writeFile(file, 'not a folder');
      const run = await concierge(['--data', file, '--json', 'faq', 'list']);
      expect(run.code).toBe(1);
      expect(run.stderr.split('\n')[0]).toBe(`concierge: The data folder ${file} is not a folder: it is a file`);
      expect(JSON.parse(run.stdout).error).toMatchObject({ kind: 'invalid-input', code: 'data.not-a-folder', params: { dir: file } });
      const below = await concierge(['faq', 'list'], { CONCIERGE_DATA_DIR: join(file, 'data') });
      expect(below.stderr.split('\n')[0]).toBe(`concierge: The data folder ${join(file, 'data')} is not a folder: a part of its path is a file`);
      expect(await readFile(file, 'utf8')).toBe('not a folder');
    });

    it('names a data folder it may not write, with a code, instead of SQLite\'s "unable to open database file"', async ({ skip }) => {
      const user = await userBoundByPermissions('unwritable data folder', skip);
      const shared = await mkdtemp(join(tmpdir(), 'concierge-locked-'));
      try {
        const locked = join(shared, 'locked');
        await mkdir(locked);
        await chmod(shared, 0o755);
        await chmod(locked, 0o555);
        // An existing folder (SQLite's words, naming nothing), and one to be made in it (mkdir's EACCES).
        for (const dir of [locked, join(locked, 'data')]) {
          const run = await runConcierge(['--data', dir, '--json', 'faq', 'list'], { user });
          expect(run.code, dir).toBe(1);
          expect(run.stderr.split('\n')[0]).toBe(`concierge: The data folder ${dir} cannot be written: permission denied; choose a folder you can write to`);
          expect(JSON.parse(run.stdout).error).toMatchObject({ kind: 'invalid-input', code: 'data.not-writable', params: { dir } });
        }
      } finally {
        await rm(shared, { recursive: true, force: true });
      }
    });

    it('names a read-only database file in a writable folder, with a code, instead of SQLite\'s "attempt to write a readonly database"', async ({ skip }) => {
      const user = await userBoundByPermissions('read-only database file', skip);
      const shared = await mkdtemp(join(tmpdir(), 'concierge-read-only-db-'));
      try {
        const dir = join(shared, 'data');
        expect((await runConcierge(['--data', dir, 'faq', 'list'])).code).toBe(0);
        const file = join(dir, 'concierge.db');
        await chmod(shared, 0o755);
        await chmod(dir, 0o777); // the folder may be written, by nobody too
        await chmod(file, 0o444);
        const run = await runConcierge(['--data', dir, '--json', 'faq', 'add', '--question', 'Q?', '--answer', 'A.'], { user });
        expect(run.code).toBe(1);
        expect(run.stderr.split('\n')[0]).toBe(
          `concierge: The database file ${file} cannot be written: permission denied; make it writable (chmod u+w) or choose another data folder`,
        );
        expect(JSON.parse(run.stdout).error).toMatchObject({ kind: 'invalid-input', code: 'data.file-not-writable', params: { file } });
      } finally {
        await rm(shared, { recursive: true, force: true });
      }
    });

    it('reads a read-only database file (list, export, review, models, eval, backups); commands that write keep the coded error', async ({ skip }) => {
      const user = await userBoundByPermissions('read-only database reads', skip);
      const shared = await mkdtemp(join(tmpdir(), 'concierge-read-only-reads-'));
      try {
        const dir = join(shared, 'data');
        expect((await runConcierge(['--data', dir, 'faq', 'import', SAMPLE])).code).toBe(0);
        const file = join(dir, 'concierge.db');
        await chmod(shared, 0o777); // the folder may be written (an export, the backups), by nobody too
        await chmod(dir, 0o777);
        await chmod(file, 0o444);
        const asUser = (...args: string[]) => runConcierge(['--data', dir, ...args], { user });

        const listed = await asUser('faq', 'list', '--json');
        expect(listed.code, listed.stderr).toBe(0);
        expect(JSON.parse(listed.stdout)).toHaveLength(SAMPLE_SIZE);
        const exported = await asUser('faq', 'export', join(shared, 'kb.csv'));
        expect(exported.code, exported.stderr).toBe(0);
        expect(await readFile(join(shared, 'kb.csv'), 'utf8')).toContain('question');
        expect((await asUser('faq', 'import', SAMPLE, '--dry-run')).stderr).toMatch(/duplicate/i);
        for (const args of [['review', 'list'], ['model', 'list'], ['eval', join(ROOT, 'tests', 'fixtures', 'eval-small.json')], ['backup'], ['backup', '--list']]) {
          const run = await asUser(...args);
          expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
        }
        expect((await asUser('backup', '--list', '--json')).stdout).toMatch(/"label": "manual"/);

        for (const args of [['ask', 'How do I stop the newsletter?'], ['faq', 'rm', '1'], ['backup', '--keep', '3'], ['eval', join(ROOT, 'tests', 'fixtures', 'eval-en.json'), '--calibrate', '--apply']]) {
          const run = await asUser('--json', ...args);
          expect(run.code, args.join(' ')).toBe(1);
          // (as nobody, ONNX Runtime may warn first that it cannot keep its telemetry id in a home folder)
          expect(run.stderr.split('\n').find((line) => line.startsWith('concierge:')), args.join(' ')).toBe(
            `concierge: The database file ${file} cannot be written: permission denied; make it writable (chmod u+w) or choose another data folder`,
          );
          expect(JSON.parse(run.stdout).error).toMatchObject({ kind: 'invalid-input', code: 'data.file-not-writable', params: { file } });
        }
        expect(JSON.parse((await asUser('faq', 'list', '--json')).stdout)).toHaveLength(SAMPLE_SIZE);
      } finally {
        await rm(shared, { recursive: true, force: true });
      }
    });

    it('refuses an empty FILE or DIR rather than taking the current directory (model import would copy it whole)', async () => {
      for (const [args, name] of [
        [['model', 'import', ''], 'DIR'],
        [['model', 'init', '--n-layer', '1', '--n-head', '1', '--n-embd', '8', ' '], 'DIR'],
        [['restore', ''], 'FILE'],
        [['faq', 'import', ''], 'FILE'],
      ] as const) {
        const run = await concierge(['--data', dataDir, ...args], {}, work);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr.split('\n')[0]).toBe(`concierge: ${name} is empty`);
      }
    });

    it('says a coded error in Chinese where the locale is Chinese or --lang zh asks, in the words the app uses', async () => {
      const file = join(work, 'concierge.db');
      await writeFile(file, 'not a folder');
      const zh = `concierge: 数据文件夹 ${file} 不是文件夹（该位置是一个文件）。请选择其他文件夹。`;
      const en = `concierge: The data folder ${file} is not a folder: it is a file`;
      const firstLine = async (args: string[], env: Record<string, string>) => (await concierge(['--data', file, ...args], env)).stderr.split('\n')[0];
      // The first of LC_ALL, LC_MESSAGES and LANG that is set decides.
      expect(await firstLine(['faq', 'list'], { LANG: 'zh_CN.UTF-8' })).toBe(zh);
      expect(await firstLine(['faq', 'list'], { LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe(zh);
      expect(await firstLine(['faq', 'list'], { LC_ALL: 'C.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe(en);
      // --lang overrides it, anywhere before "--".
      expect(await firstLine(['faq', 'list', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toBe(en);
      expect(await firstLine(['--lang=zh', 'faq', 'list'], {})).toBe(zh);
      // A field's name is the one the app's screens give it.
      const blank = await inData('faq', 'add', '--question', ' ', '--answer', 'Yes.', '--lang', 'zh');
      expect(blank.stderr.split('\n')[0]).toBe('concierge: “问题”不能为空。');
      // Without a code (a usage mistake) it stays English, and --json's document is English whatever the language.
      const json = await concierge(['--data', file, '--json', 'faq', 'list'], { LANG: 'zh_CN.UTF-8' });
      expect(JSON.parse(json.stdout).error).toMatchObject({ code: 'data.not-a-folder', message: en.slice('concierge: '.length) });
      const unknown = await concierge(['--lang', 'zh', 'frobnicate']);
      expect(unknown.stderr.split('\n')[0]).toBe('concierge: Unknown command "frobnicate"');
      const bad = await concierge(['faq', 'list', '--lang', 'fr']);
      expect(bad.code).toBe(2);
      expect(bad.stderr.split('\n')[0]).toBe('concierge: --lang must be en or zh, got "fr"');
    });

    it('prints the error as a JSON document on stdout with --json, and exits non-zero', async () => {
      const missing = await inData('faq', 'rm', '42', '--json');
      expect(missing.code).toBe(1);
      expect(JSON.parse(missing.stdout)).toEqual({
        error: { name: 'NotFoundError', message: 'FAQ entry #42 does not exist', kind: 'not-found', code: 'faq.missing', params: { id: 42 } },
      });
      expect(missing.stderr.split('\n')[0]).toBe('concierge: FAQ entry #42 does not exist');
      // One line, so it is also the last line of the JSON lines `train --json` prints.
      expect(missing.stdout.trimEnd().split('\n')).toHaveLength(1);

      const usage = await concierge(['--json', 'frobnicate']);
      expect(usage.code).toBe(2);
      expect(JSON.parse(usage.stdout)).toMatchObject({ error: { name: 'UsageError', message: 'Unknown command "frobnicate"' } });
      const noCommand = await concierge(['--json']);
      expect(noCommand.code).toBe(2);
      expect(JSON.parse(noCommand.stdout)).toMatchObject({ error: { name: 'UsageError', message: 'Missing command' } });
      // Words after "--" are the question, not options.
      const quoted = await inData('ask', '--', '--json');
      expect(quoted.code, quoted.stderr).toBe(0);
      expect(quoted.stdout).toMatch(/^mode: handoff/m);
    });

    it('takes global options between a command and its subcommand', async () => {
      await inData('faq', 'add', '--question', 'Where?', '--answer', 'Here.');
      const list = await concierge(['faq', '--json', '--data', dataDir, 'list']);
      expect(list.code, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ question: 'Where?' })]);
      const missing = await concierge(['review', '--json']);
      expect(missing.code).toBe(2);
      expect(JSON.parse(missing.stdout).error.message).toMatch(/^Missing subcommand: list, link/);
      const stray = await inData('faq', '--colour', 'list');
      expect(stray.code).toBe(2);
      expect(stray.stderr.split('\n')[0]).toBe('concierge: Unknown option "--colour" before the faq subcommand');
    });

    it("keeps node:util's advice for a value that starts with a dash on the one line it prints", async () => {
      const run = await inData('generate', 'Hello', '--temperature', '-1');
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toMatch(/^concierge: Option '--temperature' argument is ambiguous\..*'--temperature=-XYZ'/);
    });

    it('a refused import prints its report as the one JSON document', async () => {
      const file = join(work, 'bad.json');
      await writeFile(file, '[{"question": "Q?", "answer": "A"}, {"question": "Q?", "answer": "B"}]');
      const run = await inData('faq', 'import', file, '--json');
      expect(run.code).toBe(1);
      // One line holds both entries: the entry's number says which.
      expect(JSON.parse(run.stdout)).toMatchObject({ imported: 0, errorCount: 1, errors: [{ line: 1, entry: 2 }] });
      const text = await inData('faq', 'import', file);
      expect(text.stderr).toContain('  line 1, entry 2 (question): duplicate question: same as line 1, entry 1\n');
    });

    it('names the file that does not exist or is a folder', async () => {
      const missing = await inData('faq', 'import', join(work, 'nope.csv'));
      expect(missing.code).toBe(1);
      expect(missing.stderr.split('\n')[0]).toBe(`concierge: ${join(work, 'nope.csv')}: no such file`);
      const folder = await inData('faq', 'import', work);
      expect(folder.code).toBe(1);
      expect(folder.stderr.split('\n')[0]).toBe(`concierge: ${work} is a folder, not a file`);
      const nowhere = join(work, 'no-such-folder', 'faq.csv');
      const exported = await inData('faq', 'export', nowhere, '--json');
      expect(exported.code).toBe(1);
      expect(exported.stderr.split('\n')[0]).toBe(`concierge: Cannot write ${nowhere}: the folder ${join(work, 'no-such-folder')} does not exist`);
      expect(JSON.parse(exported.stdout).error).toMatchObject({ kind: 'not-found', code: 'file.no-folder' });
    });

    it('refuses a device or a pipe as an input file at once, rather than reading it forever', async () => {
      const pipe = join(work, 'faq.csv');
      execFileSync('mkfifo', [pipe]);
      // Killed after 20 s: without the check, /dev/zero is read until memory runs out and a pipe waits for a writer.
      const run = (...args: string[]) => runConcierge(['--data', dataDir, ...args], { timeout: 20_000 });
      for (const [args, file] of [
        [['faq', 'import', '/dev/zero'], '/dev/zero'],
        [['faq', 'import', pipe], pipe],
        [['eval', pipe], pipe],
        [['restore', pipe], pipe],
      ] as const) {
        const refused = await run(...args);
        expect(refused.code, args.join(' ')).toBe(1);
        expect(refused.stderr.split('\n')[0]).toBe(`concierge: ${file} is not a regular file (a device, pipe or socket); give a file`);
      }
      const zh = await run('faq', 'import', pipe, '--lang', 'zh');
      expect(zh.stderr.split('\n')[0]).toBe(`concierge: ${pipe} 不是普通文件（而是设备、管道或套接字）。请选择一个文件。`);
      // Nothing was imported, and the data folder was not even needed.
      expect(existsSync(dataDir)).toBe(false);
    });
  });

  describe('faq', () => {
    it('starts scripted use from an empty knowledge base', async () => {
      expect(await list()).toEqual([]);
    });

    it('imports the sample FAQ and lists it as a JSON array of entries', async () => {
      const run = await inData('faq', 'import', SAMPLE);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`Imported ${SAMPLE_SIZE} of ${SAMPLE_SIZE}`);
      const entries = await list();
      expect(entries).toHaveLength(SAMPLE_SIZE);
      expect(entries.find((entry) => entry.ref === 'returns-policy')).toMatchObject({
        question: '如何申请退货？',
        lang: 'zh',
        category: 'returns',
        paraphrases: expect.arrayContaining(['我想退货怎么办？']),
      });
    });

    it('stops quietly with the closed-pipe exit code when the reader of its output goes away (| head)', async () => {
      // Far more than a pipe holds (64 KB), so the list is still being written when the reader leaves.
      const entries = Array.from({ length: 3000 }, (_, i) => ({ ref: `r${i}`, lang: 'en', question: `Can I ask question number ${i} about item ${i} here?`, answer: 'Yes.' }));
      const file = join(work, 'many.json');
      await writeFile(file, JSON.stringify({ entries }));
      expect((await inData('faq', 'import', file)).code).toBe(0);
      const child = spawn(process.execPath, [BIN, '--data', dataDir, 'faq', 'list'], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise((resolve) => child.once('close', resolve));
      expect(stderr).not.toMatch(/EPIPE|Error/);
      expect(code).toBe(141);
    });

    it('lists entries without loading the text analysis or the HTTP client, which only answering and pulling need', async () => {
      const log = join(work, 'modules.log');
      const run = await runConcierge(['--data', dataDir, 'faq', 'list'], {
        env: { CONCIERGE_TEST_MODULE_LOG: log },
        nodeArgs: ['--import', moduleLogImport()],
      });
      expect(run.code, run.stderr).toBe(0);
      const loaded = (await readFile(log, 'utf8')).split('\n');
      // The log sees the app's own TypeScript modules, loaded through tsx.
      expect(loaded).toContainEqual(expect.stringMatching(/\/src-main\/cli\/commands\/faq\.ts$/));
      expect(loaded.filter((url) => url.endsWith('/src-main/assistant/text-analysis.ts'))).toEqual([]);
      expect(loaded.filter((url) => url.includes('/node_modules/undici/'))).toEqual([]);
    });

    it('adds and removes an entry', async () => {
      const added = await inData('faq', 'add', '--question', 'Do you ship abroad?', '--answer', 'Yes, to 40 countries.', '--category', 'shipping');
      expect(added.code, added.stderr).toBe(0);
      const id = Number(added.stdout.trim());
      expect(id).toBeGreaterThan(0);
      expect(await list()).toEqual([expect.objectContaining({ id, question: 'Do you ship abroad?', category: 'shipping' })]);

      const removed = await inData('faq', 'rm', String(id));
      expect(removed.code, removed.stderr).toBe(0);
      expect(removed.stdout).toBe(`Deleted 1 entry: ${id}\n`);
      expect(await list()).toEqual([]);

      // An id already deleted is named, like one that never existed, and nothing else is deleted.
      const other = Number((await inData('faq', 'add', '--question', 'Open on Sundays?', '--answer', 'No.')).stdout.trim());
      const again = await inData('faq', 'rm', String(other), String(id));
      expect(again.code).toBe(1);
      expect(again.stderr.split('\n')[0]).toBe(`concierge: FAQ entry #${id} is already deleted; nothing was deleted`);
      expect(await list()).toEqual([expect.objectContaining({ id: other })]);
      const json = await inData('faq', 'rm', String(id), String(other), String(id), '--json');
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({
        error: { kind: 'not-found', message: `FAQ entry #${id} is already deleted; nothing was deleted`, code: 'faq.already-deleted' },
      });
      // In Chinese both say plainly what is so: not the app's "may have been deleted elsewhere" for an id never used.
      const zh = async (...args: string[]) => (await inData('--lang', 'zh', 'faq', 'rm', ...args)).stderr.split('\n')[0];
      expect(await zh(String(other), String(id))).toBe(`concierge: 条目 #${id} 已删除，本次未删除任何条目。`);
      expect(await zh('4242')).toBe('concierge: 没有条目 #4242。');
      expect((await inData('faq', 'rm', String(other))).code).toBe(0);
      expect((await inData('faq', 'rm', 'abc')).code).toBe(2);
    });

    it('imports a CSV and exports in the format its file name asks for', async () => {
      const csv = join(work, 'kb.csv');
      await writeFile(csv, '\uFEFFquestion,answer,category\n"How do I pay?","By card, or PayPal.",billing\n怎么开发票？,在订单页申请。,billing\n');
      const run = await inData('faq', 'import', csv);
      expect(run.code, run.stderr).toBe(0);
      expect((await list()).map((entry) => entry.question).sort()).toEqual(['How do I pay?', '怎么开发票？']);

      const exported = (extension: string) => readFile(join(work, `out.${extension}`), 'utf8');
      for (const extension of ['csv', 'json', 'jsonl']) {
        const run = await inData('faq', 'export', join(work, `out.${extension}`));
        expect(run.code, run.stderr).toBe(0);
      }
      expect(await exported('csv')).toMatch(/^\uFEFF?question,/);
      expect(JSON.stringify(JSON.parse(await exported('json')))).toContain('怎么开发票？');
      expect((await exported('jsonl')).trim().split('\n').map((line) => JSON.parse(line).question).sort()).toEqual([
        'How do I pay?',
        '怎么开发票？',
      ]);
      const again = await concierge(['--data', join(work, 'copy'), 'faq', 'import', join(work, 'out.csv'), '--json']);
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ imported: 2, errors: [] });
      expect((await inData('faq', 'export', join(work, 'out.txt'))).code).toBe(2);
    });

    it('imports standard input ("-") in the format --format names, which it needs; --format also overrides an extension', async () => {
      const fromStdin = (input: string | Buffer, ...args: string[]) => runConcierge(['--data', dataDir, 'faq', 'import', '-', ...args], { input });
      const csv = 'question,answer\nHow do I pay?,"By card, or PayPal."\n怎么开发票？,在订单页申请。\n';
      for (const [args, message] of <[string[], string][]>[
        [[], 'Reading standard input ("-") needs --format: one of json, jsonl, csv'],
        [['--format', 'xml'], '--format must be one of json, jsonl, csv, got "xml"'],
      ]) {
        const refused = await fromStdin(csv, ...args);
        expect(refused.code, args.join(' ')).toBe(2);
        expect(refused.stderr).toBe(`concierge: ${message}\nRun "concierge faq --help" for usage.\n`);
      }
      expect(existsSync(dataDir)).toBe(false);

      const imported = await fromStdin(csv, '--format', 'csv');
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toBe('Imported 2 of 2 CSV rows\n');
      expect((await list()).map((entry) => entry.question).sort()).toEqual(['How do I pay?', '怎么开发票？']);

      // Problems name standard input, with their lines, and nothing is imported.
      const bad = await fromStdin('{"question": "Where are you?", "answer": "Here."}\n{"question": "No answer?"}\n', '--format', 'jsonl');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/^  line 2 \(answer\): /m);
      expect(bad.stderr.trimEnd().split('\n').at(-1)).toBe('concierge: standard input: 1 problem(s) found; nothing was imported');
      const unreadable = await fromStdin('{"question": ', '--format', 'json');
      expect(unreadable.stderr).toMatch(/^concierge: standard input cannot be read as JSON: line 1: .*; nothing was imported\n$/);
      expect(await list()).toHaveLength(2);

      const txt = join(work, 'faq.txt');
      await writeFile(txt, '[{"question": "Do you ship abroad?", "answer": "Yes."}]');
      expect((await inData('faq', 'import', txt)).code).toBe(1);
      const overridden = await inData('faq', 'import', txt, '--format', 'json', '--json');
      expect(overridden.code, overridden.stderr).toBe(0);
      expect(JSON.parse(overridden.stdout)).toMatchObject({ format: 'json', imported: 1 });
    });

    it('refuses standard input past the 50 MB limit of a file, importing nothing', async () => {
      const row = 'Is this question too long for the limit?,Yes.\n';
      const input = `question,answer\n${row.repeat(Math.ceil((50 * 2 ** 20) / row.length))}`;
      const run = await runConcierge(['--data', dataDir, 'faq', 'import', '-', '--format', 'csv'], { input });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('concierge: standard input is larger than 50 MB; the limit is 50 MB\n');
      // In Chinese, standard input is named in Chinese too, not as an English file name inside the sentence.
      const zh = await runConcierge(['--data', dataDir, '--lang', 'zh', 'faq', 'import', '-', '--format', 'csv'], { input });
      expect(zh.stderr).toBe('concierge: 标准输入超过 50 MB，超出 Concierge 可读取的上限。请拆分文件或减小其大小。\n');
      expect(existsSync(dataDir)).toBe(false);
    });

    it('refuses a malformed CSV with its line numbers, a non-zero exit, and the knowledge base unchanged', async () => {
      await inData('faq', 'add', '--question', 'Existing?', '--answer', 'Yes.');
      const badRows = join(work, 'bad-rows.csv');
      await writeFile(badRows, 'question,answer\nFine question,Fine answer\n,answer without a question\nExisting?,again\n');
      const rows = await inData('faq', 'import', badRows);
      expect(rows.code).toBe(1);
      expect(rows.stderr).toMatch(/line 3 \(question\): /);
      expect(rows.stderr).toMatch(/line 4 .*duplicate/);
      expect(rows.stderr).toMatch(/^concierge: .*2 problem\(s\) found; nothing was imported$/m);

      const badSyntax = join(work, 'bad-syntax.csv');
      await writeFile(badSyntax, 'question,answer\nFine question,Fine answer\nAnother,"unterminated\n');
      const syntax = await inData('faq', 'import', badSyntax);
      expect(syntax.code).toBe(1);
      // Said once, as the reason the file cannot be read, at the line of the opening quote: not as "1 problem(s) found".
      expect(syntax.stderr).toBe(
        `concierge: ${badSyntax} cannot be read as CSV: line 3: a quoted field that starts on this line is never closed (a closing " is missing); nothing was imported\n`,
      );
      expect((await list()).map((entry) => entry.question)).toEqual(['Existing?']);
    });

    it('reports invalid UTF-8 with its line number', async () => {
      const csv = join(work, 'latin1.csv');
      await writeFile(csv, Buffer.concat([Buffer.from('question,answer\nOK,fine\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from(',x\n')]));
      const run = await inData('faq', 'import', csv);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/line 3: .*not valid UTF-8/);
      expect(await list()).toEqual([]);
    });

    it("prints a question's control characters escaped, one line per entry, and keeps them in --json", async () => {
      const question = 'Red\u001b[31m alert\u001b]0;pwned\u0007\nsecond line?';
      const added = await inData('faq', 'add', '--question', question, '--answer', 'Fine.', '--category', 'a\u009bb');
      expect(added.code, added.stderr).toBe(0);
      const text = await inData('faq', 'list');
      expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(text.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/ \[a\\x9bb\]  Red\\x1b\[31m alert\\x1b\]0;pwned\\x07 second line\?$/)]);
      expect((await list())[0]).toMatchObject({ question, category: 'a\u009bb' });
    });

    it('takes the data folder from --data after the command or from CONCIERGE_DATA_DIR', async () => {
      await concierge(['faq', 'add', '--question', 'Where?', '--answer', 'Here.', '--data', dataDir]);
      const viaEnv = await concierge(['faq', 'list', '--json'], { CONCIERGE_DATA_DIR: dataDir });
      expect(JSON.parse(viaEnv.stdout)).toEqual([expect.objectContaining({ question: 'Where?' })]);
    });
  });

  describe('serve', () => {
    it('prints the URL with its token as the first stdout line and serves the API', async () => {
      const child = spawn(process.execPath, [BIN, '--data', dataDir, 'serve', '--port', '0'], { cwd: ROOT });
      try {
        const firstLine = await new Promise<string>((resolve, reject) => {
          createInterface({ input: child.stdout }).once('line', resolve);
          child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
        });
        const match = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/.exec(firstLine);
        expect(match, firstLine).not.toBeNull();
        const [, port, token] = match!;
        const reply = await fetch(`http://127.0.0.1:${port}/api/faq:list`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: '{}',
        });
        expect(reply.status).toBe(200);
        // serve seeds the sample FAQ into the empty knowledge base
        const body = (await reply.json()) as { result: { total: number } };
        expect(body.result.total).toBe(SAMPLE_SIZE);
        expect((await fetch(`http://127.0.0.1:${port}/api/faq:list`, { method: 'POST', body: '{}' })).status).toBe(401);
        const page = await fetch(firstLine);
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/<html/i);
      } finally {
        const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
      }
    }, 240_000);
  });
});
