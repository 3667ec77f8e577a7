import type {
  ApiClient,
  PreviewPhase,
  TrainingOptions,
  TrainingPreview,
  TrainingRun,
} from '../../../src-main/shared/api/index.ts';
import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';
import { modelDisplayName } from '../models/model-name.ts';
import type { Toasts } from '../toasts.svelte.ts';
import { ACTIVE_STATUSES, catchUp, liveFromRun, reduceProgress, withLiveRun, type LiveRun } from './live-run.ts';

export type TrainingPreset = 'quick' | 'standard' | 'thorough';
export const PRESETS: readonly TrainingPreset[] = ['quick', 'standard', 'thorough'];

/** Epochs of a preset, relative to the run's default (the server picks it for fine-tuning or from-scratch). */
export function presetEpochs(preset: TrainingPreset, defaultEpochs: number): number {
  if (preset === 'quick') return Math.max(1, Math.round(defaultEpochs / 3));
  if (preset === 'thorough') return defaultEpochs * 2;
  return defaultEpochs;
}

/**
 * What the estimate says of the evaluation after training: its time when an earlier run on this computer timed one
 * (TrainingPreview.estimate.evaluationSeconds), else only how many answers it writes and that its time is not known.
 * Null when there is no evaluation.
 */
export function evaluationEstimateMessage(
  estimate: TrainingPreview['estimate'],
  duration: (ms: number) => string,
): { key: MessageKey; params: MessageParams } | null {
  const n = estimate.evaluationAnswers;
  if (n === 0) return null;
  if (estimate.evaluationSeconds === null) return { key: 'training.estimateThenEvaluation', params: { n } };
  return { key: 'training.estimateWithEvaluation', params: { n, duration: duration(estimate.evaluationSeconds * 1000) } };
}

/**
 * Whether `run` trained the starter model from scratch: it started from no model, so there is none before it to
 * evaluate, compare with or name. The one fact the evaluation panel's title, note and columns all read, so that they
 * cannot disagree (its evaluation's missing base figures are a consequence, not the fact).
 */
export function trainedFromScratch(run: Pick<TrainingRun, 'baseModelId'>): boolean {
  return run.baseModelId === null;
}

/**
 * How the old-versus-new panel names its columns and itself: the model the run started from and the one it made
 * (not "current" and "new", which read backwards once the new one is activated), marking whichever answers now;
 * while another run is in progress the panel says it is about the last finished run, not the one under way. A run
 * that trained the starter model from scratch had no model before it: its panel is the new model's evaluation, with
 * no column for a model before it (`scratch`, see trainedFromScratch).
 */
export function evaluationLabels(
  run: TrainingRun,
  activeModelId: string | null,
  runInProgress: boolean,
): { scratch: boolean; title: MessageKey; note: MessageKey | null; base: MessageKey; candidate: MessageKey } {
  const isActive = (id: string | null) => id !== null && id === activeModelId;
  const scratch = trainedFromScratch(run);
  return {
    scratch,
    title: runInProgress
      ? scratch ? 'training.eval.scratchPrevious' : 'training.eval.previous'
      : scratch ? 'training.eval.scratch' : 'training.eval',
    note: runInProgress ? (scratch ? 'training.eval.scratchPreviousNote' : 'training.eval.previousNote') : null,
    base: isActive(run.baseModelId) ? 'training.eval.baseActive' : 'training.eval.base',
    candidate: isActive(run.modelVersionId) ? 'training.eval.candidateActive' : 'training.eval.candidate',
  };
}

/**
 * What the setup card says while a preview is computed: the phase it is in (planning the data set, most of its time,
 * or timing steps), and under it when Start will be possible, or, beside a run under way (Start waits for that
 * anyway), that the preview shares the computer with it and so takes longer.
 */
export function previewingMessages(phase: PreviewPhase, runInProgress: boolean): { status: MessageKey; hint: MessageKey } {
  return {
    status: `training.previewing.${phase}`,
    hint: runInProgress ? 'training.previewingBesideRun' : 'training.previewingHint',
  };
}

/** Advanced settings as typed; blank means the default. */
export interface AdvancedSettings {
  epochs: string;
  learningRate: string;
  batchTokens: string;
  seed: string;
}

export interface TrainingDeps {
  api: ApiClient;
  toasts: Toasts;
  t: (key: MessageKey, params?: MessageParams) => string;
  onError: (error: unknown) => void;
}

const RUNS_LIMIT = 50;

