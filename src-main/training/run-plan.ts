// A run's plan: model shape, settings, the tokenized dataset and the held-out questions, saved as run.json
// in the run folder at the start, so a resumed run trains on exactly the same data even if the KB changed.
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Gpt2Config } from '../model/gpt2-weights.ts';
import { parseGpt2ConfigJson } from '../model/hf-config.ts';
import { gpt2TokenizerJson, tokenizerConfigJson } from '../model/tokenizer/tokenizer-files.ts';
import type { FaqEntry } from '../shared/api/faq.ts';
import type { DatasetWarning } from '../shared/api/training.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { buildDataset, type TrainingExample } from './dataset.ts';
import type { HeldOutQuestion } from './evaluate.ts';
import type { GroundedPrompt, Grounding } from './grounded-prompts.ts';
import { lineMemoEncoder, splitsAtLines } from './prompt-encoder.ts';
import { STARTER_CONFIG } from './training-settings.ts';
import { usedVocabulary } from './vocabulary-subset.ts';
import type { ModelFolder, TrainingSettings } from './training-protocol.ts';

const PLAN_FILE = 'run.json';
const PLAN_VERSION = 1;

export interface RunPlan {
  version: typeof PLAN_VERSION;
  config: Gpt2Config;
  settings: TrainingSettings;
  base: ModelFolder | null;
  train: TrainingExample[];
  validation: TrainingExample[];
  heldOut: HeldOutQuestion[];
  /** Read only when a run starts, from the plan it has just written (a resumed run does not repeat them). */
  warnings: DatasetWarning[];
  /** The base model's validation loss before training (null from scratch); filled in by the first session. */
  baseValLoss: number | null;
  /** From scratch or from a KB-only base: the GPT-2 ids the data uses, the vocabulary the session trains over (vocabulary-subset.ts). */
  vocabulary: number[] | null;
}

type Encode = (text: string) => number[];

/**
 * The base folder's own tokenizer, or GPT-2's for a model trained from scratch; line by line with each line's ids
 * kept (prompt-encoder.ts) when it splits text as GPT-2's does, which cut tokenizing a 2,000-entry KB from 7.9 s to 1.7 s.
 */
async function loadEncoder(base: ModelFolder | null): Promise<Encode> {
  // Imported here, not at the top: the run manager loads this module at app start, and transformers.js
  // would add ~80 MB and half a second to every CLI command (more through tsx: package-module-hook.js).
  const { AutoTokenizer, GPT2Tokenizer } = await import('../inference/transformers-env.ts');
  const json = base
    ? JSON.parse(await readFile(join(base.dir, 'tokenizer.json'), 'utf8').catch(() => 'null'))
    : JSON.parse(await gpt2TokenizerJson());
  const tokenizer = base
    ? await AutoTokenizer.from_pretrained(base.dir, { local_files_only: true })
    : new GPT2Tokenizer(json, JSON.parse(tokenizerConfigJson(STARTER_CONFIG.nPositions)));
  const encode: Encode = (text) => tokenizer.encode(text, { add_special_tokens: false });
  return splitsAtLines(json) ? lineMemoEncoder(encode) : encode;
}

/** The base model's shape (refusing anything but GPT-2), or the starter's. */
export async function readBaseConfig(base: ModelFolder | null): Promise<Gpt2Config> {
  if (!base) return STARTER_CONFIG;
  const path = join(base.dir, 'config.json');
  const text = await readFile(path, 'utf8').catch(() => {
    throw new InvalidInputError(`Model ${base.id} has no config.json; only GPT-2 models can be fine-tuned`).withCode('training.base-no-config', {
      id: base.id,
    });
  });
  return parseGpt2ConfigJson(text, `${base.name} config.json`);
}

/**
 * The last knowledge base's grounded prompts, by a hash of its enabled entries. Grounding ranks every question over the
 * whole KB (14-24 s for 2,000 entries on 2 cores) and depends on the entries alone, so the preview worker, which plans
 * the same KB again after a change of setting or of base (the starter model created meanwhile), grounds it once; after
 * an edit, the kept Grounding ranks again only the questions the edit can move (grounded-prompts.ts).
 */
let lastGrounding: { key: string; prompt: Promise<GroundedPrompt> } | null = null;
let grounding: Promise<Grounding> | null = null;

function groundedFor(enabled: readonly FaqEntry[]): Promise<GroundedPrompt> {
  const key = createHash('sha256').update(JSON.stringify(enabled)).digest('hex');
  if (lastGrounding?.key !== key) {
    // Loaded here, not with the module: the grounding reads the retriever's text analysis (a second of preparation)
    // and the sentence encoder, which the main process, which imports this module for readBaseConfig, needs only to
    // answer questions.
    grounding ??= import('./grounded-prompts.ts').then(({ Grounding }) => new Grounding());
    const prompt = grounding.then((kept) => kept.ground(enabled)).then(({ prompt }) => prompt);
    lastGrounding = { key, prompt };
    prompt.catch(() => {
      if (lastGrounding?.prompt === prompt) lastGrounding = null;
    });
  }
  return lastGrounding.prompt;
}

/**
 * Tokenizes the KB into a plan, with the prompts its questions were grounded on (the preview shows some); throws
 * InvalidInputError when nothing is left to train on.
 */
export async function planRun(
  base: ModelFolder | null,
  entries: readonly FaqEntry[],
  settings: TrainingSettings,
): Promise<{ plan: RunPlan; prompt: GroundedPrompt }> {
  const enabled = entries.filter((e) => e.enabled && !e.deletedAt);
  if (enabled.length === 0) {
    throw new InvalidInputError('The knowledge base has no enabled entries to train on. Add or enable FAQ entries first.').withCode(
      'training.all-disabled',
    );
  }
  const [config, encode, prompt] = await Promise.all([readBaseConfig(base), loadEncoder(base), groundedFor(enabled)]);
  const dataset = buildDataset(enabled, { encode, prompt, contextLength: config.nPositions });
  if (dataset.train.length === 0) {
    throw new InvalidInputError(`No example fits the model's ${config.nPositions}-token context window.`).withCode('training.nothing-fits', {
      context: config.nPositions,
    });
  }
  const byId = new Map(enabled.map((e) => [e.id, e]));
  const heldOut = dataset.validation.map((example) => ({
    entryId: example.entryId,
    question: example.question,
    prompt: prompt(byId.get(example.entryId)!, example.question),
    expected: byId.get(example.entryId)!.answer.trim(),
    answerTokens: example.tokens.length - example.promptLength,
  }));
  const plan: RunPlan = {
    version: PLAN_VERSION,
    config,
    settings,
    base,
    train: dataset.train,
    validation: dataset.validation,
    heldOut,
    warnings: dataset.warnings,
    baseValLoss: null,
    vocabulary: base && !base.kbVocabulary ? null : usedVocabulary([...dataset.train, ...dataset.validation]),
  };
  return { plan, prompt };
}

export async function writeRunPlan(runDir: string, plan: RunPlan): Promise<void> {
  const path = join(runDir, PLAN_FILE);
  const temp = `${path}.tmp`;
  await writeFile(temp, JSON.stringify(plan));
  await rename(temp, path);
}

export async function readRunPlan(runDir: string): Promise<RunPlan> {
  const path = join(runDir, PLAN_FILE);
  const plan = JSON.parse(await readFile(path, 'utf8')) as RunPlan;
  if (plan.version !== PLAN_VERSION) {
    throw new InvalidInputError(`${path} has plan version ${plan.version}, this Concierge reads ${PLAN_VERSION}; start the run again.`).withCode(
      'training.run-version',
    );
  }
  return plan;
}
