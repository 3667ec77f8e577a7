import {
  runCounters,
  type RunCounters,
  type TrainingPhase,
  type TrainingProgress,
  type TrainingRun,
  type TrainingStatus,
} from '../../../src-main/shared/api/index.ts';
import type { CodedMessage } from '../../../src-main/shared/errors.ts';
import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';

/** One point of the loss chart: training loss at a step, and validation loss where one was measured. */
export interface LossPoint {
  step: number;
  loss?: number;
  valLoss?: number;
}

/** What the training screen shows about the run in progress, folded from `training:progress` events. */
export interface LiveRun extends RunCounters {
  runId: string;
  tokensPerSecond: number | null;
  etaMs: number | null;
  /** Answers the evaluation writes after training (TrainingProgress.evaluationAnswers); null until known. */
  evaluationAnswers: number | null;
  /** While the run evaluates: how many of those answers are written (TrainingProgress.evaluated); else null. */
  evaluated: number | null;
  points: LossPoint[];
  /**
   * What the run last said, sentence by sentence with their codes: its data set's warnings while it works, what it
   * evaluates, or why it failed or was interrupted.
   */
  notes: CodedMessage[] | null;
}

export const ACTIVE_STATUSES: readonly TrainingStatus[] = ['running', 'paused'];
/** Statuses a run can be resumed from (it kept a checkpoint). */
export const RESUMABLE_STATUSES: readonly TrainingStatus[] = ['paused', 'cancelled', 'interrupted'];
/** Statuses of a run that stopped without being asked to: it says why (TrainingRun.error). */
export const STOPPED_STATUSES: readonly TrainingStatus[] = ['failed', 'interrupted'];

/**
 * The time-left figure of a run that trains. `etaMs` covers the training steps only; the evaluation that follows
 * writes an answer per held-out question (twice with a base model), at a speed not known before it starts, so
 * the figure says how many answers come after instead of guessing their time.
 */
export function etaMessage(live: Pick<LiveRun, 'etaMs' | 'evaluationAnswers'>, duration: (ms: number) => string): { key: MessageKey; params?: MessageParams } {
  if (live.etaMs === null) return { key: 'training.etaUnknown' };
  if (live.evaluationAnswers) return { key: 'training.etaThenEvaluation', params: { duration: duration(live.etaMs), n: live.evaluationAnswers } };
  return { key: 'training.eta', params: { duration: duration(live.etaMs) } };
}

/**
 * What the run is doing, under its status badge. A run that no longer goes on says the phase it stopped or paused
 * in, not the phase alone ("Training" under "Cancelled" read as if it still trained); a completed one says Done.
 */
export function phaseMessage(live: Pick<LiveRun, 'status' | 'phase'>): MessageKey {
  if (live.status === 'completed' || live.phase === 'done') return 'training.phase.done';
  if (live.status === 'running') return `training.phase.${live.phase}`;
  return live.status === 'paused' ? `training.phasePaused.${live.phase}` : `training.phaseStopped.${live.phase}`;
}

export function liveFromRun(run: TrainingRun): LiveRun {
  return {
    runId: run.id,
    ...runCounters(run),
    tokensPerSecond: null,
    etaMs: null,
    evaluationAnswers: null,
    evaluated: null,
    points: run.history.map(({ step, loss, valLoss }) => ({ step, loss, ...(valLoss !== undefined && { valLoss }) })),
    notes: run.error === null ? null : [{ message: run.error, ...run.errorCode }],
  };
}

/**
 * The live view brought up to date from its run as stored. The screen hears progress only while it is open: a run
 * that went on (or ended) while another screen was shown left the view at the step it was closed on, and its
 * chart drew a straight line across the missed steps. The stored history fills them in, and the stored figures
 * replace the view's when they are further on or the status changed meanwhile. A stored run behind the view with
 * another status went back in time (a backup taken earlier in the run was restored): it is shown as stored, its
 * chart too, not beside the steps the view saw after that backup.
 */
export function catchUp(live: LiveRun, run: TrainingRun): LiveRun {
  if (run.step < live.step && run.status !== live.status) return liveFromRun(run);
  const byStep = new Map<number, LossPoint>();
  for (const point of [...liveFromRun(run).points, ...live.points]) byStep.set(point.step, { ...byStep.get(point.step), ...point });
  const points = [...byStep.values()].sort((a, b) => a.step - b.step);
  if (run.step <= live.step && run.status === live.status) return { ...live, points };
  const stored = liveFromRun(run);
  return { ...live, ...stored, tokensPerSecond: live.tokensPerSecond, evaluationAnswers: live.evaluationAnswers, points };
}

