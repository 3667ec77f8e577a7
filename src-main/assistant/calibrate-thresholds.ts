// Thresholds calibrated on a business's own labelled questions (`concierge eval FILE --calibrate`).
//
// The defaults (settings.ts) were calibrated on the sample shop's question sets. Another business's FAQ can
// score its customers' rephrasings lower (its wording meets fewer lexicon concepts), so the hand-off line that
// balances a shop may hand off half of a hotel's guests. From an eval run's cases this picks the draft
// threshold that best balances answering in-scope questions against handing off off-topic ones, and the
// lowest verbatim threshold whose answers were right often enough.
import type { EvalCaseResult, ThresholdCalibration, ThresholdOutcome } from '../shared/api/chat.ts';
import { InvalidInputError } from '../shared/errors.ts';
import type { AnswerThresholds } from './decide.ts';

export const CALIBRATION = {
  /** Fewer labelled questions than this say more about the set than about the KB. */
  minInScope: 10,
  minOutOfScope: 5,
  /** Share of verbatim answers that must come from the expected entry. */
  faqPrecision: 0.95,
} as const;

type ScoredCase = Pick<EvalCaseResult, 'expect' | 'top' | 'confidence' | 'marked'>;

/** Answered at `threshold`: a case handed off for a marked example is handed off at any threshold. */
const answeredAt = (item: ScoredCase, threshold: number) => !item.marked && item.confidence >= threshold;

export function calibrateThresholds(cases: readonly ScoredCase[], current: AnswerThresholds): ThresholdCalibration {
  const inScope = cases.filter((item) => item.expect !== null);
  const outOfScope = cases.filter((item) => item.expect === null);
  if (inScope.length < CALIBRATION.minInScope || outOfScope.length < CALIBRATION.minOutOfScope) {
    throw new InvalidInputError(
      `Calibrating needs at least ${CALIBRATION.minInScope} in-scope and ${CALIBRATION.minOutOfScope} off-topic questions ("expect": null); ` +
        `this set has ${inScope.length} and ${outOfScope.length}`,
    );
  }
  const answered = (threshold: number) => share(inScope, (item) => answeredAt(item, threshold));
  const handedOff = (threshold: number) => share(outOfScope, (item) => !answeredAt(item, threshold));
  const precision = (threshold: number) => {
    const above = cases.filter((item) => answeredAt(item, threshold));
    return above.length ? share(above, (item) => item.expect !== null && item.top === item.expect) : null;
  };
  const outcome = (thresholds: AnswerThresholds): ThresholdOutcome => ({
    thresholds,
    answeredInScope: answered(thresholds.generated),
    handedOffOutOfScope: handedOff(thresholds.generated),
    faqPrecision: precision(thresholds.faq),
  });

  const candidates = candidateThresholds(cases.map((item) => item.confidence));
  // The best worse rate of the two, then the best sum; among equals the one nearest the current threshold.
  const generated = bestBy(candidates, current.generated, (threshold) => {
    const rates = [answered(threshold), handedOff(threshold)];
    return [Math.min(...rates), rates[0] + rates[1]];
  });
  const faq =
    candidates.find((threshold) => threshold >= generated && (precision(threshold) ?? 0) >= CALIBRATION.faqPrecision) ??
    Math.max(current.faq, generated);
  return { current: outcome(current), suggested: outcome({ generated, faq }) };
}

/** Midpoints between neighbouring distinct confidences, ascending: every threshold that splits the set differently. */
function candidateThresholds(confidences: number[]): number[] {
  const sorted = [...new Set(confidences)].sort((a, b) => a - b);
  return sorted.slice(1).map((value, i) => Math.round(((sorted[i] + value) / 2) * 1000) / 1000);
}

function bestBy(candidates: number[], anchor: number, score: (threshold: number) => number[]): number {
  let best = anchor;
  let bestScore = score(anchor);
  for (const candidate of candidates) {
    const candidateScore = score(candidate);
    const order = compareScores(candidateScore, bestScore);
    if (order > 0 || (order === 0 && Math.abs(candidate - anchor) < Math.abs(best - anchor))) {
      best = candidate;
      bestScore = candidateScore;
    }
  }
  return best;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 1e-9) return a[i] - b[i];
  return 0;
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.filter(test).length / items.length;
}
