import type { z } from 'zod';
import type { ChannelSpec } from './define.ts';
import { appChannels, type AppInfo } from './app.ts';
import { backupChannels, type RestoreResult } from './backup.ts';
import { chatChannels, type ChatEvents } from './chat.ts';
import { faqChannels } from './faq.ts';
import { generateChannels, type GenerateTokenEvent } from './generate.ts';
import { modelChannels, type ModelProgress } from './models.ts';
import { trainingChannels, type TrainingPreviewProgress, type TrainingProgress } from './training.ts';

export * from './app.ts';
export * from './backup.ts';
export * from './chat.ts';
export * from './faq.ts';
export * from './generate.ts';
export * from './models.ts';
export * from './training.ts';
export type { ChannelSpec } from './define.ts';

/** Every request/response channel of the app, by `domain:verb`. Each domain adds its map here. */
export const channels = {
  ...faqChannels,
  ...chatChannels,
  ...generateChannels,
  ...modelChannels,
  ...trainingChannels,
  ...backupChannels,
  ...appChannels,
} satisfies Record<string, ChannelSpec>;

export type Channels = typeof channels;
export type Channel = keyof Channels;
/** What a caller may send (defaults not yet applied). */
export type Input<C extends Channel> = z.input<Channels[C]['input']>;
/** What a handler receives, after validation applied defaults. */
export type ParsedInput<C extends Channel> = z.output<Channels[C]['input']>;
export type Output<C extends Channel> = NonNullable<Channels[C]['output']>;

/** Server-pushed events, by `domain:event`. Each domain adds its events here. */
export interface ApiEvents {
  /** The knowledge base changed; `revision` is the new KB revision. */
  'faq:changed': { revision: number };
  'chat:token': ChatEvents['chat:token'];
  'review:changed': ChatEvents['review:changed'];
  /** A training run advanced (step, loss, ETA) or changed status. */
  'training:progress': TrainingProgress;
  /** A preview asked for with `requestId` moved on to its next phase (planning the data set, timing steps). */
  'training:preview-progress': TrainingPreviewProgress;
  /** A piece of text streamed by `generate:run` `requestId`. */
  'generate:token': GenerateTokenEvent;
  /** A model pull or import advanced (phase, bytes downloaded). */
  'model:progress': ModelProgress;
  /** A model version was added, activated or deleted; `activeId` is the active version now. */
  'model:changed': { activeId: string | null };
  /** The database was replaced by a backup: every view reloads what it shows. */
  'backup:restored': RestoreResult;
  /**
   * What app:info answers changed: the database was opened for writing (app:reopen), or the meaning re-rank's encoder
   * started loading, loaded, failed or gave up. Every window shows it, not only the one that asked.
   */
  'app:changed': AppInfo;
}
export type EventName = keyof ApiEvents;

/**
 * Events a client raises itself, not the server. The web mode's socket can drop, and the server's events sent while
 * it was down are lost: on coming back the client raises `connection:resumed`, and whoever follows an event reloads
 * what that event would have told it. The desktop app's IPC and the in-process client never drop, so never raise it.
 */
export interface ClientEvents {
  'connection:resumed': Record<string, never>;
}
/** What a client's `on` follows: the server's events and its own. */
export type ClientEventMap = ApiEvents & ClientEvents;
export type ClientEventName = keyof ClientEventMap;

/** The handler table every transport serves: a missing handler fails to compile. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> };

/** The client every transport offers to the renderer, CLI and tests. */
export interface ApiClient {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Subscribes to an event (the server's, or the client's own); returns the unsubscribe function. */
  on<E extends ClientEventName>(event: E, listener: (payload: ClientEventMap[E]) => void): () => void;
}
