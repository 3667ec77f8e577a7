import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src-main/app/router.ts';
import { channels, type Channel, type Handlers } from '../../../src-main/shared/api/index.ts';
import { InvalidInputError } from '../../../src-main/shared/errors.ts';

// Every channel's schema against payloads a page, a script or a broken client may send. The handlers here only
// record what reaches them: the subject is the validation at the boundary, not what the services then do.
const reached: { channel: string; input: unknown }[] = [];
const router = createRouter(
  new Proxy({} as Handlers, { get: (_target, channel: string) => async (input: unknown) => void reached.push({ channel, input }) }),
);
const names = Object.keys(channels) as Channel[];

/** Values structured clone (Electron IPC) can carry, plus JSON's (web mode). */
const value = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBoxedValues: true,
  withObjectString: true,
});
/** The channel's own field names with arbitrary values: reaches the field-level checks, not just "expected object". */
function fieldsOf(name: Channel) {
  const schema = channels[name].input;
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const hostile = fc.oneof(value, fc.string({ maxLength: 30 }), fc.integer(), fc.constantFrom('', ' ', -1, 0, 1e300, NaN, Infinity, '\u0000', 'x'.repeat(25_000)));
  return keys.length ? fc.dictionary(fc.constantFrom(...keys), hostile, { maxKeys: keys.length }) : value;
}
const call = fc.constantFrom(...names).chain((name) => fc.tuple(fc.constant(name), fc.oneof(value, fc.jsonValue(), fieldsOf(name))));

describe('router: every API schema (properties)', () => {
  it('answers any payload with a handler call on validated data or an InvalidInputError a person can read', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(call, async ([name, payload]) => {
        reached.length = 0;
        try {
          await router.call(name, payload);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
          const { message } = error as Error;
          expect(message.startsWith(`Invalid input for ${name}: `), message).toBe(true);
          expect(message).not.toMatch(/\[object Object\]|undefined: /);
          // Readable: bounded even for a payload with thousands of bad items or a 25,000-character string.
          expect(message.length).toBeLessThan(2_000);
          expect(reached).toEqual([]);
          refused++;
          return;
        }
        expect(reached).toHaveLength(1);
        // What reached the handler is what the schema produces: validating it again changes nothing.
        expect(channels[name].input.safeParse(reached[0]!.input).success).toBe(true);
      }),
      { numRuns: 1_000 },
    );
    expect(refused).toBeGreaterThan(300);
  });

  // Found by the property above: the message named every failing item (469,000 characters for 10,000 bad ids).
  it('refuses a payload with thousands of bad items with a short message that says how many', async () => {
    const ids = Array.from({ length: 10_000 }, () => -1);
    const error = await router.call('faq:delete', { ids }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message.length).toBeLessThan(2_000);
    expect((error as Error).message).toMatch(/; and 9990 more problems$/);
    expect(((error as InvalidInputError).details as { issues: unknown[] }).issues).toHaveLength(100);
  });
});
