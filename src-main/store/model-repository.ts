import type { Database, Statement } from 'better-sqlite3';
import type { ModelArchitecture, ModelSource, ModelVersion } from '../shared/api/models.ts';
import { ConflictError, NotFoundError } from '../shared/errors.ts';

interface Row {
  id: string;
  name: string;
  source: ModelSource;
  parent_id: string | null;
  kb_revision: number | null;
  config: string;
  metrics: string;
  format: ModelVersion['format'];
  origin: string | null;
  revision: string | null;
  size_bytes: number;
  created_at: string;
  active: number;
}

/** A version as stored; `missing` and `precisions` are properties of the disk, added by the registry. */
export type ModelRecord = Omit<ModelVersion, 'missing' | 'missingFiles' | 'folderMissing' | 'precisions'>;

export interface NewModelRecord {
  id: string;
  name: string;
  source: ModelSource;
  parentId?: string | null;
  kbRevision?: number | null;
  config: ModelArchitecture;
  metrics?: Record<string, number>;
  format: ModelVersion['format'];
  origin?: string | null;
  revision?: string | null;
  sizeBytes: number;
  /** Make it the active version; the first version ever registered is activated regardless. */
  activate?: boolean;
}

const toRecord = (row: Row): ModelRecord => ({
  id: row.id,
  name: row.name,
  source: row.source,
  parentId: row.parent_id,
  kbRevision: row.kb_revision,
  config: JSON.parse(row.config),
  metrics: JSON.parse(row.metrics),
  format: row.format,
  origin: row.origin,
  revision: row.revision,
  sizeBytes: row.size_bytes,
  createdAt: row.created_at,
  active: row.active === 1,
});

/** Model version rows. Exactly one version is active whenever any exist. */
export class ModelRepository {
  private readonly getStmt: Statement<[string], Row>;
  private readonly listStmt: Statement<[], Row>;
  private readonly activeStmt: Statement<[], Row>;
  private readonly insertStmt: Statement<Record<string, unknown>>;
  private readonly clearActiveStmt: Statement<[]>;
  private readonly setActiveStmt: Statement<[string]>;
  private readonly deleteStmt: Statement<[string]>;
  private readonly metricsStmt: Statement<[string, string]>;
  private readonly sizeStmt: Statement<[number, string]>;

  constructor(private readonly db: Database) {
    this.getStmt = db.prepare('SELECT * FROM model_versions WHERE id = ?');
    this.listStmt = db.prepare('SELECT * FROM model_versions ORDER BY created_at DESC, id DESC');
    this.activeStmt = db.prepare('SELECT * FROM model_versions WHERE active = 1');
    this.insertStmt = db.prepare(
      `INSERT INTO model_versions
         (id, name, source, parent_id, kb_revision, config, metrics, format, origin, revision, size_bytes, created_at, active)
       VALUES (@id, @name, @source, @parentId, @kbRevision, @config, @metrics, @format, @origin, @revision, @sizeBytes,
               @createdAt, 0)`,
    );
    this.clearActiveStmt = db.prepare('UPDATE model_versions SET active = 0 WHERE active = 1');
    this.setActiveStmt = db.prepare('UPDATE model_versions SET active = 1 WHERE id = ?');
    this.deleteStmt = db.prepare('DELETE FROM model_versions WHERE id = ?');
    this.metricsStmt = db.prepare('UPDATE model_versions SET metrics = ? WHERE id = ?');
    this.sizeStmt = db.prepare('UPDATE model_versions SET size_bytes = ? WHERE id = ?');
  }

  get(id: string): ModelRecord | undefined {
    const row = this.getStmt.get(id);
    return row && toRecord(row);
  }

  require(id: string): ModelRecord {
    const record = this.get(id);
    if (!record) throw new NotFoundError(`Model version "${id}" does not exist`);
    return record;
  }

  list(): ModelRecord[] {
    return this.listStmt.all().map(toRecord);
  }

  active(): ModelRecord | undefined {
    const row = this.activeStmt.get();
    return row && toRecord(row);
  }

  /** Adds a version; `alongside` runs in the same transaction, so its writes land with the row or not at all. */
  insert(record: NewModelRecord, alongside?: () => void, now = new Date()): ModelRecord {
    this.db.transaction(() => {
      if (this.getStmt.get(record.id)) throw new ConflictError(`Model version "${record.id}" already exists`);
      this.insertStmt.run({
        id: record.id,
        name: record.name,
        source: record.source,
        parentId: record.parentId ?? null,
        kbRevision: record.kbRevision ?? null,
        config: JSON.stringify(record.config),
        metrics: JSON.stringify(record.metrics ?? {}),
        format: record.format,
        origin: record.origin ?? null,
        revision: record.revision ?? null,
        sizeBytes: record.sizeBytes,
        createdAt: now.toISOString(),
      });
      if (record.activate || !this.activeStmt.get()) this.setActive(record.id);
      alongside?.();
    })();
    return this.require(record.id);
  }

  activate(id: string): ModelRecord {
    this.db.transaction(() => {
      this.require(id);
      this.setActive(id);
    })();
    return this.require(id);
  }

  /** Removes a row; the active version cannot be deleted (activate another one first). */
  delete(id: string): void {
    this.db.transaction(() => {
      const record = this.require(id);
      if (record.active) {
        throw new ConflictError(`Model version "${id}" is active; activate another version before deleting it`);
      }
      this.deleteStmt.run(id);
    })();
  }

  /** The folder's size after a file was added to it (the int8 copy). */
  setSize(id: string, sizeBytes: number): ModelRecord {
    this.require(id);
    this.sizeStmt.run(sizeBytes, id);
    return this.require(id);
  }

  setMetrics(id: string, metrics: Record<string, number>): ModelRecord {
    this.require(id);
    this.metricsStmt.run(JSON.stringify(metrics), id);
    return this.require(id);
  }

  private setActive(id: string): void {
    this.clearActiveStmt.run();
    this.setActiveStmt.run(id);
  }
}
