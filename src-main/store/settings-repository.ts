import type { Database, Statement } from 'better-sqlite3';

/** Key/value settings; values are stored as JSON. Absent keys mean "use the default in code". */
export class SettingsRepository {
  readonly #all: Statement;
  readonly #upsert: Statement;

  constructor(db: Database, private readonly now: () => Date = () => new Date()) {
    this.#all = db.prepare('SELECT key, value FROM settings');
    this.#upsert = db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
  }

  /** Every stored setting, parsed. */
  all(): Record<string, unknown> {
    const rows = this.#all.all() as { key: string; value: string }[];
    return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  }

  /** Stores each key of `values` (one transaction). */
  set(values: Record<string, unknown>): void {
    const at = this.now().toISOString();
    this.#upsert.database.transaction(() => {
      for (const [key, value] of Object.entries(values)) {
        if (value !== undefined) this.#upsert.run(key, JSON.stringify(value), at);
      }
    })();
  }
}
