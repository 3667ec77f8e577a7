// Entries that answer the same topic in the other language ("twins"). A bilingual FAQ often says the same
// thing twice, 退款多久能到账？ and "How do refunds work?", and a customer's rephrasing can match the twin in
// the other language a little better than the entry in their own (a lexicon concept translates exactly while
// their own words paraphrase the entry's). They should still be answered in their language.
//
// Two entries are twins when each explains a good share of the other's questions and each is the other's
// closest entry in the other language by that measure. Found lazily, for the pair a question raises: finding all
// twins of a 10,000-entry KB up front would cost minutes of CPU. An entry's row (what each other-language entry
// explains of its questions) is kept until an entry added, changed or removed moves something the row read: the
// entry itself, or a name it looked up (a word, character or concept whose postings or question count moved).
// So an edit recomputes the rows of the entries that share something with it, not every row.
// On the ten dev FAQs it finds 64 pairs, nearly all plainly one topic (a few are neighbours: a school's fees
// and its instalments); across their 1,839 in-scope dev questions it moved 26 wrong answers to the right entry
// and no right one away (README "Answering").

/**
 * Share of the question variants of an entry that each entry in the other language explains, on average, and the
 * names it read to know that (RetrievalIndex.explained's `reads`, the entry's units).
 */
export interface Counterparts {
  shares: Map<number, number>;
  reads: Iterable<string>;
}

export type CounterpartsOf = (id: number) => Counterparts;

/** Told of each row read and each row dropped (EntryTwins.observeRows): what a ranking derived from the twins read, and what an edit moved. */
export interface TwinRowObserver {
  readTwinRow(id: number): void;
  droppedTwinRow(id: number): void;
}

interface Row {
  shares: Map<number, number>;
  nearest: number[];
  reads: string[];
}

export const TWINS = {
  /** Least similarity, both ways, for two entries to be twins (dev P@1: 0.3 the same, 0.5 lost four questions). */
  minSimilarity: 0.4,
  /** Closest counterparts looked at per entry (by its own side's similarity; the mutual one is never higher). */
  candidates: 3,
  /**
   * The twin answers in place of the top hit only when it explains at least this share of what the top hit
   * explains: a question whose words only the other-language entry has ("login verification code") keeps it.
   * Not more: the Chinese twin often has a lexicon concept the English entry's wording lacks (保养 for "check-up",
   * 临时有事 for "something came up") and explains twice as much (dev P@1 at 0.5 → 0.3: three questions gained, none lost).
   */
  minRelativeCoverage: 0.3,
} as const;

export class EntryTwins {
  private readonly rows = new Map<number, Row>();
  /** The rows kept that read each name. */
  private readonly readers = new Map<string, Set<number>>();
  /** Told of every row read or dropped (observeRows); null by default. */
  private observer: TwinRowObserver | null = null;

  constructor(private readonly counterpartsOf: CounterpartsOf) {}

  /**
   * The entry `id` was added, changed or removed, moving what the index holds under `names`: its own row and every
   * row that read one of them are found again when next asked for (RetrievalIndex.onEntryChange).
   */
  changed(id: number, names: Iterable<string>): void {
    if (this.rows.size === 0) return;
    this.drop(id);
    for (const name of names) {
      const readers = this.readers.get(name);
      if (readers) for (const reader of [...readers]) this.drop(reader);
    }
  }

  /** Tells `observer` of every row read or dropped from now on (null: none). */
  observeRows(observer: TwinRowObserver | null): void {
    this.observer = observer;
  }

  /** True when the two entries (in different languages) are each other's twin. */
  areTwins(a: number, b: number): boolean {
    // Cheap tests first: most pairs a question raises are told apart by the two entries' own rows.
    if (!this.nearest(a).includes(b) || !this.nearest(b).includes(a)) return false;
    return this.closest(a) === b && this.closest(b) === a;
  }

  /** How much of this entry's questions each entry in the other language explains (CounterpartsOf), as kept. */
  shares(id: number): ReadonlyMap<number, number> {
    return this.row(id).shares;
  }

  /** The entries in the other language that explain most of this entry's questions, closest first. */
  private nearest(id: number): number[] {
    return this.row(id).nearest;
  }

  private closest(id: number): number | null {
    let best: number | null = null;
    let bestSimilarity: number = TWINS.minSimilarity;
    for (const other of this.nearest(id)) {
      const similarity = this.similarity(id, other);
      if (similarity >= bestSimilarity && (best === null || similarity > bestSimilarity)) [best, bestSimilarity] = [other, similarity];
    }
    return best;
  }

  private similarity(a: number, b: number): number {
    return Math.min(this.shares(a).get(b) ?? 0, this.shares(b).get(a) ?? 0);
  }

  private row(id: number): Row {
    this.observer?.readTwinRow(id);
    let row = this.rows.get(id);
    if (!row) {
      const { shares, reads } = this.counterpartsOf(id);
      const nearest = [...shares].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, TWINS.candidates).map(([other]) => other);
      this.rows.set(id, (row = { shares, nearest, reads: [...new Set(reads)] }));
      for (const name of row.reads) {
        let readers = this.readers.get(name);
        if (!readers) this.readers.set(name, (readers = new Set()));
        readers.add(id);
      }
    }
    return row;
  }

  private drop(id: number): void {
    this.observer?.droppedTwinRow(id);
    const row = this.rows.get(id);
    if (!row) return;
    this.rows.delete(id);
    for (const name of row.reads) {
      const readers = this.readers.get(name)!;
      readers.delete(id);
      if (readers.size === 0) this.readers.delete(name);
    }
  }
}
