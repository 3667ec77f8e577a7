// The starter model: on first start, with a knowledge base but no model at all, the app trains a small GPT-2
// from scratch on the KB (the sample FAQ) so it can draft answers offline at once. It is an ordinary training
// run, so its progress reaches the UI as training:progress events.
import type { ModelRegistry } from '../model/model-registry.ts';
import type { TrainingRun } from '../shared/api/training.ts';
import type { TrainingRunManager } from './run-manager.ts';

export async function startStarterIfNoModel(manager: TrainingRunManager, models: ModelRegistry): Promise<TrainingRun | null> {
  try {
    if ((await models.list()).length > 0) return null;
    const runs = manager.list();
    // A starter run a crash or quit interrupted continues from its checkpoint instead of starting over.
    const interrupted = runs.find((run) => run.baseModelId === null && (run.status === 'interrupted' || run.status === 'cancelled'));
    if (interrupted) return await manager.resume({ runId: interrupted.id });
    if (runs.some((run) => run.status === 'running' || run.status === 'paused')) return null;
    return await manager.start({ activate: 'always' });
  } catch (error) {
    // An empty KB or a busy machine is not a reason to fail the app's start; the Models screen offers training.
    console.warn(`Starter model not created: ${(error as Error).message}`);
    return null;
  }
}
