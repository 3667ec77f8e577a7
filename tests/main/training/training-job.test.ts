import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greedyAnswers } from '../../../src-main/training/evaluate.ts';
import { groundedPrompts } from '../../../src-main/training/grounded-prompts.ts';
import { RunControl } from '../../../src-main/training/run-control.ts';
import { runTrainingJob } from '../../../src-main/training/training-job.ts';
import type { TrainOutcome } from '../../../src-main/training/training-protocol.ts';
import { tinyFaq } from './fixtures/tiny-faq.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concierge-train-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runTrainingJob()', () => {
  describe('from scratch (the starter path)', () => {
    let outcome: TrainOutcome;

    beforeAll(async () => {
      // Every question stays in training (no similar questions to hold out): the model must learn them all.
      outcome = await runTrainingJob(
        {
          runId: 'memorise',
          runDir: join(dir, 'memorise'),
          base: null,
          entries: tinyFaq({ paraphrases: false }),
          settings: { epochs: 40, learningRate: 3e-3, batchTokens: 128, gradAccumulation: 1, seed: 7, checkpointEvery: 1000 },
          resume: false,
          threads: 2,
        },
        new RunControl(),
        () => {},
      );
    }, 240_000);

    it('memorises a 5-entry FAQ: the loss falls below 0.05', () => {
      expect(outcome.history[0].loss).toBeGreaterThan(3);
      const last = outcome.history.slice(-5).map((h) => h.loss);
      expect(Math.max(...last)).toBeLessThan(0.05);
    });

    it('exports a model whose greedy answers reproduce every FAQ answer', async () => {
      const faq = tinyFaq({ paraphrases: false });
      const prompt = await groundedPrompts(faq);
      const questions = faq.map((entry) => ({
        entryId: entry.id,
        question: entry.question,
        prompt: prompt(entry, entry.question),
        expected: entry.answer,
        answerTokens: 24,
      }));
      const answers = await greedyAnswers({ id: 'memorised', dir: outcome.candidateDir }, questions, { intraOpThreads: 2 });
      expect(answers).toEqual(faq.map((entry) => entry.answer));
    }, 120_000);
  });

  it('reaches the same loss curve after a kill -9 and resume as without the kill', async () => {
    const settings = { epochs: 3, learningRate: 3e-3, batchTokens: 128, gradAccumulation: 1, seed: 3, checkpointEvery: 4 };
    const uninterrupted = await runChild(join(dir, 'whole'), false, settings);
    const killedDir = join(dir, 'killed');
    const beforeKill = await runChild(killedDir, false, settings, 6); // killed right after step 6
    expect(beforeKill.at(-1)!.step).toBe(6);
    const resumed = await runChild(killedDir, true, settings);
    // The resumed run restarts after the checkpoint at step 4 and replays steps 5, 6… exactly.
    expect(resumed[0].step).toBe(5);
    const whole = new Map(uninterrupted.map((s) => [s.step, s.loss]));
    expect(resumed.at(-1)!.step).toBe(uninterrupted.at(-1)!.step);
    for (const { step, loss } of resumed) expect(loss).toBeCloseTo(whole.get(step)!, 4);
  }, 240_000);
});

const child = fileURLToPath(new URL('./fixtures/run-job.ts', import.meta.url));

/** Runs the job in a child process; with `killAfterStep`, the child SIGKILLs itself right after that step. */
async function runChild(runDir: string, resume: boolean, settings: object, killAfterStep?: number) {
  const args = [child, runDir, resume ? '1' : '0', JSON.stringify(settings), ...(killAfterStep === undefined ? [] : [String(killAfterStep)])];
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const steps: { step: number; loss: number }[] = [];
  let buffer = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      const message = JSON.parse(line);
      if (message.step === undefined) continue;
      steps.push(message);
    }
  });
  // 'close', not 'exit': only then has every line of stdout been read.
  const exit = await new Promise<number | string | null>((resolve) => proc.once('close', (code, signal) => resolve(signal ?? code)));
  expect(exit).toBe(killAfterStep === undefined ? 0 : 'SIGKILL');
  return steps;
}