/** The training screen: data-set preview and estimate, presets, the live run, its history and evaluation. */
export class TrainingState {
  preset = $state<TrainingPreset>('standard');
  advanced = $state<AdvancedSettings>({ epochs: '', learningRate: '', batchTokens: '', seed: '' });
  preview = $state.raw<TrainingPreview | null>(null);
  previewing = $state(false);
  /** What the preview being computed does (the server says as it moves on): planning the data set, timing steps. */
  previewPhase = $state<PreviewPhase>('planning');
  /** Why there is nothing to train on (no entries, or none enabled): an empty state, not an error. */
  nothingToTrain = $state<'empty' | 'disabled' | null>(null);
  runs = $state.raw<TrainingRun[]>([]);
  live = $state.raw<LiveRun | null>(null);
  starting = $state(false);
  /**
   * The model version that answers now, so the evaluation says whether the new one is active as it is, not as
   * the run left it: a version activated or rolled back on the Models screen since.
   */
  activeModelId = $state<string | null>(null);
  /** Version names by id, so the run history names the version a run made as the Models screen does. */
  versionNames = $state.raw<ReadonlyMap<string, string>>(new Map());

  active = $derived(this.live !== null && ACTIVE_STATUSES.includes(this.live.status));
  /** The run history as shown: the run in progress carries its live step and loss. */
  history = $derived(withLiveRun(this.runs, this.live));
  /** The newest finished run with an evaluation: its old-versus-new table is shown. */
  latestEvaluated = $derived(this.runs.find((run) => run.status === 'completed' && run.evaluation) ?? null);
  /** What the setup card says while a preview is computed (see previewingMessages). */
  previewingMessages = $derived(previewingMessages(this.previewPhase, this.active));
  /** How that table names itself and its columns, as things stand now (see evaluationLabels). */
  evaluationLabels = $derived(
    this.latestEvaluated && evaluationLabels(this.latestEvaluated, this.activeModelId, this.active),
  );

