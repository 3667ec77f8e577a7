/**
 * The renderer's Content-Security-Policy, for the web server's header and the Electron app's protocol handler.
 * Scripts only from the app itself: no inline script, no eval. Styles allow 'unsafe-inline' because Svelte
 * templates may carry `style="…"` attributes, which cannot run code. `extraConnectSources` names the
 * WebSocket endpoint in web mode (older engines do not match ws: against 'self').
 */
export function contentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...extraConnectSources].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
