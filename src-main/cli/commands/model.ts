import { freemem } from 'node:os';
import { resolve } from 'node:path';
import { randomGpt2Weights } from '../../model/gpt2-weights.ts';
import { checkRandomInit, validateModelFolder, writeModelFolder } from '../../model/model-folder.ts';
import { GPT2_VOCAB_SIZE } from '../../model/tokenizer/gpt2-vocabulary.ts';
import type { ApiClient, ModelPullPhase, ModelVersion } from '../../shared/api/index.ts';
import { graphsHeld, type GraphsHeld } from '../../shared/api/model-graphs.ts';
import { shortCommit } from '../../shared/hub-repo.ts';
import { noPositionals, notBlank, onePositional, parseCommandArgs, parseInteger, requireOption, UsageError } from '../args.ts';
import type { LeadingOptions } from '../args.ts';
import { commandGroup } from '../command.ts';
import { createProgressBar, formatBytes } from '../progress-bar.ts';
import { printJson, withClient } from '../with-app.ts';

const SHAPE_OPTIONS = {
  'n-layer': { type: 'string' },
  'n-head': { type: 'string' },
  'n-embd': { type: 'string' },
  'n-positions': { type: 'string' },
  seed: { type: 'string' },
  name: { type: 'string' },
  activate: { type: 'boolean' },
} as const;

export const modelCommand = commandGroup({
  name: 'model',
  usage: `Usage: concierge model <subcommand> [options]

Subcommands:
  init DIR --n-layer L --n-head H --n-embd C [--n-positions P] [--seed S]
                     write a randomly initialised GPT-2 (50,257-token vocabulary) to the new folder DIR,
                     in Hugging Face layout with onnx/model.onnx; needs no data folder
  init --n-layer L --n-head H --n-embd C [...] [--name N] [--activate]
                     the same, registered as a new model version in the data folder
  list [--json]      model versions; * marks the active one, fp32+int8 one with the int8 copy (fp32 one
                     without: "model quantize ID" adds it), BROKEN one whose files were deleted (named;
                     its graphs as they are: "int8 only" without onnx/model.onnx, "no graph" with neither);
                     a pulled one says the hub commit its files came from (its first 7 digits; --json: all)
  import DIR [--name N] [--activate] [--json]
                     copy a GPT-2 folder into the data folder: a safetensors checkpoint in Hugging Face
                     layout (config.json, model.safetensors, tokenizer) or an ONNX-only transformers.js copy;
                     a checkpoint gets its ONNX graph and int8 copy written here
  pull REPO [--name N] [--activate] [--json]
                     download gpt2, distilgpt2 or OWNER/NAME from $HF_ENDPOINT (default https://huggingface.co),
                     verify sizes and sha256, export ONNX and the int8 copy and register it; run again to
                     resume a broken download
  activate ID        make ID the model that answers
  quantize ID [--json]
                     write ID's int8 copy (onnx/model_quantized.onnx) from its weights: 3-5x faster
                     per token, answers within a few percent; used when inference precision is int8
  rm ID              delete a model version (not the active one)`,

  subcommands: {
    async init(args, leading) {
      const { values, positionals, global } = parseCommandArgs(args, SHAPE_OPTIONS, leading);
      if (positionals.length > 1) throw new UsageError(`Expected at most one DIR, got ${positionals.length}`);
      const shape = {
        nLayer: parseInteger(requireOption(values['n-layer'], 'n-layer'), '--n-layer', 1, 96),
        nHead: parseInteger(requireOption(values['n-head'], 'n-head'), '--n-head', 1, 128),
        nEmbd: parseInteger(requireOption(values['n-embd'], 'n-embd'), '--n-embd', 1, 8192),
        nPositions: values['n-positions'] ? parseInteger(values['n-positions'], '--n-positions', 1, 8192) : 1024,
      };
      const seed = values.seed ? parseInteger(values.seed, '--seed', 0, 2 ** 32 - 1) : 0;
      if (positionals.length === 0) {
        const version = await withClient(global.dataDir, (client) =>
          client.invoke('model:init', { ...shape, seed, name: values.name, activate: values.activate }),
        );
        return global.json ? printJson(version) : printVersion(version);
      }
      const dir = resolve(notBlank(positionals[0], 'DIR'));
      const config = { ...shape, vocabSize: GPT2_VOCAB_SIZE, layerNormEpsilon: 1e-5 };
      // As the registry's installRandom() does: a shape too big is said before any weight is made.
      checkRandomInit(config, freemem());
      await writeModelFolder(dir, { config, weights: randomGpt2Weights(config, seed) });
      const info = await validateModelFolder(dir, { checkWeights: false, checkOnnx: false });
      if (global.json) return printJson({ dir, config: info.config, sizeBytes: info.sizeBytes, seed });
      const size = formatBytes(info.sizeBytes);
      console.log(`Wrote a random GPT-2 (${describeShape(info.config)}, seed ${seed}) to ${dir} (${size})`);
    },

    async list(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      noPositionals(positionals);
      const versions = await withClient(global.dataDir, (client) => client.invoke('model:list', {}));
      if (global.json) return printJson(versions);
      for (const version of versions) printVersion(version);
      console.error(`${versions.length} model version${versions.length === 1 ? '' : 's'}`);
    },

    async import(args, leading) {
      const { values, positionals, global } = parseCommandArgs(
        args,
        { name: { type: 'string' }, activate: { type: 'boolean' } },
        leading,
      );
      const path = resolve(onePositional(positionals, 'DIR'));
      const version = await withClient(global.dataDir, (client) =>
        withPhaseNotes(client, () =>
          client.invoke('model:import', { path, name: values.name, activate: values.activate, requestId: 'cli' }),
        ),
      );
      return global.json ? printJson(version) : printVersion(version);
    },

    async pull(args, leading) {
      const { values, positionals, global } = parseCommandArgs(
        args,
        { name: { type: 'string' }, activate: { type: 'boolean' } },
        leading,
      );
      const repo = onePositional(positionals, 'REPO');
      const version = await withClient(global.dataDir, (client) =>
        withPullProgress(client, repo, () =>
          client.invoke('model:pull', { repo, name: values.name, activate: values.activate, requestId: 'cli' }),
        ),
      );
      return global.json ? printJson(version) : printVersion(version);
    },

    async quantize(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const id = onePositional(positionals, 'ID');
      const version = await withClient(global.dataDir, (client) =>
        withPhaseNotes(client, () => client.invoke('model:quantize', { id, requestId: 'cli' })),
      );
      if (global.json) return printJson(version);
      console.log(`Wrote the int8 copy of ${id} (onnx/model_quantized.onnx)`);
      printVersion(version);
    },

    activate: (args, leading) => simple(args, leading, 'model:activate', 'Activated'),
    rm: (args, leading) => simple(args, leading, 'model:delete', 'Deleted'),
  },
});