  /**
   * The preset's epochs: the trainer's default for this base (the preview's defaults), scaled. The one source of the
   * Epochs placeholder, the preset's hint and the estimate; null until a preview says.
   */
  #presetEpochs = $derived(this.preview && presetEpochs(this.preset, this.preview.defaults.epochs));
  /**
   * What each advanced field means when left blank, as it would be typed: the trainer's defaults for this base (the
   * preview's), epochs as the preset scales them. Null until a preview says.
   */
  defaults = $derived<AdvancedSettings | null>(
    this.preview && {
      epochs: String(this.#presetEpochs),
      learningRate: this.preview.defaults.learningRate.toExponential(),
      batchTokens: String(this.preview.defaults.batchTokens),
      seed: String(this.preview.defaults.seed),
    },
  );
  /** Epochs the run will use with the current preset and settings. */
  epochs = $derived(parsePositive(this.advanced.epochs) ?? this.#presetEpochs);
  /** Seconds on this machine, scaled from the preview's estimate, which is for the preview's own epochs. */
  estimateSeconds = $derived(
    this.preview && this.epochs ? (this.preview.estimate.seconds * this.epochs) / this.preview.epochs : null,
  );

  readonly #deps: TrainingDeps;
  /** The preview being computed, and the one asked for meanwhile, which follows it (see loadPreview). */
  #previewRun: Promise<void> | null = null;
  #previewNext: Promise<void> | null = null;
  /** The requestId of the preview asked for last: its training:preview-progress events set previewPhase. */
  #previewRequest: string | null = null;

  constructor(deps: TrainingDeps) {
    this.#deps = deps;
  }

  connect(): () => void {
    const reload = () => void Promise.all([this.loadRuns(), this.loadPreview()]);
    reload();
    const stops = [
      this.#deps.api.on('training:progress', (event) => {
        this.live = reduceProgress(this.live, event);
        // A run that ended may have timed its training and evaluation on this computer: the estimate uses them.
        if (!ACTIVE_STATUSES.includes(event.status)) reload();
      }),
      this.#deps.api.on('training:preview-progress', ({ requestId, phase }) => {
        if (requestId === this.#previewRequest) this.previewPhase = phase;
      }),
      this.#deps.api.on('model:changed', ({ activeId }) => (this.activeModelId = activeId)),
      // The database was replaced (here or in another window): its runs, versions and knowledge base are the ones to show.
      this.#deps.api.on('backup:restored', reload),
      // The knowledge base changed (here or in another window): the data set and "nothing to train" follow it.
      this.#deps.api.on('faq:changed', () => void this.loadPreview()),
      // Back from a dropped connection: progress and model events may have been missed (loadRuns catches the run up).
      this.#deps.api.on('connection:resumed', reload),
    ];
    return () => stops.forEach((stop) => stop());
  }

  /**
   * The options sent to the server: the preset's epochs plus any advanced value typed. A typed value goes as
   * typed, so the server says what is wrong with "0" or "abc" instead of the default being used without a word.
   */
  options(): TrainingOptions {
    return {
      epochs: typedNumber(this.advanced.epochs) ?? this.epochs ?? undefined,
      learningRate: typedNumber(this.advanced.learningRate),
      batchTokens: typedNumber(this.advanced.batchTokens),
      seed: typedNumber(this.advanced.seed),
    };
  }

  /**
   * Previews with the default epochs (presets scale the preview's defaults.epochs; the estimate is scaled from the
   * epochs it was computed for), so a change of preset or epochs needs no new preview. One preview is
   * computed at a time: asked for while one is under way (a burst of knowledge-base edits, a setting typed), one more
   * follows it, for the knowledge base and settings as they are then, and every call meanwhile waits for that one. A
   * preview plans the whole data set (15 s for 300 entries here), and the server computes them in turn: one per edit
   * would put the latest behind every earlier one.
   */
  loadPreview(): Promise<void> {
    if (!this.#previewRun) {
      this.#previewRun = this.#computePreview().finally(() => (this.#previewRun = null));
      return this.#previewRun;
    }
    this.#previewNext ??= this.#previewRun.then(() => {
      this.#previewNext = null;
      return this.loadPreview();
    });
    return this.#previewNext;
  }

  async #computePreview(): Promise<void> {
    const latest = () => this.#previewNext === null; // else a preview of a later state follows: its result is shown
    this.previewing = true;
    this.previewPhase = 'planning';
    await this.#attempt(async () => {
      // The server refuses to preview an empty (or all-disabled) knowledge base; ask first and say so calmly.
      const { api } = this.#deps;
      if ((await api.invoke('faq:list', { enabled: true, limit: 1 })).total === 0) {
        const anyEntry = (await api.invoke('faq:list', { limit: 1 })).total > 0;
        if (!latest()) return;
        this.nothingToTrain = anyEntry ? 'disabled' : 'empty';
        this.preview = null;
        return;
      }
      if (!latest()) return;
      this.nothingToTrain = null;
      const { learningRate, batchTokens, seed } = this.options();
      const requestId = (this.#previewRequest = crypto.randomUUID());
      const preview = await api.invoke('training:preview', { learningRate, batchTokens, seed, requestId });
      if (latest()) this.preview = preview;
    });
    if (latest()) this.previewing = false;
  }

  async loadRuns(): Promise<void> {
    await this.#attempt(async () => {
      const [runs, versions] = await Promise.all([
        this.#deps.api.invoke('training:runs', { limit: RUNS_LIMIT }),
        // Only to mark which run's model answers now: the history shows without it.
        this.#deps.api.invoke('model:list', {}).catch(() => null),
      ]);
      this.runs = runs;
      if (versions) {
        this.activeModelId = versions.find((version) => version.active)?.id ?? null;
        this.versionNames = new Map(versions.map((version) => [version.id, version.name]));
      }
      const current = runs.find((run) => ACTIVE_STATUSES.includes(run.status));
      const live = this.live;
      const shown = live && runs.find((run) => run.id === live.runId);
      if (current && current.id !== live?.runId) this.live = liveFromRun(current);
      else if (live && shown) this.live = catchUp(live, shown);
      else if (live && !current) this.live = null; // gone with a backup from before it: shown as a fresh screen shows it
    });
  }

  /** The version a run made, by its name in the UI's language (its id once it was deleted); null if none. */
  versionLabel(run: TrainingRun): string | null {
    if (!run.modelVersionId) return null;
    const name = this.versionNames.get(run.modelVersionId);
    return name === undefined ? run.modelVersionId : modelDisplayName(name, this.#deps.t);
  }

  async start(): Promise<void> {
    this.starting = true;
    await this.#attempt(async () => {
      const run = await this.#deps.api.invoke('training:start', this.options());
      this.live = liveFromRun(run);
      this.#deps.toasts.show(this.#deps.t('training.toast.started'));
      await this.loadRuns();
    });
    this.starting = false;
  }

  async cancel(): Promise<void> {
    await this.#control('training:cancel');
  }

  async pause(): Promise<void> {
    await this.#control('training:pause');
  }

  async resume(runId?: string): Promise<void> {
    await this.#control('training:resume', runId);
  }

  async activate(run: TrainingRun): Promise<void> {
    if (!run.modelVersionId) return;
    const id = run.modelVersionId;
    await this.#attempt(async () => {
      await this.#deps.api.invoke('model:activate', { id });
      this.#deps.toasts.show(this.#deps.t('training.toast.activated'));
      await this.loadRuns();
    });
  }

  async #control(channel: 'training:cancel' | 'training:pause' | 'training:resume', runId?: string): Promise<void> {
    await this.#attempt(async () => {
      const run = await this.#deps.api.invoke(channel, { runId: runId ?? this.live?.runId });
      this.live = { ...liveFromRun(run), tokensPerSecond: this.live?.tokensPerSecond ?? null };
      await this.loadRuns();
    });
  }

  async #attempt(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.#deps.onError(error);
    }
  }
}

function parsePositive(text: string): number | undefined {
  const value = Number(text);
  return text.trim() && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** An advanced field's text as a number (NaN when it is not one); undefined when blank: the default. */
function typedNumber(text: string): number | undefined {
  return text.trim() ? Number(text) : undefined;
}
