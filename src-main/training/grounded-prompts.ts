// The prompt each training question gets: exactly what the assistant would build at inference — the entries
// the assistant grounds a draft on, then the question (assistant/decide.ts → buildPrompt). The entry being
// taught is always among them: an example whose answer is missing from its context would teach the model
// to invent answers.
import { groundingHits } from '../assistant/decide.ts';
import { MeaningRerank, rankByMeaning } from '../assistant/meaning-rerank.ts';
import { buildPrompt, PROMPT_LIMITS } from '../assistant/prompt.ts';
import { Retriever } from '../assistant/retriever.ts';
import { SentenceEncoder, type SentenceEncoderOptions } from '../assistant/sentence-encoder/sentence-encoder.ts';
import type { FaqEntry } from '../shared/api/faq.ts';
import type { TrainingEntry } from './dataset.ts';

/** The prompt for `question` (one of the entries' questions or similar questions) asked about `entry`. */
export type GroundedPrompt = (entry: TrainingEntry, question: string) => string;

/**
 * Ranks every question of the enabled entries as the assistant ranks it (rankByMeaning: the word ranker, then the
 * meaning re-rank of unsure English questions), so a model is trained on the contexts it will answer from. The
 * sentence encoder (`encoder`'s options) is loaded in this thread, the training worker's, only once a question needs
 * it, and disposed before this resolves; where it does not load, the words' order stands, as in the chat. The same
 * entries give the same prompts: the questions are ranked one at a time, in the entries' order.
 */
export async function groundedPrompts(entries: readonly FaqEntry[], encoder: SentenceEncoderOptions = {}): Promise<GroundedPrompt> {
  const enabled = entries.filter((e) => e.enabled && !e.deletedAt);
  const byId = new Map(enabled.map((e) => [e.id, e]));
  const load = (ids: number[]) => ids.flatMap((id) => byId.get(id) ?? []);
  // The KB as of the run's start, in memory (the worker has no database; BM25, the ranker's 5 % tie-breaker, is left out).
  const retriever = new Retriever({ revision: () => 0, stamps: () => enabled, load });
  let loaded: Promise<SentenceEncoder | null> | undefined;
  const embedder = () =>
    (loaded ??= SentenceEncoder.load(encoder).catch((error: unknown) => {
      console.error("The sentence encoder did not load; training prompts are grounded on the word ranker's order alone:", error);
      return null;
    }));
  const rank = rankByMeaning(retriever, new MeaningRerank(embedder, load));
  const contexts = new Map<string, FaqEntry[]>();
  try {
    for (const question of enabled.flatMap((e) => [e.question, ...e.paraphrases])) {
      if (!contexts.has(question)) contexts.set(question, load(groundingHits((await rank(question)).hits).map((hit) => hit.id)));
    }
  } finally {
    await (await loaded)?.dispose();
  }
  return (entry, question) => {
    const context = contexts.get(question);
    if (!context) throw new Error(`No grounded prompt for "${question}": it is not a question of the entries trained on`);
    const grounded = context.some((e) => e.id === entry.id)
      ? context
      : [byId.get(entry.id) ?? entry, ...context].slice(0, PROMPT_LIMITS.contextEntries);
    return buildPrompt({ question, context: grounded });
  };
}
