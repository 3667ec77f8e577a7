import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Channel, Input, Output } from '../../../src-main/shared/api/index.ts';
import { openDatabase } from '../../../src-main/store/database.ts';
import { FaqRepository } from '../../../src-main/store/faq-repository.ts';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');

/** `concierge serve` on a fresh data folder, with a typed client for checking what the UI did. */
export interface ServedApp {
  /** The address with its launch token, as printed on the first stdout line. */
  url: string;
  dataDir: string;
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Let `serve` train its starter model in the background when no model exists (off by default: it costs CPU). */
  starter?: boolean;
  /** Serve this data folder (deleted by stop()) instead of a new, empty one. */
  dataDir?: string;
}

/**
 * A new data folder whose knowledge base holds `question` and `answer` only (`serve` then seeds no sample FAQ), for a
 * journey that needs to know every entry.
 */
export function dataFolderWith(question: string, answer: string): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'concierge-e2e-'));
  const db = openDatabase(dataDir);
  try {
    new FaqRepository(db).create({ question, answer, category: '', tags: [], enabled: true, paraphrases: [] });
  } finally {
    db.close();
  }
  return dataDir;
}

export async function startServedApp({ starter = false, dataDir = mkdtempSync(join(tmpdir(), 'concierge-e2e-')) }: ServeOptions = {}): Promise<ServedApp> {
  const child = spawn(process.execPath, ['bin/concierge.js', 'serve', '--port', '0', '--data', dataDir], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(!starter && { CONCIERGE_STARTER: 'off' }) },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const url = await firstLine(child).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`concierge serve did not start: ${error.message}\n${stderr}`);
  });
  if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+$/.test(url)) {
    child.kill('SIGKILL');
    throw new Error(`Unexpected first line from concierge serve: ${url}`);
  }
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token')!;

  return {
    url,
    dataDir,
    async invoke(channel, input) {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { result?: unknown; error?: unknown };
      if (!response.ok) throw new Error(`${channel} failed (${response.status}): ${JSON.stringify(body.error)}`);
      return body.result as never;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('no URL on stdout within 150 s')), 150_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with code ${code}`));
    });
  });
}
