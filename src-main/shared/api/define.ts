import type { z } from 'zod';

/**
 * One request/response channel: a runtime validator for its input and a phantom type for its result.
 * Every transport validates `input` at its boundary before the handler runs.
 */
export interface ChannelSpec<In extends z.ZodType = z.ZodType, Out = unknown> {
  input: In;
  /** Phantom field: carries the result type only, never read at run time. */
  readonly output?: Out;
}

/** `channel(schema).returns<Result>()` declares a channel whose input is checked by `schema`. */
export function channel<In extends z.ZodType>(input: In) {
  return { returns: <Out>(): ChannelSpec<In, Out> => ({ input }) };
}
