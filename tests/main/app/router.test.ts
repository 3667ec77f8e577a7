import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src-main/app/router.ts';
import type { Handlers } from '../../../src-main/shared/api/index.ts';
import { ConciergeError, InvalidInputError, NotFoundError } from '../../../src-main/shared/errors.ts';

/** A handler table whose handlers echo what they received, so the tests see exactly what passed validation. */
function echoHandlers(): { handlers: Handlers; received: { channel: string; input: unknown }[] } {
  const received: { channel: string; input: unknown }[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, channel: string) => async (input: unknown) => {
      received.push({ channel, input });
      return { echoed: input };
    },
  });
  return { handlers, received };
}

describe('createRouter', () => {
  describe('call()', () => {
    it('passes a valid payload to the handler with defaults applied', async () => {
      const { handlers, received } = echoHandlers();
      const router = createRouter(handlers);
      await router.call('faq:create', { question: '  How do I return an item? ', answer: 'Within 30 days.' });
      expect(received).toHaveLength(1);
      expect(received[0].channel).toBe('faq:create');
      expect(received[0].input).toMatchObject({
        question: 'How do I return an item?',
        answer: 'Within 30 days.',
        category: '',
        tags: [],
        enabled: true,
        paraphrases: [],
      });
    });

    it('rejects an unknown channel as not found, with a code, before any handler runs', async () => {
      const { handlers, received } = echoHandlers();
      const router = createRouter(handlers);
      await expect(router.call('faq:drop-table', {})).rejects.toThrow(NotFoundError);
      await expect(router.call('faq:drop-table', {})).rejects.toMatchObject({
        kind: 'not-found',
        message: 'Unknown channel "faq:drop-table"',
        code: 'api.unknown-channel',
        params: { channel: 'faq:drop-table' },
      });
      // Whatever the caller sent is named, cut short and quoted.
      const long = (await router.call(`x${'\n'.repeat(500)}`, {}).catch((e: Error) => e)) as NotFoundError;
      expect(long.message.length).toBeLessThan(250);
      expect(long.message).not.toContain('\n');
      await expect(router.call('__proto__', {})).rejects.toThrow('Unknown channel "__proto__"');
      await expect(router.call('toString', {})).rejects.toThrow('Unknown channel');
      expect(received).toHaveLength(0);
    });

    it('lists every failing path in the message when the payload has the wrong shape', async () => {
      const { handlers, received } = echoHandlers();
      const router = createRouter(handlers);
      const error = (await router.call('faq:create', { question: '', answer: 42, tags: ['ok', 7] }).catch((e) => e)) as InvalidInputError;
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as ConciergeError).kind).toBe('invalid-input');
      expect(error.message).toMatch(/^Invalid input for faq:create: /);
      expect(error.message).toContain('question:');
      expect(error.message).toContain('answer:');
      expect(error.message).toContain('tags.1:');
      expect((error as ConciergeError).details).toMatchObject({
        issues: expect.arrayContaining([expect.objectContaining({ path: ['tags', '1'] })]),
      });
      expect(received).toHaveLength(0);
    });

    it('names the first problem with a code and its values, and each problem in the details, for a UI to say', async () => {
      const router = createRouter(echoHandlers().handlers);
      const error = (await router.call('faq:create', { question: '', answer: 42, tags: ['ok', 7] }).catch((e) => e)) as ConciergeError;
      expect(error).toMatchObject({ code: 'input.required', params: { field: 'question' } });
      expect((error.details as { issues: unknown[] }).issues).toEqual([
        { path: ['question'], message: 'is required', code: 'input.required', params: { field: 'question' } },
        { path: ['answer'], message: 'must be text', code: 'input.text', params: { field: 'answer' } },
        { path: ['tags', '1'], message: 'must be text', code: 'input.text', params: { field: 'tags.1' } },
      ]);
      const tooLong = (await router.call('faq:bulk-update', { ids: [1], patch: { category: 'c'.repeat(101) } }).catch((e) => e)) as ConciergeError;
      expect(tooLong.message).toMatch(/^Invalid input for faq:bulk-update: patch\.category: is 101 characters long; the limit is 100/);
      expect(tooLong).toMatchObject({ code: 'input.too-long', params: { field: 'patch.category', max: 100 } });
      await expect(router.call('faq:get', 'id=1')).rejects.toMatchObject({ code: 'input.object', params: { field: 'input' } });
    });

    it('rejects a payload that is not an object at all', async () => {
      const router = createRouter(echoHandlers().handlers);
      await expect(router.call('faq:get', 'id=1')).rejects.toThrow(/Invalid input for faq:get: \(input\): /);
      await expect(router.call('faq:get', undefined)).rejects.toThrow(InvalidInputError);
    });

    it('enforces the limits in the schema (question ≤ 1,000 characters)', async () => {
      const router = createRouter(echoHandlers().handlers);
      await expect(router.call('faq:create', { question: 'q'.repeat(1_001), answer: 'a' })).rejects.toThrow(
        /question: /,
      );
      await expect(router.call('faq:create', { question: 'q'.repeat(1_000), answer: 'a' })).resolves.toBeDefined();
    });

    it("returns the handler's result and lets its errors through unchanged", async () => {
      const failing = new Proxy({} as Handlers, {
        get: () => async () => {
          throw new ConciergeError('busy', 'conflict');
        },
      });
      await expect(createRouter(echoHandlers().handlers).call('faq:get', { id: 3 })).resolves.toEqual({
        echoed: { id: 3 },
      });
      await expect(createRouter(failing).call('faq:get', { id: 3 })).rejects.toMatchObject({ kind: 'conflict' });
    });
  });
});
