import type { Database, Statement } from 'better-sqlite3';
import { FaqIndex, type RankOptions } from '../search/faq-index.ts';
import { filterMatch } from '../search/fts-query.ts';
import { questionKey } from '../search/question-key.ts';
import { hasCjk, TOKENIZER_VERSION } from '../search/tokenize.ts';
import {
  BulkPatch,
  FaqDraft,
  FaqListQuery,
  FaqPatch,
  PARAPHRASES_MAX,
  type FaqEntry,
  type FaqSearchHit,
  type Lang,
  type ParsedFaqDraft,
} from '../shared/api/faq.ts';
import { ConflictError, NotFoundError } from '../shared/errors.ts';
import { readOnlyRefusal } from './data-folder.ts';
import { ENTRY_COLUMNS, toEntry, type EntryRow } from './faq-rows.ts';
import { validate } from './validate.ts';

export interface FaqRepositoryOptions {
  /** The clock for timestamps (tests pin it). */
  now?: () => Date;
}

export interface Duplicate {
  reason: 'ref' | 'question';
  id: number;
}

export interface BulkResult {
  ids: number[];
  previous: { id: number; category: string; enabled: boolean }[];
}

/** The stored language of a draft: as given, else Chinese when the question has CJK characters. */
export const detectEntryLang = (question: string, lang?: Lang): Lang => lang ?? (hasCjk(question) ? 'zh' : 'en');

/** The WHERE clause of each list filter; a query uses only those it sets, so SQLite can use their indexes. */
const LIST_CONDITIONS = {
  live: 'e.deleted_at IS NULL',
  category: 'e.category = @category',
  lang: 'e.lang = @lang',
  enabled: 'e.enabled = @enabled',
  tag: 'EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = @tag)',
  match: 'e.id IN (SELECT rowid FROM faq_fts WHERE faq_fts MATCH @match)',
  ids: 'e.id IN (SELECT value FROM json_each(@ids))',
};
type ListCondition = keyof typeof LIST_CONDITIONS;

/**
 * The knowledge base. Every write runs in one transaction that also keeps the full-text index in step and
 * bumps the KB revision, so a model trained at revision N knows exactly which KB it learned.
 */
export class FaqRepository {
  readonly db: Database;
  readonly #index: FaqIndex;
  readonly #now: () => Date;
  /** List statements by the set of filters used, each prepared on first use. */
  readonly #listStatements = new Map<string, { page: Statement; count: Statement }>();
  readonly #sql: Record<
    | 'get' | 'getMany' | 'insert' | 'update' | 'insertParaphrase' | 'deleteParaphrases' | 'setDeleted'
    | 'setCategory' | 'setEnabled' | 'bumpRevision' | 'revision' | 'liveByRef' | 'liveByQuestion'
    | 'categories' | 'tags' | 'entryCount' | 'enabledCount' | 'allEntries' | 'liveEntries' | 'enabledEntries' | 'setTokenizerVersion'
    | 'totalChanges' | 'answerableRefs' | 'enabledIdsByLang',
    Statement
  >;

