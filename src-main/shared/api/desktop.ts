import { z } from 'zod';
import { channel, type ChannelSpec } from './define.ts';

/**
 * Channels only the desktop app serves (native dialogs, restarting the app). They travel over the same IPC
 * bridge as the API but are not part of `channels`: web mode and the CLI have no window to open a dialog in,
 * and refuse them as unknown. The renderer calls them only when `window.concierge` exists.
 */
export const desktopChannels = {
  /** A native folder picker; `path` is null when the user cancels. `title` is the dialog's (translated) title. */
  'desktop:pick-folder': channel(z.object({ title: z.string().min(1).max(200) })).returns<{ path: string | null }>(),
  /** Makes `path` the data folder (created if missing, must be writable) and restarts the app on it. */
  'desktop:use-data-folder': channel(z.object({ path: z.string().min(1).max(4096) })).returns<{ restarting: true }>(),
} satisfies Record<string, ChannelSpec>;

export type DesktopChannels = typeof desktopChannels;
export type DesktopChannel = keyof DesktopChannels;
export type DesktopInput<C extends DesktopChannel> = z.input<DesktopChannels[C]['input']>;
export type DesktopOutput<C extends DesktopChannel> = NonNullable<DesktopChannels[C]['output']>;
export type DesktopHandlers = {
  [C in DesktopChannel]: (input: z.output<DesktopChannels[C]['input']>) => Promise<DesktopOutput<C>>;
};
