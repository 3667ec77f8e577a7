import type { Migration } from '../migration.ts';

/**
 * Conversations created through the API without a title were stored as "New conversation", English words the
 * Chinese UI then showed. They are stored without one now ('', read as null), which the UI names in its own
 * language; this gives the ones stored before the same.
 */
export const untitledConversations: Migration = {
  version: 120,
  name: 'untitled-conversations',
  up(db) {
    db.exec(`UPDATE conversations SET title = '' WHERE title = 'New conversation'`);
  },
};
