// What ranking a question read of the knowledge base, and what an edit of the knowledge base moved: a question whose
// reads the edit did not move ranks exactly as before (grounded-prompts.ts re-ranks only the others).
//
// A question's ranking (retriever.ts, confidence-signals.ts, spelling.ts, meaning-rerank.ts) reads the KB only
// through its index (retrieval-index.ts), the twins kept from it (entry-twins.ts) and the entries it loads:
// - names: a posting walked or looked up (a word, `@concept` or thesaurus group, `#char`, `!foreign` domain or form,
//   `?fact`) and a unit's or concept's question count (unitWeight, conceptWeight);
// - entries: a profile (its questions' analyses for tightness, language, the hit's question, the foreign words its
//   questions and tags ask with), whether an entry has a name (entryHas), the texts the meaning re-rank embeds;
// - twin rows: which entries are twins (EntryTwins keeps a row per entry until an edit moves a name it read);
// - spelling: whether some entry spells a word (hasWord), and, for a word nobody spells so, every word spelled.
// An edit moves: the names the index tells its listener of (RetrievalIndex.onEntryChange: postings in or out or in
// another field, question counts) and whether the entry has them, its profile when a field it is made of changed
// (EntryEdits), its texts when one changed, the twin rows EntryTwins drops for it, and the words now spelled or no
// longer spelled by any entry. An answer edit thus moves the names the answer gains or loses and the texts, which only
// the questions the entry was a candidate of read. The ranker tells of each read and each move itself, where it makes
// it (Retriever.observeReads, KbReadObserver): a read path added to it later goes through the same methods.
import type { Retriever } from '../assistant/retriever.ts';

/** The keys a question's ranking read (GroundingReads key numbers). */
export type QuestionReads = Int32Array;

/** The keys an edit moved (GroundingReads key numbers). */
export type KbChange = ReadonlySet<number>;

/** The entries whose profile (ref, questions, language, tags) or texts (questions, answer) an edit changed, added or removed. */
export interface EntryEdits {
  profiles: Iterable<number>;
  texts: Iterable<number>;
}

/**
 * Kinds of key (the first half of a key; the second is the subject). Whether an entry has a name (entryHas) is keyed
 * by the name as kind and the entry's id as subject: a ranking asks it thousands of times, and two lookups cost less
 * than a string made for each. The index's names never start with a control character, so they are not kinds of these.
 */
const NAME = '\u0001n';
const PROFILE = '\u0001p';
const TEXTS = '\u0001x';
const TWIN_ROW = '\u0001t';
const SPELLED = '\u0001s';
/** Every word spelled (subject ''): read by a question with a word nobody spells so. */
const VOCABULARY = '\u0001v';

export class GroundingReads {
  /** Kind → subject → number; a key no question read has none, so an edit moving it invalidates nothing. */
  private readonly keys = new Map<string, Map<string | number, number>>();
  private count = 0;
  private reading: Set<number> | null = null;
  private moved: Set<number> | null = null;
  /** The words whose spelling flipped during a change() (an odd number of flips: spelled before and not after, or the reverse). */
  private respelled: Set<string> | null = null;

  constructor(retriever: Retriever) {
    retriever.observeReads({
      readName: (name) => this.read(NAME, name),
      readEntryHas: (id, name) => this.read(name, id),
      readProfile: (id) => this.read(PROFILE, id),
      readSpelling: (word) => this.read(SPELLED, word),
      readVocabulary: () => this.read(VOCABULARY, ''),
      readTwinRow: (id) => this.read(TWIN_ROW, id),
      droppedTwinRow: (id) => this.move(TWIN_ROW, id),
      entryChanged: (id, names) => {
        if (!this.moved || this.count === 0) return;
        for (const name of names) this.move(NAME, name).move(name, id);
      },
      respelled: (word) => {
        const respelled = this.respelled;
        if (respelled && !respelled.delete(word)) respelled.add(word);
      },
    });
  }

  /** Runs `rank` (one question's ranking), returning what it read besides its result. Not re-entrant: one question at a time. */
  async during<T>(rank: () => Promise<T>): Promise<{ result: T; reads: QuestionReads }> {
    if (this.reading) throw new Error('GroundingReads: questions are ranked one at a time');
    const reading = (this.reading = new Set());
    try {
      const result = await rank();
      return { result, reads: Int32Array.from(reading) };
    } finally {
      this.reading = null;
    }
  }

  /** Entries read outside the index (the texts the meaning re-rank loads), during a question's ranking. */
  readEntries(ids: readonly number[]): void {
    for (const id of ids) this.read(TEXTS, id);
  }

  /** Runs `sync` (the retriever brought up to date with the KB after `edits`), returning what it moved. */
  async change(sync: () => Promise<void>, edits: EntryEdits): Promise<KbChange> {
    const moved = (this.moved = new Set());
    const respelled = (this.respelled = new Set());
    for (const id of edits.profiles) this.move(PROFILE, id);
    for (const id of edits.texts) this.move(TEXTS, id);
    try {
      await sync();
      for (const word of respelled) this.move(SPELLED, word);
      if (respelled.size > 0) this.move(VOCABULARY, '');
    } finally {
      this.moved = this.respelled = null;
    }
    return moved;
  }

  private read(kind: string, subject: string | number): void {
    if (!this.reading) return;
    let subjects = this.keys.get(kind);
    if (!subjects) this.keys.set(kind, (subjects = new Map()));
    let number = subjects.get(subject);
    if (number === undefined) subjects.set(subject, (number = this.count++));
    this.reading.add(number);
  }

  private move(kind: string, subject: string | number): this {
    const number = this.keys.get(kind)?.get(subject);
    if (number !== undefined) this.moved?.add(number);
    return this;
  }
}

/** True when the question read something the change moved: it may rank differently now. */
export function isStale(reads: QuestionReads, change: KbChange): boolean {
  if (change.size === 0) return false;
  for (const key of reads) if (change.has(key)) return true;
  return false;
}
