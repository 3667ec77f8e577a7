/**
 * `concierge bench preview --json` (or `npx tsx src-main/bench/preview-bench.ts [entries]`): the Training screen's
 * preview (data set, token counts, time estimate) of a 2,000-entry KB, the sample FAQ plus kb-bench's synthetic zh/en
 * entries, imported into a fresh temporary data folder with no model: the app's first preview, of the starter trained
 * from scratch (no base model file). Every preview goes through the app's own `training:preview`
 * (TrainingRunManager.preview()), so the preview worker, its kept grounding (run-plan.ts) and the kept step speeds
 * (reusableSpeed) are the app's, in the order a user meets them:
 *
 *   first_preview_ms    the cold one: the preview worker starts, grounds every question over the KB, tokenizes the
 *                       prompts and times steps on a typical batch
 *   settings_change_ms  the next preview after a change of learning rate: the same KB, so the grounding is kept, and
 *                       the same shapes, so the step speed is reused
 *   one_edit_ms         after one entry's answer is lengthened by a sentence: the questions the edit can move are
 *                       grounded again (run-plan.ts keeps a Grounding), the speed is reused (scaled) when the
 *                       vocabulary and batch shape moved little
 *   far_change_ms       after the KB is doubled (as many synthetic entries again, imported): grounded again; the speed
 *                       is timed again only if the vocabulary or the typical batch moved beyond REUSE. Doubling this
 *                       KB does not (the synthetic entries bring few new tokens and rows of the same length: the
 *                       vocabulary 1,541 → 1,601 at 2,000 entries), so cold_phases.steps_ms is what timing costs
 *   measured            for each of the four: whether the worker timed steps (false: a kept speed was reused)
 *   cold_phases         where the cold preview's time went in the worker: plan_ms (grounding, tokenizing, batching),
 *                       steps_ms (timing steps); other_ms is the rest of first_preview_ms: the worker's start, the
 *                       app's checks and the messages
 *   tokens              the first preview's data set: examples, positions fed per epoch (padding included), answer
 *                       tokens the loss counts, longest row, batches; and the step speed's vocabulary and batch shape
 *                       for each preview (what decides `measured`)
 * Wall-clock times: on a machine busy with other work they inflate (see load_average, cores).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp, type App } from '../app/create-app.ts';
import type { BenchKind } from '../cli/commands/bench.ts';
import type { FaqDraft } from '../shared/api/faq.ts';
import type { TrainingOptions, TrainingPreview } from '../shared/api/training.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { TrainingClient } from '../training/training-client.ts';
import type { PreviewOutcome } from '../training/training-protocol.ts';
import { syntheticEntries } from './kb-bench.ts';

type Step = 'first_preview' | 'settings_change' | 'one_edit' | 'far_change';

export interface PreviewBenchResult {
  entries: number;
  first_preview_ms: number;
  settings_change_ms: number;
  one_edit_ms: number;
  /** Absent with --no-far. */
  far_change_ms?: number;
  measured: Partial<Record<Step, boolean>>;
  cold_phases: { plan_ms: number; steps_ms: number; other_ms: number };
  tokens: {
    train_examples: number;
    validation_examples: number;
    tokens_per_epoch: number;
    loss_tokens_per_epoch: number;
    longest_sequence: number;
    batches_per_epoch: number;
    /** The typical batch's shape and the vocabulary each preview's speed is for. */
    shapes: Partial<Record<Step, { vocab_size: number; batch_size: number; sequence_length: number }>>;
  };
  /** Each preview's estimate of the run's training time, seconds (the far change's: twice the data). */
  estimate_s: Partial<Record<Step, number>>;
  /** The machine's 1-minute load average when the run ended: well above the core count, wall times inflate. */
  load_average: number;
  cores: number;
}

const ROOT = new URL('../../', import.meta.url);

/** Imports `drafts` as a JSONL file through the app, refusing a report with errors (it writes nothing then). */
async function importDrafts(app: App, name: string, drafts: readonly FaqDraft[]): Promise<void> {
  const content = drafts.map((draft) => JSON.stringify(draft)).join('\n');
  const report = await app.client.invoke('faq:import', { fileName: name, content });
  if (report.imported !== drafts.length) throw new Error(`The bench's import wrote ${report.imported} of ${drafts.length} entries: ${report.errors[0]?.message}`);
}

/** The answer bench's KB: the sample FAQ (cut to `entries` when fewer) and synthetic entries up to `entries`. */
function benchEntries(entries: number): { drafts: FaqDraft[]; synthetic: number } {
  const sample = (JSON.parse(readFileSync(new URL('resources/sample-faq.json', ROOT), 'utf8')) as { entries: FaqDraft[] }).entries;
  const synthetic = Math.max(0, entries - sample.length);
  return { drafts: [...sample.slice(0, entries), ...syntheticEntries(synthetic)], synthetic };
}

