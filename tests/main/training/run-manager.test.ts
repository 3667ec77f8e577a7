import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { currentOwner } from '../../../src-main/node/process-owner.ts';
import { openDatabase } from '../../../src-main/store/database.ts';
import { TrainingRunRepository } from '../../../src-main/store/training-run-repository.ts';
import type { TrainingProgress, TrainingRun } from '../../../src-main/shared/api/index.ts';
import { TrainingClient } from '../../../src-main/training/training-client.ts';
import { defaultSettings } from '../../../src-main/training/training-settings.ts';
import { tinyFaq } from './fixtures/tiny-faq.ts';

let dir: string;
let app: App;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concierge-runs-'));
  app = await createApp({ dataDir: dir, seedSample: false });
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

async function addTinyFaq(): Promise<void> {
  for (const { question, answer, paraphrases } of tinyFaq()) {
    await app.client.invoke('faq:create', { question, answer, paraphrases });
  }
}

/** Resolves with the run's last event once it completed, failed or was cancelled. */
function runEnd(runId: string): Promise<TrainingProgress> {
  return new Promise((resolve) => {
    const off = app.client.on('training:progress', (progress) => {
      if (progress.runId === runId && ['completed', 'failed', 'cancelled'].includes(progress.status)) {
        off();
        resolve(progress);
      }
    });
  });
}

