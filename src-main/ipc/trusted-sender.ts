import type { IpcMainInvokeEvent, WebContents } from 'electron';

/** The renderer's origin: the app protocol (app-protocol.ts) serves the built UI from here. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'concierge';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for a URL the app protocol serves; everything else (remote pages, file://, devtools) is foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * IPC is answered only for the top frame of the app's own window showing the app's own page: not an iframe,
 * not another window, not a page it was navigated to.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  appContents: WebContents | null,
): boolean {
  const frame = event.senderFrame;
  return appContents !== null && event.sender === appContents && frame !== null && frame.parent === null && isAppUrl(frame.url);
}
