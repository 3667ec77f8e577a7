/**
 * The unigram sentencepiece tokenizer of the Universal Sentence Encoder Lite, over its `vocab.json`: an array of
 * [piece, log-probability] pairs whose index is the token id. It reproduces what TensorFlow.js's USE tokenizer
 * (@tensorflow-models/universal-sentence-encoder, also bundled by @energetic-ai/embeddings) feeds the model, quirks
 * included, since the model was run with those ids:
 *
 *   1. NFKC, then '▁' before the text and in place of every U+0020 space (no lowercasing: pieces are cased).
 *   2. Lattice over code points: from each start, every vocabulary piece that matches there (ids below
 *      `RESERVED_IDS` never match). A start where nothing matches gets one code point of `UNKNOWN_ID`, score 0.
 *   3. Viterbi, forward: a candidate replaces the best path into its end when that end still scores exactly 0
 *      (unreached) or the candidate scores at least as much (ties go to the later start). A null score counts 0.
 *   4. Backward from the last position, stepping back by the UTF-16 length of the chosen piece's text (the
 *      unknown piece '\uFFFD' steps 1).
 *   5. Runs of unknown ids collapse to one.
 *
 *   const tokenizer = new SentencePieceTokenizer(JSON.parse(vocabJson));
 *   tokenizer.encode('How do I reset my password?')   // → [ids]
 */

/** A vocabulary entry: the piece's text and its log-probability (a few entries carry null). */
export type VocabularyEntry = readonly [piece: string, score: number | null];

/** The id of '\uFFFD', given to text no piece covers. */
export const UNKNOWN_ID = 0;
/** Ids 0–5 ('\uFFFD', <s>, </s>, three extra tokens) are never matched in text. */
const RESERVED_IDS = 6;
/** What marks the start of a word. */
const WORD_BOUNDARY = '\u2581';

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  /** The id of the piece ending here, or -1. */
  id: number;
  score: number;
}

export class SentencePieceTokenizer {
  private readonly root: TrieNode = newNode();
  /** UTF-16 length of each piece's text: the backward step of the reference. */
  private readonly pieceLengths: Int32Array;

  constructor(vocabulary: readonly VocabularyEntry[]) {
    if (vocabulary.length <= RESERVED_IDS) throw new Error(`sentencepiece: a vocabulary of ${vocabulary.length} entries`);
    this.pieceLengths = Int32Array.from(vocabulary, ([piece]) => piece.length);
    for (let id = RESERVED_IDS; id < vocabulary.length; id++) {
      const [piece, score] = vocabulary[id];
      let node = this.root;
      for (const symbol of piece) {
        let child = node.children.get(symbol);
        if (!child) node.children.set(symbol, (child = newNode()));
        node = child;
      }
      if (node !== this.root) {
        node.id = id;
        node.score = score ?? 0;
      }
    }
  }

  get vocabularySize(): number {
    return this.pieceLengths.length;
  }

  encode(text: string): number[] {
    const normalized = text.normalize('NFKC');
    if (normalized.length === 0) return [];
    const symbols = Array.from(WORD_BOUNDARY + normalized.replaceAll(' ', WORD_BOUNDARY));
    const n = symbols.length;
    const best = new Float64Array(n + 1); // best[e]: score of the best path over symbols[0, e); 0 = none yet
    const chosen = new Int32Array(n + 1); // chosen[e]: id of that path's last piece (UNKNOWN_ID when none)
    const relax = (end: number, score: number, id: number) => {
      if (best[end] === 0 || score >= best[end]) {
        best[end] = score;
        chosen[end] = id;
      }
    };
    // Starts in ascending order relax each end in the order the reference visits them (one candidate per start
    // and end), and best[start] is final by the time `start` is reached.
    for (let start = 0; start < n; start++) {
      let node: TrieNode | undefined = this.root;
      let matched = false;
      for (let end = start; end < n; end++) {
        node = node.children.get(symbols[end]);
        if (!node) break;
        if (node.id >= 0) {
          relax(end + 1, node.score + best[start], node.id);
          matched = true;
        }
      }
      if (!matched) relax(start + 1, best[start], UNKNOWN_ID);
    }
    const reversed: number[] = [];
    for (let end = n; end > 0; end -= this.pieceLengths[chosen[end]]) {
      const id = chosen[end];
      if (id === UNKNOWN_ID && reversed.at(-1) === UNKNOWN_ID) continue;
      reversed.push(id);
    }
    return reversed.reverse();
  }
}

function newNode(): TrieNode {
  return { children: new Map(), id: -1, score: 0 };
}