describe('TrainingRunManager', () => {
  describe('start()', () => {
    it('refuses an empty knowledge base and creates no run', async () => {
      await expect(app.client.invoke('training:start', {})).rejects.toThrow(/knowledge base is empty/);
      expect(await app.client.invoke('training:runs', {})).toEqual([]);
    });

    it('refuses a knowledge base whose entries are all disabled', async () => {
      await app.client.invoke('faq:create', { question: 'Hi?', answer: 'Hello.', enabled: false });
      await expect(app.client.invoke('training:start', {})).rejects.toThrow(/Every FAQ entry is disabled/);
    });

    it('refuses a base model that is not GPT-2', async () => {
      await addTinyFaq();
      const model = await app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 256, name: 'tiny' });
      const configPath = join(dir, 'models', model.id, 'config.json');
      const config = JSON.parse(await readFile(configPath, 'utf8'));
      await writeFile(configPath, JSON.stringify({ ...config, model_type: 'bert' }));
      await expect(app.client.invoke('training:start', { base: model.id })).rejects.toThrow(/model_type is "bert", not "gpt2"/);
      expect(await app.client.invoke('training:runs', {})).toEqual([]);
    });

    it('refuses a base that is not a model id at the boundary, before it names a folder', async () => {
      await addTinyFaq();
      for (const channel of ['training:preview', 'training:start'] as const) {
        await expect(app.client.invoke(channel, { base: '../../etc' })).rejects.toMatchObject({
          name: 'InvalidInputError',
          message: expect.stringMatching(new RegExp(`^Invalid input for ${channel}: base: a model id is lowercase letters`)),
          code: 'input.model-id',
          params: { field: 'base' },
        });
      }
      expect(await app.client.invoke('training:runs', {})).toEqual([]);
    });

    it('refuses a second run while one is active, and the cancelled run registers no model', async () => {
      await addTinyFaq();
      const first = await app.client.invoke('training:start', { epochs: 50 });
      await expect(app.client.invoke('training:start', {})).rejects.toThrow(/is already running/);
      const cancelled = await app.client.invoke('training:cancel', { runId: first.id });
      expect(cancelled.status).toBe('cancelled');
      expect(await app.client.invoke('model:list', {})).toEqual([]);
    });
  });

  describe('resume()', () => {
    it('refuses a run whose id is a path (a restored or edited database), touching nothing outside the runs folder', async () => {
      await addTinyFaq();
      // A folder beside the data folder, which `../../../outside` from training/runs names.
      const outside = `${dir}-outside`;
      await mkdir(join(outside, 'candidate'), { recursive: true });
      await writeFile(join(outside, 'candidate', 'keep.txt'), 'mine');
      await app.close();
      const db = openDatabase(dir);
      const runs = new TrainingRunRepository(db);
      const id = `../../../${basename(outside)}`;
      runs.create({ id, baseModelId: null, kbRevision: 0, options: {}, epochs: 1, totalSteps: 10, owner: currentOwner() });
      runs.update(id, { status: 'cancelled', owner: null });
      db.close();
      app = await createApp({ dataDir: dir, seedSample: false });
      try {
        // Named, it is refused at the boundary (TrainingRunId); found as the last resumable run, by the manager.
        await expect(app.client.invoke('training:resume', { runId: id })).rejects.toMatchObject({ code: 'input.run-id', params: { field: 'runId' } });
        await expect(app.client.invoke('training:resume', {})).rejects.toMatchObject({ code: 'training.bad-run-id', params: { id } });
        expect((await app.client.invoke('training:runs', {})).find((run) => run.id === id)?.status).toBe('cancelled');
        expect(await readFile(join(outside, 'candidate', 'keep.txt'), 'utf8')).toBe('mine');
        expect(await readdir(outside)).toEqual(['candidate']);
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
    });
  });

  describe('close()', () => {
    it('stops a start still preparing, so no worker runs after the store has closed', async () => {
      await addTinyFaq();
      const starting = app.client.invoke('training:start', {});
      await app.close();
      await expect(starting).rejects.toThrow(/Concierge is closing; the training run was not started/);
      app = await createApp({ dataDir: dir, seedSample: false });
      expect(await app.client.invoke('training:runs', {})).toEqual([]);
    });
  });

  describe('preview()', () => {
    it('counts examples and tokens and estimates the time from a measured step', async () => {
      await addTinyFaq();
      const preview = await app.client.invoke('training:preview', { epochs: 4 });
      expect(preview.base).toBeNull(); // no model yet: the starter, from scratch
      expect(preview.dataset).toMatchObject({ entries: 5, trainExamples: 5, validationExamples: 5, warnings: [] });
      expect(preview.dataset.lossTokensPerEpoch).toBeGreaterThan(0);
      expect(preview.dataset.tokensPerEpoch).toBeGreaterThan(preview.dataset.lossTokensPerEpoch);
      expect(preview.dataset.samples[0].prompt).toMatch(/\nCustomer: .*\nAgent:$/);
      expect(preview.totalSteps).toBe(4 * preview.dataset.batchesPerEpoch);
      expect(preview.estimate.tokensPerSecond).toBeGreaterThan(0);
      // Training tokens plus the validation passes, at the measured rate.
      const trainingSeconds = (4 * preview.dataset.tokensPerEpoch) / preview.estimate.tokensPerSecond;
      expect(preview.estimate.seconds).toBeGreaterThan(trainingSeconds);
      expect(preview.estimate.seconds).toBeLessThan(3 * trainingSeconds);
      expect(await app.client.invoke('training:runs', {})).toEqual([]);
    }, 120_000);

    // A re-timed speed is never exactly the same float: equal figures mean the measurement was reused.
    it('reuses the measured speed on a second preview whose model, batch shape and threads are unchanged', async () => {
      await addTinyFaq();
      const first = await app.client.invoke('training:preview', {});
      // Learning rate, seed and epochs do not change what a step costs.
      const second = await app.client.invoke('training:preview', { learningRate: 1e-4, seed: 7, epochs: 2 });
      expect(second.estimate.tokensPerSecond).toBe(first.estimate.tokensPerSecond);
      expect(second.estimate.seconds).toBeCloseTo((first.estimate.seconds * 2) / first.epochs, 6);
    }, 120_000);

    it('says what a run from this base uses for each setting left out: the trainer\'s defaults, not the options typed', async () => {
      await addTinyFaq();
      const typed = await app.client.invoke('training:preview', { learningRate: 1e-4, seed: 7, batchTokens: 512 });
      expect(typed.defaults).toEqual(defaultSettings('scratch')); // no model yet: the starter, from scratch
      expect(typed.defaults).toEqual({ epochs: typed.epochs, learningRate: 3e-3, batchTokens: 2048, seed: 1 });
    }, 120_000);

    it('measures again for another batch shape or base model, and keeps each figure for its own inputs', async () => {
      await addTinyFaq();
      const starter = await app.client.invoke('training:preview', {});
      const smallBatches = await app.client.invoke('training:preview', { batchTokens: 64 });
      expect(smallBatches.dataset.batchesPerEpoch).toBeGreaterThan(starter.dataset.batchesPerEpoch);
      expect(smallBatches.estimate.tokensPerSecond).not.toBe(starter.estimate.tokensPerSecond);

      // Back to the first shapes (another learning rate, so not a kept preview): their own figure, not the last one timed.
      expect((await app.client.invoke('training:preview', { learningRate: 1e-4 })).estimate.tokensPerSecond)
        .toBe(starter.estimate.tokensPerSecond);
      expect((await app.client.invoke('training:preview', { batchTokens: 64, learningRate: 1e-4 })).estimate.tokensPerSecond)
        .toBe(smallBatches.estimate.tokensPerSecond);

      const model = await app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 256, name: 'tiny' });
      const tiny = await app.client.invoke('training:preview', { base: model.id });
      expect(tiny.base?.id).toBe(model.id);
      expect(tiny.estimate.tokensPerSecond).not.toBe(starter.estimate.tokensPerSecond);
      expect(tiny.estimate.tokensPerSecond).not.toBe(smallBatches.estimate.tokensPerSecond);
    }, 240_000);

    it('tells each caller the phase its preview is in: planning the data set, then timing steps unless a kept speed stands in', async () => {
      await addTinyFaq();
      const heard: { requestId: string; phase: string }[] = [];
      app.client.on('training:preview-progress', (event) => heard.push(event));
      const phases = (requestId: string) => heard.filter((event) => event.requestId === requestId).map((event) => event.phase);

      await app.client.invoke('training:preview', { requestId: 'first' });
      expect(phases('first')).toEqual(['planning', 'timing']);
      // Another learning rate: planned again, the step speed just timed reused.
      await app.client.invoke('training:preview', { requestId: 'same-shape', learningRate: 1e-4 });
      expect(phases('same-shape')).toEqual(['planning']);
      // Two windows asking at once for a new batch shape: one preview, each window hears its phases.
      await Promise.all([
        app.client.invoke('training:preview', { requestId: 'window-1', batchTokens: 64 }),
        app.client.invoke('training:preview', { requestId: 'window-2', batchTokens: 64 }),
      ]);
      expect(phases('window-1')).toEqual(['planning', 'timing']);
      expect(phases('window-2').at(-1)).toBe('timing');
      // A kept preview comes back at once: nothing to report.
      await app.client.invoke('training:preview', { requestId: 'kept' });
      expect(phases('kept')).toEqual([]);
    }, 180_000);

    it('returns a preview with unchanged inputs at once, and plans again after an entry is edited', async () => {
      await addTinyFaq();
      const worker = vi.spyOn(TrainingClient.prototype, 'preview');
      // Asked twice at once (two windows): planned once, both get it.
      const [first, twin] = await Promise.all([app.client.invoke('training:preview', {}), app.client.invoke('training:preview', {})]);
      expect(twin).toEqual(first);
      expect(await app.client.invoke('training:preview', {})).toEqual(first);
      expect(worker).toHaveBeenCalledTimes(1);

      const { entries } = await app.client.invoke('faq:list', {});
      const refunds = entries.find((e) => e.question === 'How long do refunds take?')!;
      await app.client.invoke('faq:update', { id: refunds.id, answer: 'Refunds arrive within 5 working days, on the card you paid with.' });
      const after = await app.client.invoke('training:preview', {});
      expect(worker).toHaveBeenCalledTimes(2);
      expect(after.dataset.lossTokensPerEpoch).toBeGreaterThan(first.dataset.lossTokensPerEpoch);
      worker.mockRestore();
    }, 120_000);

    it('reuses the measured speed after a run ends: the run changes the base model, not what a step costs', async () => {
      await addTinyFaq();
      const before = await app.client.invoke('training:preview', { batchTokens: 128 });
      const run = await app.client.invoke('training:start', { epochs: 1, batchTokens: 128 });
      expect((await runEnd(run.id)).status).toBe('completed');
      const after = await app.client.invoke('training:preview', { batchTokens: 128 });
      expect(after.estimate.tokensPerSecond).toBe(before.estimate.tokensPerSecond);
    }, 300_000);

    it('keeps no speed timed while a training run is under way: the figure may be slower than the machine is', async () => {
      await addTinyFaq();
      const training = new Promise<void>((resolve) => {
        const off = app.client.on('training:progress', (p) => {
          if (p.phase === 'training' && p.step > 0) off(), resolve();
        });
      });
      const run = await app.client.invoke('training:start', { epochs: 50, batchTokens: 128 });
      await training;
      await app.client.invoke('training:pause', { runId: run.id }); // the run stays under way until it ends
      const first = await app.client.invoke('training:preview', {});
      const second = await app.client.invoke('training:preview', {});
      expect(second.estimate.tokensPerSecond).not.toBe(first.estimate.tokensPerSecond);
      await app.client.invoke('training:cancel', { runId: run.id });
    }, 120_000);
  });

  it('pauses, resumes, cancels with a checkpoint, and resumes the cancelled run to the end', async () => {
    await addTinyFaq();
    const steps: number[] = [];
    app.client.on('training:progress', (p) => {
      if (p.phase === 'training' && p.step > 0 && p.status === 'running') steps.push(p.step);
    });
    const waitForStep = (step: number) =>
      new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (steps.some((s) => s >= step)) clearInterval(poll), resolve();
        }, 20);
      });
    const run = await app.client.invoke('training:start', { epochs: 6, batchTokens: 128, seed: 2, checkpointEvery: 2 });
    await waitForStep(2);
    expect((await app.client.invoke('training:pause', { runId: run.id })).status).toBe('paused');
    const atPause = Math.max(...steps);
    const whilePaused: TrainingProgress[] = [];
    const off = app.client.on('training:progress', (p) => void whilePaused.push(p));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    off();
    expect(Math.max(...steps)).toBeLessThanOrEqual(atPause + 1); // the step in flight may finish, no more
    // The step in flight reports after the pause, and says so: the run is paused until resume() says otherwise.
    expect(whilePaused.map((p) => p.status)).not.toContain('running');
    expect((await app.client.invoke('training:resume', { runId: run.id })).status).toBe('running');
    await waitForStep(atPause + 3);

    // Resumed at once, while the pause still writes its checkpoint: once resumed, the run trains on and never
    // reports paused (the step in flight at the pause may still report it before the resume is answered).
    expect((await app.client.invoke('training:pause', { runId: run.id })).status).toBe('paused');
    const afterResume: TrainingProgress[] = [];
    expect((await app.client.invoke('training:resume', { runId: run.id })).status).toBe('running');
    const offResumed = app.client.on('training:progress', (p) => void afterResume.push(p));
    await waitForStep(Math.max(...steps) + 2);
    offResumed();
    expect(afterResume.map((p) => p.status)).not.toContain('paused');

    const cancelled = await app.client.invoke('training:cancel', { runId: run.id });
    expect(cancelled.status).toBe('cancelled');
    await expect(stat(join(dir, 'training', 'runs', run.id, 'checkpoint.bin'))).resolves.toBeTruthy();
    expect(await app.client.invoke('model:list', {})).toEqual([]);

    const ended = runEnd(run.id);
    expect((await app.client.invoke('training:resume', { runId: run.id })).status).toBe('running');
    const end = await ended;
    expect(end.status, end.message).toBe('completed');
    const done = (await app.client.invoke('training:runs', {}))[0];
    expect(done.history.map((h) => h.step)).toEqual(Array.from({ length: done.totalSteps }, (_, i) => i + 1));
    expect(done.activated).toBe(true);
  }, 300_000);

  it('trains the starter, then fine-tunes it; each run registers a version with its evaluation', async () => {
    await addTinyFaq();
    const seen: TrainingProgress[] = [];
    app.client.on('training:progress', (p) => seen.push(p));
    // No evaluation has been timed yet: the estimate names its answers but no time.
    expect((await app.client.invoke('training:preview', {})).estimate).toMatchObject({ evaluationAnswers: 5, evaluationSeconds: null });

    const starter = await app.client.invoke('training:start', { epochs: 6, batchTokens: 256, seed: 5 });
    expect(starter.baseModelId).toBeNull();
    const starterEnd = await runEnd(starter.id);
    expect(starterEnd.status, starterEnd.message).toBe('completed');
    const [starterRun] = await app.client.invoke('training:runs', {});
    const { revision } = await app.client.invoke('faq:list', {});
    expect(starterRun).toMatchObject({ status: 'completed', phase: 'done', activated: true, kbRevision: revision });
    expect(starterRun.evaluation!.base).toBeNull();
    expect(starterRun.evaluation!.cases).toHaveLength(5); // one held-out similar question per entry
    const training = seen.filter((p) => p.runId === starter.id && p.phase === 'training');
    expect(training.map((p) => p.step)).toEqual(Array.from({ length: training.length }, (_, i) => i + 1));
    expect(training.at(-1)).toMatchObject({ step: starterRun.totalSteps, epoch: 6, epochs: 6 });
    // What the evaluation after the steps will do, which the time left does not cover: one answer per held-out question.
    expect(new Set(training.map((p) => p.evaluationAnswers))).toEqual(new Set([5]));

    // The starter's evaluation timed generation with a model of this shape: a fine-tune's estimate includes its
    // evaluation (the new model and its base, each answering every held-out question), at that speed.
    const { estimate } = await app.client.invoke('training:preview', { epochs: 2, batchTokens: 256 });
    expect(estimate.evaluationAnswers).toBe(10);
    expect(estimate.evaluationSeconds).toBeGreaterThan(0);

    // Fine-tuning the active (starter) model: the evaluation compares it with its parent.
    const tuned = await app.client.invoke('training:start', { epochs: 2, batchTokens: 256, activate: 'never' });
    expect(tuned.baseModelId).toBe(starterRun.modelVersionId);
    const tunedEnd = await runEnd(tuned.id);
    expect(tunedEnd.status, tunedEnd.message).toBe('completed');
    const run = (await app.client.invoke('training:runs', {})).find((r: TrainingRun) => r.id === tuned.id)!;
    expect(run.activated).toBe(false);
    expect(run.evaluation!.base).not.toBeNull();
    expect(run.evaluation!.cases[0].base).not.toBeNull();
    // With a base model each held-out question is answered twice: by the new model and by its base.
    expect(seen.filter((p) => p.runId === tuned.id && p.phase === 'training').at(-1)!.evaluationAnswers).toBe(2 * run.evaluation!.cases.length);
    // The evaluation says how far it is: the answers written, the new model's and then its base's, out of them all.
    const evaluated = seen.filter((p) => p.runId === tuned.id && p.phase === 'evaluating').map((p) => p.evaluated);
    expect(evaluated[0]).toBe(0);
    expect(evaluated).toContain(run.evaluation!.cases.length); // the base's first batch, after all the new model's
    expect(evaluated).toEqual([...evaluated].sort((a, b) => a! - b!));
    expect(Math.max(...(evaluated as number[]))).toBeLessThan(2 * run.evaluation!.cases.length);
    const versions = await app.client.invoke('model:list', {});
    expect(versions.map((v) => [v.parentId, v.active])).toEqual(
      expect.arrayContaining([
        [null, true],
        [starterRun.modelVersionId, false],
      ]),
    );
    expect(versions.find((v) => v.id === run.modelVersionId)!.metrics).toMatchObject({ f1: run.evaluation!.candidate.f1 });
  }, 300_000);
});
