// Main-side owner of training runs: one at a time, preflight checks, a worker per run, progress to the event
// bus and the store, and the finish (register the new version, activate it only if it is not worse).
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventBus } from '../app/events.ts';
import { currentOwner } from '../node/process-owner.ts';
import type { ModelRegistry } from '../model/model-registry.ts';
import type { FaqEntry } from '../shared/api/faq.ts';
import { RUN_ID_PATTERN, runCounters, type EvaluationSummary, type PreviewPhase, type TrainingOptions, type TrainingPreview, type TrainingProgress, type TrainingRun } from '../shared/api/training.ts';
import { ConflictError, InvalidInputError, NotFoundError, type CodedMessage } from '../shared/errors.ts';
import type { TrainingRunRepository } from '../store/training-run-repository.ts';
import { isNotWorse } from './activation-rule.ts';
import { failureReason, outOfMemoryMessage } from './run-failure.ts';
import { checkResources } from './resource-check.ts';
import { readBaseConfig } from './run-plan.ts';
import { TrainingClient, type TrainHandle } from './training-client.ts';
import { CHECKPOINT_FILE } from './checkpoint.ts';
import type { JobProgress, MeasuredSpeed, ModelFolder, TrainJob, TrainOutcome } from './training-protocol.ts';
import { defaultSettings, resolveSettings, type TrainingPreset } from './training-settings.ts';
import { hasKbVocabulary } from './vocabulary-subset.ts';
import { retrainedName, STARTER_NAME } from '../shared/version-name.ts';

/** The knowledge base as training reads it (FaqRepository). */
export interface TrainingKnowledge {
  /** Every live (not deleted) entry, enabled or not. */
  all(): FaqEntry[];
  revision(): number;
}

export interface RunManagerDeps {
  runs: TrainingRunRepository;
  knowledge: TrainingKnowledge;
  models: ModelRegistry;
  events: EventBus;
  dataDir: string;
  threads?: number;
}

interface ActiveRun {
  runId: string;
  client: TrainingClient;
  handle: TrainHandle;
  phase: JobProgress['phase'];
  paused: boolean;
  /** Cancel or close ended the worker outside the training phase: the failure that follows is that stop. */
  stopped: boolean;
  done: Promise<void>;
}

/** Minimum time between progress writes to SQLite; events go out on every step. */
const STORE_EVERY_MS = 1000;
/** Step speeds kept for previews: a few models, vocabularies and batch shapes, each a short string and four numbers. */
const KEPT_SPEEDS = 16;
/** Previews kept: each holds three sample prompts and a few numbers. */
const KEPT_PREVIEWS = 8;
/**
 * How long the preview worker stays after its last preview. Starting one costs seconds of CPU (modules, the
 * thesaurus the grounded prompts read); a user changing a setting or an entry asks for the next preview soon.
 */
const PREVIEW_WORKER_IDLE_MS = 30_000;

/** A preview being computed: its result, the phase it is in, and the callers following it (see preview()). */
interface PreviewUnderWay {
  result: Promise<TrainingPreview>;
  phase: PreviewPhase;
  requestIds: Set<string>;
}

/** Sets `key` as the newest entry of `map`, dropping the oldest past `limit`. */
function keepNewest<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}

export class TrainingRunManager {
  private active: ActiveRun | null = null;
  private closing = false;
  /** Measured step speeds by what they were measured for (speed key, vocabulary, batch shape), oldest first. */
  private readonly speeds = new Map<string, MeasuredSpeed>();
  /** Evaluation speeds (seconds per generated token slot) timed by completed runs, by evaluationSpeedKey, oldest first. */
  private readonly evaluationSpeeds = new Map<string, number>();
  /** Whole previews by a hash of their inputs, oldest first: a screen visit with nothing changed shows one at once. */
  private readonly previews = new Map<string, TrainingPreview>();
  /** Previews being computed, by the same key: a second window (or a second call) asking for one waits for it. */
  private readonly previewsUnderWay = new Map<string, PreviewUnderWay>();
  /** The worker that plans previews, kept for PREVIEW_WORKER_IDLE_MS after its last one (see previewClient). */
  private previewWorker: { client: TrainingClient; users: number; idle: NodeJS.Timeout | null } | null = null;

