// The desktop app's extra channels (src-main/shared/api/desktop.ts) in front of the app's router, so the one
// IPC entry point (register-api-ipc.ts) serves both and still checks the sender first. No Electron import:
// main.ts passes the handlers that open dialogs and restart.
import type { Router } from '../app/router.ts';
import { invalidInput } from '../app/router.ts';
import { desktopChannels, type DesktopChannel, type DesktopHandlers } from '../shared/api/desktop.ts';

export function withDesktopChannels(router: Router, handlers: DesktopHandlers): Router {
  return {
    async call(name, payload) {
      if (!Object.hasOwn(desktopChannels, name)) return router.call(name, payload);
      const channel = name as DesktopChannel;
      const parsed = desktopChannels[channel].input.safeParse(payload);
      if (!parsed.success) throw invalidInput(channel, parsed.error.issues);
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      return handler(parsed.data);
    },
  };
}
