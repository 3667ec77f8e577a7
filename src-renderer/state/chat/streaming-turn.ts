import type { ApiEvents } from '../../../src-main/shared/api/index.ts';

/** An answer being produced: the question asked (or the message regenerated) and the text streamed so far. */
export interface StreamingTurn {
  requestId: string;
  /** The question as typed, shown before the server has stored it. */
  question: string;
  /** The assistant message being replaced, when regenerating. */
  replacing: number | null;
  text: string;
  stopping: boolean;
}

export function startTurn(requestId: string, question: string, replacing: number | null = null): StreamingTurn {
  return { requestId, question, replacing, text: '', stopping: false };
}

/** Adds a streamed piece to the turn it belongs to; tokens of other requests (other windows) are ignored. */
export function appendToken(turn: StreamingTurn | null, event: ApiEvents['chat:token']): StreamingTurn | null {
  if (!turn || event.requestId !== turn.requestId) return turn;
  return { ...turn, text: turn.text + event.text };
}
