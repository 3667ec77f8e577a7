// SIGTERM to a real `concierge train` child process: the run stops after its current step, keeps a checkpoint,
// the CLI exits 143 without a native error, and `concierge train --resume` continues from that checkpoint.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrainingProgress, TrainingRun } from '../../../../src-main/shared/api/training.ts';
import { CHECKPOINT_FILE, readCheckpoint } from '../../../../src-main/training/checkpoint.ts';
import { BIN, ROOT, runConcierge } from '../../../helpers/run-cli.ts';

/** Three entries with paraphrases: the starter model trains on them from scratch in milliseconds per step. */
const FAQ = {
  entries: [
    { question: 'How long does shipping take?', answer: 'Orders arrive within 3 to 5 business days.', paraphrases: ['When will my order arrive?'] },
    { question: 'Can I return an item?', answer: 'Yes, within 30 days if it is unused.', paraphrases: ['What is the return policy?'] },
    { question: 'Do you ship abroad?', answer: 'We ship to 40 countries; fees show at checkout.', paraphrases: ['Is international shipping available?'] },
  ],
};

const env = { CONCIERGE_STARTER: 'off' };

function concierge(args: string[]) {
  return runConcierge(args, { env });
}

/** The JSON lines of `train --json`: progress events, then the finished run. */
function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

/** The per-step progress events (the run's status events carry the stored step, which may lag). */
const trainingSteps = (lines: unknown[]) =>
  (lines as TrainingProgress[]).filter((p) => 'runId' in p && p.status === 'running' && p.phase === 'training' && p.step > 0);

describe('concierge train, interrupted', { timeout: 240_000 }, () => {
  let work: string;
  let dataDir: string;

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'concierge-train-interrupt-'));
    dataDir = join(work, 'data');
    await writeFile(join(work, 'faq.json'), JSON.stringify(FAQ));
    const imported = await concierge(['--data', dataDir, 'faq', 'import', join(work, 'faq.json')]);
    expect(imported.code, imported.stderr).toBe(0);
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('stops after the current step on SIGTERM with a checkpoint and exit code 143, and --resume continues from it', async () => {
    const child = spawn(process.execPath, [BIN, '--data', dataDir, 'train', '--epochs', '80', '--json'], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // 'close', not 'exit': 'exit' can come before the last stdout and stderr lines (the cancelled run) are read.
    const exited = new Promise<number | string>((resolve) => child.once('close', (code, signal) => resolve(signal ?? code ?? -1)));

    // Signal once the run is a few optimizer steps in.
    await vi.waitFor(() => expect(trainingSteps(jsonLines(stdout)).length).toBeGreaterThanOrEqual(2), { timeout: 180_000, interval: 100 });
    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(143);

    expect(stderr).not.toMatch(/Napi::Error|terminate called|Aborted|Segmentation/);
    expect(stderr).toMatch(/SIGTERM: cancelling after the current step/);
    expect(stderr).toMatch(/cancelled by SIGTERM; continue it with "concierge train --resume"/);
    const lines = jsonLines(stdout);
    const run = lines.at(-1) as TrainingRun;
    expect(run.status).toBe('cancelled');
    const lastStep = trainingSteps(lines).at(-1)!.step;
    expect(lastStep).toBeLessThan(trainingSteps(lines).at(-1)!.totalSteps);

    // The checkpoint holds the step the run stopped after.
    const checkpoint = await readCheckpoint(join(dataDir, 'training', 'runs', run.id, CHECKPOINT_FILE));
    expect(checkpoint.progress.step).toBe(lastStep);

    const resumed = await concierge(['--data', dataDir, 'train', '--resume', '--json']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).not.toMatch(/Napi::Error|terminate called/);
    const resumedLines = jsonLines(resumed.stdout);
    const finished = resumedLines.at(-1) as TrainingRun;
    expect(finished).toMatchObject({ id: run.id, status: 'completed' });
    // The resumed run picks up after the checkpoint rather than from step 1.
    const resumedSteps = trainingSteps(resumedLines).filter((p) => p.runId === run.id);
    expect(resumedSteps[0].step).toBe(lastStep + 1);
    expect(resumedSteps.at(-1)!.step).toBe(resumedSteps.at(-1)!.totalSteps);
  });
});
