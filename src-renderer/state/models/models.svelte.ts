import type { ApiClient, ModelProgress, ModelPullPhase, ModelVersion } from '../../../src-main/shared/api/index.ts';
import { graphsHeld, type GraphsHeld } from '../../../src-main/shared/api/model-graphs.ts';
import { describeError, type UiError } from '../../lib/errors.ts';
import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';
import { undoAction, type Toasts } from '../toasts.svelte.ts';
import { ACTIVE_STATUSES } from '../training/live-run.ts';
import { modelDisplayName } from './model-name.ts';

export interface ModelsDeps {
  api: ApiClient;
  toasts: Toasts;
  t: (key: MessageKey, params?: MessageParams) => string;
  onError: (error: unknown) => void;
  newRequestId?: () => string;
}

/**
 * Why a typed folder path cannot be imported as it is, or null. Only the form is checked here (the server
 * says whether the folder exists and holds a model): it must be a full path, since the server does not share
 * the browser's idea of a current folder.
 */
export function folderPathProblem(path: string): 'models.import.notAbsolute' | 'models.import.notFolder' | null {
  const text = path.trim();
  const absolute = text.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(text) || text.startsWith('\\\\');
  if (!absolute) return 'models.import.notAbsolute';
  if (/\.(safetensors|onnx|json|bin)$/i.test(text)) return 'models.import.notFolder';
  return null;
}

/** A pull or folder import in progress, with the latest progress event for it. */
export interface ModelTransfer {
  requestId: string;
  kind: 'pull' | 'import';
  source: string;
  progress: ModelProgress | null;
}

/** An int8 copy being written (model:quantize), with the phase the server last reported. */
export interface ModelQuantizing {
  id: string;
  requestId: string;
  phase: ModelPullPhase | null;
}

/** What the Models screen offers about a version's int8 copy. */
export type Int8Offer =
  /** It has one: it answers in int8 when Settings → Precision is int8. */
  | 'present'
  /** It has weights to make one from: the "Make int8 copy" action. */
  | 'can-make'
  /** An ONNX-only copy: no model.safetensors to quantize from. */
  | 'no-weights'
  /** Its files are gone: nothing can be made until it is installed again. */
  | 'broken';

export function int8Offer(version: ModelVersion): Int8Offer {
  if (version.precisions.includes('int8')) return 'present';
  if (version.missing) return 'broken';
  return version.format === 'onnx' ? 'no-weights' : 'can-make';
}

/** The catalogue key for the graphs a version's folder holds, as `model list` says them (graphsHeld). */
export function precisionKey(version: Pick<ModelVersion, 'precisions'>): MessageKey {
  const keys: Record<GraphsHeld, MessageKey> = {
    'fp32+int8': 'models.precision.both',
    fp32: 'models.precision.fp32',
    int8: 'models.precision.int8Only',
    none: 'models.precision.none',
  };
  return keys[graphsHeld(version.precisions)];
}

/** The models screen: the registered versions, activation, deletion, int8 copies, and pulls/imports with progress. */
export class ModelsState {
  versions = $state.raw<ModelVersion[]>([]);
  loadedOnce = $state(false);
  transfer = $state.raw<ModelTransfer | null>(null);
  /** The int8 copy being written; one at a time (each is a worker taking the CPU). */
  quantizing = $state.raw<ModelQuantizing | null>(null);
  /** Why the last int8 copy failed, shown on its version's row until the next attempt. */
  quantizeFailure = $state.raw<{ id: string; error: UiError } | null>(null);

  /**
   * A training run under way (the starter model on first start, or a run from the Training screen): with no
   * version yet, the screen says a model is on its way rather than "No model yet".
   */
  training = $state.raw<{ step: number; totalSteps: number } | null>(null);

  active = $derived(this.versions.find((version) => version.active) ?? null);

  readonly #deps: ModelsDeps;
  readonly #newRequestId: () => string;

  constructor(deps: ModelsDeps) {
    this.#deps = deps;
    this.#newRequestId = deps.newRequestId ?? (() => crypto.randomUUID());
  }

