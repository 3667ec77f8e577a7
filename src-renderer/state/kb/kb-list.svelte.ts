import type { ApiClient, FaqEntry, Input, Lang } from '../../../src-main/shared/api/index.ts';

export type StatusFilter = 'all' | 'enabled' | 'disabled';
export interface KbFilters {
  category: string;
  tag: string;
  lang: Lang | '';
  status: StatusFilter;
}

/** Rows fetched per `faq:list` call: a screenful is ~15, so one page covers several scrolls. */
export const PAGE_SIZE = 200;
export const SEARCH_DEBOUNCE_MS = 200;
/**
 * Pages are fetched for where the table is once this long has passed, not for every row range it crosses:
 * a fast scroll through 10,000 rows would otherwise fetch and parse all 50 pages on the way.
 */
export const PAGE_FETCH_DELAY_MS = 60;

/**
 * The entries matching the current search and filters, fetched page by page as the table scrolls.
 * `rows` has one slot per match; a slot stays `undefined` until its page arrives, so 10,000 entries cost
 * only the pages actually looked at.
 */
export class KbList {
  search = $state('');
  category = $state('');
  tag = $state('');
  lang = $state<Lang | ''>('');
  status = $state<StatusFilter>('all');
  /** Only these entries (the ones just added or imported, from their toast's Show), or null: every entry. */
  only = $state.raw<readonly number[] | null>(null);

  rows = $state.raw<readonly (FaqEntry | undefined)[]>([]);
  total = $state(0);
  /** KB revision the rows were read at; -1 before the first load. */
  revision = $state(-1);
  loadedOnce = $state(false);
  /** Bumped when the result set is replaced, so the table scrolls back to the top. */
  resets = $state(0);

  filtered = $derived(
    this.search.trim() !== '' || this.category !== '' || this.tag !== '' || this.lang !== '' || this.status !== 'all' || this.only !== null,
  );

  readonly #api: ApiClient;
  readonly #onError: (error: unknown) => void;
  #generation = 0;
  #loaded = new Set<number>();
  /** Pages being fetched on their own (not by a load), by page number. */
  #loading = new Map<number, Promise<void>>();
  /** The load (reload or refresh) under way, if any: it replaces `rows` when it lands. */
  #landing: Promise<void> = Promise.resolve();
  #viewport = { first: 0, end: 0 };
  /** A row kept in the DOM outside the viewport (the focused one, scrolled away): its page is loaded as well. */
  #kept: number | null = null;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #pageTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(api: ApiClient, onError: (error: unknown) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** The `faq:list` filter for the current state (paging added per call). */
  query(): Input<'faq:list'> {
    const search = this.search.trim();
    return {
      search: search || undefined,
      category: this.category || undefined,
      tag: this.tag || undefined,
      lang: this.lang || undefined,
      enabled: this.status === 'all' ? undefined : this.status === 'enabled',
      ids: this.only ? [...this.only] : undefined,
    };
  }

