import { protocol, type Session } from 'electron';
import { contentSecurityPolicy } from '../server/content-security-policy.ts';
import { readStaticFile } from '../server/static-files.ts';
import { APP_HOST, APP_SCHEME } from './trusted-sender.ts';

/**
 * Registers `app://` as a standard, secure scheme. Must run before the app is ready. A custom scheme rather
 * than file:// gives the UI a real origin (so the IPC sender check and the CSP have something exact to
 * match), keeps the rest of the disk out of reach, and lets us send the CSP as a header.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer at app://concierge/ with the strict CSP header. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': contentSecurityPolicy(),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