  connect(): () => void {
    void this.load();
    const stops = [
      this.#deps.api.on('model:changed', () => void this.load()),
      // Back from a dropped connection: a model:changed or the end of a training run may have been missed.
      this.#deps.api.on('connection:resumed', () => void this.load()),
      this.#deps.api.on('training:progress', ({ status, step, totalSteps }) => {
        this.training = ACTIVE_STATUSES.includes(status) ? { step, totalSteps } : null;
      }),
      this.#deps.api.on('model:progress', (progress) => {
        if (this.transfer?.requestId === progress.requestId) this.transfer = { ...this.transfer, progress };
        if (this.quantizing?.requestId === progress.requestId) this.quantizing = { ...this.quantizing, phase: progress.phase };
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }

  async load(): Promise<void> {
    await this.#attempt(async () => {
      const [versions, runs] = await Promise.all([
        this.#deps.api.invoke('model:list', {}),
        // Only for the "a model is being trained" note: the versions show without it.
        this.#deps.api.invoke('training:runs', { limit: 1 }).catch(() => null),
      ]);
      // Newest first: the version just trained or pulled is the one looked for.
      this.versions = [...versions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const run = runs?.[0];
      this.training = run && ACTIVE_STATUSES.includes(run.status) ? { step: run.step, totalSteps: run.totalSteps } : null;
      this.loadedOnce = true;
    });
  }

  /** Makes `version` the one that answers; the toast's Undo makes the version active before it so again (a roll back). */
  async activate(version: ModelVersion): Promise<void> {
    const previous = this.active;
    await this.#attempt(async () => {
      await this.#deps.api.invoke('model:activate', { id: version.id });
      const rollBack = previous && previous.id !== version.id ? () => this.activate(previous) : undefined;
      this.#deps.toasts.show(this.#deps.t('models.toast.activated', { name: modelDisplayName(version.name, this.#deps.t) }), { actions: rollBack ? [undoAction(rollBack)] : [] });
      await this.load();
    });
  }

  async remove(version: ModelVersion): Promise<void> {
    await this.#attempt(async () => {
      await this.#deps.api.invoke('model:delete', { id: version.id });
      this.#deps.toasts.show(this.#deps.t('models.toast.deleted', { name: modelDisplayName(version.name, this.#deps.t) }));
      await this.load();
    });
  }

  /**
   * Writes the version's int8 copy on the server (a worker there). While it runs `quantizing` names it (the
   * screen disables the action and shows the phase); a failure is kept in `quantizeFailure` for its row.
   */
  async quantize(version: ModelVersion): Promise<void> {
    if (this.quantizing) return;
    const requestId = this.#newRequestId();
    this.quantizing = { id: version.id, requestId, phase: null };
    this.quantizeFailure = null;
    try {
      await this.#deps.api.invoke('model:quantize', { id: version.id, requestId });
      this.#deps.toasts.show(this.#deps.t('models.toast.quantized', { name: modelDisplayName(version.name, this.#deps.t) }));
    } catch (error) {
      this.quantizeFailure = { id: version.id, error: describeError(error) };
    } finally {
      this.quantizing = null;
    }
    await this.load();
  }

  pull(repo: string): Promise<void> {
    return this.#transfer('pull', repo.trim(), (requestId) =>
      this.#deps.api.invoke('model:pull', { repo: repo.trim(), requestId }),
    );
  }

  importFolder(path: string): Promise<void> {
    return this.#transfer('import', path.trim(), (requestId) =>
      this.#deps.api.invoke('model:import', { path: path.trim(), requestId }),
    );
  }

  async #transfer(
    kind: ModelTransfer['kind'],
    source: string,
    run: (requestId: string) => Promise<ModelVersion>,
  ): Promise<void> {
    if (this.transfer || !source) return;
    const requestId = this.#newRequestId();
    this.transfer = { requestId, kind, source, progress: null };
    try {
      const version = await run(requestId);
      this.#deps.toasts.show(this.#deps.t('models.toast.added', { name: modelDisplayName(version.name, this.#deps.t) }));
      await this.load();
    } catch (error) {
      this.#deps.onError(error);
    } finally {
      this.transfer = null;
    }
  }

  async #attempt(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.#deps.onError(error);
    }
  }
}
