import { describe, expect, it } from 'vitest';
import type { TrainingProgress, TrainingRun } from '../../../src-main/shared/api/index.ts';
import type { CodedMessage } from '../../../src-main/shared/errors.ts';
import { formatMessage, type Locale, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { codedText } from '../../../src-renderer/lib/errors.ts';
import { etaMessage, liveFromRun, phaseMessage, progressValue, reduceProgress, withLiveRun, type LiveRun } from '../../../src-renderer/state/training/live-run.ts';
import { presetEpochs } from '../../../src-renderer/state/training/training.svelte.ts';

const progress = (patch: Partial<TrainingProgress>): TrainingProgress => ({
  runId: 'run-1',
  status: 'running',
  phase: 'training',
  step: 0,
  totalSteps: 10,
  epoch: 0,
  epochs: 2,
  trainLoss: null,
  valLoss: null,
  tokensPerSecond: 0,
  elapsedMs: 0,
  etaMs: null,
  ...patch,
});

const translator = (locale: Locale) => (key: MessageKey, params?: MessageParams) => formatMessage(locale, key, params);

describe('etaMessage()', () => {
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
  const said = (live: Parameters<typeof etaMessage>[0], locale: Locale) => {
    const { key, params } = etaMessage(live, seconds);
    return translator(locale)(key, params);
  };

  it('says how many answers the evaluation writes after the training time, which covers the steps only', () => {
    let live = reduceProgress(null, progress({ step: 3, trainLoss: 4.2, etaMs: 41_000, evaluationAnswers: 24 }));
    live = reduceProgress(live, progress({ step: 4, trainLoss: 4.1, etaMs: 38_000 })); // a later event without the count keeps it
    expect(live.evaluationAnswers).toBe(24);
    expect(said(live, 'en')).toBe('38 s of training left, then 24 answers to write for the evaluation');
    expect(said(live, 'zh')).toBe('训练剩余 38 s，之后评估还需生成 24 条回答');
    expect(said({ etaMs: 5_000, evaluationAnswers: 1 }, 'en')).toBe('5 s of training left, then 1 answer to write for the evaluation');
  });

  it('says only the training time when there is nothing to evaluate, and that it is estimating before steps are timed', () => {
    expect(said({ etaMs: 41_000, evaluationAnswers: null }, 'en')).toBe('41 s left');
    expect(said({ etaMs: null, evaluationAnswers: 24 }, 'en')).toBe('Estimating time left…');
  });
});

describe('phaseMessage()', () => {
  it('says the phase of a run that goes on, and the phase a paused, cancelled or failed run stopped in', () => {
    const say = (status: LiveRun['status'], phase: LiveRun['phase'], locale: Locale = 'en') =>
      translator(locale)(phaseMessage({ status, phase }));
    expect(say('running', 'training')).toBe('Training');
    expect(say('cancelled', 'training')).toBe('Stopped while training');
    expect(say('cancelled', 'training', 'zh')).toBe('训练中已停止');
    expect(say('paused', 'training')).toBe('Paused while training');
    expect(say('interrupted', 'evaluating')).toBe('Stopped while evaluating');
    expect(say('failed', 'preparing')).toBe('Stopped while preparing the data');
    expect(say('completed', 'done')).toBe('Done');
  });
});

describe('reduceProgress()', () => {
  it('adds one chart point per new step and attaches validation loss to its step', () => {
    let live = reduceProgress(null, progress({ phase: 'preparing' }));
    live = reduceProgress(live, progress({ step: 1, trainLoss: 5.1, tokensPerSecond: 900, etaMs: 9_000 }));
    live = reduceProgress(live, progress({ step: 1, trainLoss: 5.1 })); // repeated event: no new point
    live = reduceProgress(live, progress({ step: 2, trainLoss: 4.8 }));
    live = reduceProgress(live, progress({ step: 2, trainLoss: 4.8, valLoss: 4.9 }));
    expect(live.points).toEqual([
      { step: 1, loss: 5.1 },
      { step: 2, loss: 4.8, valLoss: 4.9 },
    ]);
    expect(live).toMatchObject({ step: 2, trainLoss: 4.8, valLoss: 4.9, tokensPerSecond: 900 });
  });

  it('keeps the last measured speed when an event reports none', () => {
    let live = reduceProgress(null, progress({ step: 1, trainLoss: 3, tokensPerSecond: 1_200 }));
    live = reduceProgress(live, progress({ step: 1, phase: 'evaluating', trainLoss: 3, tokensPerSecond: 0 }));
    expect(live.tokensPerSecond).toBe(1_200);
    expect(live.phase).toBe('evaluating');
  });

  it('starts a fresh view when another run reports', () => {
    const first = reduceProgress(null, progress({ step: 3, trainLoss: 2 }));
    const second = reduceProgress(first, progress({ runId: 'run-2', step: 1, trainLoss: 6 }));
    expect(second.runId).toBe('run-2');
    expect(second.points).toEqual([{ step: 1, loss: 6 }]);
  });

  it('continues a resumed run from the history stored with it', () => {
    const run = {
      id: 'run-1',
      status: 'running',
      phase: 'training',
      step: 2,
      totalSteps: 10,
      epoch: 0,
      epochs: 2,
      trainLoss: 4.8,
      valLoss: null,
      history: [
        { step: 1, loss: 5.1 },
        { step: 2, loss: 4.8 },
      ],
    } as unknown as TrainingRun;
    const live = reduceProgress(liveFromRun(run), progress({ step: 3, trainLoss: 4.5 }));
    expect(live.points.map((point) => point.step)).toEqual([1, 2, 3]);
  });
});

describe('the evaluation\'s progress', () => {
  it('counts the answers written while the run evaluates, in both languages, and forgets them once it is done', () => {
    let live = reduceProgress(null, progress({ step: 10, trainLoss: 2, evaluationAnswers: 64 }));
    expect(live.evaluated).toBeNull();
    live = reduceProgress(live, progress({ step: 10, phase: 'evaluating', evaluated: 0 }));
    live = reduceProgress(live, progress({ step: 10, phase: 'evaluating', evaluated: 24 }));
    live = reduceProgress(live, progress({ step: 10, phase: 'evaluating' })); // an event without the count keeps it
    expect(live.evaluated).toBe(24);
    const params = { n: live.evaluated!, total: live.evaluationAnswers! };
    expect(translator('en')('training.evaluatedOf', params)).toBe('24 of 64 evaluation answers written');
    expect(translator('zh')('training.evaluatedOf', params)).toBe('评估回答已写 24 / 64 条');
    expect(reduceProgress(live, progress({ step: 10, status: 'completed', phase: 'done' })).evaluated).toBeNull();
  });
});

describe('progressValue()', () => {
  it('sweeps while the run saves and evaluates after its last step, instead of a full bar that looks done', () => {
    let live = reduceProgress(null, progress({ step: 10, trainLoss: 2 }));
    expect(progressValue(live)).toBe(10);
    live = reduceProgress(live, progress({ phase: 'saving', step: 10 }));
    expect(progressValue(live)).toBeNull();
    live = reduceProgress(live, progress({ phase: 'evaluating', step: 10 }));
    expect(progressValue(live)).toBeNull();
    live = reduceProgress(live, progress({ phase: 'done', status: 'completed', step: 10 }));
    expect(progressValue(live)).toBe(10);
  });

  it('keeps the steps done on a paused run', () => {
    const live = reduceProgress(null, progress({ status: 'paused', step: 4, trainLoss: 3 }));
    expect(progressValue(live)).toBe(4);
  });
});

describe('the run\'s message', () => {
  const zh = (notes: LiveRun['notes']) => notes?.map((note) => codedText(note, translator('zh'))).join(' ');

  it('keeps the data set\'s warning, said once while preparing, for the rest of the run', () => {
    let live = reduceProgress(null, progress({ phase: 'preparing', message: '2 answers were truncated.' }));
    live = reduceProgress(live, progress({ step: 1, trainLoss: 5 }));
    expect(live.notes).toEqual([{ message: '2 answers were truncated.' }]);
  });

  it('says the data set\'s coded warnings in Chinese, each with its entry and figures', () => {
    const notes: CodedMessage[] = [
      { message: 'Entry 7: answer truncated.', code: 'training.answer-truncated', params: { id: 7, from: 101, to: 15, context: 20 } },
      { message: 'Entry 9: prompt too long.', code: 'training.prompt-too-long', params: { id: 9, question: '退货' } },
    ];
    const live = reduceProgress(null, progress({ phase: 'preparing', message: notes.map((n) => n.message).join(' '), notes }));
    expect(zh(live.notes)).toBe(
      '条目 7：答案从 101 个词元截短为 15 个，以放入 20 词元的上下文窗口。 条目 9：问题“退货”占满了整个上下文窗口，因此未用于训练。',
    );
  });

  it('says what the run evaluates in Chinese', () => {
    const evaluating = { message: 'Greedy answers to the held-out questions', code: 'training.evaluating-answers' };
    const live = reduceProgress(null, progress({ phase: 'evaluating', message: evaluating.message, notes: [evaluating] }));
    expect(zh(live.notes)).toBe('正在回答预留的问题，以比较新模型和旧模型。');
  });

  it('no longer says it is answering the held-out questions once the run is done', () => {
    const evaluating = { message: 'Greedy answers to the held-out questions', code: 'training.evaluating-answers' };
    let live = reduceProgress(null, progress({ phase: 'evaluating', step: 10, message: evaluating.message, notes: [evaluating] }));
    live = reduceProgress(live, progress({ phase: 'done', status: 'completed', step: 10 }));
    expect(live.notes).toBeNull();
  });

  it('says why a run stopped, and no longer once it is resumed', () => {
    const why = 'Training ran out of memory at step 4. Close other programs, then resume the run.';
    const note = { message: why, code: 'training.out-of-memory-size', params: { step: 4, gb: '1.5' } };
    let live = reduceProgress(null, progress({ step: 4, trainLoss: 3 }));
    live = reduceProgress(live, progress({ step: 4, status: 'interrupted', message: why, notes: [note] }));
    expect(zh(live.notes)).toBe('训练在第 4 步时内存不足（还需要 1.5 GB）。请关闭其他程序，然后继续训练：它会从上一个检查点接着进行。');
    live = reduceProgress(live, progress({ step: 4, phase: 'preparing' }));
    expect(live.notes).toBeNull();
  });

  it('shows a stored run\'s failure when the screen opens on it, in Chinese when it is coded', () => {
    const run = { id: 'run-1', status: 'failed', history: [], error: 'Checkpoint is truncated or corrupt.', errorCode: null } as unknown as TrainingRun;
    expect(liveFromRun(run).notes).toEqual([{ message: 'Checkpoint is truncated or corrupt.' }]);
    const coded = { ...run, errorCode: { code: 'training.checkpoint-corrupt' } } as TrainingRun;
    expect(zh(liveFromRun(coded).notes)).toBe('本次训练的检查点已损坏。请重新开始训练。');
    const unknown = { ...run, errorCode: { code: 'training.flux-drained', params: { level: 0 } } } as TrainingRun;
    expect(zh(liveFromRun(unknown).notes)).toBe('Checkpoint is truncated or corrupt.');
    // A worker that died: its exit code is a value of the Chinese sentence, with no English around it.
    const died = { ...run, error: 'Training worker exited with code 134', errorCode: { code: 'training.worker-exited', params: { exitCode: 134 } } } as TrainingRun;
    expect(zh(liveFromRun(died).notes)).toBe('训练进程意外停止（退出码 134）。');
  });
});

describe('withLiveRun()', () => {
  const stored = (id: string, patch: Partial<TrainingRun> = {}) =>
    ({ id, status: 'running', step: 0, totalSteps: 0, trainLoss: null, ...patch }) as unknown as TrainingRun;

  it('shows the run in progress with its live step, total, status and loss, and leaves the others as stored', () => {
    const done = stored('run-0', { status: 'completed', step: 20, totalSteps: 20, trainLoss: 2.5 });
    const live = reduceProgress(null, progress({ step: 3, totalSteps: 34, trainLoss: 6.25 }));
    const rows = withLiveRun([stored('run-1'), done], live);
    expect(rows[0]).toMatchObject({ id: 'run-1', status: 'running', step: 3, totalSteps: 34, trainLoss: 6.25 });
    expect(rows[1]).toBe(done);
  });

  it('shows the stored rows when no run is live', () => {
    const runs = [stored('run-1', { status: 'cancelled', step: 5, totalSteps: 34 })];
    expect(withLiveRun(runs, null)).toEqual(runs);
  });
});

describe('presetEpochs()', () => {
  it('scales the default number of epochs: a third, the same, double', () => {
    expect([presetEpochs('quick', 12), presetEpochs('standard', 12), presetEpochs('thorough', 12)]).toEqual([4, 12, 24]);
    expect(presetEpochs('quick', 1)).toBe(1);
  });
});
