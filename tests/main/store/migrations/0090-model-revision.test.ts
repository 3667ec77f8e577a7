import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src-main/store/database.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { ModelRepository } from '../../../../src-main/store/model-repository.ts';
import { makeTempDir } from '../temp-kb.ts';

const CONFIG = { vocabSize: 10, nPositions: 8, nEmbd: 4, nLayer: 1, nHead: 1, layerNormEpsilon: 1e-5 };

describe('migration 0090 model revision', () => {
  it('keeps a version pulled before it, with no revision, and stores the commit of a pull after it', () => {
    const dir = makeTempDir('concierge-0090-');
    try {
      const old = openDatabase(dir, { migrations: migrations.filter((migration) => migration.version < 90) });
      old.prepare(
        `INSERT INTO model_versions (id, name, source, config, metrics, format, origin, size_bytes, created_at, active)
         VALUES ('old', 'openai-community/gpt2', 'pull', ?, '{}', 'safetensors', 'openai-community/gpt2', 10, '2026-01-01T00:00:00.000Z', 1)`,
      ).run(JSON.stringify(CONFIG));
      old.close();

      const db = openDatabase(dir);
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
        const models = new ModelRepository(db);
        expect(models.get('old')).toMatchObject({ origin: 'openai-community/gpt2', revision: null, active: true });
        const commit = 'b'.repeat(40);
        const pulled = { id: 'new', name: 'gpt2', source: 'pull', config: CONFIG, format: 'safetensors', origin: 'openai-community/gpt2', revision: commit, sizeBytes: 10 } as const;
        expect(models.insert(pulled)).toMatchObject({ revision: commit, active: false });
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
