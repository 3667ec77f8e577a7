// Answer-quality metrics for greedy answers against the FAQ answer. Character-level so Chinese (no spaces)
// and English are scored alike.

/** NFKC, lower case, whitespace collapsed: differences a reader would not notice do not count. */
function normalizeAnswer(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function exactMatch(prediction: string, reference: string): boolean {
  return normalizeAnswer(prediction) === normalizeAnswer(reference);
}

/** F1 of the character multisets (whitespace ignored), as SQuAD's token F1 but over characters. */
export function characterF1(prediction: string, reference: string): number {
  const predicted = [...normalizeAnswer(prediction).replace(/ /g, '')];
  const expected = [...normalizeAnswer(reference).replace(/ /g, '')];
  if (predicted.length === 0 || expected.length === 0) return predicted.length === expected.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const c of expected) counts.set(c, (counts.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of predicted) {
    const left = counts.get(c) ?? 0;
    if (left > 0) {
      common++;
      counts.set(c, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / expected.length;
  return (2 * precision * recall) / (precision + recall);
}
