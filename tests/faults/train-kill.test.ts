// kill -9 during `concierge train` (a tiny model on the sample FAQ): after a restart the run is interrupted and
// resumable, `train --resume` continues from its last checkpoint, and no half-written model version is listed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src-main/app/create-app.ts';
import { validateModelFolder } from '../../src-main/model/model-folder.ts';
import { ModelRegistry } from '../../src-main/model/model-registry.ts';
import type { TrainingProgress, TrainingRun } from '../../src-main/shared/api/training.ts';
import { DATABASE_FILE, openDatabase } from '../../src-main/store/database.ts';
import { ModelRepository } from '../../src-main/store/model-repository.ts';
import { TrainingRunRepository } from '../../src-main/store/training-run-repository.ts';
import { CHECKPOINT_FILE, readCheckpoint } from '../../src-main/training/checkpoint.ts';
import { integrityCheck, KILLS, killAfterRandomDelay, reportKills, startConcierge, waitForWork, type Child } from './kill-harness.ts';

let work: string;
let baseId: string;
const dataDir = () => join(work, 'data');

/** What a restarted app finds: runs (after marking dead owners' runs interrupted) and model versions, checked. */
async function restart(): Promise<{ runs: TrainingRun[]; versions: string[] }> {
  const db = openDatabase(dataDir());
  try {
    const runs = new TrainingRunRepository(db);
    runs.recoverInterrupted(); // what TrainingRunManager does at start-up
    const registry = new ModelRegistry({ dataDir: dataDir(), repository: new ModelRepository(db) });
    await registry.cleanUp();
    const versions = await registry.list();
    for (const version of versions) {
      expect(version.missing).toBe(false);
      await validateModelFolder(registry.dir(version.id)); // a listed version is whole
    }
    return { runs: runs.list(), versions: versions.map((version) => version.id) };
  } finally {
    db.close();
  }
}

/** The `--json` progress lines the child printed so far. */
const progress = (child: Child): TrainingProgress[] =>
  child.stdout
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes('"phase"'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as TrainingProgress];
      } catch {
        return []; // the line being written when the process was killed
      }
    });

async function checkpointStep(runId: string): Promise<number> {
  const file = join(dataDir(), 'training', 'runs', runId, CHECKPOINT_FILE);
  return existsSync(file) ? (await readCheckpoint(file)).progress.step : 0;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'concierge-fault-train-'));
  const app = await createApp({ dataDir: dataDir(), seedSample: true });
  const base = await app.client.invoke('model:init', { nLayer: 2, nHead: 4, nEmbd: 32, nPositions: 256, seed: 3, name: 'tiny', activate: true });
  baseId = base.id;
  await app.close();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kill -9 during training', () => {
  it(`leaves a resumable run and no half-written model, ${KILLS} times`, { timeout: KILLS * 240_000 + 600_000 }, async () => {
    const outcomes = { resumedFromCheckpoint: 0, beforeFirstCheckpoint: 0, phases: new Map<string, number>() };
    let runId: string | null = null;
    let windowMs = 15_000;
    for (let kills = 0; kills < KILLS; ) {
      const args = runId === null ? ['train', '--base', baseId, '--epochs', '8', '--activate', 'always', '--json'] : ['train', '--resume', '--json'];
      const resumeFrom = runId === null ? 0 : await checkpointStep(runId);
      const child = startConcierge(dataDir(), args);
      await waitForWork(child, () => progress(child).length > 0);
      const { killed } = await killAfterRandomDelay(child, windowMs);
      expect(killed, `the run finished before the kill: ${child.stderr}`).toBe(true); // 8 epochs outlast the window
      kills++;

      const seen = progress(child);
      runId ??= seen[0].runId;
      const phase = seen.at(-1)!.phase;
      outcomes.phases.set(phase, (outcomes.phases.get(phase) ?? 0) + 1);
      // A resumed run picks up at its checkpoint: its first training step is past it, not back at 1.
      const firstStep = seen.find((p) => p.phase === 'training' && p.step > 0)?.step;
      if (resumeFrom > 0 && firstStep !== undefined) {
        expect(firstStep).toBeGreaterThan(resumeFrom);
        outcomes.resumedFromCheckpoint++;
      }

      expect(integrityCheck(join(dataDir(), DATABASE_FILE))).toBe('ok');
      const { runs, versions } = await restart();
      const run = runs.find((r) => r.id === runId)!;
      expect(run.status).toBe('interrupted'); // offered for resuming
      expect(versions).toEqual([baseId]); // the candidate is registered only once whole, at the end
      if ((await checkpointStep(runId)) === 0) outcomes.beforeFirstCheckpoint++;
      windowMs = Math.min(windowMs * 1.2, 30_000);
    }

    // The last resume runs to the end and registers exactly one new version.
    const child = startConcierge(dataDir(), ['train', '--resume', '--json']);
    expect(await child.exited, child.stderr).toBe(0);
    const { runs, versions } = await restart();
    const run = runs.find((r) => r.id === runId)!;
    expect(run.status).toBe('completed');
    expect(versions.sort()).toEqual([baseId, run.modelVersionId].sort());
    reportKills(
      'training',
      KILLS,
      `${outcomes.resumedFromCheckpoint} resumes continued past their checkpoint, ${outcomes.beforeFirstCheckpoint} kills before the first checkpoint; last phase seen: ${[...outcomes.phases].map(([p, n]) => `${p} ${n}`).join(', ')}`,
    );
  });
});