  constructor(private readonly deps: RunManagerDeps) {
    // Runs left 'running' by a process that died (kill -9, crash) become resumable.
    deps.runs.recoverInterrupted();
  }

  runsDir(): string {
    return join(this.deps.dataDir, 'training', 'runs');
  }

  /**
   * Run `id`'s folder. The id comes from the database, which a restored backup or a hand edit may have filled: one
   * that is not a plain name (`../../somewhere`) is refused, so no run reads, writes or deletes outside the runs folder.
   */
  private runDir(id: string): string {
    if (!RUN_ID_PATTERN.test(id)) {
      throw new InvalidInputError(`"${id}" is not a training run id (letters, digits, '.', '_' and '-')`).withCode('training.bad-run-id', { id });
    }
    return join(this.runsDir(), id);
  }

  /**
   * The data set and a time estimate. A preview whose inputs (base, entries, settings, threads) are unchanged is
   * returned as kept; otherwise the worker plans the data set again, and times steps only when no speed timed before
   * in this process is for the same model body and threads with a nearby vocabulary and batch shape (see
   * reusableSpeed). Nothing timed beside a training run under way is kept. A caller that gives a `requestId` hears
   * the phase the preview is in as `training:preview-progress`, at once and then each next one, also when it waits
   * for a preview another caller asked for.
   */
  async preview(options: TrainingOptions, requestId?: string): Promise<TrainingPreview> {
    const { base, entries, settings, preset } = await this.prepare(options);
    // Everything the preview is computed from, entries included (text, enabled, paraphrases): any edit is a new key.
    const key = createHash('sha256').update(JSON.stringify({ base, entries, settings, threads: this.deps.threads ?? null })).digest('hex');
    const kept = this.previews.get(key);
    if (kept) return kept;
    const underWay = this.previewsUnderWay.get(key);
    if (underWay) return this.followPreview(underWay, requestId);
    const computing: PreviewUnderWay = { result: this.computePreview(key, { base, entries, settings, preset }), phase: 'planning', requestIds: new Set() };
    this.previewsUnderWay.set(key, computing);
    try {
      return await this.followPreview(computing, requestId);
    } finally {
      this.previewsUnderWay.delete(key);
    }
  }

  /** Waits for a preview under way; `requestId` hears its phase now and each next one. */
  private followPreview(preview: PreviewUnderWay, requestId: string | undefined): Promise<TrainingPreview> {
    if (requestId !== undefined) {
      preview.requestIds.add(requestId);
      this.deps.events.emit('training:preview-progress', { requestId, phase: preview.phase });
    }
    return preview.result;
  }

  /** Preview `key`, under way, moved on to `phase`: each caller following it hears so. */
  private previewMoved(key: string, phase: PreviewPhase): void {
    const preview = this.previewsUnderWay.get(key);
    if (!preview || preview.phase === phase) return;
    preview.phase = phase;
    for (const requestId of preview.requestIds) this.deps.events.emit('training:preview-progress', { requestId, phase });
  }

