import type { ApiClient, Channel } from '../../src-main/shared/api/index.ts';
import { UnavailableError } from '../../src-main/shared/errors.ts';

/** The real client, except that `channel` fails as a server that cannot answer it would. */
export function failingOn(client: ApiClient, channel: Channel): ApiClient {
  return {
    on: (event, listener) => client.on(event, listener),
    invoke: (name, input) => (name === channel ? Promise.reject(new UnavailableError(`${channel} is down`)) : client.invoke(name, input)),
  };
}
