import type { EvaluationSummary } from '../shared/api/training.ts';

// Kept apart from evaluate.ts so the run manager (loaded at app start) does not pull in transformers.js.

/**
 * The activation rule: the new model must answer the held-out questions at least as well (character F1,
 * then exact match) as the model it would replace; with equal answers, the lower validation loss wins ties.
 */
export function isNotWorse(candidate: EvaluationSummary, reference: EvaluationSummary | null): boolean {
  if (!reference) return true;
  const EPS = 1e-9;
  if (candidate.f1 < reference.f1 - EPS) return false;
  if (candidate.exactMatch < reference.exactMatch - EPS) return false;
  return candidate.f1 > reference.f1 + EPS || candidate.exactMatch > reference.exactMatch + EPS || candidate.valLoss <= reference.valLoss + EPS;
}
