// The lexicons' and the thesaurus's forms as matching reads them (text-analysis.ts): prepared once from the
// lexicon files, filed by first word or characters, and kept in cache files between processes.
import { fileURLToPath } from 'node:url';
import { defaultCacheDir, filesKey, readTableCache, sourceFiles, writeTableCache } from '../node/table-cache.ts';
import { LEXICON, type Concept } from './concept-lexicon.ts';
import { canonicalStem } from './english-forms.ts';
import { FOREIGN_DOMAINS } from './foreign-domains.ts';
import { MERCHANDISE } from './merchandise.ts';
import { wordsOf } from './spelling.ts';
import { englishStems, fold } from './text-folding.ts';
import { allThesaurusGroups, THESAURUS_FILES } from './thesaurus.ts';

/**
 * Determiners and possessives: which one a phrase was written with says nothing ("cancel my order", "cancel the
 * order", "cancel this order" are one request). Stems as the tokenizer gives them.
 */
export const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'his', 'her', 'their', 'thi', 'that', 'these', 'those', 'it']);

export interface EnglishForm {
  concept: string;
  stems: string[];
  /** Second part of a form with a gap ("discount … student"): stems that follow within GAP_WORDS words. */
  tail?: string[];
  /** The form as a match reports it (text-analysis.ts's AddMatch): its stems joined by spaces, ` … ` before a tail. */
  key: string;
  /**
   * Stems after the first that a text must have somewhere for the form to match (`neededStems`), if any: most
   * forms filed under a common first word ("water", "high", "take") are phrases whose other words the text lacks.
   */
  needs?: string[];
}
export interface ChineseForm {
  concept: string;
  form: string;
  /** Second part of a form with a gap (学生…优惠): characters that follow within GAP_CHARS characters of the same clause. */
  tail?: string;
  /** The form as a match reports it (text-analysis.ts's AddMatch): `form`, `…` before a tail. */
  key: string;
}

/**
 * A lexicon form written "A…B" matches A followed by B with a few words between ("学生配眼镜有优惠吗", "do
 * students get a discount"): Chinese puts a qualifier first and the verb between, which no fixed phrase can list.
 * Only A's and B's units are covered; the words between are the question's own.
 */
const GAP = '…';
export const GAP_CHARS = 6;
export const GAP_WORDS = 3;

/**
 * A lexicon's forms prepared once: English phrases as stem sequences indexed by their first stem, Chinese
 * forms by their first two characters (one for one-character forms), so matching is a lookup or two per word
 * or character of the text, not a walk through every form that starts with a common character.
 */
interface PreparedLexicon {
  english: Map<string, EnglishForm[]>;
  /** The same forms, for first stems with many (`FILED_FROM`), filed by the first stem they need (`FiledForms`). */
  englishFiled: Map<string, FiledForms>;
  chinese: Map<string, ChineseForm[]>;
  chineseExclusions: Map<string, string[]>;
  /** Concept → its `enNot` phrases as stem sequences, a tail a few words after the head when written "A … B". */
  englishExclusions: Map<string, EnglishExclusion[]>;
}

export interface EnglishExclusion {
  stems: string[];
  tail?: string[];
}

/** What matching reads of a prepared lexicon: look-ups by key, so the thesaurus can be read from its cache file one key at a time (CachedRows). */
export interface LexiconLookups {
  english: Lookup<readonly EnglishForm[]>;
  englishFiled: Lookup<FiledForms>;
  chinese: Lookup<readonly ChineseForm[]>;
  chineseExclusions: Lookup<string[]>;
  englishExclusions: Lookup<readonly EnglishExclusion[]>;
}

interface Lookup<T> {
  get(key: string): T | undefined;
}

/**
 * The forms under one first stem as positions in its list: those that need no other word (they match
 * wherever the stem stands), and the others by the first other stem they need. A text is tried only on
 * the forms whose first needed stem it has: "water" heads over 200 thesaurus phrases (water heater, water
 * pipe…), and a text that says "water" has the other words of a few.
 */
interface FiledForms {
  free: number[];
  byNeed: Map<string, number[]>;
}

/** Lists shorter than this are walked whole: filing them saves nothing. */
const FILED_FROM = 12;

