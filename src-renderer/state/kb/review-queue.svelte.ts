import type { ApiClient, FaqSearchHit, HandoffReason, ReviewItem, ReviewStatus } from '../../../src-main/shared/api/index.ts';
import { THUMBS_DOWN_REASONS } from '../../../src-main/shared/api/review-reasons.ts';
import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';
import { undoAction, type Toasts } from '../toasts.svelte.ts';

export interface ReviewQueueDeps {
  api: ApiClient;
  toasts: Toasts;
  t: (key: MessageKey, params?: MessageParams) => string;
  onError: (error: unknown) => void;
}

export interface NewEntryDraft {
  question: string;
  answer: string;
  category: string;
}

const PAGE_LIMIT = 200;

const HANDOFF_REASONS: readonly HandoffReason[] = ['low-confidence', 'forced', 'no-match', 'filtered', 'generation-failed', 'empty-question', 'marked'];

/**
 * Why an item is in the queue, in the UI's language. Hand-offs store a code and thumbs-downs one of two fixed
 * English phrases (THUMBS_DOWN_REASONS): both are translated. Any other reason (a customer's comment) is shown as written.
 */
export function reasonText(reason: string, t: (key: MessageKey) => string): string {
  if (reason === THUMBS_DOWN_REASONS.plain) return t('review.reasonCode.thumbs-down');
  if (reason === THUMBS_DOWN_REASONS.correction) return t('review.reasonCode.correction');
  const code = HANDOFF_REASONS.find((known) => known === reason);
  return code ? t(`review.reasonCode.${code}`) : reason;
}
const SEARCH_LIMIT = 8;

/**
 * The review queue: hand-offs and thumbs-down answers waiting for a person, who links each to an entry
 * (it becomes a similar question), writes a new entry from it, marks it "hand off questions like this", or dismisses it.
 * `items` are rows: the same question asked again is one row (`count`), and every action and undo acts on all of it.
 */
export class ReviewQueue {
  status = $state<ReviewStatus>('open');
  items = $state.raw<ReviewItem[]>([]);
  total = $state(0);
  /** Open rows (a question asked again counts once), for the tab badge (kept current by `review:changed`). */
  openCount = $state(0);
  loadedOnce = $state(false);

  readonly #deps: ReviewQueueDeps;

  constructor(deps: ReviewQueueDeps) {
    this.#deps = deps;
  }

  connect(): () => void {
    void this.load();
    const stops = [
      this.#deps.api.on('review:changed', ({ open }) => {
        this.openCount = open;
        void this.load();
      }),
      // Back from a dropped connection: a review:changed may have been missed.
      this.#deps.api.on('connection:resumed', () => void this.load()),
    ];
    return () => stops.forEach((stop) => stop());
  }

  async load(): Promise<void> {
    await this.#attempt(async () => {
      const status = this.status;
      const [list, open] = await Promise.all([
        this.#deps.api.invoke('review:list', { status, limit: PAGE_LIMIT }),
        this.#deps.api.invoke('review:list', { status: 'open', limit: 1 }),
      ]);
      if (status !== this.status) return;
      this.items = list.items;
      this.total = list.total;
      this.openCount = open.total;
      this.loadedOnce = true;
    });
  }

  setStatus(status: ReviewStatus): Promise<void> {
    this.status = status;
    return this.load();
  }

  /** Entries to link a question to: the closest ones by full-text search. */
  async findEntries(query: string): Promise<FaqSearchHit[]> {
    if (!query.trim()) return [];
    try {
      return await this.#deps.api.invoke('faq:search', { query, limit: SEARCH_LIMIT });
    } catch (error) {
      this.#deps.onError(error);
      return [];
    }
  }

  async link(item: ReviewItem, entryId: number, answer?: string): Promise<void> {
    await this.#resolve(item, async () => {
      const { item: linked, entry } = await this.#deps.api.invoke('review:link', { id: item.id, entryId, answer });
      this.#deps.toasts.show(this.#done(linked, 'review.toast.linked', 'review.toast.linkedAll', { question: entry.question }), {
        // Undo takes back what the link did (the server kept it), but not over an answer edited since: that stays, and
        // the toast says so.
        actions: [
          undoAction(() =>
            this.#resolve(item, async () => {
              const result = await this.#deps.api.invoke('review:unlink', { id: item.id });
              this.#deps.toasts.show(this.#deps.t(result.answer === 'kept' ? 'review.toast.unlinkedAnswerKept' : 'toast.undone'));
            }),
          ),
        ],
      });
    });
  }

  /** Throws so the form can show the refusal next to its fields. */
  async create(item: ReviewItem, draft: NewEntryDraft): Promise<void> {
    const created = await this.#deps.api.invoke('review:new', {
      id: item.id,
      question: draft.question.trim() || undefined,
      answer: draft.answer,
      category: draft.category.trim() || undefined,
    });
    this.#deps.toasts.show(this.#done(created.item, 'review.toast.created', 'review.toast.createdAll'));
    await this.load();
  }

  dismiss(item: ReviewItem): Promise<void> {
    return this.#close(item, 'review:dismiss', 'review.toast.dismissed', 'review.toast.dismissedAll');
  }

  /**
   * "Hand off questions like this": the question becomes a marked example, so a later question more like it than like
   * any entry goes to a person. Undo (the toast's, or Back to the queue later) deletes the example.
   */
  handOff(item: ReviewItem): Promise<void> {
    return this.#close(item, 'review:handoff', 'review.toast.handedOff', 'review.toast.handedOffAll');
  }

  /** Closes an open row without changing the knowledge base; the toast's Undo reopens it. */
  async #close(item: ReviewItem, channel: 'review:dismiss' | 'review:handoff', one: MessageKey, all: MessageKey): Promise<void> {
    await this.#resolve(item, async () => {
      const closed = await this.#deps.api.invoke(channel, { id: item.id });
      this.#deps.toasts.show(this.#done(closed, one, all), {
        actions: [undoAction(() => this.#reopen(item, 'toast.undone'))],
      });
    });
  }

  /** Puts a dismissed or handed-off item back in the queue (from its list). */
  async reopen(item: ReviewItem): Promise<void> {
    await this.#reopen(item, 'review.toast.reopened');
  }

  async #reopen(item: ReviewItem, message: MessageKey): Promise<void> {
    await this.#resolve(item, async () => {
      await this.#deps.api.invoke('review:reopen', { id: item.id });
      this.#deps.toasts.show(this.#deps.t(message));
    });
  }

  /** What an action did: `one`, or `all` with how many items it closed when the row held more than one. */
  #done(resolved: ReviewItem, one: MessageKey, all: MessageKey, params: MessageParams = {}): string {
    return resolved.count > 1 ? this.#deps.t(all, { ...params, n: resolved.count }) : this.#deps.t(one, params);
  }

  /** Runs a change to `item`, then drops it from the shown list (it left this status) and reloads. */
  async #resolve(item: ReviewItem, work: () => Promise<void>): Promise<void> {
    await this.#attempt(async () => {
      await work();
      this.items = this.items.filter((other) => other.id !== item.id);
      await this.load();
    });
  }

  async #attempt(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.#deps.onError(error);
    }
  }
}