  /** Typing in the search box: the list follows once typing pauses. */
  setSearch(text: string): void {
    this.search = text;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => void this.reload(), SEARCH_DEBOUNCE_MS);
  }

  setFilters(patch: Partial<KbFilters>): Promise<void> {
    Object.assign(this, patch);
    return this.reload();
  }

  clearFilters(): Promise<void> {
    this.search = '';
    this.only = null;
    return this.setFilters({ category: '', tag: '', lang: '', status: 'all' });
  }

  /**
   * Exactly the entries `ids` (just added or imported): the other filters and the search go, since a new entry
   * they hide would not show. Other filters set afterwards narrow these entries; clearOnly() shows every entry again.
   */
  showOnly(ids: readonly number[]): Promise<void> {
    this.search = '';
    this.only = [...ids];
    return this.setFilters({ category: '', tag: '', lang: '', status: 'all' });
  }

  /** The chip's ×: back to every entry, the other filters as they are. */
  clearOnly(): Promise<void> {
    this.only = null;
    return this.reload();
  }

  /** New filters: fetch the first page and start again from the top. */
  reload(): Promise<void> {
    clearTimeout(this.#searchTimer);
    return (this.#landing = this.#load([0], true));
  }

  /** Same filters, changed data: re-read the pages on screen (and the kept row's) and keep the scroll position. */
  refresh(): Promise<void> {
    return (this.#landing = this.#load(this.#wantedPages(), false));
  }

  /**
   * Takes deleted entries out of the loaded rows at once; the refresh that follows re-reads the pages. Until it
   * lands, the row in a deleted entry's place would still show that entry, and a Delete clicked there again would
   * delete nothing (it is already deleted): the click would be lost without a word.
   */
  drop(ids: readonly number[]): void {
    const gone = new Set(ids);
    const rows = this.rows.filter((entry) => !entry || !gone.has(entry.id));
    const dropped = this.rows.length - rows.length;
    if (dropped === 0) return;
    this.rows = rows;
    this.total = Math.max(0, this.total - dropped);
  }

  /**
   * The entry at row `index`, waiting for it when its page has not arrived yet (a kept row after a refresh, a
   * row reached faster than pages load): the load under way, then its page. Undefined when there is no such row.
   */
  async entryAt(index: number): Promise<FaqEntry | undefined> {
    await this.#landing;
    if (this.rows[index] || index < 0 || index >= this.total) return this.rows[index];
    const page = Math.floor(index / PAGE_SIZE);
    await (this.#loading.get(page) ?? this.#fetchPage(page));
    return this.rows[index];
  }

  /** The table keeps row `index` rendered outside its window (null: none); its page is loaded with the viewport's. */
  keepRow(index: number | null): void {
    if (index === this.#kept) return;
    this.#kept = index;
    if (index !== null) this.setViewport(this.#viewport.first, this.#viewport.end);
  }

  /** The table reports which rows it shows; missing pages are fetched shortly after (see PAGE_FETCH_DELAY_MS). */
  setViewport(first: number, end: number): void {
    this.#viewport = { first, end };
    this.#pageTimer ??= setTimeout(() => {
      this.#pageTimer = undefined;
      this.#fetchMissingPages();
    }, PAGE_FETCH_DELAY_MS);
  }

  /** Stops a pending debounced search and page fetch (the owner is going away). */
  dispose(): void {
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#pageTimer);
    this.#pageTimer = undefined;
    this.#generation++;
  }

  #wantedPages(): number[] {
    const pages = pagesBetween(this.#viewport.first, this.#viewport.end);
    const kept = this.#kept === null ? null : Math.floor(this.#kept / PAGE_SIZE);
    return kept === null || pages.includes(kept) ? pages : [...pages, kept].sort((a, b) => a - b);
  }

  #fetchMissingPages(): void {
    for (const page of this.#wantedPages()) {
      if (page * PAGE_SIZE < this.total && !this.#loaded.has(page) && !this.#loading.has(page)) {
        void this.#fetchPage(page);
      }
    }
  }

  async #load(pages: number[], fromTop: boolean): Promise<void> {
    const generation = ++this.#generation;
    this.#loading.clear();
    const query = this.query();
    try {
      const results = await Promise.all(
        pages.map((page) => this.#api.invoke('faq:list', { ...query, limit: PAGE_SIZE, offset: page * PAGE_SIZE })),
      );
      if (generation !== this.#generation) return;
      const total = results.at(-1)?.total ?? 0;
      const rows: (FaqEntry | undefined)[] = new Array(total).fill(undefined);
      results.forEach((result, i) => placePage(rows, pages[i], result.entries));
      this.#loaded = new Set(pages);
      this.rows = rows;
      this.total = total;
      this.revision = Math.max(...results.map((result) => result.revision));
      this.loadedOnce = true;
      if (fromTop) this.resets++;
      // The viewport may have moved while loading.
      this.#fetchMissingPages();
    } catch (error) {
      if (generation === this.#generation) this.#onError(error);
    }
  }

  #fetchPage(page: number): Promise<void> {
    const fetching = this.#fetchPageNow(page);
    this.#loading.set(page, fetching);
    return fetching;
  }

  async #fetchPageNow(page: number): Promise<void> {
    const generation = this.#generation;
    try {
      const result = await this.#api.invoke('faq:list', {
        ...this.query(),
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      });
      if (generation !== this.#generation) return;
      const rows = [...this.rows];
      placePage(rows, page, result.entries);
      this.rows = rows;
      this.#loaded.add(page);
    } catch (error) {
      if (generation === this.#generation) this.#onError(error);
    } finally {
      if (generation === this.#generation) this.#loading.delete(page);
    }
  }
}

function pagesBetween(first: number, end: number): number[] {
  const firstPage = Math.floor(first / PAGE_SIZE);
  const lastPage = Math.floor(Math.max(first, end - 1) / PAGE_SIZE);
  return Array.from({ length: lastPage - firstPage + 1 }, (_, i) => firstPage + i);
}

function placePage(rows: (FaqEntry | undefined)[], page: number, entries: FaqEntry[]): void {
  entries.forEach((entry, i) => {
    const index = page * PAGE_SIZE + i;
    if (index < rows.length) rows[index] = entry;
  });
}
