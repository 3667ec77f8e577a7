import type { ApiClient, ClientEventMap, ClientEventName } from '../../src-main/shared/api/index.ts';

/**
 * The real client behind a link that can drop, as the web mode's socket can: while dropped, the server's events
 * are lost; back up, it raises `connection:resumed`, as the web mode's client does.
 */
export function droppingClient(client: ApiClient): { api: ApiClient; drop(): void; resume(): void } {
  let dropped = false;
  const resumed = new Set<(payload: ClientEventMap['connection:resumed']) => void>();
  const on = <E extends ClientEventName>(event: E, listener: (payload: ClientEventMap[E]) => void): (() => void) => {
    if (event !== 'connection:resumed') return client.on(event, (payload) => dropped || listener(payload));
    const entry = listener as (payload: ClientEventMap['connection:resumed']) => void;
    resumed.add(entry);
    return () => void resumed.delete(entry);
  };
  return {
    api: { invoke: (channel, input) => client.invoke(channel, input), on },
    drop: () => void (dropped = true),
    resume() {
      dropped = false;
      for (const listener of resumed) listener({});
    },
  };
}
