import { shell, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from '../server/content-security-policy.ts';
import { isAppUrl } from './trusted-sender.ts';

/** http(s) links open in the system browser; nothing else (file:, javascript:, custom schemes) is opened. */
function openExternally(url: string): void {
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}

/** Every web contents stays on the app's page: navigation, new windows and <webview> are refused. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url) && isAppUrl(contents.getURL())) return; // a reload of the app's own page
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Session-wide defences: the CSP header on every response (the app protocol sets it too; this covers
 * anything else that loads), and no permission (camera, geolocation, notifications…) except writing the
 * clipboard for "copy answer", and that only for the app's page.
 */
export function hardenSession(session: Session): void {
  const policy = contentSecurityPolicy();
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  const allowed = (permission: string, origin: string) =>
    permission === 'clipboard-sanitized-write' && isAppUrl(origin);
  session.setPermissionRequestHandler((contents, permission, callback) => callback(allowed(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
}