/** Files the long lists of `english` (FiledForms), yielding every PREPARE_STEP lists. */
function* fileForms(english: ReadonlyMap<string, readonly EnglishForm[]>, into: Map<string, FiledForms>): Generator<void, void, undefined> {
  let count = 0;
  for (const [stem, forms] of english) {
    if (++count % PREPARE_STEP === 0) yield;
    if (forms.length >= FILED_FROM) into.set(stem, filedForms(forms));
  }
}

/** One list of forms filed (FiledForms). */
function filedForms(forms: readonly EnglishForm[]): FiledForms {
  const filed: FiledForms = { free: [], byNeed: new Map() };
  forms.forEach(({ needs }, at) => {
    if (needs === undefined) filed.free.push(at);
    else {
      const list = filed.byNeed.get(needs[0]);
      if (list) list.push(at);
      else filed.byNeed.set(needs[0], [at]);
    }
  });
  return filed;
}

/** Positions in their list, in order, of the forms whose first needed stem the text has (`present`). */
export function formsToTry(filed: FiledForms, present: ReadonlySet<string>): readonly number[] {
  let tried: number[] | null = null;
  if (present.size < filed.byNeed.size) {
    for (const stem of present) {
      const list = filed.byNeed.get(stem);
      if (list) (tried ??= [...filed.free]).push(...list);
    }
  } else {
    for (const [stem, list] of filed.byNeed) if (present.has(stem)) (tried ??= [...filed.free]).push(...list);
  }
  return tried ? tried.sort((a, b) => a - b) : filed.free;
}

/**
 * `analysed`: English phrases come as stems joined by spaces and Chinese forms folded (thesaurus files).
 * Yields after every PREPARE_STEP concepts, so a caller can let the event loop run between steps.
 */
function* prepareSteps(lexicon: Iterable<readonly [string, Concept]>, analysed = false): Generator<void, PreparedLexicon, undefined> {
  const prepared: PreparedLexicon = { english: new Map(), englishFiled: new Map(), chinese: new Map(), chineseExclusions: new Map(), englishExclusions: new Map() };
  let count = 0;
  for (const [concept, { zh, en, zhNot, enNot }] of lexicon) {
    for (const phrase of en) {
      const [first, second] = phrase.split(GAP);
      const stems = analysed ? first.split(' ').map(canonicalStem) : englishStems(first);
      if (stems.length === 0) continue;
      const tail = second === undefined ? undefined : englishStems(second);
      const list = prepared.english.get(stems[0]) ?? [];
      list.push(englishForm(concept, stems, tail));
      prepared.english.set(stems[0], list);
    }
    for (const written of zh) {
      // Split before folding: NFKC reads the gap mark as three dots.
      const [form, tail] = written.split(GAP).map((part) => (analysed ? part : fold(part)));
      const head = form.slice(0, 2);
      const list = prepared.chinese.get(head) ?? [];
      list.push(chineseForm(concept, form, tail));
      prepared.chinese.set(head, list);
    }
    if (zhNot) prepared.chineseExclusions.set(concept, [...(prepared.chineseExclusions.get(concept) ?? []), ...zhNot.map(fold)]);
    if (enNot) {
      const phrases = enNot
        .map((phrase) => phrase.split(GAP).map(englishStems))
        .filter(([stems]) => stems.length > 0)
        .map(([stems, tail]) => (tail?.length ? { stems, tail } : { stems }));
      prepared.englishExclusions.set(concept, [...(prepared.englishExclusions.get(concept) ?? []), ...phrases]);
    }
    if (++count % PREPARE_STEP === 0) yield;
  }
  yield* fileForms(prepared.english, prepared.englishFiled);
  return prepared;
}

/** An English form of `concept`: its stems, and the stems of its tail (A … B), if any. */
function englishForm(concept: string, stems: string[], tail: string[] | undefined): EnglishForm {
  const key = stems.length === 1 ? stems[0] : stems.join(' ');
  // One shape for every form (absent parts undefined): the matching loop reads them all.
  if (tail?.length) return { concept, stems, tail, key: `${key} ${GAP} ${tail.join(' ')}`, needs: neededStems(stems, tail) };
  return { concept, stems, tail: undefined, key, needs: neededStems(stems, undefined) };
}

/** A Chinese form of `concept`, folded, and its tail (A…B), if any. */
const chineseForm = (concept: string, form: string, tail: string | undefined): ChineseForm => (tail ? { concept, form, tail, key: `${form}${GAP}${tail}` } : { concept, form, key: form });

