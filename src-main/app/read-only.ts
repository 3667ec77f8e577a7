// A database opened read-only because its file may not be written (openDatabase's readOnlyIfUnwritable): what
// only reads still runs (listing, searching and exporting the knowledge base, conversations, the review queue,
// models, settings, an evaluation), and every other channel is refused before its handler starts, with the coded
// error that names the file and says what to do (data.file-not-writable), instead of SQLite's "attempt to write a
// readonly database" halfway through, or after a model download.
import type { Channel, Handlers, ParsedInput } from '../shared/api/index.ts';
import { readOnlyRefusal } from '../store/data-folder.ts';

/** Channels that never write the database: all of them, or only for the inputs the function accepts. */
const READS: { [C in Channel]?: true | ((input: ParsedInput<C>) => boolean) } = {
  'app:info': true,
  // Opens a new connection that may write; this one stays as it is.
  'app:reopen': true,
  'app:threads': true,
  'app:precision': true,
  'backup:list': true,
  // VACUUM INTO reads the database; the copy goes to the backups folder, which may be written.
  'backup:create': true,
  'chat:stop': true,
  'chat:conversations': true,
  'chat:messages': true,
  'chat:export': true,
  'eval:run': true,
  'faq:list': true,
  'faq:get': true,
  'faq:search': true,
  'faq:categories': true,
  'faq:tags': true,
  'faq:status': true,
  'faq:export': true,
  'faq:import': (input) => input.dryRun === true,
  'generate:run': true,
  'generate:cancel': true,
  'model:list': true,
  'review:list': true,
  'settings:get': true,
  'training:preview': true,
  'training:runs': true,
};

/** Whether `channel` with `input` only reads the database. */
function onlyReads(channel: Channel, input: unknown): boolean {
  const reads = READS[channel] as true | ((input: unknown) => boolean) | undefined;
  return reads === true || (reads?.(input) ?? false);
}

/** `handlers` with every channel that writes refused before it starts, as readOnlyRefusal() says for database `file`. */
export function refuseWrites(handlers: Handlers, file: string): Handlers {
  const guarded = Object.entries(handlers).map(([channel, handler]) => {
    const refusing = async (input: unknown) => {
      if (!onlyReads(channel as Channel, input)) throw readOnlyRefusal(file);
      return (handler as (input: unknown) => Promise<unknown>)(input);
    };
    return [channel, refusing] as const;
  });
  return Object.fromEntries(guarded) as unknown as Handlers;
}