  private async computePreview(
    key: string,
    { base, entries, settings, preset }: Awaited<ReturnType<TrainingRunManager['prepare']>>,
  ): Promise<TrainingPreview> {
    const quiet = this.active === null; // a speed timed beside a running training run would be too slow to keep
    const worker = this.previewClient();
    try {
      const knownSpeeds = [...this.speeds.values()];
      const { preview: measured, speed } = await worker.client.preview(
        {
          base,
          entries,
          settings,
          threads: this.deps.threads,
          knownSpeeds,
          knownEvaluationSpeeds: Object.fromEntries(this.evaluationSpeeds),
        },
        ({ phase }) => this.previewMoved(key, phase),
      );
      const preview = { ...measured, defaults: defaultSettings(preset) };
      if (!speed.measured || (quiet && this.active === null)) {
        if (speed.measured) {
          const { key, vocabSize, batchSize, sequenceLength } = speed;
          keepNewest(this.speeds, JSON.stringify([key, vocabSize, batchSize, sequenceLength]), speed, KEPT_SPEEDS);
        }
        keepNewest(this.previews, key, preview, KEPT_PREVIEWS);
      }
      return preview;
    } finally {
      await this.releasePreviewClient(worker);
    }
  }

  /** The preview worker, started on first use; a worker that died or was closed is replaced. */
  private previewClient() {
    // Closing: a worker of its own for this one preview, ended with it.
    if (this.closing) return { client: new TrainingClient(), users: 1, idle: null };
    if (this.previewWorker?.client.isClosed()) this.previewWorker = null;
    this.previewWorker ??= { client: new TrainingClient(), users: 0, idle: null };
    const worker = this.previewWorker;
    if (worker.idle) clearTimeout(worker.idle);
    worker.idle = null;
    worker.users++;
    worker.client.keepAlive(true);
    return worker;
  }

  /** Ends the preview worker once it has been idle for PREVIEW_WORKER_IDLE_MS (a worker not kept, at once). */
  private async releasePreviewClient(worker: NonNullable<TrainingRunManager['previewWorker']>): Promise<void> {
    if (--worker.users > 0) return;
    if (this.previewWorker !== worker) return worker.client.close();
    worker.client.keepAlive(false); // idle, it must not hold the process open
    worker.idle = setTimeout(() => void this.closePreviewWorker(), PREVIEW_WORKER_IDLE_MS);
    worker.idle.unref();
  }

  /**
   * A run is about to start (often right after a preview): the kept preview worker's memory goes back before the
   * resource check and the run's own worker; a preview still under way finishes first (close() waits for it).
   */
  private releasePreviewMemory(): void {
    void this.closePreviewWorker().catch(() => {});
  }

  private async closePreviewWorker(): Promise<void> {
    const worker = this.previewWorker;
    if (!worker) return;
    this.previewWorker = null;
    if (worker.idle) clearTimeout(worker.idle);
    await worker.client.close();
  }

  async start(options: TrainingOptions): Promise<TrainingRun> {
    this.refuseIfBusy();
    this.releasePreviewMemory();
    const { base, entries, settings } = await this.prepare(options);
    const runId = newRunId();
    const runDir = this.runDir(runId);
    await mkdir(runDir, { recursive: true });
    let run: TrainingRun;
    try {
      this.refuseIfClosing(); // from here to launch() nothing awaits: close() either sees the run or stops it here
      const record = { id: runId, baseModelId: base?.id ?? null, kbRevision: this.deps.knowledge.revision(), options };
      run = this.deps.runs.create({ ...record, epochs: settings.epochs, totalSteps: 0, owner: currentOwner() });
    } catch (error) {
      await rm(runDir, { recursive: true, force: true });
      throw error;
    }
    this.launch(run, { runId, runDir, base, entries, settings, resume: false, threads: this.deps.threads });
    return run;
  }

