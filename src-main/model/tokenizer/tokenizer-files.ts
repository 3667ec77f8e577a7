// The tokenizer files of a model folder: tokenizer.json, tokenizer_config.json, special_tokens_map.json.
import { InvalidInputError } from '../../shared/errors.ts';
import { buildTokenizerJson, END_OF_TEXT, parseMerges, parseVocab } from './byte-level-bpe.ts';
import { readGpt2Vocabulary } from './gpt2-vocabulary.ts';

const TOKENIZER_FILE_NAMES = ['tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json'] as const;
export type TokenizerFileName = (typeof TOKENIZER_FILE_NAMES)[number];

let gpt2TokenizerJsonText: Promise<string> | undefined;

/** GPT-2's tokenizer.json text (~1.3 MB), built once per process and shared by every model written. */
export function gpt2TokenizerJson(): Promise<string> {
  gpt2TokenizerJsonText ??= readGpt2Vocabulary().then((bpe) => JSON.stringify(buildTokenizerJson(bpe)));
  return gpt2TokenizerJsonText;
}

/** tokenizer.json text from a hub repo's `vocab.json` + `merges.txt` (repos that ship no tokenizer.json). */
export function tokenizerJsonFromVocabFiles(vocabJson: string, mergesTxt: string): string {
  return JSON.stringify(buildTokenizerJson({ vocab: parseVocab(vocabJson), merges: parseMerges(mergesTxt) }));
}

/**
 * tokenizer_config.json. transformers.js reads tokenizer.json only when this file exists.
 * `clean_up_tokenization_spaces: false` keeps decode(encode(text)) === text (" ." stays " .").
 */
export function tokenizerConfigJson(modelMaxLength: number): string {
  const config = {
    add_bos_token: false,
    add_prefix_space: false,
    added_tokens_decoder: {
      '50256': { content: END_OF_TEXT, lstrip: false, normalized: true, rstrip: false, single_word: false, special: true },
    },
    bos_token: END_OF_TEXT,
    clean_up_tokenization_spaces: false,
    eos_token: END_OF_TEXT,
    errors: 'replace',
    model_max_length: modelMaxLength,
    tokenizer_class: 'GPT2Tokenizer',
    unk_token: END_OF_TEXT,
  };
  return JSON.stringify(config, null, 2) + '\n';
}

export function specialTokensMapJson(): string {
  return JSON.stringify({ bos_token: END_OF_TEXT, eos_token: END_OF_TEXT, unk_token: END_OF_TEXT }, null, 2) + '\n';
}

/** The three tokenizer files of a GPT-2 model whose context is `modelMaxLength` tokens. */
export async function gpt2TokenizerFiles(modelMaxLength: number): Promise<Record<TokenizerFileName, string>> {
  return {
    'tokenizer.json': await gpt2TokenizerJson(),
    'tokenizer_config.json': tokenizerConfigJson(modelMaxLength),
    'special_tokens_map.json': specialTokensMapJson(),
  };
}

/** Number of token ids a tokenizer.json can produce (highest id + 1), checking that it is a byte-level BPE. */
export function tokenizerVocabSize(tokenizerJson: string): number {
  let parsed: { model?: { type?: string; vocab?: unknown }; added_tokens?: { id?: unknown }[] };
  try {
    parsed = JSON.parse(tokenizerJson);
  } catch (error) {
    throw new InvalidInputError(`tokenizer.json is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed?.model?.type !== 'BPE' || !parsed.model.vocab || typeof parsed.model.vocab !== 'object') {
    throw new InvalidInputError('tokenizer.json is not a BPE tokenizer (GPT-2 uses byte-level BPE)');
  }
  let maxId = -1;
  for (const id of Object.values(parsed.model.vocab as Record<string, unknown>)) {
    if (!Number.isInteger(id)) throw new InvalidInputError('tokenizer.json has a non-integer vocab id');
    maxId = Math.max(maxId, id as number);
  }
  const addedTokens = parsed.added_tokens ?? [];
  if (!Array.isArray(addedTokens)) throw new InvalidInputError('tokenizer.json has an added_tokens that is not a list');
  for (const token of addedTokens) {
    if (!Number.isInteger(token?.id)) throw new InvalidInputError('tokenizer.json has a non-integer added token id');
    maxId = Math.max(maxId, token.id as number);
  }
  return maxId + 1;
}
