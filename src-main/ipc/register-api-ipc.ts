import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { EventBus } from '../app/events.ts';
import type { Router } from '../app/router.ts';
import { UnauthorizedError } from '../app/transport-errors.ts';
import type { InvokeResult } from '../shared/api/transport.ts';
import { InvalidInputError, serializeError } from '../shared/errors.ts';
import { IPC_EVENT, IPC_INVOKE } from './ipc-channels.ts';
import { isTrustedSender } from './trusted-sender.ts';

export interface ApiIpcOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  router: Router;
  events: EventBus;
  /** The app window's contents, the only sender answered and the receiver of events; null once it is gone. */
  appContents: () => WebContents | null;
}

/**
 * The one IPC entry point: checks the sender, lets the router validate the payload, and returns
 * `{ok, result}` or `{ok: false, error}`; pushes every API event to the window. Returns the unregister function.
 */
export function registerApiIpc(options: ApiIpcOptions): () => void {
  options.ipcMain.handle(IPC_INVOKE, async (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    return invokeChecked(options, event, channel, input);
  });
  const stopEvents = options.events.onAny((event, payload) => {
    const contents = options.appContents();
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT, event, payload);
  });
  return () => {
    options.ipcMain.removeHandler(IPC_INVOKE);
    stopEvents();
  };
}

export async function invokeChecked(
  options: Pick<ApiIpcOptions, 'router' | 'appContents'>,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  channel: unknown,
  input: unknown,
): Promise<InvokeResult> {
  try {
    if (!isTrustedSender(event, options.appContents())) {
      throw new UnauthorizedError('IPC refused: the sender is not the Concierge window');
    }
    // Structured clone lets a page send any value here; only a string names a channel (String() of an
    // object may throw, and of ['faq:list'] would quietly name one).
    if (typeof channel !== 'string') throw new InvalidInputError(`The channel must be a string, not ${typeof channel}`);
    return { ok: true, result: await options.router.call(channel, input) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}