  /** Continues a paused run in place, or a cancelled / interrupted one from its checkpoint. */
  async resume(input: { runId?: string }): Promise<TrainingRun> {
    if (this.active && (!input.runId || input.runId === this.active.runId)) {
      if (!this.active.paused) {
        throw new ConflictError(`Training run ${this.active.runId} is not paused`).withCode('training.not-paused', { id: this.active.runId });
      }
      await this.active.handle.resume();
      this.active.paused = false;
      return this.setStatus(this.active.runId, 'running');
    }
    this.refuseIfBusy();
    this.releasePreviewMemory();
    const run = input.runId ? this.deps.runs.get(input.runId) : this.deps.runs.list().find((r) => resumable(r.status));
    if (!run) throw new NotFoundError('No cancelled or interrupted training run to resume').withCode('training.nothing-to-resume');
    if (!resumable(run.status)) {
      throw new ConflictError(`Training run ${run.id} is ${run.status}; only cancelled or interrupted runs resume`).withCode(
        'training.not-resumable',
        { id: run.id },
      );
    }
    const runDir = this.runDir(run.id);
    const { base, preset } = await this.trainingBase(run.baseModelId);
    const settings = resolveSettings(run.options, preset);
    this.refuseIfClosing();
    const resumed = this.deps.runs.update(run.id, { status: 'running', error: null, errorCode: null, owner: currentOwner() });
    const entries = this.deps.knowledge.all();
    this.launch(resumed, { runId: run.id, runDir, base, entries, settings, resume: true, threads: this.deps.threads });
    return resumed;
  }

  async pause(input: { runId?: string }): Promise<TrainingRun> {
    const active = this.activeRun(input.runId);
    if (active.phase !== 'training') {
      throw new ConflictError(`Training run ${active.runId} can only pause while training (now ${active.phase})`).withCode(
        'training.pause-not-training',
        { id: active.runId },
      );
    }
    await active.handle.pause();
    active.paused = true;
    return this.setStatus(active.runId, 'paused');
  }

  /** Stops the run after its current step, keeping a checkpoint; outside the training phase the worker stops at once. */
  async cancel(input: { runId?: string }): Promise<TrainingRun> {
    const active = this.activeRun(input.runId);
    await this.stop(active);
    return this.deps.runs.get(active.runId);
  }

  list(limit?: number): TrainingRun[] {
    return this.deps.runs.list(limit);
  }

  /** Waits for the active run (if any) to end; for the CLI and tests. */
  async settled(): Promise<void> {
    await this.active?.done;
  }

  async close(): Promise<void> {
    this.closing = true;
    const active = this.active;
    await Promise.all([this.closePreviewWorker(), active && this.stop(active)]);
  }

  /** Ends the run after its current step (training) or at once (preparing, evaluating), and waits for it. */
  private async stop(active: ActiveRun): Promise<void> {
    if (active.phase === 'training') {
      await active.handle.cancel().catch(() => false);
    } else {
      active.stopped = true;
      await active.client.close();
    }
    await active.done;
  }

  private async prepare(options: TrainingOptions) {
    const entries = this.deps.knowledge.all();
    if (!entries.some((e) => e.enabled)) {
      throw entries.length === 0
        ? new InvalidInputError('The knowledge base is empty: add or import FAQ entries before training.').withCode('training.kb-empty')
        : new InvalidInputError('Every FAQ entry is disabled: enable at least one entry before training.').withCode('training.all-disabled');
    }
    const active = options.base ? null : await this.deps.models.active();
    const { base, preset } = await this.trainingBase(options.base ?? active?.id ?? null);
    const config = await readBaseConfig(base);
    const settings = resolveSettings(options, preset);
    await checkResources(config, settings.batchTokens, Math.min(config.nPositions, settings.batchTokens), this.deps.dataDir);
    return { base, entries, settings, preset };
  }

  /**
   * A registered version as a folder to train from (none: the starter from scratch), and the settings preset its
   * weights call for. ONNX-only copies carry no weights to fine-tune.
   */
  private async trainingBase(id: string | null): Promise<{ base: ModelFolder | null; preset: TrainingPreset }> {
    if (id === null) return { base: null, preset: 'scratch' };
    const version = await this.deps.models.get(id);
    if (version.format !== 'safetensors') {
      throw new InvalidInputError(
        `Model ${id} is an ONNX-only copy without model.safetensors, so it cannot be fine-tuned. ` +
          'Pull a checkpoint with weights (concierge model pull distilgpt2) or import a safetensors folder.',
      ).withCode('training.base-onnx-only', { id });
    }
    const { dir } = await this.deps.models.resolve(id);
    const untrained = version.source === 'init';
    const kbVocabulary = untrained || (await hasKbVocabulary(dir));
    return {
      base: { id, name: version.name, dir, kbVocabulary },
      preset: untrained ? 'scratch' : kbVocabulary ? 'continue' : 'fine-tune',
    };
  }

