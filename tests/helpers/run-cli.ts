import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root: the CLI runs from here, as `npm` would run it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'concierge.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to this process's environment. */
  env?: Record<string, string>;
  cwd?: string;
  /** Node's own options, before the script (e.g. `--import` hooks). */
  nodeArgs?: string[];
  /** Run as this user and group (a test running as root, to meet permissions that bind a user). */
  user?: { uid: number; gid: number };
  /** Kills the CLI after this many ms (a command that would otherwise never end). */
  timeout?: number;
  /** Written to the CLI's standard input, which is then closed (`cat faq.csv | concierge faq import - …`). */
  input?: string | Buffer;
}

/** Spawns the real `concierge` CLI under this Node; resolves (never rejects) with its exit code and output. */
export function runConcierge(args: string[], { env = {}, cwd = ROOT, nodeArgs = [], user, timeout, input }: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    // English messages whatever this machine's locale, unless the test sets one (the CLI says coded errors in Chinese
    // where LC_ALL, LC_MESSAGES or LANG asks for it).
    const locale = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
    const options = { cwd, env: { ...process.env, ...locale, ...env }, maxBuffer: 64 * 1024 ** 2, timeout, ...user };
    const child = execFile(process.execPath, [...nodeArgs, BIN, ...args], options, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    if (input === undefined) return;
    // A CLI that stops reading (input over its limit) closes the pipe: its exit code and output say what happened.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}
