import type { Migration } from '../migration.ts';

/**
 * What a review link changed, kept with the linked item (`{"addedQuestion", "previousAnswer", "linkedAnswer"}`), so
 * unlinking takes back exactly that from any client (the app's Undo, `concierge review unlink`) and nothing edited
 * since. Items linked before it have none: unlinking them reopens the item and leaves the entry as it is.
 */
export const reviewLinkUndo: Migration = {
  version: 80,
  name: 'review-link-undo',
  up(db) {
    db.exec(`ALTER TABLE review_queue ADD COLUMN link_undo TEXT CHECK (link_undo IS NULL OR json_valid(link_undo))`);
  },
};
