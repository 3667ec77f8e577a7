// A business's FAQ in a real SQLite knowledge base, and the checks the lexicon tests make on it: a rephrasing is
// answered from its entry, a question from the neighbourhood is handed off, a look-alike word stays out of a concept.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../../../src-main/assistant/settings.ts';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { openTempKb } from '../store/temp-kb.ts';

interface LexiconKb {
  retriever: Retriever;
  /** Closes the database and deletes its folder. */
  dispose(): void;
}

/** `source`: a FAQ fixture file (`{ entries }`) or the entries themselves. */
function openLexiconKb(source: URL | readonly FaqDraft[]): LexiconKb {
  const kb = openTempKb();
  const entries = source instanceof URL ? (JSON.parse(readFileSync(source, 'utf8')) as { entries: FaqDraft[] }).entries : [...source];
  kb.repo.createMany(entries);
  return { retriever: new Retriever(faqKnowledge(kb.repo)), dispose: () => kb.dispose() };
}

/**
 * A retriever over the KB, opened before the suite's tests and disposed of after them; call inside a `describe`
 * and read it inside tests.
 */
export function suiteRetriever(source: URL | readonly FaqDraft[]): () => Retriever {
  let kb: LexiconKb | undefined;
  beforeAll(() => {
    kb = openLexiconKb(source);
  });
  afterAll(() => kb?.dispose());
  return () => kb!.retriever;
}

const { generateThreshold } = DEFAULT_ANSWER_SETTINGS;

/** `question` ranks the entry `ref` first, confidently enough to be answered. */
export function expectAnsweredFrom(retriever: Retriever, question: string, ref: string): void {
  const retrieval = retriever.retrieve(question);
  expect(retrieval.hits[0]?.ref).toBe(ref);
  expect(retrieval.confidence).toBeGreaterThanOrEqual(generateThreshold);
}

/** `question` is handed off: no entry explains enough of it. */
export function expectHandedOff(retriever: Retriever, question: string): void {
  expect(retriever.retrieve(question).confidence).toBeLessThan(generateThreshold);
}

/** A FAQ entry with no category or tags, for a test's own small FAQ. */
export const faqEntry = (ref: string, lang: 'zh' | 'en', question: string, paraphrases: string[], answer: string): FaqDraft => ({
  ref,
  lang,
  category: '',
  tags: [],
  question,
  paraphrases,
  answer,
});

/** The lexicon concepts found in `text`. */
export const conceptsOf = (text: string): string[] => [...analyze(text).concepts.keys()];
