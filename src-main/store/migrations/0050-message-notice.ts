import type { Migration } from '../migration.ts';

/**
 * A notice stored with an answer: why its draft could not use the model (files deleted behind the app's back,
 * not enough memory), as JSON the clients turn into a sentence in the reader's language.
 */
export const messageNotice: Migration = {
  version: 50,
  name: 'message-notice',
  up(db) {
    db.exec(`ALTER TABLE messages ADD COLUMN notice TEXT CHECK (notice IS NULL OR json_valid(notice))`);
  },
};
