// The improvement loop: a person resolves each queued question by linking it to an entry (it becomes a
// similar question, so the next customer who asks it that way gets that entry), by creating a new entry
// from it, or by dismissing it. Linked and new wordings are training data for the next retrain.
import type { FaqEntry } from '../shared/api/faq.ts';
import type { ReviewItem } from '../shared/api/chat.ts';
import { ConflictError } from '../shared/errors.ts';
import type { FaqRepository } from '../store/faq-repository.ts';
import type { ReviewRepository } from '../store/review-repository.ts';
import { detectLang } from './language.ts';

export interface ReviewServiceDeps {
  faq: FaqRepository;
  reviews: ReviewRepository;
  onReviewChanged: (open: number) => void;
  onKnowledgeChanged: (revision: number) => void;
}

export class ReviewService {
  constructor(private readonly deps: ReviewServiceDeps) {}

  /** Adds the question to `entryId` as a similar question and, when `answer` is given, replaces its answer. */
  link(
    id: number,
    entryId: number,
    answer?: string,
  ): { item: ReviewItem; entry: FaqEntry; undo: { addedQuestion: boolean; previousAnswer: string | null } } {
    const { faq, reviews } = this.deps;
    return this.resolveWith(() => {
      const item = this.openItem(id);
      const before = faq.get(entryId);
      const added = faq.addParaphrase(entryId, item.question);
      const entry = answer ? faq.update({ id: entryId, answer }) : added;
      const undo = {
        addedQuestion: added.paraphrases.length > before.paraphrases.length,
        previousAnswer: answer && answer !== before.answer ? before.answer : null,
      };
      return { item: reviews.resolve(id, 'linked', entryId), entry, undo };
    });
  }

  /**
   * Undoes a link: its question leaves the entry's similar questions when the link added it, the answer it replaced
   * comes back when given, and the item is open again. One transaction; ConflictError when the item is not linked.
   */
  unlink(id: number, undo: { removeQuestion: boolean; answer?: string }): ReviewItem {
    const { faq, reviews } = this.deps;
    return this.resolveWith(() => {
      const item = reviews.get(id);
      if (item.status !== 'linked' || item.entryId === null) {
        throw new ConflictError(`Review item #${id} is ${item.status}, not linked`);
      }
      const entry = faq.get(item.entryId);
      const paraphrases = entry.paraphrases.filter((text) => text !== item.question);
      const removes = undo.removeQuestion && paraphrases.length !== entry.paraphrases.length;
      // One write for both, so the entry is indexed again once.
      if (removes || undo.answer) faq.update({ id: entry.id, ...(removes && { paraphrases }), ...(undo.answer && { answer: undo.answer }) });
      return reviews.reopen(id, 'linked');
    });
  }

  /** Creates an entry from the question (or an edited wording) and `answer`. */
  create(
    id: number,
    draft: { answer: string; question?: string; category?: string; ref?: string },
  ): { item: ReviewItem; entry: FaqEntry } {
    const { faq, reviews } = this.deps;
    return this.resolveWith(() => {
      const item = this.openItem(id);
      const question = draft.question ?? item.question;
      const entry = faq.create({
        question,
        answer: draft.answer,
        category: draft.category ?? '',
        ref: draft.ref ?? null,
        lang: detectLang(question, item.lang),
      });
      return { item: reviews.resolve(id, 'created', entry.id), entry };
    });
  }

  dismiss(id: number): ReviewItem {
    const item = this.deps.reviews.resolve(id, 'dismissed');
    this.deps.onReviewChanged(this.deps.reviews.openCount());
    return item;
  }

  /** Puts a dismissed item back in the queue (the Undo of dismiss). */
  reopen(id: number): ReviewItem {
    const item = this.deps.reviews.reopen(id);
    this.deps.onReviewChanged(this.deps.reviews.openCount());
    return item;
  }

  /** One transaction for the KB change and the queue update, then the change events. */
  private resolveWith<T>(work: () => T): T {
    const result = this.deps.faq.db.transaction(work)();
    this.deps.onReviewChanged(this.deps.reviews.openCount());
    this.deps.onKnowledgeChanged(this.deps.faq.revision());
    return result;
  }

  private openItem(id: number): ReviewItem {
    const item = this.deps.reviews.get(id);
    if (item.status !== 'open') throw new ConflictError(`Review item #${id} is already ${item.status}`);
    return item;
  }
}
