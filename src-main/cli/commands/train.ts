import { randomUUID } from 'node:crypto';
import type { ApiClient, PreviewPhase, TrainingOptions, TrainingProgress, TrainingRun } from '../../shared/api/index.ts';
import { noPositionals, parseCommandArgs, parseInteger, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { INTERRUPT_SIGNALS, InterruptedError, type InterruptSignal } from '../interrupted.ts';
import { createProgressBar } from '../progress-bar.ts';
import { printJson, withClient } from '../with-app.ts';

const ENDED = new Set(['completed', 'failed', 'cancelled']);

/** What a preview is doing, said on stderr while it is computed (tens of seconds for a large KB). */
const PREVIEW_PHASES: Record<PreviewPhase, string> = {
  planning: 'Preparing the training data…',
  timing: 'Timing a few training steps on this computer…',
};

export const trainCommand: Command = {
  name: 'train',
  usage: `Usage: concierge train [--base MODEL] [--epochs N] [--lr X] [--batch-tokens N] [--seed N]
                      [--activate if-better|always|never] [--preview] [--json]
       concierge train --resume [--run ID] [--json]

Fine-tunes MODEL (default: the active model) on every enabled FAQ entry and registers the result as a new
model version. It becomes active only if it answers the held-out similar questions at least as well as the
base (--activate always|never overrides). With no model installed, trains the small starter GPT-2 from scratch.

Options:
  --base MODEL        model version id to start from (default: the active model)
  --epochs N          passes over the data (default 3; 16 from scratch; 8 retraining the starter)
  --lr X              peak learning rate (default 2e-4; 3e-3 from scratch; 1e-3 retraining the starter)
  --batch-tokens N    tokens per batch, rows × padded length (default 2048; 1024, two accumulated per update,
                      fine-tuning a pretrained GPT-2)
  --seed N            seed for the data order and (from scratch) the initial weights (default 1)
  --preview           print the data set, token counts and a measured time estimate, then stop
  --resume            continue the last cancelled or interrupted run from its checkpoint (--run ID: that run)
  --json              JSON lines: one training:progress event per line, then the finished run

Ctrl+C or SIGTERM cancels the run after its current step and keeps a checkpoint for --resume (exit code 130 / 143).`,

  async run(args, leading) {
    const { values, positionals, global } = parseCommandArgs(
      args,
      {
        base: { type: 'string' },
        epochs: { type: 'string' },
        lr: { type: 'string' },
        'batch-tokens': { type: 'string' },
        seed: { type: 'string' },
        activate: { type: 'string' },
        preview: { type: 'boolean' },
        resume: { type: 'boolean' },
        run: { type: 'string' },
      },
      leading,
    );
    noPositionals(positionals);
    const options = trainingOptions(values);
    await withClient(global.dataDir, async (client) => {
      if (values.preview) {
        const requestId = randomUUID();
        client.on('training:preview-progress', (event) => {
          if (event.requestId === requestId && !global.json) process.stderr.write(`${PREVIEW_PHASES[event.phase]}\n`);
        });
        const preview = await client.invoke('training:preview', { ...options, requestId });
        if (global.json) return printJson(preview);
        const d = preview.dataset;
        console.log(`Base: ${preview.base ? `${preview.base.name} (${preview.base.id})` : 'starter model, from scratch'}`);
        console.log(`Examples: ${d.trainExamples} train, ${d.validationExamples} held out, from ${d.entries} entries`);
        console.log(`Tokens per epoch: ${d.tokensPerEpoch} (${d.lossTokensPerEpoch} answer tokens, ${(d.paddingRatio * 100).toFixed(1)} % padding)`);
        console.log(`Estimate: ${preview.epochs} epochs, ${preview.totalSteps} steps, ~${formatDuration(preview.estimate.seconds * 1000)} at ${Math.round(preview.estimate.tokensPerSecond)} tokens/s`);
        for (const warning of d.warnings) console.log(`Warning: ${warning.message}`);
        return;
      }
      const { run, interrupted } = await followRun(client, global.json, () =>
        values.resume ? client.invoke('training:resume', { runId: values.run }) : client.invoke('training:start', options),
      );
      // JSON lines: the finished run is the last line, after the progress events.
      if (global.json) process.stdout.write(`${JSON.stringify(run)}\n`);
      else printSummary(run);
      if (interrupted && run.status === 'cancelled') {
        throw new InterruptedError(`Training run ${run.id} cancelled by ${interrupted}; continue it with "concierge train --resume"`, interrupted);
      }
      if (run.status !== 'completed') throw new Error(run.error ?? `Training run ${run.id} ${run.status}`);
    });
  },
};

function trainingOptions(values: Record<string, string | boolean | undefined>): TrainingOptions {
  const number = (flag: string) => {
    const text = values[flag] as string | undefined;
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--${flag} must be a positive number, got "${text}"`);
    return value;
  };
  const activate = values.activate as string | undefined;
  if (activate !== undefined && !['if-better', 'always', 'never'].includes(activate)) {
    throw new UsageError(`--activate must be if-better, always or never, got "${activate}"`);
  }
  return {
    base: values.base as string | undefined,
    epochs: values.epochs === undefined ? undefined : parseInteger(values.epochs as string, '--epochs', 1, 200),
    learningRate: number('lr'),
    batchTokens: values['batch-tokens'] === undefined ? undefined : parseInteger(values['batch-tokens'] as string, '--batch-tokens', 64, 65_536),
    seed: values.seed === undefined ? undefined : parseInteger(values.seed as string, '--seed', 0, 2 ** 31 - 1),
    activate: activate as TrainingOptions['activate'],
  };
}

/** Starts (or resumes) a run and reports its progress until it ends; Ctrl+C or SIGTERM cancels it with a checkpoint. */
async function followRun(
  client: ApiClient,
  json: boolean,
  start: () => Promise<TrainingRun>,
): Promise<{ run: TrainingRun; interrupted: InterruptSignal | null }> {
  const bar = json ? null : createProgressBar('Training');
  // The evaluation after training writes greedy answers whose time cannot be told ahead: its count is what moves.
  const evaluationBar = json ? null : createProgressBar('Evaluating');
  let runId: string | null = null;
  let lastPhase = '';
  let evaluationAnswers = 0;
  const ended = new Promise<string>((resolve) => {
    client.on('training:progress', (progress: TrainingProgress) => {
      if (runId !== null && progress.runId !== runId) return;
      if (json) process.stdout.write(`${JSON.stringify(progress)}\n`);
      else report(progress);
      if (ENDED.has(progress.status)) resolve(progress.runId);
    });
  });
  const report = (p: TrainingProgress) => {
    if (p.phase === 'training' && p.totalSteps > 0) {
      const loss = p.trainLoss === null ? '' : `loss ${p.trainLoss.toFixed(3)}`;
      const val = p.valLoss === null ? '' : ` val ${p.valLoss.toFixed(3)}`;
      const eta = p.etaMs === null ? '' : ` ETA ${formatDuration(p.etaMs)}`;
      bar!.update(p.step, p.totalSteps, `epoch ${p.epoch}/${p.epochs} ${loss}${val} ${Math.round(p.tokensPerSecond)} tok/s${eta}`);
    } else if (p.phase !== lastPhase && p.phase !== 'training') {
      bar!.finish();
      // The worker counts before each batch of answers: a run that completed after evaluating wrote them all.
      if (lastPhase === 'evaluating' && p.status === 'completed' && evaluationAnswers) {
        evaluationBar!.update(evaluationAnswers, evaluationAnswers, 'evaluation answers written');
      }
      evaluationBar!.finish();
      console.error(`${p.phase}${p.message ? `: ${p.message}` : ''}…`);
    }
    if (p.phase === 'evaluating' && p.evaluated !== undefined && p.evaluationAnswers) {
      evaluationAnswers = p.evaluationAnswers;
      evaluationBar!.update(p.evaluated, evaluationAnswers, 'evaluation answers written');
    }
    lastPhase = p.phase;
  };
  // Ctrl+C or SIGTERM: the run stops after its current step and writes its checkpoint; a second signal is not
  // caught, so it stops the process at once (the run is then 'interrupted' and resumes from the last checkpoint).
  let interrupted: InterruptSignal | null = null;
  const cancel = (id: string) => void client.invoke('training:cancel', { runId: id }).catch(() => undefined);
  const onSignal = (signal: InterruptSignal) => {
    interrupted = signal;
    for (const other of INTERRUPT_SIGNALS) process.removeListener(other, onSignal);
    bar?.finish();
    evaluationBar?.finish();
    console.error(`\n${signal}: cancelling after the current step (a checkpoint is kept; resume with --resume)…`);
    if (runId !== null) cancel(runId);
  };
  for (const signal of INTERRUPT_SIGNALS) process.once(signal, onSignal);
  try {
    const run = await start();
    runId = run.id;
    if (interrupted) cancel(run.id);
    await ended;
  } finally {
    for (const signal of INTERRUPT_SIGNALS) process.removeListener(signal, onSignal);
    bar?.finish();
    evaluationBar?.finish();
  }
  return { run: (await client.invoke('training:runs', {})).find((r) => r.id === runId)!, interrupted };
}

function printSummary(run: TrainingRun): void {
  console.log(`Run ${run.id}: ${run.status}`);
  if (run.trainLoss !== null) console.log(`Final train loss ${run.trainLoss.toFixed(3)}${run.valLoss === null ? '' : `, validation loss ${run.valLoss.toFixed(3)}`}`);
  const e = run.evaluation;
  if (e) {
    const line = (label: string, s: typeof e.candidate) =>
      `${label.padEnd(9)} val loss ${fixed(s.valLoss, 3)}  perplexity ${fixed(s.perplexity, 1)}  exact ${(s.exactMatch * 100).toFixed(0)} %  F1 ${s.f1.toFixed(3)}`;
    if (e.base) console.log(line('base', e.base));
    console.log(line('new', e.candidate));
  }
  if (run.modelVersionId) console.log(`Model version ${run.modelVersionId}${run.activated ? ' (now active)' : ' (not activated: not better than the base)'}`);
}

/** Validation figures are null when the KB had no similar question to hold out. */
const fixed = (value: number | null, digits: number) => (value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits));

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
