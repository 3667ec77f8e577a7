// What the load clients ask: customer wordings sorted by the mode the server itself would answer them in, found
// by asking its `eval:run` (retrieval and decision, no generation) once before the load starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../server/renderer-build.ts';
import type { ApiClient } from '../shared/api/index.ts';
import { UnavailableError } from '../shared/errors.ts';

export interface QuestionPools {
  /** Answered verbatim from the FAQ (high confidence). */
  faq: string[];
  /** Medium confidence: the active model drafts the answer from the top entries. */
  generated: string[];
  /** Short turns that only make sense after an earlier question (history-blended retrieval). */
  followUps: string[];
}

const FOLLOW_UPS = [
  'How long does that take?',
  'Is there a fee for that?',
  'Can I do that in the app too?',
  'What if I am abroad?',
  '那需要多久？',
  '要收费吗？',
  '在App上也可以吗？',
  '周末也可以吗？',
];

/** The sample FAQ's questions and similar questions, and the tuning sets' rephrasings (zh and en). */
function candidateQuestions(): string[] {
  const read = (path: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8')) as unknown;
  const sample = read('resources/sample-faq.json') as { entries: { question: string; paraphrases?: string[] }[] };
  const tuning = ['eval-tune-en', 'eval-tune-zh'].flatMap(
    (name) => (read(`tests/fixtures/${name}.json`) as { cases: { query: string }[] }).cases.map((c) => c.query),
  );
  const fromSample = sample.entries.flatMap((entry) => [entry.question, ...(entry.paraphrases ?? [])]);
  return [...new Set([...fromSample, ...tuning])];
}

export async function pickQuestions(client: ApiClient): Promise<QuestionPools> {
  const report = await client.invoke('eval:run', { cases: candidateQuestions().map((query) => ({ query, expect: null })) });
  const pool = (mode: string) => report.cases.filter((c) => c.mode === mode).map((c) => c.query);
  const pools = { faq: pool('faq'), generated: pool('generated'), followUps: FOLLOW_UPS };
  if (!pools.faq.length || !pools.generated.length) {
    throw new UnavailableError(`The knowledge base gives ${pools.faq.length} FAQ-hit and ${pools.generated.length} medium-confidence questions; load needs both (is the sample FAQ loaded?)`);
  }
  return pools;
}
