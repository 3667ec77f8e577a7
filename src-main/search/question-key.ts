/**
 * What makes two questions "identical" for duplicate detection: equal after unifying width and case,
 * collapsing spaces and dropping punctuation at the end (如何申请退货？ = 如何申请退货?, "Refund?" = "refund").
 */
export function questionKey(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s\p{P}]+$/u, '')
    .trim();
}
