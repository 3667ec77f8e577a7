import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src-main/store/database.ts';
import { migrations } from '../../../src-main/store/migrations/index.ts';
import { ModelRepository, type NewModelRecord } from '../../../src-main/store/model-repository.ts';

let dir: string;
let db: Database;
let models: ModelRepository;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concierge-models-'));
  db = openDatabase(dir);
  models = new ModelRepository(db);
});
afterEach(async () => {
  db.close();
  await rm(dir, { recursive: true, force: true });
});

const CONFIG = { vocabSize: 50257, nPositions: 64, nEmbd: 32, nLayer: 2, nHead: 4, layerNormEpsilon: 1e-5 };
const record = (id: string, extra: Partial<NewModelRecord> = {}): NewModelRecord => ({
  id,
  name: `Model ${id}`,
  source: 'init',
  config: CONFIG,
  format: 'safetensors',
  sizeBytes: 1000,
  ...extra,
});

describe('ModelRepository', () => {
  describe('insert()', () => {
    it('stores every field and activates the first version', () => {
      const stored = models.insert(
        record('a', { source: 'train', parentId: 'p', kbRevision: 4, metrics: { valLoss: 1.5 }, origin: 'x', revision: 'c'.repeat(40) }),
        undefined,
        new Date('2025-01-02T03:04:05Z'),
      );
      expect(stored).toEqual({
        id: 'a',
        name: 'Model a',
        source: 'train',
        parentId: 'p',
        kbRevision: 4,
        config: CONFIG,
        metrics: { valLoss: 1.5 },
        format: 'safetensors',
        origin: 'x',
        revision: 'c'.repeat(40),
        sizeBytes: 1000,
        createdAt: '2025-01-02T03:04:05.000Z',
        active: true,
      });
    });

    it('keeps the active version unless asked to activate the new one', () => {
      models.insert(record('a'));
      models.insert(record('b'));
      expect(models.active()?.id).toBe('a');
      models.insert(record('c', { activate: true }));
      expect(models.list().filter((m) => m.active).map((m) => m.id)).toEqual(['c']);
    });

    it('keeps no row when the work done alongside it fails, and both when it succeeds', () => {
      expect(() =>
        models.insert(record('a'), () => {
          throw new Error('the run could not be completed');
        }),
      ).toThrow(/could not be completed/);
      expect(models.list()).toEqual([]);
      let insideSeen = 0;
      models.insert(record('b'), () => {
        insideSeen = models.list().length; // the row is visible inside the same transaction
      });
      expect(insideSeen).toBe(1);
      expect(models.list().map((m) => m.id)).toEqual(['b']);
    });

    it('refuses a duplicate id and an id that is not a slug', () => {
      models.insert(record('a'));
      expect(() => models.insert(record('a'))).toThrow(/already exists/);
      expect(() => models.insert(record('../etc'))).toThrow(/CHECK constraint/);
      expect(() => models.insert(record('Upper'))).toThrow(/CHECK constraint/);
    });
  });

  describe('activate()', () => {
    it('moves the single active flag', () => {
      models.insert(record('a'));
      models.insert(record('b'));
      models.activate('b');
      expect(models.get('a')?.active).toBe(false);
      expect(models.active()?.id).toBe('b');
      expect(() => models.activate('zzz')).toThrow(expect.objectContaining({ name: 'NotFoundError' }));
    });
  });

  describe('delete()', () => {
    it('refuses the active version and deletes the others', () => {
      models.insert(record('a'));
      models.insert(record('b'));
      expect(() => models.delete('a')).toThrow(expect.objectContaining({ name: 'ConflictError' }));
      models.delete('b');
      expect(models.list().map((m) => m.id)).toEqual(['a']);
      expect(() => models.delete('b')).toThrow(expect.objectContaining({ name: 'NotFoundError' }));
    });
  });

  describe('setMetrics()', () => {
    it('replaces the metrics', () => {
      models.insert(record('a', { metrics: { f1: 0.1 } }));
      expect(models.setMetrics('a', { f1: 0.5, valLoss: 2 }).metrics).toEqual({ f1: 0.5, valLoss: 2 });
    });
  });

  describe('migration 0020', () => {
    it('adds model_versions to a database at the knowledge-base schema, keeping its rows', async () => {
      const oldDir = await mkdtemp(join(tmpdir(), 'concierge-models-old-'));
      try {
        const old = openDatabase(oldDir, { migrations: migrations.filter((m) => m.version < 20) });
        old
          .prepare(
            `INSERT INTO faq_entries (question, question_key, answer, lang, created_at, updated_at)
             VALUES ('q', 'q', 'a', 'en', 'now', 'now')`,
          )
          .run();
        old.close();
        const migrated = openDatabase(oldDir);
        try {
          expect(migrated.prepare('SELECT count(*) FROM faq_entries').pluck().get()).toBe(1);
          new ModelRepository(migrated).insert(record('a'));
          expect(new ModelRepository(migrated).active()?.id).toBe('a');
        } finally {
          migrated.close();
        }
      } finally {
        await rm(oldDir, { recursive: true, force: true });
      }
    });
  });
});