/**
 * The worker's outcome of each preview, which the app keeps to itself (whether steps were timed, the phases): read by
 * wrapping TrainingClient.preview for the bench's duration.
 */
function watchWorker(): { last: () => PreviewOutcome; restore: () => void } {
  const original = TrainingClient.prototype.preview;
  let last: PreviewOutcome | null = null;
  // Every argument passed on: the progress listener too, or the app would hear no phase during the bench.
  TrainingClient.prototype.preview = async function (this: TrainingClient, ...args: Parameters<typeof original>) {
    last = await original.apply(this, args);
    return last;
  };
  return {
    last: () => {
      if (!last) throw new Error('The preview worker was not called: the app returned a kept preview');
      const outcome = last;
      last = null;
      return outcome;
    },
    restore: () => {
      TrainingClient.prototype.preview = original;
    },
  };
}

export async function runPreviewBench({ entries = 2_000, far = true } = {}): Promise<PreviewBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-preview-bench-'));
  const worker = watchWorker();
  let app: App | undefined;
  try {
    app = await createApp({ dataDir: dir, seedSample: false });
    const { client } = app;
    const { drafts, synthetic } = benchEntries(entries);
    await importDrafts(app, 'bench.jsonl', drafts);

    const times: Partial<Record<Step, number>> = {};
    const outcomes: Partial<Record<Step, PreviewOutcome>> = {};
    const previews: Partial<Record<Step, TrainingPreview>> = {};
    const take = async (step: Step, options: TrainingOptions) => {
      process.stderr.write(`preview: ${step.replace('_', ' ')}…\n`);
      const start = performance.now();
      previews[step] = await client.invoke('training:preview', options);
      times[step] = Math.round(performance.now() - start);
      outcomes[step] = worker.last();
      process.stderr.write(`preview: ${step.replace('_', ' ')} ${times[step]} ms, steps ${outcomes[step].speed.measured ? 'timed' : 'reused'}\n`);
    };

    await take('first_preview', {});
    const { learningRate } = previews.first_preview!.defaults;
    await take('settings_change', { learningRate: learningRate / 2 });

    const { entries: [edited] } = await client.invoke('faq:list', { limit: 1 });
    await client.invoke('faq:update', { id: edited.id, answer: `${edited.answer} Ask us if anything is unclear.` });
    await take('one_edit', { learningRate: learningRate / 2 });

    if (far) {
      const more = syntheticEntries(synthetic + entries).slice(synthetic);
      await importDrafts(app, 'bench-more.jsonl', more);
      await take('far_change', { learningRate: learningRate / 2 });
    }

    const steps = Object.keys(outcomes) as Step[];
    const each = <T,>(value: (step: Step) => T) => Object.fromEntries(steps.map((step) => [step, value(step)])) as Record<Step, T>;
    const planMs = Math.round(outcomes.first_preview!.phases.planMs);
    const stepsMs = Math.round(outcomes.first_preview!.phases.stepsMs);
    const dataset = previews.first_preview!.dataset;
    return {
      entries: dataset.entries,
      first_preview_ms: times.first_preview!,
      settings_change_ms: times.settings_change!,
      one_edit_ms: times.one_edit!,
      ...(far && { far_change_ms: times.far_change! }),
      measured: each((step) => outcomes[step]!.speed.measured),
      cold_phases: { plan_ms: planMs, steps_ms: stepsMs, other_ms: times.first_preview! - planMs - stepsMs },
      tokens: {
        train_examples: dataset.trainExamples,
        validation_examples: dataset.validationExamples,
        tokens_per_epoch: dataset.tokensPerEpoch,
        loss_tokens_per_epoch: dataset.lossTokensPerEpoch,
        longest_sequence: dataset.longestSequence,
        batches_per_epoch: dataset.batchesPerEpoch,
        shapes: each((step) => {
          const { vocabSize, batchSize, sequenceLength } = outcomes[step]!.speed;
          return { vocab_size: vocabSize, batch_size: batchSize, sequence_length: sequenceLength };
        }),
      },
      estimate_s: each((step) => Math.round(previews[step]!.estimate.seconds)),
      load_average: Math.round(loadavg()[0] * 10) / 10,
      cores: availableParallelism(),
    };
  } finally {
    worker.restore();
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const previewBench: BenchKind = {
  summary: 'the training preview: cold, after a setting, after one edit, after the KB doubled [--entries 2000] [--no-far]',
  options: { entries: { type: 'string' }, 'no-far': { type: 'boolean' } },
  async run({ values }) {
    const entries = values.entries === undefined ? 2_000 : Number(values.entries);
    if (!Number.isInteger(entries) || entries < 1) throw new InvalidInputError('--entries must be a positive whole number');
    return runPreviewBench({ entries, far: values['no-far'] !== true });
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runPreviewBench({ entries: Number(process.argv[2] ?? 2_000) }), null, 2));
}
