// The outcome issue 4 promises, through the API: retraining the active model on the FAQ registers a new version
// that answers the held-out similar questions closer to the FAQ answers than the model before it, becomes
// active, and is the model the chat then drafts with.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import type { TrainingOptions, TrainingRun } from '../../../src-main/shared/api/index.ts';
import { characterF1 } from '../../../src-main/training/answer-metrics.ts';
import { tinyFaq } from './fixtures/tiny-faq.ts';

let dir: string;
let app: App;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concierge-retrain-'));
  app = await createApp({ dataDir: dir, seedSample: false });
  for (const { question, answer, paraphrases } of tinyFaq()) await app.client.invoke('faq:create', { question, answer, paraphrases });
});
afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** Starts a run and resolves with it once it has ended. */
async function train(options: TrainingOptions): Promise<TrainingRun> {
  const ended = new Promise<string>((resolve) => {
    const off = app.client.on('training:progress', (p) => {
      if (['completed', 'failed', 'cancelled'].includes(p.status)) off(), resolve(p.runId);
    });
  });
  const run = await app.client.invoke('training:start', options);
  expect(await ended).toBe(run.id);
  return (await app.client.invoke('training:runs', {})).find((r) => r.id === run.id)!;
}

describe('retraining the active model on the FAQ (API)', () => {
  let before: TrainingRun;
  let retrain: TrainingRun;

  beforeAll(async () => {
    // "Before": a starter trained for a few steps only, so it has much left to learn.
    before = await train({ epochs: 3, batchTokens: 256, seed: 4 });
    expect(before).toMatchObject({ status: 'completed', activated: true });
    retrain = await train({ epochs: 30, learningRate: 3e-3, batchTokens: 256, seed: 4 });
  }, 240_000);

  it('fine-tunes the active version and records both models on the same held-out questions', () => {
    expect(retrain.status, retrain.error ?? '').toBe('completed');
    expect(retrain.baseModelId).toBe(before.modelVersionId);
    const { evaluation } = retrain;
    expect(evaluation!.cases.map((c) => c.question)).toEqual(tinyFaq().map((e) => e.paraphrases.at(-1)));
    expect(evaluation!.cases.every((c) => c.base !== null)).toBe(true);
  });

  it('answers the held-out similar questions measurably closer to the FAQ answers, and activates', async () => {
    const { base, candidate } = retrain.evaluation!;
    expect(candidate.f1).toBeGreaterThan(base!.f1 + 0.1);
    expect(candidate.exactMatch).toBeGreaterThanOrEqual(base!.exactMatch);
    expect(candidate.valLoss).toBeLessThan(base!.valLoss);
    expect(retrain.activated).toBe(true);
    const active = (await app.client.invoke('model:list', {})).find((v) => v.active)!;
    expect(active).toMatchObject({ id: retrain.modelVersionId, parentId: before.modelVersionId, metrics: { f1: candidate.f1 } });
  });

  it('drafts chat answers with the new version, closer to the FAQ than the old one answered', async () => {
    await app.client.invoke('settings:set', { temperature: 0 });
    const heldOut = retrain.evaluation!.cases[0];
    const reply = await app.client.invoke('chat:send', { text: heldOut.question, forceMode: 'generated' });
    expect(reply.message).toMatchObject({ mode: 'generated', model: retrain.modelVersionId });
    expect(characterF1(reply.message.text, heldOut.expected)).toBeGreaterThan(heldOut.base!.f1);
  }, 60_000);
});
