import { basename, dirname } from 'node:path';
import { exportFaq } from '../../kb/export-faq.ts';
import { importFaq } from '../../kb/import-faq.ts';
import { ImportProblem } from '../../kb/import-problem.ts';
import { seedSampleFaq } from '../../kb/seed-sample.ts';
import { decodeText } from '../../kb/utf8.ts';
import { IMPORT_FILE_MAX_BYTES, type faqChannels } from '../../shared/api/faq.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { diskError } from '../../node/disk-space.ts';
import { inputName, readInput, STDIN_FILE } from '../../node/input-file.ts';
import { InvalidInputError } from '../../shared/errors.ts';
import type { Database } from '../../store/database.ts';
import { FaqRepository } from '../../store/faq-repository.ts';
import type { EventBus } from '../events.ts';

type FaqChannel = keyof typeof faqChannels;

export interface FaqDeps {
  db: Database;
  /** Receives `faq:changed` with the new revision after every write. */
  events: Pick<EventBus, 'emit'>;
  /** Load the sample FAQ into a never-written KB (desktop app and `serve`; never plain CLI commands). */
  seedSample?: boolean;
  /** The sample file, when not resources/sample-faq.json of the source tree (a packaged app). */
  sampleFile?: string;
  /** Takes a database backup before a bulk import or bulk delete (see handlers/backup.ts). */
  backup?: (label: 'import' | 'delete') => void;
}

export function createFaqHandlers({ db, events, seedSample = false, sampleFile, backup }: FaqDeps): Pick<Handlers, FaqChannel> {
  const repo = new FaqRepository(db);
  if (seedSample) seedSampleFaq(repo, sampleFile);

  /** Runs a write and announces the new revision if the KB changed (a failed write throws before). */
  const write = async <T,>(work: () => T): Promise<T> => {
    const before = repo.revision();
    let result: T;
    try {
      result = work();
    } catch (error) {
      throw diskError(error, 'save the change to the knowledge base', dirname(db.name));
    }
    const revision = repo.revision();
    if (revision !== before) events.emit('faq:changed', { revision });
    return result;
  };
  /** Bulk changes first copy a knowledge base that holds something to lose. */
  const backupBefore = (label: 'import' | 'delete') => {
    if (backup && !repo.isPristine()) backup(label);
  };

  return {
    'faq:list': async (query) => repo.list(query),
    'faq:get': async ({ id }) => repo.get(id),
    'faq:search': async ({ query, limit }) => repo.searchFaq(query, { limit }),
    'faq:categories': async () => repo.categories(),
    'faq:tags': async () => repo.tags(),
    'faq:status': async () => ({ enabledEntries: repo.enabledCount(), pristine: repo.isPristine() }),
    'faq:export': async ({ format }) => exportFaq(repo, format),
    'faq:create': (draft) => write(() => repo.create(draft)),
    'faq:update': (patch) => write(() => repo.update(patch)),
    'faq:delete': ({ ids }) =>
      write(() => {
        if (ids.length > 1) backupBefore('delete');
        return repo.remove(ids);
      }),
    'faq:restore': ({ ids }) => write(() => repo.restore(ids)),
    'faq:bulk-update': ({ ids, patch }) => write(() => repo.bulkUpdate(ids, patch)),
    'faq:import': ({ fileName, content, format, dryRun }) =>
      write(() => importFaq(repo, content, { fileName, format, dryRun, beforeWrite: () => backupBefore('import') })),
  };
}

/**
 * Reads an import file, or standard input for `-`, into what `faq:import` takes (for the CLI): a file over the size
 * limit is refused before it is read (or when it passes the limit while it is read), anything but a regular file (a
 * device, a pipe) before it is opened, and bad bytes (UTF-8, or UTF-16 with a BOM) with the line of the first one.
 */
export async function readFaqFile(path: string): Promise<{ fileName: string; content: string }> {
  const bytes = await readInput(path, IMPORT_FILE_MAX_BYTES);
  try {
    return { fileName: path === STDIN_FILE ? inputName(path) : basename(path), content: decodeText(bytes) };
  } catch (error) {
    if (error instanceof ImportProblem) throw new InvalidInputError(`${inputName(path)}: line ${error.line}: ${error.message}`);
    throw error;
  }
}
