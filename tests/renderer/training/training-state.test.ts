import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import type { ApiClient, TrainingProgress, TrainingRun } from '../../../src-main/shared/api/index.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { Toasts } from '../../../src-renderer/state/toasts.svelte.ts';
import { evaluationEstimateMessage, evaluationLabels, trainedFromScratch, TrainingState } from '../../../src-renderer/state/training/training.svelte.ts';
import { EVALUATION, SCRATCH_EVALUATION, seedRuns } from '../../e2e/support/seed-runs.ts';
import { failingOn } from '../../helpers/failing-client.ts';

// The state class runs against the real app (SQLite in a temp folder) through its in-process client.
let dataDir: string;
let app: App;
let errors: unknown[];

const t = (key: MessageKey, params?: MessageParams) => formatMessage('en', key, params);
const createTraining = (api: ApiClient = app.client) => new TrainingState({ api, toasts: new Toasts(), t, onError: (error) => errors.push(error) });

/**
 * A server with `total()` enabled entries, whose training preview is `preview(input)` and whose runs are `runs`
 * (none by default); `handlers` holds the events the state follows, by name.
 */
function previewServer(total: () => number, preview: (input: { requestId?: string }) => unknown, runs: unknown[] = []) {
  const handlers = new Map<string, (payload: unknown) => void>();
  const api = {
    invoke: (async (channel: string, input: { requestId?: string }) =>
      channel === 'faq:list' ? { entries: [], total: total() }
      : channel === 'training:preview' ? preview(input)
      : channel === 'training:runs' ? runs
      : []) as ApiClient['invoke'],
    on: ((event: string, handler: (payload: unknown) => void) => {
      handlers.set(event, handler);
      return () => handlers.delete(event);
    }) as ApiClient['on'],
  } as ApiClient;
  return { api, handlers };
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'concierge-training-state-'));
  app = await createApp({ dataDir, seedSample: false });
  errors = [];
});

afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('TrainingState', () => {
  describe('loadRuns()', () => {
    it('shows the run history when the model list, which only marks the answering model, cannot be read', async () => {
      const training = new TrainingState({ api: failingOn(app.client, 'model:list'), toasts: new Toasts(), t, onError: (error) => errors.push(error) });
      await training.loadRuns();
      expect(errors).toEqual([]);
      expect(training.runs).toEqual([]);
      expect(training.activeModelId).toBeNull();
    });
  });

  describe('connect()', () => {
    // The run as the server stores it, a step at a time; the screen hears progress only while it is open.
    const storedRun = (step: number, status: TrainingRun['status'] = 'running') =>
      ({
        id: 'run-1',
        status,
        phase: status === 'running' ? 'training' : 'done',
        step,
        totalSteps: 10,
        epoch: 1,
        epochs: 2,
        trainLoss: 5 - step / 10,
        valLoss: null,
        history: Array.from({ length: step }, (_, i) => ({ step: i + 1, loss: 5 - (i + 1) / 10 })),
        error: null,
        errorCode: null,
      }) as unknown as TrainingRun;
    let stored: TrainingRun;
    let listener: ((event: TrainingProgress) => void) | null;
    /** What the web mode's client raises when its dropped connection is back. */
    let resumed: (() => void) | null = null;
    const server: ApiClient = {
      invoke: (async (channel: string) => (channel === 'training:runs' ? [stored] : channel === 'model:list' ? [] : app.client.invoke(channel as never, {} as never))) as ApiClient['invoke'],
      on: ((event: string, handler: (event: TrainingProgress) => void) => {
        if (event === 'connection:resumed') {
          resumed = handler as () => void;
          return () => (resumed = null);
        }
        if (event === 'training:progress') listener = handler;
        return () => (listener = null);
      }) as ApiClient['on'],
    };
    const reopen = async (training: TrainingState) => {
      const disconnect = training.connect();
      await expect.poll(() => training.live?.step).toBe(stored.step);
      return disconnect;
    };

    it('fills in the chart with the steps the run went on while another screen was shown', async () => {
      stored = storedRun(2);
      const training = new TrainingState({ api: server, toasts: new Toasts(), t, onError: (error) => errors.push(error) });
      const disconnect = await reopen(training);
      listener!({ ...storedRun(3), runId: 'run-1', tokensPerSecond: 900, elapsedMs: 3_000, etaMs: 7_000 });
      disconnect(); // to another screen; the run goes on to step 8
      stored = storedRun(8);
      await reopen(training);
      expect(training.live!.points.map((point) => point.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(training.live).toMatchObject({ step: 8, trainLoss: 4.2, tokensPerSecond: 900 });
      expect(errors).toEqual([]);
    });

    it('catches the chart up when a dropped connection is back, the progress sent meanwhile lost', async () => {
      stored = storedRun(2);
      const training = new TrainingState({ api: server, toasts: new Toasts(), t, onError: (error) => errors.push(error) });
      const disconnect = await reopen(training);
      stored = storedRun(7); // steps 3 to 7 went while the socket was down: no training:progress arrived
      resumed!();
      await expect.poll(() => training.live?.step).toBe(7);
      expect(training.live!.points.map((point) => point.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      disconnect();
      expect(resumed).toBeNull();
      expect(errors).toEqual([]);
    });

    it('shows a run that ended while another screen was shown as ended, not as running still', async () => {
      stored = storedRun(4);
      const training = new TrainingState({ api: server, toasts: new Toasts(), t, onError: (error) => errors.push(error) });
      (await reopen(training))();
      stored = storedRun(10, 'completed');
      await reopen(training);
      expect(training.live).toMatchObject({ status: 'completed', phase: 'done', step: 10 });
      expect(training.active).toBe(false);
      expect(training.live!.points).toHaveLength(10);
    });

    it('shows a run as a backup restored from earlier in it left it, with its chart and not the steps seen since', async () => {
      stored = storedRun(6);
      const training = new TrainingState({ api: server, toasts: new Toasts(), t, onError: (error) => errors.push(error) });
      (await reopen(training))();
      // The backup was taken while the run prepared its data; restored, the run is interrupted there.
      stored = { ...storedRun(0, 'interrupted'), phase: 'preparing' };
      await reopen(training);
      expect(training.live).toMatchObject({ runId: 'run-1', status: 'interrupted', phase: 'preparing', step: 0, trainLoss: 5 });
      expect(training.live!.points).toEqual([]);
    });

    it('drops the live view of a run a backup restored from before it no longer has', async () => {
      stored = storedRun(6);
      const training = new TrainingState({ api: server, toasts: new Toasts(), t, onError: (error) => errors.push(error) });
      (await reopen(training))();
      stored = { ...storedRun(10, 'completed'), id: 'run-0' };
      training.connect();
      await expect.poll(() => training.runs[0]?.id).toBe('run-0');
      expect(training.live).toBeNull();
      expect(training.history.map((run) => run.id)).toEqual(['run-0']);
    });
  });

  describe('connect(): a backup restored', () => {
    it('reads the runs again, here or in another window, so none from before the restore is shown', async () => {
      const empty = await app.client.invoke('backup:create', {});
      seedRuns(dataDir, { finished: { baseModelId: null, modelVersionId: 'made-by-run' } });
      const training = createTraining();
      const disconnect = training.connect();
      await expect.poll(() => training.runs.map((run) => run.id)).toEqual(['run-finished']);
      expect(training.latestEvaluated?.id).toBe('run-finished');

      const { safetyBackup } = await app.client.invoke('backup:restore', { file: empty.file });
      await expect.poll(() => training.runs).toEqual([]);
      expect(training.latestEvaluated).toBeNull();
      // And back: the copy taken before the restore has the run.
      await app.client.invoke('backup:restore', { file: safetyBackup });
      await expect.poll(() => training.runs.map((run) => run.id)).toEqual(['run-finished']);
      disconnect();
      expect(errors).toEqual([]);
    });
  });

  describe('connect(): the estimate', () => {
    it('is read again when a run ends while the screen is open, with the evaluation time that run measured', async () => {
      const defaults = { epochs: 3, learningRate: 3e-3, batchTokens: 2048, seed: 1 };
      const preview = (evaluationSeconds: number | null) => ({ epochs: 3, defaults, estimate: { tokensPerSecond: 500, seconds: 40, evaluationAnswers: 24, evaluationSeconds } });
      let measured: number | null = null;
      const server = previewServer(() => 1, () => preview(measured));
      const training = createTraining(server.api);
      training.connect();
      await expect.poll(() => training.preview?.estimate.evaluationSeconds).toBeNull();

      measured = 95; // the run timed its evaluation
      const ended = { runId: 'run-1', status: 'completed', phase: 'done', step: 10, totalSteps: 10, epoch: 3, epochs: 3 };
      server.handlers.get('training:progress')!({ ...ended, trainLoss: 1, valLoss: 1, tokensPerSecond: 500, elapsedMs: 1_000, etaMs: null } as TrainingProgress);
      await expect.poll(() => training.preview?.estimate.evaluationSeconds).toBe(95);
      expect(errors).toEqual([]);
    });
  });

  describe('connect(): the knowledge base changed', () => {
    it('reads the data set again, so "nothing to train" goes once an entry is added and comes back once it is deleted', async () => {
      const training = createTraining();
      const disconnect = training.connect();
      await expect.poll(() => training.nothingToTrain).toBe('empty');

      const entry = await app.client.invoke('faq:create', { question: 'Do you ship abroad?', answer: 'Yes, to 30 countries.' });
      await expect.poll(() => training.preview?.dataset.entries).toBe(1);
      expect(training.nothingToTrain).toBeNull();

      await app.client.invoke('faq:delete', { ids: [entry.id] });
      await expect.poll(() => training.nothingToTrain).toBe('empty');
      expect(training.preview).toBeNull();
      disconnect();
      expect(errors).toEqual([]);
    });

    it('computes one more preview after a burst of edits, of the latest knowledge base, never showing the earlier one', async () => {
      let entries = 3;
      const pending: ((preview: unknown) => void)[] = [];
      const server = previewServer(() => entries, () => new Promise((resolve) => pending.push(resolve)));
      const training = createTraining(server.api);
      training.connect();
      await expect.poll(() => pending.length).toBe(1); // the preview of three entries is being computed

      entries = 2; // one entry deleted in another window, then four more edits
      for (let revision = 2; revision <= 6; revision++) server.handlers.get('faq:changed')!({ revision });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(pending, 'no preview asked for while one is computed').toHaveLength(1);
      pending[0]({ dataset: { entries: 3 }, epochs: 3, estimate: { seconds: 40 } });
      await expect.poll(() => pending.length).toBe(2);
      expect(training.preview, "the earlier knowledge base's preview is not shown").toBeNull();
      expect(training.previewing).toBe(true);

      pending[1]({ dataset: { entries: 2 }, epochs: 3, estimate: { seconds: 30 } });
      await expect.poll(() => training.preview?.dataset.entries).toBe(2);
      expect(training.previewing).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(pending, 'one preview for the whole burst').toHaveLength(2);
      expect(errors).toEqual([]);
    });

    it('says which phase its preview is in, as the server reports it for this preview, not for another one', async () => {
      const asked: string[] = [];
      const server = previewServer(() => 3, ({ requestId }) => new Promise(() => asked.push(requestId!)));
      const training = createTraining(server.api);
      training.connect();
      await expect.poll(() => asked.length).toBe(1);
      const shown = () => [t(training.previewingMessages.status), t(training.previewingMessages.hint)];
      expect(shown()).toEqual(['Preparing the training data…', 'You can start training once the data is prepared and the time estimated.']);

      const progress = server.handlers.get('training:preview-progress')!;
      progress({ requestId: `not-${asked[0]}`, phase: 'timing' }); // another window's preview
      expect(shown()[0]).toBe('Preparing the training data…');
      progress({ requestId: asked[0], phase: 'timing' });
      expect(shown()[0]).toBe('Timing a few training steps on this computer…');
      expect(errors).toEqual([]);
    });

    it('says a preview computed beside a run under way takes longer, since it shares the computer', async () => {
      const running = { id: 'run-1', status: 'running', phase: 'training', step: 2, totalSteps: 10, history: [] };
      const server = previewServer(() => 3, () => new Promise(() => {}), [running]);
      const training = createTraining(server.api);
      training.connect();
      await expect.poll(() => training.active).toBe(true);
      expect(training.previewing).toBe(true);
      expect(t(training.previewingMessages.hint)).toBe('A training run is under way and shares this computer, so preparing takes longer.');
      expect(formatMessage('zh', training.previewingMessages.hint)).toBe('有训练正在进行，与之共用这台电脑，因此准备会慢一些。');
      expect(errors).toEqual([]);
    });

    it('shows "nothing to train" once the entries are gone, not a slow preview of them that comes back after', async () => {
      let entries = 3;
      const pending: ((preview: unknown) => void)[] = [];
      const server = previewServer(() => entries, () => new Promise((resolve) => pending.push(resolve)));
      const training = createTraining(server.api);
      training.connect();
      await expect.poll(() => pending.length).toBe(1);

      entries = 0; // every entry deleted in another window
      server.handlers.get('faq:changed')!({ revision: 2 });
      pending[0]({ dataset: { entries: 3 }, epochs: 3, estimate: { seconds: 40 } });
      await expect.poll(() => training.nothingToTrain).toBe('empty');
      expect(training.preview).toBeNull();
      expect(training.previewing).toBe(false);
      expect(errors).toEqual([]);
    });
  });

  describe('versionLabel()', () => {
    it('names the version a run made as the Models screen does, in the UI’s language, and by its id once deleted', async () => {
      const trained = { modelVersionId: 'starter-2026-12-01-20261201-0413-26bd' } as TrainingRun;
      const gone = { modelVersionId: 'tuned-20261130-0900-aaaa' } as TrainingRun;
      const versions = [{ id: trained.modelVersionId, name: 'Starter · 2026-12-01', active: true }];
      const server: ApiClient = {
        invoke: (async (channel: string) => (channel === 'training:runs' ? [trained, gone] : versions)) as ApiClient['invoke'],
        on: () => () => {},
      };
      const zh = (key: MessageKey, params?: MessageParams) => formatMessage('zh', key, params);
      const training = new TrainingState({ api: server, toasts: new Toasts(), t: zh, onError: (error) => errors.push(error) });
      await training.loadRuns();
      expect(training.versionLabel(trained)).toBe('入门模型 · 2026-12-01');
      expect(training.versionLabel(gone)).toBe('tuned-20261130-0900-aaaa');
      expect(training.versionLabel({ modelVersionId: null } as TrainingRun)).toBeNull();
      expect(errors).toEqual([]);
    });
  });

  describe('loadPreview()', () => {
    it('says there is nothing to train on, without an error, when the knowledge base is empty', async () => {
      const training = createTraining();
      await training.loadPreview();
      expect(training.nothingToTrain).toBe('empty');
      expect(training.preview).toBeNull();
      expect(training.previewing).toBe(false);
      expect(errors).toEqual([]);
    });

    it('takes the presets’ epochs from the trainer’s default alone, and scales the estimate from the epochs it is for', async () => {
      // A preview of 5 epochs (as `concierge train --preview --epochs 5` asks) of a base whose default is 16.
      const defaults = { epochs: 16, learningRate: 3e-3, batchTokens: 2048, seed: 1 };
      const server = previewServer(() => 3, () => ({ dataset: { entries: 3 }, epochs: 5, defaults, estimate: { seconds: 50 } }));
      const training = createTraining(server.api);
      await training.loadPreview();
      const shown = () => [training.epochs, training.defaults!.epochs, training.estimateSeconds];
      expect(shown()).toEqual([16, '16', 160]); // the Epochs placeholder, the preset's hint and the estimate agree
      training.preset = 'quick';
      expect(shown()).toEqual([5, '5', 50]);
      training.preset = 'thorough';
      expect(shown()).toEqual([32, '32', 320]);
      training.advanced.epochs = '2';
      expect(training.estimateSeconds).toBe(20);
      expect(errors).toEqual([]);
    });

    it('tells an all-disabled knowledge base apart from an empty one', async () => {
      await app.client.invoke('faq:create', { question: 'Do you ship abroad?', answer: 'Yes.', enabled: false });
      const training = createTraining();
      await training.loadPreview();
      expect(training.nothingToTrain).toBe('disabled');
      expect(errors).toEqual([]);
    });
  });

  describe('start()', () => {
    it('sends an advanced value as typed: "abc" or "0" is refused with the reason, not replaced by the default', async () => {
      await app.client.invoke('faq:create', { question: 'Do you ship abroad?', answer: 'Yes, to 30 countries.' });
      const training = createTraining();
      training.advanced.epochs = 'abc';
      training.advanced.learningRate = '0';
      expect(training.options()).toMatchObject({ epochs: Number.NaN, learningRate: 0 });

      await training.start();
      expect(errors).toEqual([expect.objectContaining({ code: 'input.number', params: { field: 'epochs' } })]);
      training.advanced.epochs = '';
      await training.start();
      expect(errors[1]).toMatchObject({ code: 'input.above', params: { field: 'learningRate', min: 0 } });
      expect(training.live).toBeNull();
      expect(await app.client.invoke('training:runs', {})).toEqual([]);
    });
  });
});

describe('evaluationEstimateMessage()', () => {
  const duration = (ms: number) => `${ms / 1000} s`;
  const estimate = { tokensPerSecond: 500, seconds: 41, evaluationAnswers: 24 };

  it('gives the evaluation’s time at the speed an earlier run measured, and how many answers it writes', () => {
    const message = evaluationEstimateMessage({ ...estimate, evaluationSeconds: 95 }, duration)!;
    expect(formatMessage('en', message.key, message.params)).toBe(
      'for training, then about 95 s for the evaluation’s 24 answers (at the speed an earlier run measured)',
    );
    expect(formatMessage('zh', message.key, message.params)).toBe('用于训练；之后评估生成 24 条回答约需 95 s（按之前一次运行实测的速度）');
  });

  it('says the time is not known yet, rather than guessing, when no run has timed an evaluation', () => {
    const message = evaluationEstimateMessage({ ...estimate, evaluationSeconds: null }, duration)!;
    expect(formatMessage('en', message.key, message.params)).toBe(
      'for training; the evaluation after it writes 24 answers, not counted here: its time is known once a run on this computer has timed one',
    );
  });

  it('says nothing of an evaluation there is none of', () => {
    expect(evaluationEstimateMessage({ ...estimate, evaluationAnswers: 0, evaluationSeconds: null }, duration)).toBeNull();
  });
});

describe('evaluationLabels()', () => {
  const run = { baseModelId: 'v1', modelVersionId: 'v2' } as TrainingRun;
  const say = (keys: ReturnType<typeof evaluationLabels>, locale: 'en' | 'zh') =>
    [keys.title, keys.base, keys.candidate].map((key) => formatMessage(locale, key));

  it('names the columns by what each model is, not "current" and "new", and marks the one that answers now', () => {
    expect(say(evaluationLabels(run, 'v1', false), 'en')).toEqual(['Old versus new', 'Before the run (active)', 'Made by the run']);
    // Once the new model is activated the "current" column would be the old one: the headings must still be true.
    expect(say(evaluationLabels(run, 'v2', false), 'en')).toEqual(['Old versus new', 'Before the run', 'Made by the run (active)']);
    expect(say(evaluationLabels(run, 'v2', false), 'zh')).toEqual(['新旧对比', '训练前的模型', '训练得到的模型（使用中）']);
    expect(say(evaluationLabels(run, 'other', false), 'en')).toEqual(['Old versus new', 'Before the run', 'Made by the run']);
  });

  it('says the comparison is of the last finished run while another run is in progress', () => {
    const during = evaluationLabels(run, 'v2', true);
    expect(say(during, 'en')[0]).toBe('Last finished run: old versus new');
    expect(say(during, 'zh')[0]).toBe('上一次完成的训练：新旧对比');
    expect(formatMessage('en', during.note!)).toMatch(/^A new run is in progress\. This compares the models of the last run that finished/);
    expect(formatMessage('zh', during.note!)).toContain('上一次完成的训练');
    expect(evaluationLabels(run, 'v2', false).note).toBeNull();
  });

  it('is what the screen shows: about the last finished run once a new run is under way, about it again once that ends', async () => {
    const evaluated = { id: 'run-1', status: 'completed', baseModelId: 'v1', modelVersionId: 'v2', evaluation: { base: null, candidate: {}, cases: [] } } as unknown as TrainingRun;
    const running = { id: 'run-2', status: 'running', phase: 'training', baseModelId: 'v2', modelVersionId: null, evaluation: null, history: [], step: 1, totalSteps: 10 } as unknown as TrainingRun;
    let runs = [running, evaluated];
    const server = {
      ...app.client,
      invoke: (async (channel: string) =>
        channel === 'training:runs' ? runs : channel === 'model:list' ? [{ id: 'v2', name: 'v2', active: true }] : null) as ApiClient['invoke'],
    } as ApiClient;
    const training = new TrainingState({ api: server, toasts: new Toasts(), t, onError: (error) => errors.push(error) });
    await training.loadRuns();
    expect(training.evaluationLabels).toMatchObject({ title: 'training.eval.previous', note: 'training.eval.previousNote', candidate: 'training.eval.candidateActive' });
    runs = [{ ...running, status: 'cancelled' } as TrainingRun, evaluated];
    await training.loadRuns();
    expect(training.evaluationLabels).toMatchObject({ title: 'training.eval', note: null });
    expect(errors).toEqual([]);
  });

  it('leaves the earlier model out of a run from scratch only, by the run\'s own base, whatever its evaluation holds', () => {
    const fineTune = { baseModelId: 'v1', modelVersionId: 'v2', evaluation: EVALUATION } as TrainingRun;
    const scratch = { baseModelId: null, modelVersionId: 'v2', evaluation: SCRATCH_EVALUATION } as TrainingRun;
    expect(trainedFromScratch(fineTune)).toBe(false);
    expect(trainedFromScratch(scratch)).toBe(true);
    // The panel's columns and its title read the same fact: no "Old versus new" above a single column.
    expect(evaluationLabels(fineTune, 'v2', false)).toMatchObject({ scratch: false, title: 'training.eval' });
    expect(evaluationLabels(scratch, 'v2', false)).toMatchObject({ scratch: true, title: 'training.eval.scratch' });
    // A fine-tune whose base figures are missing is still compared (dashes), not called a run from scratch.
    const unscored = { ...fineTune, evaluation: SCRATCH_EVALUATION };
    expect(evaluationLabels(unscored, 'v2', true)).toMatchObject({ scratch: false, title: 'training.eval.previous' });
  });

  it('marks no column active for a run trained from scratch while no model is active', () => {
    const scratch = { baseModelId: null, modelVersionId: 'v2' } as TrainingRun;
    expect(say(evaluationLabels(scratch, null, false), 'en')).toEqual(['Evaluation of the new model', 'Before the run', 'Made by the run']);
  });

  it('titles a run from scratch the new model’s evaluation, not "old versus new": there was no model before it', () => {
    const scratch = { baseModelId: null, modelVersionId: 'v2' } as TrainingRun;
    expect(say(evaluationLabels(scratch, 'v2', false), 'en')[0]).toBe('Evaluation of the new model');
    expect(say(evaluationLabels(scratch, 'v2', false), 'zh')[0]).toBe('新模型的评估');
    const during = evaluationLabels(scratch, 'v2', true);
    expect(say(during, 'en')[0]).toBe('Last finished run: evaluation of the new model');
    expect(say(during, 'zh')[0]).toBe('上一次完成的训练：新模型的评估');
    expect(formatMessage('en', during.note!)).toBe(
      'A new run is in progress. This evaluates the model the last finished run made; the new run’s evaluation appears when it ends.',
    );
    expect(formatMessage('zh', during.note!)).not.toContain('对比');
  });
});
