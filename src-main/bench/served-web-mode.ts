// `concierge serve` as a child process on a free port, the way a person starts web mode, so the figures are the
// server's own: its memory is the child's, and every request crosses 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../server/renderer-build.ts';
import { UnavailableError } from '../shared/errors.ts';
import { readProcessMemory, type ProcessMemory } from './process-memory.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'concierge.js');
/** serve builds the UI first when it is missing (a fresh clone), which takes about a minute. */
const START_TIMEOUT_MS = 240_000;
const STDERR_TAIL_LINES = 20;

export interface ServedWebMode {
  pid: number;
  port: number;
  token: string;
  memory(): ProcessMemory;
  /** What the server printed on stderr lately (its logs), for error reports. */
  stderrTail(): string[];
  /** SIGTERM, as Ctrl+C would; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `concierge --data DATA_DIR serve --port 0` with `env` added, and waits for the address line. */
export async function startServedWebMode(dataDir: string, env: Record<string, string> = {}): Promise<ServedWebMode> {
  const child = spawn(process.execPath, [BIN, '--data', dataDir, 'serve', '--port', '0'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > STDERR_TAIL_LINES) tail.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  let firstLine: string;
  try {
    firstLine = await readFirstLine(child, exited, tail);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const match = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/.exec(firstLine);
  if (!match) {
    child.kill('SIGKILL');
    throw new UnavailableError(`concierge serve printed "${firstLine}" instead of its address`);
  }
  const pid = child.pid!;
  return {
    pid,
    port: Number(match[1]),
    token: match[2],
    memory: () => readProcessMemory(pid),
    stderrTail: () => [...tail],
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

function readFirstLine(child: ChildProcess, exited: Promise<number | null>, tail: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new UnavailableError(`concierge serve did not print its address in ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new UnavailableError(`concierge serve exited with code ${code} before serving: ${tail.join('\n')}`));
    });
  });
}