  /** A start or resume still preparing when the app closes must not launch a worker after the store is closed. */
  private refuseIfClosing(): void {
    if (this.closing) throw new ConflictError('Concierge is closing; the training run was not started.').withCode('training.closing');
  }

  private refuseIfBusy(): void {
    if (this.active) {
      throw new ConflictError(`Training run ${this.active.runId} is already running; cancel it or wait for it to finish.`).withCode('training.busy', {
        id: this.active.runId,
      });
    }
    // Another process (the CLI beside the app) may own one: the store's unique index says so.
    const other = this.deps.runs.active();
    if (other) {
      throw new ConflictError(`Training run ${other.id} is already ${other.status} in another Concierge process.`).withCode(
        'training.busy-elsewhere',
        { id: other.id },
      );
    }
  }

  private activeRun(runId?: string): ActiveRun {
    if (!this.active || (runId && runId !== this.active.runId)) {
      throw new NotFoundError(runId ? `Training run ${runId} is not running` : 'No training run is running').withCode('training.not-running');
    }
    return this.active;
  }

  private launch(run: TrainingRun, job: TrainJob): void {
    const client = new TrainingClient();
    let storedAt = 0;
    // The loss curve as the chart shows it; a resumed run replays the steps after its checkpoint.
    let history = [...run.history];
    let last: TrainingProgress = {
      runId: run.id, ...runCounters(run), status: 'running', phase: 'preparing', epochs: job.settings.epochs,
      tokensPerSecond: 0, elapsedMs: 0, etaMs: null,
    };
    const onProgress = (progress: JobProgress) => {
      if (this.active) this.active.phase = progress.phase;
      const t = progress.trainer;
      if (t) {
        history = history.filter((h) => h.step < t.step);
        history.push({ step: t.step, loss: t.trainLoss, ...(t.validated && t.valLoss !== null && { valLoss: t.valLoss }) });
      }
      last = {
        ...last,
        ...(t && {
          step: t.step, totalSteps: t.totalSteps, epoch: t.epoch, trainLoss: t.trainLoss, valLoss: t.valLoss,
          tokensPerSecond: t.tokensPerSecond, elapsedMs: t.elapsedMs, etaMs: t.etaMs,
        }),
        ...(progress.evaluationAnswers !== undefined && { evaluationAnswers: progress.evaluationAnswers }),
        ...(progress.evaluated !== undefined && { evaluated: progress.evaluated }),
        // Only pause() and resume() say whether the run is paused: a step's report can land after either.
        status: this.active?.paused ? 'paused' : 'running',
        phase: progress.phase,
        message: progress.message,
        notes: progress.notes,
      };
      const now = performance.now();
      if (progress.phase !== 'training' || !t || now - storedAt > STORE_EVERY_MS || t.step === t.totalSteps) {
        storedAt = now;
        const { phase, step, totalSteps, epoch, trainLoss, valLoss } = last;
        this.deps.runs.update(run.id, { phase, step, totalSteps, epoch, trainLoss, valLoss, history });
      }
      this.emit(last);
    };
    const handle = client.train(job, onProgress);
    const done = handle.result
      .then((outcome) => this.finish(run, job, outcome))
      .catch((error: unknown) => this.fail(run.id, error))
      .finally(async () => {
        this.active = null;
        await client.close();
      });
    this.active = { runId: run.id, client, handle, phase: 'preparing', paused: false, stopped: false, done };
  }