/**
 * The stems a text must have, besides the first, for text-analysis.ts's `matchPhrase` to match the phrase and its tail: every
 * one but a determiner inside a part (any determiner, or none, stands for one there). Undefined for none.
 */
function neededStems(stems: readonly string[], tail: readonly string[] | undefined): string[] | undefined {
  let needs: string[] | undefined;
  for (const [part, from] of [[stems, 1], [tail ?? [], 0]] as const) {
    for (let k = from; k < part.length; k++) if (k === 0 || !(DETERMINERS.has(part[k]) && k < part.length - 1)) (needs ??= []).push(part[k]);
  }
  return needs;
}

/** Concepts prepared per step: about 5 ms of work. */
const PREPARE_STEP = 2_000;

/** Runs steps to the end: the result. */
function finish<T>(steps: Generator<void, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Preparing the lexicons and the thesaurus took every process that answers about three seconds of CPU, most of
 * what the CLI's `ask` spent. What they prepare depends only on the code reached from this module and, for the
 * thesaurus, on its files: it is kept in cache files (node/table-cache.ts) keyed by both and read back while they
 * match, so an edit of a lexicon, of the stemming or of a thesaurus file prepares them again.
 *
 * A file is a line of JSON (what is not forms), then a line per key of each lexicon: `<lexicon><e|c>\t<key>\t<rows>`,
 * the forms under an English first stem (e) or Chinese first characters (c) as a JSON list of rows. Reading the
 * file only files each line under its key; a key's forms are made when a text first looks them up (CachedRows).
 * Making all 300,000 of the thesaurus's forms from a file (JSON or v8.deserialize) took 0.5–1.1 s of the 2.1 s
 * that preparing them did; a process makes the few thousand its texts meet.
 */
const CACHE_DIR = defaultCacheDir();
const SOURCE_KEY = filesKey(sourceFiles(fileURLToPath(import.meta.url)));

/** A form as a cache file stores it: its parts as prepareSteps made them. */
type EnglishRow = [concept: string, stems: string[], tail?: string[]];
type ChineseRow = [concept: string, form: string, tail?: string];

const englishRows = (forms: readonly EnglishForm[]): EnglishRow[] => forms.map(({ concept, stems, tail }) => (tail ? [concept, stems, tail] : [concept, stems]));
const chineseRows = (forms: readonly ChineseForm[]): ChineseRow[] => forms.map(({ concept, form, tail }) => (tail ? [concept, form, tail] : [concept, form]));
const englishForms = (rows: readonly EnglishRow[]): EnglishForm[] => rows.map(([concept, stems, tail]) => englishForm(concept, stems, tail));
const chineseForms = (rows: readonly ChineseRow[]): ChineseForm[] => rows.map(([concept, form, tail]) => chineseForm(concept, form, tail));

interface StoredExclusions {
  chinese: [string, string[]][];
  english: [string, EnglishExclusion[]][];
}

const storedExclusions = (lexicon: PreparedLexicon): StoredExclusions => ({ chinese: [...lexicon.chineseExclusions], english: [...lexicon.englishExclusions] });

/** Lines of a cache file written or read per step: a few milliseconds of work. */
const CACHE_LINES_STEP = 10_000;

/**
 * The form lines of `lexicons` (keyed by a letter each), one step per CACHE_LINES_STEP lines; null when a key
 * would not read back (a tab or a line break in it: none in the lexicons or thesaurus files).
 */
function* formLines(lexicons: Readonly<Record<string, PreparedLexicon>>): Generator<void, string | null, undefined> {
  const lines: string[] = [];
  const add = (table: string, key: string, rows: unknown[]) => {
    if (/[\t\n]/.test(key)) return false;
    lines.push(`${table}\t${key}\t${JSON.stringify(rows)}\n`);
    return true;
  };
  for (const [tag, { english, chinese }] of Object.entries(lexicons)) {
    for (const [stem, forms] of english) {
      if (!add(`${tag}e`, stem, englishRows(forms))) return null;
      if (lines.length % CACHE_LINES_STEP === 0) yield;
    }
    for (const [head, forms] of chinese) {
      if (!add(`${tag}c`, head, chineseRows(forms))) return null;
      if (lines.length % CACHE_LINES_STEP === 0) yield;
    }
  }
  return lines.join('');
}

/** A cache file's header and, per lexicon and table (`ke`, `tc`…), the offset of each key's rows; null when it does not read as one. */
function* readLines(text: string): Generator<void, { header: unknown; tables: Map<string, Map<string, number>> } | null, undefined> {
  let start = text.indexOf('\n') + 1;
  let header: unknown;
  try {
    header = JSON.parse(text.slice(0, start));
  } catch {
    return null;
  }
  const tables = new Map<string, Map<string, number>>();
  for (let count = 1; start < text.length; count++) {
    const tab = text.indexOf('\t', start);
    const rows = tab < 0 ? -1 : text.indexOf('\t', tab + 1);
    const end = rows < 0 ? -1 : text.indexOf('\n', rows);
    if (end < 0) return null;
    const table = text.slice(start, tab);
    let keys = tables.get(table);
    if (!keys) tables.set(table, (keys = new Map()));
    keys.set(text.slice(tab + 1, rows), rows + 1);
    start = end + 1;
    if (count % CACHE_LINES_STEP === 0) yield;
  }
  return { header, tables };
}

/** Forms filed under keys in lines of a cache file: a key's line is read when the key is first looked up. */
class CachedRows<T> implements Lookup<T> {
  /** Key → offset of its rows in `text` until they are read, then the forms. */
  private readonly rows: Map<string, number | T>;

  constructor(
    private readonly text: string,
    offsets: Map<string, number> | undefined,
    private readonly read: (rows: string) => T,
  ) {
    this.rows = offsets ?? new Map();
  }

  get(key: string): T | undefined {
    const row = this.rows.get(key);
    if (typeof row !== 'number') return row;
    const forms = this.read(this.text.slice(row, this.text.indexOf('\n', row)));
    this.rows.set(key, forms);
    return forms;
  }
}

/** The look-ups of lexicon `tag` in a cache file read by readLines. */
function cachedLexicon(text: string, tables: ReadonlyMap<string, Map<string, number>>, tag: string, exclusions: StoredExclusions): LexiconLookups {
  const english = new CachedRows<EnglishForm[]>(text, tables.get(`${tag}e`), (rows) => englishForms(JSON.parse(rows)));
  const filed = new Map<string, FiledForms | null>();
  return {
    english,
    englishFiled: {
      get(stem) {
        let forms = filed.get(stem);
        if (forms === undefined) {
          const list = english.get(stem);
          filed.set(stem, (forms = list && list.length >= FILED_FROM ? filedForms(list) : null));
        }
        return forms ?? undefined;
      },
    },
    chinese: new CachedRows<ChineseForm[]>(text, tables.get(`${tag}c`), (rows) => chineseForms(JSON.parse(rows))),
    chineseExclusions: new Map(exclusions.chinese),
    englishExclusions: new Map(exclusions.english),
  };
}

/** The concept lexicons (concepts, foreign domains, goods), the stems of their English phrases, and their English words as written. */
interface Lexicons {
  concepts: LexiconLookups;
  foreign: LexiconLookups;
  merchandise: LexiconLookups;
  stems: ReadonlySet<string>;
  words: ReadonlySet<string>;
  source: TableSource;
}

/** Where a process's tables came from: its cache file, or prepared here. */
type TableSource = 'cache' | 'prepared';

/** What a lexicons cache file holds besides forms. */
interface LexiconsHeader {
  stems: string[];
  words: string[];
  exclusions: Record<'k' | 'f' | 'm', StoredExclusions>;
}

/** The lexicons from their cache file, else prepared now (a few hundred milliseconds) and stored there. */
function loadLexicons(): Lexicons {
  const cached = readTableCache(CACHE_DIR, 'lexicons', SOURCE_KEY);
  const read = cached === null ? null : finish(readLines(cached));
  if (cached !== null && read) {
    try {
      const { stems, words, exclusions } = read.header as LexiconsHeader;
      const lexicon = (tag: 'k' | 'f' | 'm') => cachedLexicon(cached, read.tables, tag, exclusions[tag]);
      return { concepts: lexicon('k'), foreign: lexicon('f'), merchandise: lexicon('m'), stems: new Set(stems), words: new Set(words), source: 'cache' };
    } catch {
      // A header of another shape: prepared again below, and the file replaced.
    }
  }
  const prepare = (lexicon: Iterable<readonly [string, Concept]>) => finish(prepareSteps(lexicon));
  const prepared = { k: prepare(LEXICON), f: prepare(Object.entries(FOREIGN_DOMAINS)), m: prepare(Object.entries(MERCHANDISE)) };
  const stems = new Set(Object.values(prepared).flatMap((forms) => [...forms.english.values()].flatMap((list) => list.flatMap((form) => [...form.stems, ...(form.tail ?? [])]))));
  const words = new Set([...LEXICON, ...Object.entries(FOREIGN_DOMAINS), ...Object.entries(MERCHANDISE)].flatMap(([, concept]) => concept.en.flatMap(wordsOf)));
  const lines = finish(formLines(prepared));
  if (lines !== null) {
    const header: LexiconsHeader = { stems: [...stems], words: [...words], exclusions: { k: storedExclusions(prepared.k), f: storedExclusions(prepared.f), m: storedExclusions(prepared.m) } };
    writeTableCache(CACHE_DIR, 'lexicons', SOURCE_KEY, `${JSON.stringify(header)}\n${lines}`);
  }
  return { concepts: prepared.k, foreign: prepared.f, merchandise: prepared.m, stems, words, source: 'prepared' };
}

const LEXICONS = loadLexicons();
export const CONCEPT_FORMS = LEXICONS.concepts;
export const FOREIGN_FORMS = LEXICONS.foreign;
export const MERCHANDISE_FORMS = LEXICONS.merchandise;

/** True when `stem` is a word of some concept lexicon's English phrases (concepts, foreign domains, goods). */
export const isLexiconStem = (stem: string): boolean => LEXICONS.stems.has(canonicalStem(stem));

/** True when `word` (lower case) is written in some concept lexicon's English phrases (spelling.ts reads a misspelling against spellings). */
export const isLexiconWord = (word: string): boolean => LEXICONS.words.has(word);

/**
 * A hundred thousand forms: prepared on first use, not when the module loads, and in steps: the index warm-up
 * runs them between turns of the event loop (thesaurusPreparation), analyze() finishes whatever is left
 * (preparedThesaurus).
 */
let thesaurusForms: LexiconLookups | null = null;
let thesaurusSteps: Generator<void, LexiconLookups, undefined> | null = null;
let thesaurusSource: TableSource | null = null;

/** Where the lexicons and the thesaurus came from (null: the thesaurus is not prepared yet), for diagnostics and tests. */
export const analysisTablesSource = (): { lexicons: TableSource; thesaurus: TableSource | null } => ({ lexicons: LEXICONS.source, thesaurus: thesaurusSource });

/** Prepares the thesaurus one step per `next()`; done at once when it is ready. */
export function* thesaurusPreparation(): Generator<void, void, undefined> {
  thesaurusSteps ??= thesaurusTableSteps();
  while (!thesaurusForms) {
    const step = thesaurusSteps.next();
    if (step.done) thesaurusForms = step.value;
    else yield;
  }
}

export const preparedThesaurus = (): LexiconLookups => {
  finish(thesaurusPreparation());
  return thesaurusForms!;
};

/** The thesaurus from its cache file (for this code and these thesaurus files), else prepared and stored there. */
function* thesaurusTableSteps(): Generator<void, LexiconLookups, undefined> {
  const files = THESAURUS_FILES;
  const key = filesKey(Object.values(files), SOURCE_KEY);
  const cached = readTableCache(CACHE_DIR, 'thesaurus', key);
  const read = cached === null ? null : yield* readLines(cached);
  if (cached !== null && read) {
    try {
      const lookups = cachedLexicon(cached, read.tables, 't', read.header as StoredExclusions);
      thesaurusSource = 'cache';
      return lookups;
    } catch {
      // A header of another shape: prepared again below, and the file replaced.
    }
  }
  const prepared = yield* prepareSteps(allThesaurusGroups(files), true);
  const lines = yield* formLines({ t: prepared });
  if (lines !== null) writeTableCache(CACHE_DIR, 'thesaurus', key, `${JSON.stringify(storedExclusions(prepared))}\n${lines}`);
  thesaurusSource = 'prepared';
  return prepared;
}
