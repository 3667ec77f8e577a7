// Builds a Hugging Face `tokenizer.json` for a GPT-2 style byte-level BPE from its vocabulary and merges.
// The same layout the `tokenizers` library writes for gpt2, so transformers.js and Python both load it.
import { InvalidInputError } from '../../shared/errors.ts';

export const END_OF_TEXT = '<|endoftext|>';

export interface ByteLevelBpe {
  /** Token (in GPT-2's byte-to-unicode alphabet) → id. */
  vocab: Record<string, number>;
  /** Merge rules in rank order, each "left right". */
  merges: string[];
}

/** Parses a `vocab.bpe` / `merges.txt` file: an optional `#version` line, then one "left right" pair a line. */
export function parseMerges(text: string): string[] {
  const merges: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line === '' || (i === 0 && line.startsWith('#version'))) continue;
    const parts = line.split(' ');
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      throw new InvalidInputError(`merges line ${i + 1} is not "left right": ${JSON.stringify(line.slice(0, 80))}`);
    }
    merges.push(line);
  }
  return merges;
}

/** Parses a `vocab.json` / `encoder.json` file: an object of token → non-negative integer id. */
export function parseVocab(text: string): Record<string, number> {
  let vocab: unknown;
  try {
    vocab = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`vocab is not valid JSON: ${(error as Error).message}`);
  }
  if (!vocab || typeof vocab !== 'object' || Array.isArray(vocab)) {
    throw new InvalidInputError('vocab must be a JSON object of token → id');
  }
  for (const [token, id] of Object.entries(vocab)) {
    if (!Number.isInteger(id) || (id as number) < 0) {
      throw new InvalidInputError(`vocab id of ${JSON.stringify(token)} is not a non-negative integer`);
    }
  }
  return vocab as Record<string, number>;
}

/** The `tokenizer.json` object: ByteLevel pre-tokenizer (GPT-2 regex, no prefix space), BPE model, ByteLevel decoder. */
export function buildTokenizerJson({ vocab, merges }: ByteLevelBpe): object {
  const eosId = vocab[END_OF_TEXT];
  if (eosId === undefined) throw new InvalidInputError(`vocab has no ${END_OF_TEXT} token`);
  const byteLevel = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [
      {
        id: eosId,
        content: END_OF_TEXT,
        single_word: false,
        lstrip: false,
        rstrip: false,
        normalized: true,
        special: true,
      },
    ],
    normalizer: null,
    pre_tokenizer: byteLevel,
    post_processor: { ...byteLevel, trim_offsets: false },
    decoder: byteLevel,
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      ignore_merges: false,
      vocab,
      merges,
    },
  };
}
