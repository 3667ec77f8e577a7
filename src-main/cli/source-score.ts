import type { MessageSource } from '../shared/api/chat.ts';

/**
 * A source's figure as `ask` and `review list` print it: the share of the question's words it contains, and whether
 * the meaning re-rank placed it above sources whose words match better (`0.19, placed higher by meaning`).
 */
export function sourceScore(source: Pick<MessageSource, 'score' | 'byMeaning'>): string {
  return `${source.score.toFixed(2)}${source.byMeaning ? ', placed higher by meaning' : ''}`;
}