async function simple(args: string[], leading: LeadingOptions, channel: 'model:activate' | 'model:delete', verb: string) {
  const { positionals, global } = parseCommandArgs(args, {}, leading);
  const id = onePositional(positionals, 'ID');
  const result = await withClient(global.dataDir, (client) => client.invoke(channel, { id }));
  if (global.json) return printJson(result);
  console.log(`${verb} ${id}`);
}

const PHASE_NOTES: Partial<Record<ModelPullPhase, string>> = {
  resolving: 'Looking up files…',
  installing: 'Verified. Installing…',
  exporting: 'Exporting ONNX…',
  quantizing: 'Writing the int8 copy…',
};

/** Notes on stderr as the heavy phases of an import or quantize begin (both are quiet otherwise). */
async function withPhaseNotes<T>(client: ApiClient, run: () => Promise<T>): Promise<T> {
  const unsubscribe = client.on('model:progress', (progress) => {
    if (progress.requestId !== 'cli') return;
    if (progress.phase === 'exporting' || progress.phase === 'quantizing') process.stderr.write(`${PHASE_NOTES[progress.phase]}\n`);
  });
  try {
    return await run();
  } finally {
    unsubscribe();
  }
}

/** Draws `model:progress` events as a bar on stderr while `run` pulls. */
async function withPullProgress<T>(client: ApiClient, repo: string, run: () => Promise<T>): Promise<T> {
  const bar = createProgressBar(`Pulling ${repo}`, { format: formatBytes });
  const unsubscribe = client.on('model:progress', (progress) => {
    if (progress.phase === 'downloading') return bar.update(progress.receivedBytes, progress.totalBytes, progress.file);
    const note = PHASE_NOTES[progress.phase];
    if (!note) return;
    bar.finish();
    process.stderr.write(`${note}\n`);
  });
  try {
    return await run();
  } finally {
    unsubscribe();
    bar.finish();
  }
}

/** What `model list` says of the graphs a version holds; the Models screen says the same (models.precision.*). */
const GRAPHS_HELD_TEXT: Record<GraphsHeld, string> = { 'fp32+int8': 'fp32+int8', fp32: 'fp32', int8: 'int8 only', none: 'no graph' };

function printVersion(version: ModelVersion): void {
  const marker = version.active ? '*' : ' ';
  const lost = version.folderMissing ? 'its folder is gone' : `missing ${version.missingFiles.join(', ')}`;
  const missing = version.missing ? `  (BROKEN: ${lost}; install it again or delete it)` : '';
  const precisions = GRAPHS_HELD_TEXT[graphsHeld(version.precisions)];
  const source = version.revision === null ? version.source : `${version.source}, commit ${shortCommit(version.revision)}`;
  console.log(
    `${marker} ${version.id}  ${version.name}  [${source}, ${describeShape(version.config)}, ` +
      `${formatBytes(version.sizeBytes)}, ${precisions}, ${version.createdAt.slice(0, 16).replace('T', ' ')}]${missing}`,
  );
}

function describeShape(config: ModelVersion['config']): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const { nLayer, nEmbd, nHead, nPositions } = config;
  return `${plural(nLayer, 'layer')} × ${nEmbd} wide, ${plural(nHead, 'head')}, context ${nPositions}`;
}
