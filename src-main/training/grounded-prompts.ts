// The prompt each training question gets: exactly what the assistant would build at inference — the entries
// the assistant grounds a draft on, then the question (assistant/decide.ts → buildPrompt). The entry being
// taught is always among them: an example whose answer is missing from its context would teach the model
// to invent answers.
import { createHash } from 'node:crypto';
import { groundingHits } from '../assistant/decide.ts';
import { MeaningRerank, rankByMeaning } from '../assistant/meaning-rerank.ts';
import { buildPrompt, PROMPT_LIMITS } from '../assistant/prompt.ts';
import { Retriever } from '../assistant/retriever.ts';
import { SentenceEncoder, type SentenceEncoderOptions } from '../assistant/sentence-encoder/sentence-encoder.ts';
import type { FaqEntry } from '../shared/api/faq.ts';
import type { TrainingEntry } from './dataset.ts';
import { GroundingReads, isStale, type EntryEdits, type QuestionReads } from './grounding-reads.ts';

/** The prompt for `question` (one of the entries' questions or similar questions) asked about `entry`. */
export type GroundedPrompt = (entry: TrainingEntry, question: string) => string;

/** A grounding's prompts, and how many of its questions were ranked (the others' contexts were kept from the last one). */
export interface Grounded {
  prompt: GroundedPrompt;
  ranked: number;
  kept: number;
}

/**
 * Ranks every question of the enabled entries as the assistant ranks it (rankByMeaning: the word ranker, then the
 * meaning re-rank of unsure English questions), so a model is trained on the contexts it will answer from. The
 * sentence encoder (`encoder`'s options) is loaded in this thread, the training worker's, only once a question needs
 * it, and disposed before this resolves; where it does not load, the words' order stands, as in the chat. The same
 * entries give the same prompts: the questions are ranked one at a time, in the entries' order.
 */
export async function groundedPrompts(entries: readonly FaqEntry[], encoder: SentenceEncoderOptions = {}): Promise<GroundedPrompt> {
  return (await new Grounding(encoder).ground(entries)).prompt;
}

/**
 * Grounds one knowledge base after another (the preview worker's, as the user edits it), keeping the ranker's index and
 * each question's context between them: after an edit only the questions whose ranking read something the edit moved
 * are ranked again (grounding-reads.ts), and the prompts are those a grounding from scratch gives. The preview bench's
 * 2,000-entry KB with one answer lengthened by a sentence ranks 393 of its 7,823 questions again (0.5 s; all of them:
 * 12.7 s). Entries added widely (the KB doubled) move nearly every question: those are all ranked again, but the index
 * is not built again.
 */
export class Grounding {
  private enabled = new Map<number, FaqEntry>();
  /** Each enabled entry's indexed fields, hashed: the index re-analyses an entry whose fields changed, whatever its updatedAt. */
  private stamps = new Map<number, string>();
  private revision = 0;
  private readonly retriever = new Retriever({
    revision: () => this.revision,
    stamps: () => Array.from(this.stamps, ([id, updatedAt]) => ({ id, updatedAt })),
    load: (ids) => ids.flatMap((id) => this.indexed(id)),
  });
  private readonly reads = new GroundingReads(this.retriever);
  /** Question → the ids of the entries it is grounded on, and what ranking it read. */
  private readonly contexts = new Map<string, { ids: number[]; reads: QuestionReads }>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly encoder: SentenceEncoderOptions = {}) {}

  /** The prompts of `entries`' enabled questions; calls run one after another. */
  ground(entries: readonly FaqEntry[]): Promise<Grounded> {
    const grounded = this.queue.then(() => this.groundNow(entries));
    this.queue = grounded.catch(() => undefined);
    return grounded;
  }

  private async groundNow(entries: readonly FaqEntry[]): Promise<Grounded> {
    try {
      return await this.groundAgain(entries);
    } catch (error) {
      // What an edit moved was read once, while syncing: after a failure, no kept context is known to be current.
      this.contexts.clear();
      throw error;
    }
  }

  private async groundAgain(entries: readonly FaqEntry[]): Promise<Grounded> {
    const enabled = entries.filter((e) => e.enabled && !e.deletedAt);
    const before = this.enabled;
    this.enabled = new Map(enabled.map((e) => [e.id, e]));
    this.stamps = new Map(enabled.map((e) => [e.id, stampOf(e)]));
    this.revision++;
    // The KB as given, in memory (the worker has no database; BM25, the ranker's 5 % tie-breaker, is left out).
    const change = await this.reads.change(() => this.retriever.warm(), entryEdits(before, this.enabled));
    const questions = new Set(enabled.flatMap((e) => [e.question, ...e.paraphrases]));
    for (const [question, { reads }] of this.contexts) if (!questions.has(question) || isStale(reads, change)) this.contexts.delete(question);
    const kept = this.contexts.size;

    const load = (ids: readonly number[]) => ids.flatMap((id) => this.enabled.get(id) ?? []);
    let loaded: Promise<SentenceEncoder | null> | undefined;
    const embedder = () =>
      (loaded ??= SentenceEncoder.load(this.encoder).catch((error: unknown) => {
        console.error("The sentence encoder did not load; training prompts are grounded on the word ranker's order alone:", error);
        return null;
      }));
    const texts = (ids: number[]) => {
      this.reads.readEntries(ids);
      return load(ids);
    };
    const rank = rankByMeaning(this.retriever, new MeaningRerank(embedder, texts));
    try {
      for (const question of questions) {
        if (this.contexts.has(question)) continue;
        const { result, reads } = await this.reads.during(() => rank(question));
        this.contexts.set(question, { ids: groundingHits(result.hits).map((hit) => hit.id), reads });
      }
    } finally {
      await (await loaded)?.dispose();
    }
    const contexts = new Map(Array.from(this.contexts, ([question, { ids }]) => [question, load(ids)]));
    const byId = this.enabled;
    const prompt: GroundedPrompt = (entry, question) => {
      const context = contexts.get(question);
      if (!context) throw new Error(`No grounded prompt for "${question}": it is not a question of the entries trained on`);
      const grounded = context.some((e) => e.id === entry.id)
        ? context
        : [byId.get(entry.id) ?? entry, ...context].slice(0, PROMPT_LIMITS.contextEntries);
      return buildPrompt({ question, context: grounded });
    };
    return { prompt, ranked: this.contexts.size - kept, kept };
  }

  /** The entry as the index loads it: stamped with its fields' hash (stamps). */
  private indexed(id: number): FaqEntry[] {
    const entry = this.enabled.get(id);
    return entry ? [{ ...entry, updatedAt: this.stamps.get(id)! }] : [];
  }
}

/** The entries whose profile or texts differ between the two KBs, or that are in one only (GroundingReads.change). */
function entryEdits(before: ReadonlyMap<number, FaqEntry>, after: ReadonlyMap<number, FaqEntry>): EntryEdits {
  const edits = { profiles: [] as number[], texts: [] as number[] };
  const same = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const [was, is] = [before.get(id), after.get(id)];
    const questions = was && is && same([was.question, was.paraphrases], [is.question, is.paraphrases]);
    if (!questions || !same([was.ref, was.lang, was.tags], [is.ref, is.lang, is.tags])) edits.profiles.push(id);
    if (!questions || was.answer !== is.answer) edits.texts.push(id);
  }
  return edits;
}

/** A hash of the fields the ranker reads of an entry. */
function stampOf({ ref, question, answer, paraphrases, tags, category, lang }: FaqEntry): string {
  return createHash('sha1').update(JSON.stringify([ref, question, answer, paraphrases, tags, category, lang])).digest('base64');
}
