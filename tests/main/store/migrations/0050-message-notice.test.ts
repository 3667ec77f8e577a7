import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageNotice } from '../../../../src-main/shared/api/chat.ts';
import { openDatabase, type Database } from '../../../../src-main/store/database.ts';
import { ConversationRepository } from '../../../../src-main/store/conversation-repository.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { makeTempDir } from '../temp-kb.ts';

const NOW = '2026-01-01T00:00:00.000Z';
const before50 = migrations.filter((migration) => migration.version < 50);

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDir('concierge-0050-');
});
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0050 message notice', () => {
  it('adds an empty notice to the messages a database already holds, and stores a new one as JSON', () => {
    db = openDatabase(dir, { migrations: before50 });
    const conversation = db.prepare('INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?) RETURNING id').pluck().get('t', NOW, NOW) as number;
    const old = db
      .prepare(`INSERT INTO messages (conversation_id, role, text, mode, created_at, updated_at) VALUES (?, 'assistant', 'old', 'faq', ?, ?) RETURNING id`)
      .pluck()
      .get(conversation, NOW, NOW) as number;
    db.close();

    db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const repository = new ConversationRepository(db);
    expect(repository.getMessage(old)).toMatchObject({ text: 'old', notice: null });
    const notice: MessageNotice = { code: 'model-missing', modelId: 'tiny', files: ['onnx/model.onnx'], folderMissing: false, message: 'gone' };
    const added = repository.addMessage(conversation, 'assistant', { text: 'new', mode: 'handoff', notice });
    expect(repository.getMessage(added.id).notice).toEqual(notice);
    expect(() => db.prepare('UPDATE messages SET notice = ? WHERE id = ?').run('{not json', old)).toThrow(/CHECK constraint/);
  });
});
