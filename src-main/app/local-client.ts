import type { ApiClient, Channel, Output } from '../shared/api/index.ts';
import type { EventBus } from './events.ts';
import type { Router } from './router.ts';

/** The typed client for in-process callers (CLI, tests): same validation as the remote transports. */
export function createLocalClient(router: Router, events: EventBus): ApiClient {
  return {
    invoke: <C extends Channel>(channel: C, input: unknown) => router.call(channel, input) as Promise<Output<C>>,
    on: (event, listener) => events.on(event, listener),
  };
}
