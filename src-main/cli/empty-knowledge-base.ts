import type { Output } from '../shared/api/index.ts';

/**
 * `enabledEntries`: live, enabled entries, the ones a question is answered from. `pristine`: no entry was ever
 * written (none deleted either); the app and `serve` load the sample FAQ into it (kb/seed-sample.ts).
 */
export type KnowledgeBaseState = Output<'faq:status'>;

/**
 * Why every question is handed off when no entry is enabled, and how to fill the knowledge base. The sample FAQ is
 * offered only where `serve` would load it: a knowledge base whose entries were deleted or disabled never gets it back.
 */
export function emptyKnowledgeBaseNote({ pristine }: KnowledgeBaseState): string {
  const fill = pristine
    ? 'import entries with `concierge faq import FILE`, or start `concierge serve` (or the app) once on this data ' +
      'folder to load the sample FAQ'
    : "import entries with `concierge faq import FILE`, or enable or restore entries in the app's Knowledge base " +
      '(the sample FAQ is loaded only into a knowledge base that never had an entry)';
  return `the knowledge base has no enabled entries, so every question is handed off to a person; ${fill}.`;
}
