import type { DesktopChannel, DesktopInput, DesktopOutput } from '../../src-main/shared/api/desktop.ts';
import { deserializeError } from '../../src-main/shared/errors.ts';

/** What only the desktop app can do: native dialogs and restarting on another data folder. */
export interface DesktopApi {
  /** A native folder picker; null when the user cancels. */
  pickFolder(title: string): Promise<string | null>;
  /** Checks the folder, then restarts the app on it (the window goes away). */
  useDataFolder(path: string): Promise<void>;
}

/** The desktop API over the preload's bridge, or null in web mode (no `window.concierge`). */
export function createDesktopApi(): DesktopApi | null {
  const bridge = window.concierge;
  if (!bridge) return null;
  const invoke = async <C extends DesktopChannel>(channel: C, input: DesktopInput<C>): Promise<DesktopOutput<C>> => {
    const reply = await bridge.invoke(channel, input);
    if (!reply.ok) throw deserializeError(reply.error, channel);
    return reply.result as DesktopOutput<C>;
  };
  return {
    pickFolder: async (title) => (await invoke('desktop:pick-folder', { title })).path,
    useDataFolder: async (path) => void (await invoke('desktop:use-data-folder', { path })),
  };
}
