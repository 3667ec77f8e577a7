import type { FinishReason } from '../shared/inference-protocol.ts';

/** Decodes token ids to text; byte-level BPE, so decode(a ++ b) = decode(a) + decode(b) when a ends on a whole character. */
export type Decode = (tokenIds: number[]) => string;

export interface SequenceLimits {
  maxNewTokens: number;
  eosTokenId: number;
  stop: string[];
}

const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * The text of one generated sequence, built token by token for streaming.
 * It never streams text it may have to take back: an incomplete UTF-8 character (decoded as U+FFFD
 * until its last byte arrives) and a tail that could be the start of a stop string are held back.
 */
export class SequenceText {
  readonly tokenIds: number[] = [];
  finishReason: FinishReason | null = null;
  /** Text streamed so far; always a prefix of the final text. */
  private streamed = '';
  /** Decoded text of tokenIds[0, settledTokens), which ends on a whole character. */
  private settledText = '';
  private settledTokens = 0;
  private finalText: string | null = null;

  constructor(
    private readonly decode: Decode,
    private readonly limits: SequenceLimits,
  ) {}

  get done(): boolean {
    return this.finishReason !== null;
  }

  get text(): string {
    return this.finalText ?? this.streamed;
  }

  /** Adds a generated token; returns the text newly safe to stream, or null once the sequence is finished. */
  push(tokenId: number): string | null {
    if (this.done) return null;
    if (tokenId === this.limits.eosTokenId) return this.finish('eos');
    this.tokenIds.push(tokenId);
    const full = this.decodeAll();
    const stopAt = this.findStop(full);
    if (stopAt !== -1) return this.finishWith('stop', full.slice(0, stopAt));
    if (this.tokenIds.length >= this.limits.maxNewTokens) return this.finishWith('length', full);
    const complete = full.replace(/\uFFFD+$/, '');
    const safeEnd = complete.length - this.stopPrefixLength(complete);
    if (safeEnd <= this.streamed.length) return '';
    const delta = complete.slice(this.streamed.length, safeEnd);
    this.streamed += delta;
    return delta;
  }

  /** Ends the sequence (eos, cancel, or the batch ended); returns the held-back text. */
  finish(reason: FinishReason): string {
    if (this.done) return '';
    return this.finishWith(reason, this.decodeAll());
  }

  private finishWith(reason: FinishReason, text: string): string {
    this.finishReason = reason;
    this.finalText = text;
    const delta = text.slice(this.streamed.length);
    this.streamed = text;
    return delta;
  }

  /** Decodes only the tokens after the last whole-character boundary, so each step costs O(new tokens). */
  private decodeAll(): string {
    const pending = this.tokenIds.slice(this.settledTokens);
    const tail = pending.length > 0 ? this.decode(pending) : '';
    const full = this.settledText + tail;
    if (!tail.endsWith(REPLACEMENT_CHARACTER)) {
      this.settledText = full;
      this.settledTokens = this.tokenIds.length;
    }
    return full;
  }

  /** Index of the earliest stop string in `text`, or -1. Only the unstreamed tail can contain a new one. */
  private findStop(text: string): number {
    let earliest = -1;
    for (const stop of this.limits.stop) {
      const from = Math.max(0, this.streamed.length - stop.length + 1);
      const index = text.indexOf(stop, from);
      if (index !== -1 && (earliest === -1 || index < earliest)) earliest = index;
    }
    return earliest;
  }

  /** Length of the longest suffix of `text` that is a proper prefix of a stop string (held back). */
  private stopPrefixLength(text: string): number {
    let longest = 0;
    for (const stop of this.limits.stop) {
      for (let length = Math.min(stop.length - 1, text.length); length > longest; length--) {
        if (text.endsWith(stop.slice(0, length))) {
          longest = length;
          break;
        }
      }
    }
    return longest;
  }
}
