import { currentOwner } from '../../../src-main/node/process-owner.ts';
import type { EvaluationReport } from '../../../src-main/shared/api/index.ts';
import { openDatabase } from '../../../src-main/store/database.ts';
import { TrainingRunRepository } from '../../../src-main/store/training-run-repository.ts';

const summary = { valLoss: 2.1, perplexity: 8.2, exactMatch: 0.25, f1: 0.5 };
/** An evaluation as a run leaves it: the two models on the same held-out question. */
export const EVALUATION: EvaluationReport = {
  base: summary,
  candidate: { ...summary, valLoss: 1.8, f1: 0.62 },
  cases: [
    {
      entryId: 1,
      question: 'Can I send an order to a different address after I have paid for it?',
      expected: 'Yes, until it ships.',
      base: { answer: 'No.', exactMatch: false, f1: 0.1 },
      candidate: { answer: 'Yes, until it ships.', exactMatch: true, f1: 1 },
    },
  ],
};

/** The evaluation a run from scratch leaves (the starter model): no earlier model was answered with. */
export const SCRATCH_EVALUATION: EvaluationReport = {
  base: null,
  candidate: EVALUATION.candidate,
  cases: EVALUATION.cases.map((item) => ({ ...item, base: null })),
};

export interface SeededRuns {
  /** A completed run from `baseModelId` that made `modelVersionId`, with `evaluation` (default EVALUATION). */
  finished: { baseModelId: string | null; modelVersionId: string; evaluation?: EvaluationReport };
  /** A run in progress after it, owned by this process (alive: the server takes it for another process's run). */
  running?: { baseModelId: string | null };
  /** Runs cancelled before it, each at `startedAt`: ids run-cancelled-1, -2…, resumable. */
  cancelled?: Date[];
}

/**
 * Writes training runs into a served app's database as runs would leave them, so a journey shows a finished run's
 * evaluation (and a run under way) without training one: ids run-finished and run-now.
 */
export function seedRuns(dataDir: string, { finished, running, cancelled = [] }: SeededRuns): void {
  const db = openDatabase(dataDir);
  try {
    const runs = new TrainingRunRepository(db);
    const record = { kbRevision: 1, options: {}, epochs: 1, totalSteps: 10, owner: currentOwner() };
    cancelled.forEach((now, i) => {
      runs.create({ ...record, id: `run-cancelled-${i + 1}`, baseModelId: null, now });
      runs.update(`run-cancelled-${i + 1}`, { status: 'cancelled', phase: 'training', step: 4, trainLoss: 3.1, owner: null });
    });
    runs.create({ ...record, id: 'run-finished', baseModelId: finished.baseModelId, now: new Date(Date.now() - 60_000) });
    runs.update('run-finished', { status: 'completed', phase: 'done', step: 10, trainLoss: 1.9, modelVersionId: finished.modelVersionId, evaluation: finished.evaluation ?? EVALUATION, owner: null });
    if (running) {
      runs.create({ ...record, id: 'run-now', baseModelId: running.baseModelId });
      runs.update('run-now', { phase: 'training', step: 3, trainLoss: 3.2 });
    }
  } finally {
    db.close();
  }
}
