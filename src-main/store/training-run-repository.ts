import type { Database, Statement } from 'better-sqlite3';
import type { TrainingOptions, TrainingRun, TrainingStatus } from '../shared/api/training.ts';
import { ConflictError, messageCode, NotFoundError } from '../shared/errors.ts';
import { ownerAlive, type ProcessOwner } from '../node/process-owner.ts';

interface Row {
  id: string;
  status: TrainingStatus;
  phase: TrainingRun['phase'];
  base_model_id: string | null;
  kb_revision: number;
  options: string;
  step: number;
  total_steps: number;
  epoch: number;
  epochs: number;
  train_loss: number | null;
  val_loss: number | null;
  history: string;
  model_version_id: string | null;
  activated: number;
  evaluation: string | null;
  error: string | null;
  error_code: string | null;
  owner_pid: number | null;
  owner_started: string | null;
  created_at: string;
  updated_at: string;
}

export type RunPatch = Partial<
  Pick<
    TrainingRun,
    | 'status'
    | 'phase'
    | 'step'
    | 'totalSteps'
    | 'epoch'
    | 'epochs'
    | 'trainLoss'
    | 'valLoss'
    | 'history'
    | 'modelVersionId'
    | 'activated'
    | 'evaluation'
    | 'error'
    | 'errorCode'
  >
> & { owner?: ProcessOwner | null };

const COLUMNS: Record<Exclude<keyof RunPatch, 'owner'>, string> = {
  status: 'status',
  phase: 'phase',
  step: 'step',
  totalSteps: 'total_steps',
  epoch: 'epoch',
  epochs: 'epochs',
  trainLoss: 'train_loss',
  valLoss: 'val_loss',
  history: 'history',
  modelVersionId: 'model_version_id',
  activated: 'activated',
  evaluation: 'evaluation',
  error: 'error',
  errorCode: 'error_code',
};

const ACTIVE: TrainingStatus[] = ['running', 'paused'];

/** Training runs in SQLite; the one-active-run rule is a unique index, so it holds across processes. */
export class TrainingRunRepository {
  private readonly getStmt: Statement<[string], Row>;
  private readonly listStmt: Statement<[number], Row>;
  private readonly activeStmt: Statement<[], Row>;

  constructor(private readonly db: Database) {
    this.getStmt = db.prepare('SELECT * FROM training_runs WHERE id = ?');
    this.listStmt = db.prepare('SELECT * FROM training_runs ORDER BY created_at DESC, id DESC LIMIT ?');
    this.activeStmt = db.prepare(`SELECT * FROM training_runs WHERE status IN ('running', 'paused')`);
  }

