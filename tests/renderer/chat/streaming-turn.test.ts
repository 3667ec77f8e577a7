import { describe, expect, it } from 'vitest';
import { appendToken, startTurn } from '../../../src-renderer/state/chat/streaming-turn.ts';

const token = (requestId: string, text: string) => ({ requestId, conversationId: 1, messageId: 2, text });

describe('appendToken()', () => {
  it('accumulates the pieces of the turn’s own request in order', () => {
    let turn = startTurn('r1', 'How long does shipping take?');
    for (const piece of ['Usually ', '2–4 ', 'days.']) turn = appendToken(turn, token('r1', piece))!;
    expect(turn.text).toBe('Usually 2–4 days.');
    expect(turn.question).toBe('How long does shipping take?');
  });

  it('ignores pieces of other requests and returns the same turn object', () => {
    const turn = startTurn('r1', 'q');
    expect(appendToken(turn, token('other-window', 'x'))).toBe(turn);
  });

  it('ignores pieces that arrive when nothing is streaming', () => {
    expect(appendToken(null, token('r1', 'late'))).toBeNull();
  });
});
