import type { ApiClient } from '../shared/api/index.ts';

export interface KnowledgeBaseState {
  /** Live, enabled entries: the ones a question is answered from. */
  enabledEntries: number;
  /** No entry was ever written (none deleted either): the app and `serve` load the sample FAQ into it (kb/seed-sample.ts). */
  neverWritten: boolean;
}

export async function knowledgeBaseState(client: ApiClient): Promise<KnowledgeBaseState> {
  const { total, revision } = await client.invoke('faq:list', { enabled: true, limit: 1 });
  if (total > 0 || revision > 0) return { enabledEntries: total, neverWritten: false };
  const written = await client.invoke('faq:list', { includeDeleted: true, limit: 1 });
  return { enabledEntries: 0, neverWritten: written.total === 0 };
}

/**
 * Why every question is handed off when no entry is enabled, and how to fill the knowledge base. The sample FAQ is
 * offered only where `serve` would load it: a knowledge base whose entries were deleted or disabled never gets it back.
 */
export function emptyKnowledgeBaseNote({ neverWritten }: KnowledgeBaseState): string {
  const fill = neverWritten
    ? 'import entries with `concierge faq import FILE`, or start `concierge serve` (or the app) once on this data ' +
      'folder to load the sample FAQ'
    : "import entries with `concierge faq import FILE`, or enable or restore entries in the app's Knowledge base " +
      '(the sample FAQ is loaded only into a knowledge base that never had an entry)';
  return `the knowledge base has no enabled entries, so every question is handed off to a person; ${fill}.`;
}
