import type { ReviewOrigin } from '../shared/api/chat.ts';
import { questionKey } from '../search/question-key.ts';

/**
 * What makes open review items the same question, shown as one row and acted on at once (with the same origin and
 * language, which the queue compares beside it): the question equal by questionKey (width and case unified, spaces
 * collapsed, punctuation at the end dropped: 圣诞节营业吗？ = 圣诞节营业吗?, "Open on Christmas Day?" = "open on
 * christmas day"), the rule the knowledge base uses for duplicate questions and for a link's similar question.
 *
 * A thumbs-down is about one answer, so it is the same only when the answer was the same too: the answered entry (the
 * answer's first source, none for an answer without sources) and the customer's correction (equal by the same rule,
 * or both without one). Two corrections are two answers to choose between, never one row that shows only one of them.
 * questionKey turns every run of spaces into one space, so the newline between the parts never comes from a part.
 */
export function reviewRepeatKey(item: {
  origin: ReviewOrigin;
  question: string;
  candidates: readonly { id: number }[];
  suggestedAnswer: string | null;
}): string {
  const question = questionKey(item.question);
  if (item.origin === 'handoff') return question;
  const correction = item.suggestedAnswer === null ? '' : `=${questionKey(item.suggestedAnswer)}`;
  return `${question}\n${item.candidates[0]?.id ?? ''}\n${correction}`;
}