  private async finish(run: TrainingRun, job: TrainJob, outcome: TrainOutcome): Promise<void> {
    const { evaluation } = outcome;
    const rule = run.options.activate ?? 'if-better';
    const activate = rule === 'always' || (rule === 'if-better' && isNotWorse(evaluation.candidate, evaluation.base));
    let finished: TrainingRun | undefined;
    // The version's row, its activation and the run's completion land in one transaction: a kill in between can
    // never leave a registered version whose run still looks resumable (a resume would register it twice).
    const taken = job.base ? (await this.deps.models.list()).map((version) => version.name) : [];
    await this.deps.models.installFolder(outcome.candidateDir, {
      name: job.base ? retrainedName(job.base.name, new Date(), taken) : STARTER_NAME,
      source: job.base ? 'train' : 'starter',
      parentId: job.base?.id ?? null,
      kbRevision: run.kbRevision,
      metrics: metricsOf(evaluation.candidate),
      activate,
      move: true,
      registering: (modelVersionId) => {
        finished = this.deps.runs.update(run.id, {
          status: 'completed',
          phase: 'done',
          history: outcome.history,
          trainLoss: outcome.trainLoss,
          valLoss: outcome.valLoss,
          modelVersionId,
          activated: activate,
          evaluation,
          owner: null,
        });
      },
    });
    // The checkpoint (weights + moments, ~3× the model) is no longer needed once the version is installed.
    await rm(join(job.runDir, CHECKPOINT_FILE), { force: true });
    if (outcome.evaluationSpeed) {
      keepNewest(this.evaluationSpeeds, outcome.evaluationSpeed.key, outcome.evaluationSpeed.secondsPerToken, KEPT_SPEEDS);
      this.previews.clear(); // kept previews said the evaluation's time was not known
    }
    this.emitRun(finished!, outcome.tokensPerSecond, outcome.trainSeconds * 1000);
  }

  private async fail(runId: string, error: unknown): Promise<void> {
    const kind = (error as { kind?: string }).kind;
    const outOfMemory = outOfMemoryMessage(error, this.deps.runs.get(runId).step);
    // A cancelled run keeps its checkpoint and can resume, and so does one that ran out of memory (interrupted, with
    // the reason); a failed one never leaves a model behind.
    const stopped = kind === 'cancelled' || (this.active?.runId === runId && this.active.stopped);
    const status = stopped ? 'cancelled' : outOfMemory ? 'interrupted' : 'failed';
    await rm(join(this.runDir(runId), 'candidate'), { recursive: true, force: true });
    const reason = status === 'cancelled' ? null : (outOfMemory ?? failureReason(error));
    const errorCode = reason?.code ? { code: reason.code, ...(reason.params && { params: reason.params }) } : null;
    const run = this.deps.runs.update(runId, { status, error: reason?.message ?? null, errorCode, owner: null });
    this.emitRun(run, 0, 0, reason ?? undefined);
  }

  private setStatus(runId: string, status: 'running' | 'paused'): TrainingRun {
    const run = this.deps.runs.update(runId, { status });
    this.emitRun(run, 0, 0);
    return run;
  }

  private emitRun(run: TrainingRun, tokensPerSecond: number, elapsedMs: number, note?: CodedMessage): void {
    this.emit({
      runId: run.id,
      ...runCounters(run),
      tokensPerSecond,
      elapsedMs,
      etaMs: run.status === 'completed' ? 0 : null,
      message: note?.message,
      ...(note && { notes: [note] }),
    });
  }

  private emit(progress: TrainingProgress): void {
    this.deps.events.emit('training:progress', progress);
  }
}

const resumable = (status: TrainingRun['status']) => status === 'cancelled' || status === 'interrupted';

function newRunId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** The figures a model version records: validation loss, perplexity, exact match and F1 on held-out questions. */
function metricsOf(summary: EvaluationSummary): Record<string, number> {
  return Object.fromEntries(Object.entries(summary).filter(([, value]) => Number.isFinite(value)));
}
