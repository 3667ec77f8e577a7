import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../src-main/store/database.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { ModelRepository } from '../../../../src-main/store/model-repository.ts';
import { makeTempDir } from '../temp-kb.ts';

const before90 = migrations.filter((migration) => migration.version < 90);
const CONFIG = JSON.stringify({ vocabSize: 10, nPositions: 8, nEmbd: 4, nLayer: 1, nHead: 1, layerNormEpsilon: 1e-5 });

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDir('concierge-0090-');
});
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0090 model revision', () => {
  it('keeps a version pulled before it, with no revision, and stores the commit of a pull after it', () => {
    db = openDatabase(dir, { migrations: before90 });
    db.prepare(
      `INSERT INTO model_versions (id, name, source, config, metrics, format, origin, size_bytes, created_at, active)
       VALUES ('old', 'openai-community/gpt2', 'pull', ?, '{}', 'safetensors', 'openai-community/gpt2', 10, '2026-01-01T00:00:00.000Z', 1)`,
    ).run(CONFIG);
    db.close();

    db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const models = new ModelRepository(db);
    expect(models.get('old')).toMatchObject({ origin: 'openai-community/gpt2', revision: null, active: true });
    const commit = 'b'.repeat(40);
    const pulled = models.insert({ id: 'new', name: 'gpt2', source: 'pull', config: JSON.parse(CONFIG), format: 'safetensors', origin: 'openai-community/gpt2', revision: commit, sizeBytes: 10 });
    expect(pulled).toMatchObject({ revision: commit, active: false });
  });
});
