// fetch that goes through the proxy the environment names. Node's own fetch ignores HTTP_PROXY / HTTPS_PROXY,
// and an office network often lets traffic out only through its proxy: without this, `model pull` fails
// there while the browser on the same machine reaches the hub. undici loads at the first request, not with the
// app: it is a hundred modules (0.3 s of CPU per CLI command), and only a pull fetches.
import type { EnvHttpProxyAgent } from 'undici';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'] as const;

let agent: { key: string; dispatcher: EnvHttpProxyAgent } | null = null;

/** One dispatcher per proxy setting: it keeps its connections alive across the requests of a pull. */
function dispatcherFor(env: NodeJS.ProcessEnv, undici: typeof import('undici')): EnvHttpProxyAgent {
  const key = PROXY_VARIABLES.map((name) => env[name] ?? '').join('\n');
  if (agent?.key !== key) {
    void agent?.dispatcher.close();
    agent = { key, dispatcher: new undici.EnvHttpProxyAgent() };
  }
  return agent.dispatcher;
}

/** fetch(url, init) through $HTTPS_PROXY / $HTTP_PROXY unless $NO_PROXY exempts the host (direct without them). */
export async function proxiedFetch(url: string, init: RequestInit): Promise<Response> {
  // undici's own fetch and Response: the same WHATWG interfaces as the global ones, typed separately.
  const undici = await import('undici');
  const response = await undici.fetch(url, { ...(init as object), dispatcher: dispatcherFor(process.env, undici) });
  return response as unknown as Response;
}
