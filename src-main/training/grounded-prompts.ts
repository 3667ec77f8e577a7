// The prompt each training question gets: exactly what the assistant would build at inference — the entries
// the retriever grounds a draft on, then the question (assistant/decide.ts → buildPrompt). The entry being
// taught is always among them: an example whose answer is missing from its context would teach the model
// to invent answers.
import { groundingHits } from '../assistant/decide.ts';
import { buildPrompt, PROMPT_LIMITS } from '../assistant/prompt.ts';
import { Retriever } from '../assistant/retriever.ts';
import type { FaqEntry } from '../shared/api/faq.ts';
import type { TrainingEntry } from './dataset.ts';

export function groundedPrompts(entries: readonly FaqEntry[]): (entry: TrainingEntry, question: string) => string {
  const enabled = entries.filter((e) => e.enabled && !e.deletedAt);
  const byId = new Map(enabled.map((e) => [e.id, e]));
  // The KB as of the run's start, in memory (the worker has no database; BM25, the ranker's 5 % tie-breaker, is left out).
  const retriever = new Retriever({
    revision: () => 0,
    stamps: () => enabled,
    load: (ids) => ids.flatMap((id) => byId.get(id) ?? []),
  });
  return (entry, question) => {
    const context = groundingHits(retriever.retrieve(question).hits).flatMap((hit) => byId.get(hit.id) ?? []);
    const grounded = context.some((e) => e.id === entry.id)
      ? context
      : [byId.get(entry.id) ?? entry, ...context].slice(0, PROMPT_LIMITS.contextEntries);
    return buildPrompt({ question, context: grounded });
  };
}
