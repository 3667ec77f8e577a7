import { describe, expect, it } from 'vitest';
import { deserializeError, InvalidInputError, serializeError } from '../../../src-main/shared/errors.ts';
import { describeError } from '../../../src-renderer/lib/errors.ts';

describe('describeError()', () => {
  it('keeps the kind and drops the channel prefix the client adds', () => {
    const received = deserializeError(serializeError(new InvalidInputError('Question is empty')), 'faq:create');
    expect(describeError(received)).toEqual({ kind: 'invalid-input', message: 'Question is empty' });
  });

  it('never shows a stack trace or more than the first line', () => {
    const error = new Error('Boom\n    at Object.<anonymous> (/app/src/x.ts:1:1)');
    expect(describeError(error)).toEqual({ kind: 'internal', message: 'Boom' });
  });

  it('prefers row-level details, with their line numbers', () => {
    const error = new InvalidInputError('Import failed', [
      { line: 3, message: 'question is empty' },
      { line: 9, message: 'answer is too long' },
    ]);
    expect(describeError(error).message).toBe('#3 question is empty; #9 answer is too long');
  });

  it('clips very long messages', () => {
    expect(describeError(new Error('x'.repeat(5_000))).message).toHaveLength(300);
  });

  it('marks a lost connection, so the UI can say it in its own language', () => {
    const lost = deserializeError({ name: 'ConnectionError', message: 'Connection to the Concierge server was lost', kind: 'unavailable' }, 'chat:send');
    expect(describeError(lost)).toMatchObject({ kind: 'unavailable', connection: true });
    const busy = deserializeError({ name: 'UnavailableError', message: 'The model is loading', kind: 'unavailable' }, 'chat:send');
    expect(describeError(busy).connection).toBeUndefined();
  });

  it('describes values that are not errors', () => {
    expect(describeError('offline')).toEqual({ kind: 'internal', message: 'offline' });
  });
});
