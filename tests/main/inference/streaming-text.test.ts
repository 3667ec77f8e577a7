import { describe, expect, it } from 'vitest';
import { SequenceText, type Decode } from '../../../src-main/inference/streaming-text.ts';

// A byte-level vocabulary like GPT-2's: each token is a few UTF-8 bytes; decoding replaces incomplete characters.
const vocabulary = ['Hel', 'lo', ' wor', 'ld', '\n', 'User', ':', ' hi'];
const bytesOf: Uint8Array[] = vocabulary.map((text) => new TextEncoder().encode(text));
const CJK = new TextEncoder().encode('好'); // 3 bytes, split over two tokens below
bytesOf.push(CJK.subarray(0, 2), CJK.subarray(2));
const EOS = 99;
const decode: Decode = (ids) => {
  const bytes = ids.flatMap((id) => [...bytesOf[id]]);
  return new TextDecoder().decode(new Uint8Array(bytes));
};
const ids = (...texts: string[]) => texts.map((text) => vocabulary.indexOf(text));

function stream(tokenIds: number[], stop: string[] = [], maxNewTokens = 50) {
  const sequence = new SequenceText(decode, { maxNewTokens, eosTokenId: EOS, stop });
  const pieces: string[] = [];
  for (const id of tokenIds) {
    const piece = sequence.push(id);
    if (piece !== null) pieces.push(piece);
  }
  if (!sequence.done) pieces.push(sequence.finish('length'));
  return { sequence, pieces };
}

describe('SequenceText', () => {
  describe('push()', () => {
    it('streams pieces that add up to the decoded text', () => {
      const { sequence, pieces } = stream(ids('Hel', 'lo', ' wor', 'ld'));
      expect(pieces.join('')).toBe('Hello world');
      expect(pieces.slice(0, 2)).toEqual(['Hel', 'lo']);
      expect(sequence.text).toBe('Hello world');
    });

    it('holds back a character until its last byte arrives', () => {
      const { pieces } = stream([...ids('Hel'), 8, 9]);
      expect(pieces).toEqual(['Hel', '', '好', '']);
    });

    it('ends before a stop string and never streams any of it', () => {
      const { sequence, pieces } = stream(ids('Hel', 'lo', '\n', 'User', ':', ' hi'), ['\nUser:']);
      expect(pieces.join('')).toBe('Hello');
      expect(pieces).not.toContain('\n');
      expect(sequence.finishReason).toBe('stop');
      expect(sequence.text).toBe('Hello');
    });

    it('releases held-back text that did not become a stop string', () => {
      const { pieces, sequence } = stream(ids('Hel', '\n', 'lo'), ['\nUser:']);
      expect(pieces).toEqual(['Hel', '', '\nlo', '']);
      expect(sequence.text).toBe('Hel\nlo');
    });

    it('finishes at the end-of-text token without adding it', () => {
      const { sequence, pieces } = stream([...ids('Hel', 'lo'), EOS, ...ids(' wor')]);
      expect(sequence.finishReason).toBe('eos');
      expect(sequence.tokenIds).toEqual(ids('Hel', 'lo'));
      expect(pieces.join('')).toBe('Hello');
    });

    it('finishes at the token limit', () => {
      const { sequence } = stream(ids('Hel', 'lo', ' wor', 'ld'), [], 2);
      expect(sequence.finishReason).toBe('length');
      expect(sequence.text).toBe('Hello');
    });
  });

  describe('finish()', () => {
    it('flushes held-back text when the sequence is cancelled', () => {
      const sequence = new SequenceText(decode, { maxNewTokens: 10, eosTokenId: EOS, stop: ['\nUser:'] });
      sequence.push(ids('Hel')[0]);
      sequence.push(ids('\n')[0]);
      expect(sequence.finish('cancelled')).toBe('\n');
      expect(sequence.finishReason).toBe('cancelled');
      expect(sequence.push(ids('lo')[0])).toBeNull();
    });
  });
});
