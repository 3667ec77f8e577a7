import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportReport } from '../shared/api/faq.ts';
import type { FaqRepository } from '../store/faq-repository.ts';
import { importFaq } from './import-faq.ts';

/** resources/sample-faq.json in the source tree; a packaged app passes its own resources path. */
export const SAMPLE_FAQ_FILE = fileURLToPath(new URL('../../resources/sample-faq.json', import.meta.url));

/**
 * Loads the sample FAQ on first run: only into a KB that was never written (no entries, not even deleted
 * ones, and revision 0), so a user who deleted everything does not get the sample back. Returns the
 * import report, or null when nothing was done (KB not pristine, or no sample file).
 */
export function seedSampleFaq(repo: FaqRepository, file = SAMPLE_FAQ_FILE): ImportReport | null {
  if (!repo.isPristine()) return null;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // Checked again under the write lock (IMMEDIATE): the app and `concierge serve` may start together.
  const seed = repo.db.transaction(() =>
    repo.isPristine() ? importFaq(repo, bytes, { fileName: file, format: 'json' }) : null,
  );
  return seed.immediate();
}
