import { LIST_IDS_MAX } from '../../../src-main/shared/api/faq-limits.ts';
import type { ApiClient, FaqEntry, ImportReport, Input, Output } from '../../../src-main/shared/api/index.ts';
import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';
import { clipText } from '../../lib/clip-text.ts';
import { undoAction, type ToastAction, type Toasts } from '../toasts.svelte.ts';
import { EntryForm } from './entry-form.svelte.ts';
import { KbImport } from './kb-import.svelte.ts';
import { KbList, type KbFilters } from './kb-list.svelte.ts';
import { KbSelection } from './kb-selection.svelte.ts';
import { ReviewQueue } from './review-queue.svelte.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;
type BulkPrevious = Output<'faq:bulk-update'>['previous'];
export type ExportFormat = Input<'faq:export'>['format'];

export interface KnowledgeBaseDeps {
  api: ApiClient;
  toasts: Toasts;
  t: Translate;
  onError: (error: unknown) => void;
  /** Hands an exported file to the user (a download in the browser). */
  saveFile: (fileName: string, content: string) => void;
  /** Brings the knowledge-base screen up (a toast's Show, pressed after leaving it). */
  openScreen: () => void;
}

const ALL_MATCHING_LIMIT = 50_000;

/** How much of a deleted entry's question its toast shows: one line of the toast. */
const DELETED_QUESTION_MAX = 60;

/** An entry's fields the editor can change: an update with these puts it back as it was. */
function editableFields({ id, question, answer, category, tags, lang, enabled, ref, paraphrases }: FaqEntry) {
  return { id, question, answer, category, tags, lang, enabled, ref, paraphrases };
}

/** Deleting more entries than this at once asks first (Undo stays): a slip on a big selection costs more to notice. */
export const CONFIRM_DELETE_OVER = 3;

/**
 * The knowledge-base screen's state and commands. Every change that can be undone shows a toast whose Undo
 * calls the inverse API (restore, or bulk-update back to the previous values).
 */
export class KnowledgeBase {
  readonly list: KbList;
  readonly selection = new KbSelection();
  readonly importer: KbImport;
  readonly review: ReviewQueue;
  /** Which part of the screen is shown: the entries table or the review queue. */
  view = $state<'entries' | 'review'>('entries');
  categories = $state.raw<string[]>([]);
  /** Tags in use, for the tag filter. */
  tags = $state.raw<string[]>([]);
  /** The entry open in the editor, if any. */
  form = $state.raw<EntryForm | null>(null);
  /** Entries whose deletion waits for the user's confirmation (more than CONFIRM_DELETE_OVER), or null. */
  pendingDelete = $state.raw<readonly number[] | null>(null);
  /** Bumped once showOnly() has loaded its entries, so the screen moves focus to them (from the toast). */
  revealed = $state(0);

  readonly #api: ApiClient;
  readonly #toasts: Toasts;
  readonly #t: Translate;
  readonly #onError: (error: unknown) => void;
  readonly #saveFile: (fileName: string, content: string) => void;
  readonly #openScreen: () => void;