  /** Inserts a new running run; a ConflictError when another run is already active. */
  create(run: {
    id: string;
    baseModelId: string | null;
    kbRevision: number;
    options: TrainingOptions;
    epochs: number;
    totalSteps: number;
    owner: ProcessOwner;
    now?: Date;
  }): TrainingRun {
    const now = (run.now ?? new Date()).toISOString();
    try {
      this.db
        .prepare(
          `INSERT INTO training_runs (id, status, phase, base_model_id, kb_revision, options, epochs, total_steps,
             owner_pid, owner_started, created_at, updated_at)
           VALUES (?, 'running', 'preparing', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(run.id, run.baseModelId, run.kbRevision, JSON.stringify(run.options), run.epochs, run.totalSteps, run.owner.pid, run.owner.started, now, now);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw this.busyError();
      throw error;
    }
    return this.get(run.id);
  }

  get(id: string): TrainingRun {
    const row = this.getStmt.get(id);
    if (!row) throw new NotFoundError(`No training run ${id}`);
    return this.read(row);
  }

  list(limit = 100): TrainingRun[] {
    return this.listStmt.all(limit).map((row) => this.read(row));
  }

  /** The running or paused run, if any (in a read-only database, none whose process is gone: see read). */
  active(): TrainingRun | null {
    const row = this.activeStmt.get();
    const run = row ? this.read(row) : null;
    return run && ACTIVE.includes(run.status) ? run : null;
  }

  update(id: string, patch: RunPatch, now = new Date()): TrainingRun {
    const sets: string[] = [];
    const values: unknown[] = [];
    const { owner, ...fields } = patch;
    for (const [key, value] of Object.entries(fields) as [keyof typeof COLUMNS, unknown][]) {
      if (value === undefined) continue;
      sets.push(`${COLUMNS[key]} = ?`);
      values.push(serialize(key, value));
    }
    if (owner !== undefined) {
      sets.push('owner_pid = ?', 'owner_started = ?');
      values.push(owner?.pid ?? null, owner?.started ?? null);
    }
    sets.push('updated_at = ?');
    values.push(now.toISOString());
    try {
      const result = this.db.prepare(`UPDATE training_runs SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
      if (result.changes === 0) throw new NotFoundError(`No training run ${id}`);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw this.busyError();
      throw error;
    }
    return this.get(id);
  }

  /**
   * Marks active runs whose owning process is gone as interrupted, so they can be resumed. `isAlive`
   * is injectable for tests; by default the pid is probed and its start time compared. Nothing in a database
   * opened read-only, where no run can start or resume: such runs are read as interrupted (read) and marked at
   * the first writable open.
   */
  recoverInterrupted(isAlive: (owner: ProcessOwner) => boolean = ownerAlive): TrainingRun[] {
    if (this.db.readonly) return [];
    const stale = this.activeStmt.all().filter((row) => ownerGone(row, isAlive));
    return stale.map((row) => this.update(row.id, { status: 'interrupted', owner: null }));
  }

  /**
   * The run as stored; in a database opened read-only, where recoverInterrupted cannot write, an active run whose
   * process is gone reads as the interrupted run it will be marked at the next writable open, so no screen shows
   * it running forever.
   */
  private read(row: Row): TrainingRun {
    const run = toRun(row);
    return this.db.readonly && ACTIVE.includes(run.status) && ownerGone(row) ? { ...run, status: 'interrupted' } : run;
  }

  private busyError(): ConflictError {
    const active = this.activeStmt.get();
    return new ConflictError(
      `Training run ${active?.id ?? ''} is already ${active?.status ?? 'active'}; cancel it or wait for it to finish before starting another.`,
    ).withCode('training.busy', { id: active?.id ?? '' });
  }
}

/** Whether the process that owns the run `row` is gone (or none was recorded). */
function ownerGone(row: Row, isAlive: (owner: ProcessOwner) => boolean = ownerAlive): boolean {
  return row.owner_pid === null || !isAlive({ pid: row.owner_pid, started: row.owner_started });
}

function serialize(key: keyof RunPatch, value: unknown): unknown {
  if (key === 'history' || key === 'evaluation' || key === 'errorCode') return value === null ? null : JSON.stringify(value);
  if (key === 'activated') return value ? 1 : 0;
  return value;
}

/** A stored `{code, params}`, checked like anything from outside (an older or newer Concierge wrote it); null for none. */
function storedCode(json: string | null): TrainingRun['errorCode'] {
  const coded = json === null ? {} : messageCode(JSON.parse(json));
  return coded.code ? coded : null;
}

function toRun(row: Row): TrainingRun {
  return {
    id: row.id,
    status: row.status,
    phase: row.phase,
    baseModelId: row.base_model_id,
    kbRevision: row.kb_revision,
    options: JSON.parse(row.options) as TrainingOptions,
    step: row.step,
    totalSteps: row.total_steps,
    epoch: row.epoch,
    epochs: row.epochs,
    trainLoss: row.train_loss,
    valLoss: row.val_loss,
    history: JSON.parse(row.history) as TrainingRun['history'],
    modelVersionId: row.model_version_id,
    activated: row.activated === 1,
    evaluation: row.evaluation === null ? null : (JSON.parse(row.evaluation) as TrainingRun['evaluation']),
    error: row.error,
    errorCode: storedCode(row.error_code),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