  constructor(db: Database, options: FaqRepositoryOptions = {}) {
    this.db = db;
    this.#now = options.now ?? (() => new Date());
    this.#index = new FaqIndex(db);
    this.#sql = {
      get: db.prepare(`SELECT ${ENTRY_COLUMNS} FROM faq_entries AS e WHERE e.id = ?`),
      getMany: db.prepare(`SELECT ${ENTRY_COLUMNS} FROM faq_entries AS e WHERE e.id IN (SELECT value FROM json_each(?))`),
      insert: db.prepare(
        `INSERT INTO faq_entries (question, question_key, answer, category, tags, lang, enabled, ref, created_at, updated_at)
         VALUES (@question, @questionKey, @answer, @category, @tags, @lang, @enabled, @ref, @now, @now) RETURNING id`,
      ).pluck(),
      update: db.prepare(
        `UPDATE faq_entries SET question = @question, question_key = @questionKey, answer = @answer,
           category = @category, tags = @tags, lang = @lang, enabled = @enabled, ref = @ref, updated_at = @now
         WHERE id = @id`,
      ),
      insertParaphrase: db.prepare('INSERT INTO faq_paraphrases (entry_id, text, position) VALUES (?, ?, ?)'),
      deleteParaphrases: db.prepare('DELETE FROM faq_paraphrases WHERE entry_id = ?'),
      setDeleted: db.prepare('UPDATE faq_entries SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id'),
      setCategory: db.prepare('UPDATE faq_entries SET category = ?, updated_at = ? WHERE id = ?'),
      setEnabled: db.prepare('UPDATE faq_entries SET enabled = ?, updated_at = ? WHERE id = ?'),
      bumpRevision: db.prepare('UPDATE kb_meta SET revision = revision + 1 WHERE id = 1 RETURNING revision').pluck(),
      revision: db.prepare('SELECT revision FROM kb_meta WHERE id = 1').pluck(),
      answerableRefs: db.prepare('SELECT ref FROM faq_entries WHERE ref IS NOT NULL AND enabled = 1 AND deleted_at IS NULL').pluck(),
      enabledIdsByLang: db
        .prepare('SELECT id FROM faq_entries WHERE lang = ? AND enabled = 1 AND deleted_at IS NULL ORDER BY id')
        .pluck(),
      liveByRef: db.prepare('SELECT id FROM faq_entries WHERE ref = ? AND deleted_at IS NULL AND id IS NOT ?').pluck(),
      liveByQuestion: db
        .prepare('SELECT id FROM faq_entries WHERE question_key = ? AND deleted_at IS NULL AND id IS NOT ? LIMIT 1')
        .pluck(),
      categories: db.prepare(
        'SELECT category, count(*) AS count FROM faq_entries WHERE deleted_at IS NULL GROUP BY category ORDER BY category',
      ),
      tags: db.prepare(
        `SELECT t.value AS tag, count(*) AS count FROM faq_entries AS e, json_each(e.tags) AS t
         WHERE e.deleted_at IS NULL GROUP BY t.value ORDER BY t.value`,
      ),
      entryCount: db.prepare('SELECT count(*) FROM faq_entries').pluck(),
      enabledCount: db.prepare('SELECT count(*) FROM faq_entries WHERE deleted_at IS NULL AND enabled = 1').pluck(),
      allEntries: db.prepare(`SELECT ${ENTRY_COLUMNS} FROM faq_entries AS e ORDER BY e.id`),
      liveEntries: db.prepare(`SELECT ${ENTRY_COLUMNS} FROM faq_entries AS e WHERE e.deleted_at IS NULL ORDER BY e.id`),
      enabledEntries: db.prepare(
        `SELECT ${ENTRY_COLUMNS} FROM faq_entries AS e WHERE e.deleted_at IS NULL AND e.enabled = 1 ORDER BY e.id`,
      ),
      setTokenizerVersion: db.prepare('UPDATE kb_meta SET tokenizer_version = ? WHERE id = 1'),
      totalChanges: db.prepare('SELECT total_changes()').pluck(),
    };
    this.#reindexIfStale();
  }

  revision(): number {
    return this.#sql.revision.get() as number;
  }

  /** Refs of the entries the assistant answers from (live and enabled). */
  answerableRefs(): Set<string> {
    return new Set(this.#sql.answerableRefs.all() as string[]);
  }

  /** Ids of the enabled live entries in `lang`, in id order (the meaning re-rank's warm-up). */
  enabledIds(lang: Lang): number[] {
    return this.#sql.enabledIdsByLang.all(lang) as number[];
  }

  /** True before anything was ever written: no entries (not even deleted ones) and revision 0. */
  isPristine(): boolean {
    return this.revision() === 0 && this.#sql.entryCount.get() === 0;
  }

  /** Live, enabled entries: the ones questions are answered from. */
  enabledCount(): number {
    return this.#sql.enabledCount.get() as number;
  }

  find(id: number): FaqEntry | null {
    const row = this.#sql.get.get(id) as EntryRow | undefined;
    return row ? toEntry(row) : null;
  }

  /** The entry, deleted or not; NotFoundError when the id was never used. */
  get(id: number): FaqEntry {
    const entry = this.find(id);
    if (!entry) throw new NotFoundError(`FAQ entry #${id} does not exist`).withCode('faq.missing', { id });
    return entry;
  }

  /** Entries in the order of `ids`; unknown ids are skipped. */
  getMany(ids: readonly number[]): FaqEntry[] {
    const byId = new Map(
      (this.#sql.getMany.all(JSON.stringify(ids)) as EntryRow[]).map((row) => [row.id, toEntry(row)] as const),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  create(draft: FaqDraft): FaqEntry {
    const [id] = this.createMany([draft]);
    return this.get(id);
  }

  /**
   * Inserts every draft or none (one transaction, one revision bump). Each is validated and checked for a
   * live entry with the same ref or question, including the drafts before it. Returns the new ids in order.
   */
  createMany(drafts: readonly FaqDraft[]): number[] {
    const parsed = drafts.map((draft) => validate(FaqDraft, draft, 'FAQ entry'));
    return this.#write(() => {
      const now = this.#now().toISOString();
      return parsed.map((draft) => {
        this.#assertUnique(draft.question, draft.ref ?? null, null);
        const id = this.#sql.insert.get(this.#rowParams(draft, now)) as number;
        this.#writeParaphrases(id, draft.paraphrases);
        this.#index.add(id, draft);
        return id;
      });
    });
  }

  /** Changes the fields present in `patch`; `paraphrases` replaces the whole list. The entry must be live. */
  update(patch: FaqPatch): FaqEntry {
    const { id, ...changes } = validate(FaqPatch, patch, 'FAQ change');
    this.#write(() => {
      const current = this.#live(id);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const next: ParsedFaqDraft = { ...current, ...defined };
      this.#assertUnique(next.question, next.ref ?? null, id);
      this.#sql.update.run({ ...this.#rowParams(next, this.#now().toISOString()), id });
      if (changes.paraphrases) this.#writeParaphrases(id, changes.paraphrases);
      this.#index.replace(id, next);
    });
    return this.get(id);
  }

  /** Adds a similar question (e.g. a customer's wording linked from the review queue); a repeat is ignored. */
  addParaphrase(id: number, text: string): FaqEntry {
    const entry = this.#live(id);
    const key = questionKey(text);
    const known = [entry.question, ...entry.paraphrases].some((existing) => questionKey(existing) === key);
    if (known) return entry;
    if (entry.paraphrases.length >= PARAPHRASES_MAX) {
      throw new ConflictError(`FAQ entry #${id} already has ${PARAPHRASES_MAX} similar questions`).withCode('faq.paraphrases-full', {
        id,
        max: PARAPHRASES_MAX,
      });
    }
    return this.update({ id, paraphrases: [...entry.paraphrases, text] });
  }

  /** Soft delete. Returns the ids it deleted (already-deleted ones are left out), for undo with restore(). */
  remove(ids: readonly number[]): { ids: number[] } {
    return this.#write(() => {
      const now = this.#now().toISOString();
      const changed = this.#existing(ids).filter((entry) => entry.deletedAt === null);
      for (const { id } of changed) this.#sql.setDeleted.run({ id, deletedAt: now, now });
      return { ids: changed.map((entry) => entry.id) };
    });
  }

  /** Undoes remove(). ConflictError when a live entry has meanwhile taken the same ref or question. */
  restore(ids: readonly number[]): { ids: number[] } {
    return this.#write(() => {
      const now = this.#now().toISOString();
      const changed = this.#existing(ids).filter((entry) => entry.deletedAt !== null);
      for (const entry of changed) {
        this.#assertUnique(entry.question, entry.ref, entry.id);
        this.#sql.setDeleted.run({ id: entry.id, deletedAt: null, now });
      }
      return { ids: changed.map((entry) => entry.id) };
    });
  }

  /** Sets category and/or enabled on live entries; returns the previous values so the caller can undo. */
  bulkUpdate(ids: readonly number[], patch: BulkPatch): BulkResult {
    const { category, enabled } = validate(BulkPatch, patch, 'bulk change');
    return this.#write(() => {
      const now = this.#now().toISOString();
      const entries = this.#existing(ids);
      const deleted = entries.find((entry) => entry.deletedAt !== null);
      if (deleted) throw new ConflictError(`FAQ entry #${deleted.id} is deleted; restore it first`).withCode('faq.deleted', { id: deleted.id });
      for (const { id } of entries) {
        if (category !== undefined) this.#sql.setCategory.run(category, now, id);
        if (enabled !== undefined) this.#sql.setEnabled.run(enabled ? 1 : 0, now, id);
      }
      return {
        ids: entries.map((entry) => entry.id),
        previous: entries.map(({ id, category, enabled }) => ({ id, category, enabled })),
      };
    });
  }

  setEnabled(ids: readonly number[], enabled: boolean): BulkResult {
    return this.bulkUpdate(ids, { enabled });
  }

  /** Live entries per category (disabled ones included), by category name; '' is "no category". */
  categories(): { category: string; count: number }[] {
    return this.#sql.categories.all() as { category: string; count: number }[];
  }

  /** Live entries per tag (disabled ones included), by tag; an entry counts once per tag it carries. */
  tags(): { tag: string; count: number }[] {
    return this.#sql.tags.all() as { tag: string; count: number }[];
  }

  /** A page of entries matching the filters, oldest first, with the total that match. */
  list(query: FaqListQuery = {}): { entries: FaqEntry[]; total: number; revision: number } {
    const q = validate(FaqListQuery, query, 'list query');
    const match = q.search === undefined ? null : filterMatch(q.search);
    const params = {
      ...(q.category !== undefined && { category: q.category }),
      ...(q.lang !== undefined && { lang: q.lang }),
      ...(q.enabled !== undefined && { enabled: q.enabled ? 1 : 0 }),
      ...(q.tag !== undefined && { tag: q.tag }),
      ...(match !== null && { match }),
      ...(q.ids !== undefined && { ids: JSON.stringify(q.ids) }),
    };
    const conditions = [...(q.includeDeleted ? [] : ['live' as const]), ...(Object.keys(params) as ListCondition[])];
    const { page, count } = this.#listStatement(conditions);
    const read = this.db.transaction(() => ({
      entries: (page.all({ ...params, limit: q.limit ?? 100, offset: q.offset ?? 0 }) as EntryRow[]).map(toEntry),
      total: count.get(params) as number,
      revision: this.revision(),
    }));
    return read();
  }

  /** Every live entry in id order (for export and training), optionally only the enabled ones. */
  all(options: { enabledOnly?: boolean } = {}): FaqEntry[] {
    const statement = options.enabledOnly ? this.#sql.enabledEntries : this.#sql.liveEntries;
    return (statement.all() as EntryRow[]).map(toEntry);
  }

  /** Ranked full-text search over enabled, live entries: best first (default 10), scores higher = better. */
  searchFaq(query: string, options: RankOptions = {}): FaqSearchHit[] {
    const ranked = this.#index.rank(query, { ...options, limit: options.limit ?? 10 });
    const entries = new Map(this.getMany(ranked.map((hit) => hit.id)).map((entry) => [entry.id, entry]));
    return ranked.flatMap(({ id, score }) => {
      const entry = entries.get(id);
      return entry ? [{ entry, score }] : [];
    });
  }

  /** A live entry (other than `exceptId`) with the same ref, else one with the same question (see questionKey). */
  findDuplicate(question: string, ref: string | null, exceptId: number | null = null): Duplicate | null {
    const byRef = ref === null ? undefined : (this.#sql.liveByRef.get(ref, exceptId) as number | undefined);
    if (byRef !== undefined) return { reason: 'ref', id: byRef };
    const byQuestion = this.#sql.liveByQuestion.get(questionKey(question), exceptId) as number | undefined;
    return byQuestion === undefined ? null : { reason: 'question', id: byQuestion };
  }

  #listStatement(conditions: readonly ListCondition[]): { page: Statement; count: Statement } {
    const key = conditions.join(',');
    let statements = this.#listStatements.get(key);
    if (!statements) {
      const where = conditions.length ? `WHERE ${conditions.map((name) => LIST_CONDITIONS[name]).join(' AND ')}` : '';
      statements = {
        page: this.db.prepare(`SELECT ${ENTRY_COLUMNS} FROM faq_entries AS e ${where} ORDER BY e.id LIMIT @limit OFFSET @offset`),
        count: this.db.prepare(`SELECT count(*) FROM faq_entries AS e ${where}`).pluck(),
      };
      this.#listStatements.set(key, statements);
    }
    return statements;
  }

  /**
   * Runs `work` in a transaction that also bumps the revision when `work` changed any row. IMMEDIATE takes
   * the write lock up front, so a concurrent writer (the CLI while the app runs) waits on busy_timeout
   * instead of failing between this transaction's reads and its writes.
   */
  #write<T>(work: () => T): T {
    return this.db
      .transaction(() => {
        const before = this.#sql.totalChanges.get() as number;
        const result = work();
        if ((this.#sql.totalChanges.get() as number) !== before) this.#sql.bumpRevision.get();
        return result;
      })
      .immediate();
  }

  #live(id: number): FaqEntry {
    const entry = this.get(id);
    if (entry.deletedAt !== null) throw new ConflictError(`FAQ entry #${id} is deleted; restore it first`).withCode('faq.deleted', { id });
    return entry;
  }

  /** The entries of `ids`, once each; NotFoundError naming the first unknown id. */
  #existing(ids: readonly number[]): FaqEntry[] {
    const unique = [...new Set(ids)];
    const entries = this.getMany(unique);
    if (entries.length !== unique.length) {
      const found = new Set(entries.map((entry) => entry.id));
      const missing = unique.find((id) => !found.has(id))!;
      throw new NotFoundError(`FAQ entry #${missing} does not exist`).withCode('faq.missing', { id: missing });
    }
    return entries;
  }

  #assertUnique(question: string, ref: string | null, exceptId: number | null): void {
    const duplicate = this.findDuplicate(question, ref, exceptId);
    if (!duplicate) return;
    const what = duplicate.reason === 'ref' ? `ref "${ref}"` : 'this question';
    // Coded, so the editor and the review queue say it in the UI's language, not this English.
    const error = new ConflictError(`FAQ entry #${duplicate.id} already has ${what}`, {
      field: duplicate.reason,
      existingId: duplicate.id,
    });
    throw duplicate.reason === 'ref'
      ? error.withCode('faq.duplicate-ref', { id: duplicate.id, ref: ref ?? '' })
      : error.withCode('faq.duplicate-question', { id: duplicate.id });
  }

  #rowParams(draft: ParsedFaqDraft, now: string) {
    return {
      question: draft.question,
      questionKey: questionKey(draft.question),
      answer: draft.answer,
      category: draft.category,
      tags: JSON.stringify(draft.tags),
      lang: detectEntryLang(draft.question, draft.lang),
      enabled: draft.enabled ? 1 : 0,
      ref: draft.ref ?? null,
      now,
    };
  }

  #writeParaphrases(id: number, paraphrases: readonly string[]): void {
    this.#sql.deleteParaphrases.run(id);
    paraphrases.forEach((text, position) => this.#sql.insertParaphrase.run(id, text, position));
  }

  /**
   * Rebuilds the full-text index when it was built by another tokenizer version (or never). A database opened
   * read-only cannot be rebuilt: one without entries has nothing to index and is read as it is; one whose entries
   * another tokenizer indexed would search wrong, and is refused as one that needs a migration is (readOnlyRefusal).
   */
  #reindexIfStale(): void {
    const stale = this.db.prepare('SELECT tokenizer_version FROM kb_meta WHERE id = 1').pluck().get() !== TOKENIZER_VERSION;
    if (!stale) return;
    if (this.db.readonly) {
      if (this.#sql.entryCount.get() === 0) return;
      throw readOnlyRefusal(this.db.name);
    }
    this.db.transaction(() => {
      this.#index.clear();
      for (const entry of (this.#sql.allEntries.all() as EntryRow[]).map(toEntry)) this.#index.add(entry.id, entry);
      this.#sql.setTokenizerVersion.run(TOKENIZER_VERSION);
    })();
  }
}