  constructor({ api, toasts, t, onError, saveFile, openScreen }: KnowledgeBaseDeps) {
    this.#api = api;
    this.#openScreen = openScreen;
    this.#saveFile = saveFile;
    this.#toasts = toasts;
    this.#t = t;
    this.#onError = onError;
    this.list = new KbList(api, onError);
    this.importer = new KbImport(api, (report) => this.#imported(report));
    this.review = new ReviewQueue({ api, toasts, t, onError });
  }

  /** Loads the list and follows changes made elsewhere (another window, the CLI); returns the stop function. */
  connect(): () => void {
    void (this.list.loadedOnce ? this.refresh() : Promise.all([this.list.reload(), this.#loadFacets()]));
    const stops = [
      this.#api.on('faq:changed', ({ revision }) => {
        if (revision !== this.list.revision) void this.refresh();
      }),
      // Back from a dropped connection: a faq:changed may have been missed.
      this.#api.on('connection:resumed', () => void this.refresh()),
      this.review.connect(),
    ];
    return () => {
      for (const stop of stops) stop();
      this.list.dispose();
    };
  }

  refresh(): Promise<unknown> {
    return Promise.all([this.list.refresh(), this.#loadFacets()]);
  }

  setSearch(text: string): void {
    this.selection.clear();
    this.list.setSearch(text);
  }

  setFilters(patch: Partial<KbFilters>): Promise<void> {
    this.selection.clear();
    return this.list.setFilters(patch);
  }

  clearFilters(): Promise<void> {
    this.selection.clear();
    return this.list.clearFilters();
  }

  /** The entries list with exactly `ids` (the Show of an "Entry added" or "Imported" toast). */
  async showOnly(ids: readonly number[]): Promise<void> {
    this.#openScreen();
    this.view = 'entries';
    this.selection.clear();
    await this.list.showOnly(ids);
    this.revealed++;
  }

  clearOnly(): Promise<void> {
    this.selection.clear();
    return this.list.clearOnly();
  }

  async selectAllMatching(): Promise<void> {
    await this.#attempt(async () => {
      const { entries } = await this.#api.invoke('faq:list', { ...this.list.query(), limit: ALL_MATCHING_LIMIT });
      this.selection.replace(entries.map((entry) => entry.id));
    });
  }

  openEditor(entry: FaqEntry | null): void {
    this.form = new EntryForm(entry, { category: this.list.category, lang: this.list.lang });
  }

  /** Opens entry `id` in the editor, as the server has it now (one the list may not show). */
  async openEditorById(id: number): Promise<void> {
    this.openEditor(await this.#api.invoke('faq:get', { id }));
  }

  closeEditor(): void {
    this.form = null;
  }

  /**
   * Saves the open form; throws so the editor can show the failure next to the fields. The toast's Undo puts an
   * edited entry back as it was (an overwritten answer is otherwise lost) or deletes the entry just added.
   */
  async save(form: EntryForm): Promise<FaqEntry> {
    const draft = form.toDraft();
    const { original } = form;
    const saved = original
      ? await this.#api.invoke('faq:update', { ...draft, id: original.id })
      : await this.#api.invoke('faq:create', draft);
    if (this.form === form) this.form = null;
    const undo = undoAction(() =>
      this.#undo(() =>
        original ? this.#api.invoke('faq:update', editableFields(original)) : this.#api.invoke('faq:delete', { ids: [saved.id] }),
      ),
    );
    this.#toasts.show(this.#t(original ? 'kb.toast.saved' : 'kb.toast.created'), {
      actions: original ? [undo] : [undo, this.#showAction([saved.id])],
    });
    await this.refresh();
    return saved;
  }

  /** Deletes up to CONFIRM_DELETE_OVER entries at once; more wait in `pendingDelete` for confirmDelete(). */
  async requestRemove(ids: readonly number[]): Promise<void> {
    if (ids.length > CONFIRM_DELETE_OVER) this.pendingDelete = [...ids];
    else await this.remove(ids);
  }

  async confirmDelete(): Promise<void> {
    const ids = this.pendingDelete;
    this.pendingDelete = null;
    if (ids) await this.remove(ids);
  }

  cancelDelete(): void {
    this.pendingDelete = null;
  }

  async remove(ids: readonly number[]): Promise<void> {
    // One entry is named in the toast, so its Undo says what it brings back; read before the row leaves the list.
    const single = ids.length === 1 ? (this.list.rows.find((entry) => entry?.id === ids[0]) ?? this.form?.original) : undefined;
    await this.#attempt(async () => {
      const { ids: deleted } = await this.#api.invoke('faq:delete', { ids: [...ids] });
      // Already deleted (Delete pressed again before the list caught up): no "Deleted 0 entries" toast to undo.
      if (deleted.length === 0) return void (await this.refresh());
      this.selection.remove(deleted);
      this.list.drop(deleted);
      if (this.form?.original && deleted.includes(this.form.original.id)) this.form = null;
      const question = single && deleted.length === 1 ? clipText(single.question.split('\n')[0]!.trim(), DELETED_QUESTION_MAX) : null;
      const message = question ? this.#t('kb.toast.deletedOne', { question }) : this.#t('kb.toast.deleted', { n: deleted.length });
      this.#toasts.show(message, {
        actions: [undoAction(() => this.#undo(() => this.#api.invoke('faq:restore', { ids: deleted })))],
      });
      await this.refresh();
    });
  }

  async setEnabled(ids: readonly number[], enabled: boolean): Promise<void> {
    await this.#bulkUpdate(ids, { enabled }, enabled ? 'kb.toast.enabled' : 'kb.toast.disabled');
  }

  async setCategory(ids: readonly number[], category: string): Promise<void> {
    const trimmed = category.trim();
    await this.#bulkUpdate(ids, { category: trimmed }, trimmed ? 'kb.toast.categorySet' : 'kb.toast.categoryCleared');
  }

  /** One row's switch: no toast, the switch itself shows the new state. */
  async toggleEnabled(entry: FaqEntry): Promise<void> {
    await this.#attempt(() => this.#api.invoke('faq:update', { id: entry.id, enabled: !entry.enabled }));
    await this.list.refresh(); // also puts the switch back if the update failed
  }

  async exportAs(format: ExportFormat): Promise<void> {
    await this.#attempt(async () => {
      const file = await this.#api.invoke('faq:export', { format });
      this.#saveFile(file.fileName, file.content);
      this.#toasts.show(this.#t('kb.toast.exported', { fileName: file.fileName }));
    });
  }

  async #bulkUpdate(
    ids: readonly number[],
    patch: { category?: string; enabled?: boolean },
    message: MessageKey,
  ): Promise<void> {
    await this.#attempt(async () => {
      const result = await this.#api.invoke('faq:bulk-update', { ids: [...ids], patch });
      this.selection.clear();
      this.#toasts.show(this.#t(message, { n: result.ids.length, category: patch.category ?? '' }), {
        actions: [undoAction(() => this.#undo(() => this.#restorePrevious(result.previous)))],
      });
      await this.refresh();
    });
  }

  /** Puts bulk-updated entries back: one bulk-update per distinct (category, enabled) they had. */
  async #restorePrevious(previous: BulkPrevious): Promise<void> {
    const groups = new Map<string, { category: string; enabled: boolean; ids: number[] }>();
    for (const { id, category, enabled } of previous) {
      const key = JSON.stringify([category, enabled]);
      const group = groups.get(key) ?? { category, enabled, ids: [] };
      group.ids.push(id);
      groups.set(key, group);
    }
    for (const { category, enabled, ids } of groups.values()) {
      await this.#api.invoke('faq:bulk-update', { ids, patch: { category, enabled } });
    }
  }

  async #undo(inverse: () => Promise<unknown>): Promise<void> {
    await this.#attempt(async () => {
      await inverse();
      this.#toasts.show(this.#t('toast.undone'));
      await this.refresh();
    });
  }

  async #imported(report: ImportReport): Promise<void> {
    // An import larger than one list request may name (the file allows that many) offers no Show.
    const showable = report.ids.length > 0 && report.ids.length <= LIST_IDS_MAX;
    this.#toasts.show(this.#t('kb.toast.imported', { n: report.imported }), {
      actions: showable ? [this.#showAction(report.ids)] : [],
    });
    await Promise.all([this.list.reload(), this.#loadFacets()]);
  }

  /** The toast's Show: the list filtered to `ids`. It keeps the toast, so an Undo beside it stays. */
  #showAction(ids: readonly number[]): ToastAction {
    return { label: 'toast.show', run: () => this.showOnly(ids), keepsToast: true };
  }

  /** The category and tag names the filters and editors offer. */
  async #loadFacets(): Promise<void> {
    await this.#attempt(async () => {
      const [categories, tags] = await Promise.all([this.#api.invoke('faq:categories', {}), this.#api.invoke('faq:tags', {})]);
      this.categories = categories.map((item) => item.category).filter(Boolean);
      this.tags = tags.map((item) => item.tag);
    });
  }

  async #attempt(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.#onError(error);
    }
  }
}
