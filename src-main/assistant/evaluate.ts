// `concierge eval`: ranking and decision quality on a labelled set of questions.
//
// Each case is retrieved and decided exactly as a chat message would be, without generating a draft (the
// mode is the one confidence calls for; a draft that later trips the filter would still hand off).
import type { AnswerMode, EvalCaseResult, EvalFigures, EvalReport } from '../shared/api/chat.ts';
import { answerMode, type AnswerThresholds } from './decide.ts';
import type { RankQuestion } from './retriever.ts';

export interface EvalCase {
  query: string;
  /** Ref of the entry that answers it, or null when it should be handed off. */
  expect: string | null;
  tag?: string;
}

export interface CaseOutcome {
  mode: AnswerMode;
  confidence: number;
  /** Refs of the ranked entries, best first (at least the top 10). */
  ranking: (string | null)[];
  /** Handed off for a marked example (Retrieval.marked), at any thresholds. */
  marked?: boolean;
}

const RANK_DEPTH = 10;

export async function evaluate(cases: readonly EvalCase[], answer: (query: string) => Promise<CaseOutcome>): Promise<EvalReport> {
  const results: EvalCaseResult[] = [];
  for (const { query, expect, tag } of cases) {
    const outcome = await answer(query);
    const top = outcome.ranking[0] ?? null;
    const index = expect === null ? -1 : outcome.ranking.slice(0, RANK_DEPTH).indexOf(expect);
    const answered = outcome.mode !== 'handoff';
    results.push({
      query,
      expect,
      mode: outcome.mode,
      confidence: outcome.confidence,
      top,
      rank: index >= 0 ? index + 1 : null,
      correct: expect === null ? !answered : answered && top === expect,
      ...(tag === undefined ? {} : { tag }),
      ...(outcome.marked ? { marked: true as const } : {}),
    });
  }
  const byTag = new Map<string, EvalCaseResult[]>();
  for (const result of results) {
    if (result.tag === undefined) continue;
    const tagged = byTag.get(result.tag);
    if (tagged) tagged.push(result);
    else byTag.set(result.tag, [result]);
  }
  return {
    ...figures(results),
    cases: results,
    ...(byTag.size ? { by_tag: Object.fromEntries([...byTag].map(([tag, tagged]) => [tag, figures(tagged)])) } : {}),
  };
}

function figures(results: readonly EvalCaseResult[]): EvalFigures {
  const inScope = results.filter((result) => result.expect !== null);
  const outOfScope = results.filter((result) => result.expect === null);
  const answered = results.filter((result) => result.mode !== 'handoff');
  return {
    n: results.length,
    p_at_1: share(inScope, (result) => result.rank === 1),
    mrr_at_10: mean(inScope, (result) => (result.rank ? 1 / result.rank : 0)),
    answered_accuracy: share(answered, (result) => result.expect !== null && result.rank === 1),
    handoff_rate_out_of_scope: share(outOfScope, (result) => result.mode === 'handoff'),
    answered_rate_in_scope: share(inScope, (result) => result.mode !== 'handoff'),
  };
}

/** The evaluation of the live pipeline: each question ranked by `rank`, its mode chosen as the chat's (answerMode). */
export function evaluateRanking(cases: readonly EvalCase[], rank: RankQuestion, thresholds: AnswerThresholds): Promise<EvalReport> {
  return evaluate(cases, async (query) => {
    const retrieval = await rank(query);
    return {
      mode: answerMode(retrieval, thresholds),
      confidence: retrieval.confidence,
      ranking: retrieval.hits.map((hit) => hit.ref),
      marked: retrieval.marked !== undefined,
    };
  });
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function mean<T>(items: readonly T[], value: (item: T) => number): number | null {
  return items.length ? round(items.reduce((sum, item) => sum + value(item), 0) / items.length) : null;
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number | null {
  return mean(items, (item) => (test(item) ? 1 : 0));
}