/**
 * Folds one progress event into the live view. A new run id starts a fresh view; a training loss at a new
 * step adds a point; a new validation loss is attached to the step it was measured at. Pure, so it is tested
 * without a training worker.
 */
export function reduceProgress(live: LiveRun | null, event: TrainingProgress): LiveRun {
  const base: LiveRun = live && live.runId === event.runId ? live : { ...emptyLive(event.runId) };
  const points = [...base.points];
  const last = points.at(-1);
  if (event.trainLoss !== null && (!last || event.step > last.step)) {
    points.push({ step: event.step, loss: event.trainLoss });
  }
  if (event.valLoss !== null && event.valLoss !== base.valLoss) {
    const at = points.findLastIndex((point) => point.step <= event.step);
    if (at >= 0 && points[at].step === event.step) points[at] = { ...points[at], valLoss: event.valLoss };
    else points.push({ step: event.step, valLoss: event.valLoss });
  }
  return {
    ...base,
    status: event.status,
    phase: event.phase,
    step: event.step,
    totalSteps: event.totalSteps,
    epoch: event.epoch,
    epochs: event.epochs,
    trainLoss: event.trainLoss ?? base.trainLoss,
    valLoss: event.valLoss ?? base.valLoss,
    tokensPerSecond: event.tokensPerSecond > 0 ? event.tokensPerSecond : base.tokensPerSecond,
    etaMs: event.etaMs,
    evaluationAnswers: event.evaluationAnswers ?? base.evaluationAnswers,
    evaluated: event.phase === 'evaluating' ? (event.evaluated ?? base.evaluated) : null,
    points,
    // A warning is said once, while preparing, and stays; a resumed run no longer shows why it stopped; what the
    // run evaluates is said only while it does.
    notes: whileEvaluating(event.phase, notesOf(event) ?? (resumed(base.status, event.status) ? null : base.notes)),
  };
}

const EVALUATING_NOTE = 'training.evaluating-answers';

/**
 * What the progress bar shows: the steps done while the run trains; null (a moving sweep) while it prepares,
 * saves or evaluates. After the last step, saving and answering the held-out questions take a while (about a
 * minute for the starter) and a full, still bar read as if the run were done.
 */
export function progressValue(live: LiveRun): number | null {
  return live.status === 'running' && live.phase !== 'training' ? null : live.step;
}

/** The notes without "answering the held-out questions" once the run has left that phase (it read on after "Done"). */
function whileEvaluating(phase: TrainingPhase, notes: CodedMessage[] | null): CodedMessage[] | null {
  if (phase === 'evaluating' || !notes) return notes;
  const kept = notes.filter((note) => note.code !== EVALUATING_NOTE);
  return kept.length > 0 ? kept : null;
}

/** An event's sentences: its coded notes, or its English message as one sentence (from a server without notes). */
function notesOf(event: TrainingProgress): CodedMessage[] | null {
  if (event.message === undefined) return null;
  return Array.isArray(event.notes) && event.notes.length > 0 ? event.notes : [{ message: event.message }];
}

const resumed = (before: TrainingStatus, now: TrainingStatus) => !ACTIVE_STATUSES.includes(before) && ACTIVE_STATUSES.includes(now);

/**
 * The run history with the live run's figures in its row: the list is fetched when a run starts and ends, so
 * without this the row of the run in progress would read "0 / 0" until it finishes.
 */
export function withLiveRun(runs: readonly TrainingRun[], live: LiveRun | null): TrainingRun[] {
  return runs.map((run) =>
    live && run.id === live.runId
      ? { ...run, status: live.status, step: live.step, totalSteps: live.totalSteps, trainLoss: live.trainLoss }
      : run,
  );
}

function emptyLive(runId: string): LiveRun {
  return {
    runId,
    status: 'running',
    phase: 'preparing',
    step: 0,
    totalSteps: 0,
    epoch: 0,
    epochs: 0,
    trainLoss: null,
    valLoss: null,
    tokensPerSecond: null,
    etaMs: null,
    evaluationAnswers: null,
    evaluated: null,
    points: [],
    notes: null,
  };
}
