import type { ApiClient, Channel, EventName, Output } from '../shared/api/index.ts';
import type { EventBus } from './events.ts';
import type { Router } from './router.ts';

/** The typed client for in-process callers (CLI, tests): same validation as the remote transports. */
export function createLocalClient(router: Router, events: EventBus): ApiClient {
  return {
    invoke: <C extends Channel>(channel: C, input: unknown) => router.call(channel, input) as Promise<Output<C>>,
    // In process there is no connection to lose, so the client's own `connection:resumed` never fires.
    on: (event, listener) => (event === 'connection:resumed' ? () => {} : events.on(event as EventName, listener as never)),
  };
}
