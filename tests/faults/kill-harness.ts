// Shared kill -9 harness for the crash-safety tests: run `concierge …` as a child process, SIGKILL it at a
// random moment of the work, then check what a person would find afterwards.
// Repetitions: CONCIERGE_FAULT_KILLS per scenario (npm test: a few; `npm run test:faults`: 20).
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { vi } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'concierge.js');

/** How many kills each scenario survives before it passes. */
export const KILLS = Math.max(1, Number(process.env.CONCIERGE_FAULT_KILLS ?? 2));

export interface Child {
  process: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code, or the signal name when killed. */
  exited: Promise<number | string>;
}

const running = new Set<ChildProcess>();

/** SIGKILLs every child still running (a failed test must not leave a server or a training run behind). */
export function killLeftovers(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** `concierge --data DIR …args` as a child process (same Node, sources run through tsx). */
export function startConcierge(dataDir: string, args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, [BIN, '--data', dataDir, ...args], {
    cwd: ROOT,
    env: { ...process.env, CONCIERGE_STARTER: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result: Child = {
    process: child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code ?? -1))),
  };
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.stdout!.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
  return result;
}

/** Runs `concierge …` to the end; throws with its stderr when it fails. */
export async function runConcierge(dataDir: string, args: string[], env: Record<string, string> = {}): Promise<Child> {
  const child = startConcierge(dataDir, args, env);
  const code = await child.exited;
  if (code !== 0) throw new Error(`concierge ${args.join(' ')} exited with ${code}: ${child.stderr.trim()}`);
  return child;
}

/** Waits (polling, up to `timeout` ms) until `ready()` is true; fails the test if the child exits first. */
export async function waitForWork(child: Child, ready: () => boolean | Promise<boolean>, timeout = 120_000): Promise<void> {
  let ended: number | string | null = null;
  void child.exited.then((code) => (ended = code));
  await vi.waitFor(
    async () => {
      if (await ready()) return;
      if (ended !== null) throw new Error(`The child ended (${ended}) before the work began: ${child.stderr.trim()}`);
      throw new Error(`Still waiting for the work to begin; the child said: ${(child.stdout + child.stderr).slice(-500)}`);
    },
    { timeout, interval: 20 },
  );
}

/**
 * SIGKILLs the child after a random delay in [0, windowMs). Returns true when the kill landed (the child was
 * still running), false when it had already finished: that attempt does not count as a kill.
 */
export async function killAfterRandomDelay(child: Child, windowMs: number): Promise<{ killed: boolean; delayMs: number }> {
  const delayMs = Math.floor(Math.random() * windowMs);
  const finished = await Promise.race([
    child.exited.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), delayMs)),
  ]);
  if (finished) return { killed: false, delayMs };
  child.process.kill('SIGKILL');
  const how = await child.exited;
  return { killed: how === 'SIGKILL', delayMs };
}

/** `PRAGMA integrity_check` of the data folder's database, opened fresh (as a restarted app would). */
export function integrityCheck(dbFile: string): string {
  const db = new BetterSqlite3(dbFile, { fileMustExist: true });
  try {
    return (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
  } finally {
    db.close();
  }
}

/** Reads from the database with a short-lived connection. */
export function query<T>(dbFile: string, read: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(dbFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return read(db);
  } finally {
    db.close();
  }
}

/** One line per scenario for the report: how many kills it survived, and where they landed. */
export function reportKills(scenario: string, kills: number, detail: string): void {
  const line = `[faults] ${scenario}: survived ${kills} kill -9 (${detail})`;
  console.log(line);
  if (process.env.CONCIERGE_FAULT_REPORT) appendFileSync(process.env.CONCIERGE_FAULT_REPORT, `${line}\n`);
}
