import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConversationRepository } from '../../../../src-main/store/conversation-repository.ts';
import { openDatabase } from '../../../../src-main/store/database.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { makeTempDir } from '../temp-kb.ts';

const NOW = '2026-01-01T00:00:00.000Z';

describe('migration 0120 untitled conversations', () => {
  it('leaves a conversation stored as "New conversation" untitled, and every other title as it was', () => {
    const dir = makeTempDir('concierge-0120-');
    try {
      const old = openDatabase(dir, { migrations: migrations.filter((migration) => migration.version < 120) });
      const insert = old.prepare('INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?) RETURNING id').pluck();
      const fromApi = insert.get('New conversation', NOW, NOW) as number;
      const asked = insert.get('How long does delivery take?', NOW, NOW) as number;
      const named = insert.get('新对话', NOW, NOW) as number;
      old.close();

      const db = openDatabase(dir);
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
        const conversations = new ConversationRepository(db);
        expect(conversations.getConversation(fromApi).title).toBeNull();
        expect(conversations.getConversation(asked).title).toBe('How long does delivery take?');
        expect(conversations.getConversation(named).title).toBe('新对话');
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
