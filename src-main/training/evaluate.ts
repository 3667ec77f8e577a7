// Evaluation of a finished run: validation loss and perplexity, plus greedy answers to the held-out
// similar questions (exact match, character F1), for the new model and the model it is compared with.
// Greedy answers come from the exported model folder through the same transformers.js path the app answers with.
import { completionText, PROMPT_STOP_STRINGS } from '../assistant/prompt.ts';
import type { EvaluationCase, EvaluationReport, EvaluationSummary } from '../shared/api/training.ts';
import { loadModel } from '../inference/loaded-model.ts';
import { runGeneration } from '../inference/run-generation.ts';
import type { ThreadOptions } from '../inference/session-options.ts';
import { DEFAULT_GENERATION_PARAMS } from '../shared/inference-protocol.ts';
import { characterF1, exactMatch } from './answer-metrics.ts';
import { generationBatches } from './evaluation-work.ts';

export interface HeldOutQuestion {
  entryId: number;
  question: string;
  /** The inference prompt for the question. */
  prompt: string;
  expected: string;
  /** Tokens of the expected answer, to bound generation. */
  answerTokens: number;
}

/** Greedy answers of the model in `dir` to each held-out question, in order. `beforeBatch` may throw to stop (cancel). */
export async function greedyAnswers(
  model: { id: string; dir: string },
  questions: readonly HeldOutQuestion[],
  threads: ThreadOptions = {},
  beforeBatch: (answered: number) => void = () => {},
): Promise<string[]> {
  if (questions.length === 0) return [];
  const loaded = await loadModel(model, threads);
  try {
    const answers: string[] = new Array(questions.length);
    let answered = 0;
    for (const { indices, wanted } of generationBatches(questions)) {
      beforeBatch(answered);
      answered += indices.length;
      const group = indices.map((index) => questions[index]);
      const longestPrompt = Math.max(...group.map((q) => loaded.tokenizer.encode(q.prompt, { add_special_tokens: false }).length));
      const maxNewTokens = Math.max(1, Math.min(wanted, loaded.maxPositions - longestPrompt));
      const result = await runGeneration(
        loaded,
        group.map((q) => q.prompt),
        { ...DEFAULT_GENERATION_PARAMS, temperature: 0, repetitionPenalty: 1, maxNewTokens, stop: PROMPT_STOP_STRINGS },
      );
      // The answer as the assistant would show it: cut at the next turn marker.
      result.sequences.forEach((s, k) => (answers[indices[k]] = completionText(s.text)));
    }
    return answers;
  } finally {
    await loaded.model.dispose();
  }
}

export interface ScoredModel {
  summary: EvaluationSummary;
  cases: { answer: string; exactMatch: boolean; f1: number }[];
}

export function scoreAnswers(
  answers: readonly string[],
  questions: readonly HeldOutQuestion[],
  valLoss: number,
): ScoredModel {
  const cases = answers.map((answer, i) => ({
    answer,
    exactMatch: exactMatch(answer, questions[i].expected),
    f1: characterF1(answer, questions[i].expected),
  }));
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  return {
    summary: {
      valLoss,
      perplexity: Math.exp(valLoss),
      exactMatch: mean(cases.map((c) => (c.exactMatch ? 1 : 0))),
      f1: mean(cases.map((c) => c.f1)),
    },
    cases,
  };
}

export function buildReport(
  questions: readonly HeldOutQuestion[],
  candidate: ScoredModel,
  base: ScoredModel | null,
): EvaluationReport {
  const cases: EvaluationCase[] = questions.map((q, i) => ({
    entryId: q.entryId,
    question: q.question,
    expected: q.expected,
    base: base ? base.cases[i] : null,
    candidate: candidate.cases[i],
  }));
  return { candidate: candidate.summary, base: base?.summary ?? null, cases };
}
