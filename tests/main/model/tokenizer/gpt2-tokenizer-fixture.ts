// GPT-2's tokenizer files as Concierge writes them, in a temporary folder, loaded by transformers.js the way
// the app's inference and training load a model's tokenizer.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AutoTokenizer, env, type PreTrainedTokenizer } from '@huggingface/transformers';
import { gpt2TokenizerFiles } from '../../../../src-main/model/tokenizer/tokenizer-files.ts';

export async function loadGpt2Tokenizer(): Promise<{ tokenizer: PreTrainedTokenizer; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'concierge-tokenizer-'));
  for (const [name, text] of Object.entries(await gpt2TokenizerFiles(1024))) await writeFile(join(dir, name), text);
  env.allowRemoteModels = false;
  env.localModelPath = dirname(dir);
  const tokenizer = await AutoTokenizer.from_pretrained(basename(dir));
  return { tokenizer, dispose: () => rm(dir, { recursive: true, force: true }) };
}
