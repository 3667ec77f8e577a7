// Tokenizing a KB's training prompts line by line. Every prompt carries up to three context entries ("Q: …", "A: …"),
// and the same entries come back in the prompts of their neighbours' questions: on 2,000 entries the plan encodes
// 11,687 texts (5.5 M characters) made of 17,287 distinct lines. Each line is encoded once and its ids reused.

type Encode = (text: string) => number[];

/**
 * Whether a tokenizer.json splits text as GPT-2's does: byte-level pieces from GPT-2's regular expression, no
 * normalizer, no prefix space. Such a piece never spans a newline between two non-space characters ("…day.\nQ: …"),
 * so encoding the text on either side of one apart gives the same ids as encoding it whole.
 */
export function splitsAtLines(tokenizerJson: { normalizer?: unknown; pre_tokenizer?: unknown } | null): boolean {
  const pre = tokenizerJson?.pre_tokenizer as { type?: string; add_prefix_space?: boolean; use_regex?: boolean } | null | undefined;
  return tokenizerJson?.normalizer == null && pre?.type === 'ByteLevel' && pre.add_prefix_space === false && pre.use_regex !== false;
}

/**
 * `encode`, splitting a text before each newline that has a non-space character on both sides and keeping each
 * piece's ids for the next text that contains it. Only for a tokenizer splitsAtLines accepts.
 */
export function lineMemoEncoder(encode: Encode): Encode {
  const pieces = new Map<string, number[]>();
  return (text) => {
    const ids: number[] = [];
    for (const piece of text.split(/(?<=\S)(?=\n\S)/)) {
      let pieceIds = pieces.get(piece);
      if (!pieceIds) pieces.set(piece, (pieceIds = encode(piece)));
      for (const id of pieceIds) ids.push(id);
    }
    return ids;
  };
}
