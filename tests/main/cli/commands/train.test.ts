// `concierge train --json` as a user scripts it: a child process per command, JSON-lines progress on stdout,
// and a retrain of the active model that answers the held-out similar questions closer to the FAQ.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelVersion } from '../../../../src-main/shared/api/models.ts';
import type { TrainingProgress, TrainingRun } from '../../../../src-main/shared/api/training.ts';
import { tinyFaq } from '../../training/fixtures/tiny-faq.ts';
import { runConcierge } from '../../../helpers/run-cli.ts';

let work: string;

function concierge(...args: string[]) {
  return runConcierge(['--data', join(work, 'data'), ...args]);
}

/** Runs `concierge train --json ...`: the progress events, then the finished run on the last line. */
async function train(...args: string[]): Promise<{ progress: TrainingProgress[]; run: TrainingRun }> {
  const result = await concierge('train', '--json', ...args);
  expect(result.code, result.stderr).toBe(0);
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  return { progress: lines.slice(0, -1), run: lines.at(-1) };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'concierge-train-cli-'));
  const file = join(work, 'faq.json');
  await writeFile(file, JSON.stringify({ entries: tinyFaq().map(({ question, answer, paraphrases, lang }) => ({ question, answer, paraphrases, lang })) }));
  const imported = await concierge('faq', 'import', file);
  expect(imported.code, imported.stderr).toBe(0);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('concierge train --preview', { timeout: 120_000 }, () => {
  it('says on stderr what the preview is doing while it is computed, and prints the estimate on stdout', async () => {
    const result = await concierge('train', '--preview', '--batch-tokens', '256');
    expect(result.code, result.stderr).toBe(0);
    // A fresh process has no step speed kept: it plans the data, then times steps.
    expect(result.stderr.trim().split('\n')).toEqual(['Preparing the training data…', 'Timing a few training steps on this computer…']);
    expect(result.stdout).toMatch(/^Estimate: \d+ epochs, \d+ steps/m);
  });
});

describe('concierge train --json', { timeout: 240_000 }, () => {
  let starter: TrainingRun;

  it('trains the starter from scratch when no model exists, printing JSON-lines progress', async () => {
    const { progress, run } = await train('--epochs', '3', '--batch-tokens', '256', '--seed', '4');
    starter = run;
    expect(run).toMatchObject({ status: 'completed', baseModelId: null, activated: true, epochs: 3 });
    expect(progress.every((p) => p.runId === run.id)).toBe(true);
    // Phases in order, each step reported once, the last event the completed run.
    const phases = progress.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1]);
    expect(phases).toEqual(['preparing', 'training', 'saving', 'evaluating', 'done']);
    const steps = progress.filter((p) => p.phase === 'training' && p.step > 0).map((p) => p.step);
    expect(steps).toEqual(Array.from({ length: run.totalSteps }, (_, i) => i + 1));
    expect(progress.at(-1)).toMatchObject({ status: 'completed', step: run.totalSteps, totalSteps: run.totalSteps });
    const training = progress.find((p) => p.phase === 'training' && p.step > 0)!;
    expect(training.trainLoss).toBeGreaterThan(0);
    expect(training.tokensPerSecond).toBeGreaterThan(0);
  });

  it('retrains the active model into a new active version that answers held-out questions closer to the FAQ', async () => {
    const { run } = await train('--epochs', '30', '--lr', '3e-3', '--batch-tokens', '256', '--seed', '4');
    expect(run).toMatchObject({ status: 'completed', baseModelId: starter.modelVersionId, activated: true });
    const { base, candidate, cases } = run.evaluation!;
    expect(cases).toHaveLength(tinyFaq().length);
    // Measured: held-out F1 0.45 → 0.70, exact match 0 → 0.4, validation loss 3.49 → 0.65.
    expect(candidate.f1).toBeGreaterThan(base!.f1 + 0.1);
    expect(candidate.exactMatch).toBeGreaterThanOrEqual(base!.exactMatch);

    const listed = await concierge('model', 'list', '--json');
    const versions: ModelVersion[] = JSON.parse(listed.stdout);
    expect(versions.find((v) => v.active)).toMatchObject({ id: run.modelVersionId, parentId: starter.modelVersionId });
  });

  it("counts the evaluation's answers on stderr as it writes them, as the app does, leaving stdout to the summary", async () => {
    const args = ['--epochs', '1', '--batch-tokens', '256', '--seed', '4', '--activate', 'never'];
    const preview = JSON.parse((await concierge('train', '--preview', '--json', ...args)).stdout);
    const total = preview.estimate.evaluationAnswers;
    expect(total).toBeGreaterThan(1);
    const result = await concierge('train', ...args);
    expect(result.code, result.stderr).toBe(0);
    // Not a terminal: a line at every tenth the count reaches (it is counted before each batch of answers), from
    // none to all of them, after the phase's line.
    const lines = result.stderr.split('\n');
    const counts = lines.filter((line) => line.startsWith('Evaluating '));
    expect(lines[lines.indexOf(counts[0]) - 1]).toMatch(/^evaluating: /);
    expect(counts[0]).toMatch(new RegExp(`^Evaluating +0% 0/${total} evaluation answers written$`));
    expect(counts.at(-1)).toBe(`Evaluating 100% ${total}/${total} evaluation answers written`);
    expect(counts.every((line) => new RegExp(`^Evaluating +\\d+% \\d+/${total} evaluation answers written$`).test(line))).toBe(true);
    expect(result.stdout).not.toContain('Evaluating');
  });
});
