// fetch that goes through the proxy the environment names. Node's own fetch ignores HTTP_PROXY / HTTPS_PROXY,
// and an office network often lets traffic out only through its proxy: without this, `model pull` fails
// there while the browser on the same machine reaches the hub.
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'] as const;

let agent: { key: string; dispatcher: EnvHttpProxyAgent } | null = null;

/** One dispatcher per proxy setting: it keeps its connections alive across the requests of a pull. */
function dispatcherFor(env: NodeJS.ProcessEnv): EnvHttpProxyAgent {
  const key = PROXY_VARIABLES.map((name) => env[name] ?? '').join('\n');
  if (agent?.key !== key) {
    void agent?.dispatcher.close();
    agent = { key, dispatcher: new EnvHttpProxyAgent() };
  }
  return agent.dispatcher;
}

/** fetch(url, init) through $HTTPS_PROXY / $HTTP_PROXY unless $NO_PROXY exempts the host (direct without them). */
export async function proxiedFetch(url: string, init: RequestInit): Promise<Response> {
  // undici's own fetch and Response: the same WHATWG interfaces as the global ones, typed separately.
  const response = await undiciFetch(url, { ...(init as object), dispatcher: dispatcherFor(process.env) });
  return response as unknown as Response;
}
