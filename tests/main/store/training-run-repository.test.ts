import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src-main/store/database.ts';
import { currentOwner, type ProcessOwner } from '../../../src-main/node/process-owner.ts';
import { TrainingRunRepository } from '../../../src-main/store/training-run-repository.ts';

let dir: string;
let db: Database;
let runs: TrainingRunRepository;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concierge-runs-'));
  db = openDatabase(dir);
  runs = new TrainingRunRepository(db);
});
afterEach(async () => {
  db.close();
  await rm(dir, { recursive: true, force: true });
});

const newRun = (id: string, owner: ProcessOwner = currentOwner()) =>
  runs.create({ id, baseModelId: null, kbRevision: 3, options: { epochs: 2 }, epochs: 2, totalSteps: 10, owner });

describe('TrainingRunRepository', () => {
  describe('create()', () => {
    it('stores a running run with its options and KB revision', () => {
      const run = newRun('r1');
      expect(run).toMatchObject({ id: 'r1', status: 'running', phase: 'preparing', kbRevision: 3, options: { epochs: 2 } });
      expect(runs.list()).toHaveLength(1);
    });

    it('refuses a second active run with a ConflictError naming the first', () => {
      newRun('r1');
      expect(() => newRun('r2')).toThrow(/Training run r1 is already running/);
      expect(() => newRun('r2')).toThrow(expect.objectContaining({ code: 'training.busy', params: { id: 'r1' } }));
      runs.update('r1', { status: 'completed' });
      expect(newRun('r2').status).toBe('running');
    });
  });

  describe('update()', () => {
    it('round-trips progress, history and evaluation', () => {
      newRun('r1');
      const evaluation = { candidate: { valLoss: 1, perplexity: Math.E, exactMatch: 0.5, f1: 0.8 }, base: null, cases: [] };
      const run = runs.update('r1', {
        step: 4,
        trainLoss: 2.5,
        history: [{ step: 4, loss: 2.5, valLoss: 2.6 }],
        evaluation,
        activated: true,
        modelVersionId: 'v2',
      });
      expect(run).toMatchObject({ step: 4, trainLoss: 2.5, activated: true, modelVersionId: 'v2', evaluation });
      expect(run.history).toEqual([{ step: 4, loss: 2.5, valLoss: 2.6 }]);
    });

    it('keeps why a run stopped with its code and values, and clears both on resume', () => {
      newRun('r1');
      const error = 'Training ran out of memory at step 4. Close other programs, then resume the run.';
      const errorCode = { code: 'training.out-of-memory', params: { step: 4 } };
      expect(runs.update('r1', { status: 'interrupted', error, errorCode })).toMatchObject({ error, errorCode });
      expect(runs.get('r1').errorCode).toEqual(errorCode);
      expect(runs.update('r1', { status: 'running', error: null, errorCode: null })).toMatchObject({ error: null, errorCode: null });
    });

    it('reads a stored code that is not well formed as none, keeping the English', () => {
      newRun('r1');
      runs.update('r1', { status: 'failed', error: 'Worker died' });
      db.prepare(`UPDATE training_runs SET error_code = ? WHERE id = 'r1'`).run(JSON.stringify({ code: 'Not A Code!', params: { x: [1] } }));
      expect(runs.get('r1')).toMatchObject({ error: 'Worker died', errorCode: null });
    });

    it('throws NotFoundError for an unknown run', () => {
      expect(() => runs.update('nope', { step: 1 })).toThrow(/No training run nope/);
    });
  });

  describe('recoverInterrupted()', () => {
    it('marks a run whose process died as interrupted and leaves a live one alone', () => {
      newRun('dead', { pid: 999_999, started: null });
      expect(runs.recoverInterrupted(({ pid }) => pid === process.pid).map((r) => r.id)).toEqual(['dead']);
      expect(runs.get('dead').status).toBe('interrupted');
      newRun('alive');
      expect(runs.recoverInterrupted(({ pid }) => pid === process.pid)).toEqual([]);
      expect(runs.get('alive').status).toBe('running');
    });

    it('tells the owner from a later process with the same pid by its start time', () => {
      newRun('alive');
      expect(runs.recoverInterrupted()).toEqual([]); // this very process, probed for real
      runs.update('alive', { status: 'completed' });
      // An app restarted in a container often gets its old pid back: same pid, another start.
      newRun('reused', { pid: process.pid, started: 'another-boot/1' });
      expect(runs.recoverInterrupted().map((r) => r.id)).toEqual(['reused']);
      expect(runs.get('reused').status).toBe('interrupted');
    });
  });
});
