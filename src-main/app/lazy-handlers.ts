import type { Channel, Handlers } from '../shared/api/index.ts';

/**
 * A handler table for `channels` whose real table is made by `load` on the first call to any of them: a domain whose
 * modules cost seconds to load (the assistant's text analysis) costs nothing to a command that never calls it.
 */
export function lazyHandlers<K extends Channel>(channels: readonly K[], load: () => Promise<Pick<Handlers, K>>): Pick<Handlers, K> {
  let table: Promise<Pick<Handlers, K>> | undefined;
  const entries = channels.map((channel) => {
    const handler = async (input: unknown) => {
      table ??= load();
      return ((await table)[channel] as (input: unknown) => Promise<unknown>)(input);
    };
    return [channel, handler] as const;
  });
  return Object.fromEntries(entries) as unknown as Pick<Handlers, K>;
}
