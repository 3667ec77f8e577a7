// The improvement loop: a person resolves each queued question by linking it to an entry (it becomes a
// similar question, so the next customer who asks it that way gets that entry), by creating a new entry
// from it, by marking it "hand off questions like this" (a marked example: the next customer who asks it in
// other words reaches a person instead of an entry that only shares its words), or by dismissing it. Linked and
// new wordings are training data for the next retrain; marked examples are not. The same question asked again is one
// row of the queue (ReviewRepository): each action resolves all of its open items, and each undo reopens all of them.
import type { FaqEntry } from '../shared/api/faq.ts';
import type { ReviewItem, ReviewLinkUndo, ReviewUnlinkResult } from '../shared/api/chat.ts';
import { ConflictError } from '../shared/errors.ts';
import type { FaqRepository } from '../store/faq-repository.ts';
import type { MarkedExampleRepository } from '../store/marked-example-repository.ts';
import type { ReviewRepository } from '../store/review-repository.ts';
import { detectLang } from './language.ts';

export interface ReviewServiceDeps {
  faq: FaqRepository;
  reviews: ReviewRepository;
  examples: MarkedExampleRepository;
  onReviewChanged: (open: number) => void;
  onKnowledgeChanged: (revision: number) => void;
}

export class ReviewService {
  constructor(private readonly deps: ReviewServiceDeps) {}

  /**
   * Adds the question to `entryId` as a similar question and, when `answer` is given, replaces its answer, resolving
   * every open item of the question. What it changed stays with the item, for unlink().
   */
  link(id: number, entryId: number, answer?: string): { item: ReviewItem; entry: FaqEntry } {
    const { faq, reviews } = this.deps;
    return this.resolveWith(() => {
      const item = reviews.getOpen(id);
      const before = faq.get(entryId);
      const added = faq.addParaphrase(entryId, item.question);
      const entry = answer ? faq.update({ id: entryId, answer }) : added;
      const replaced = entry.answer !== before.answer;
      const undo: ReviewLinkUndo = {
        addedQuestion: added.paraphrases.length > before.paraphrases.length,
        previousAnswer: replaced ? before.answer : null,
        linkedAnswer: replaced ? entry.answer : null,
      };
      return { item: reviews.resolve(id, 'linked', entryId, undo), entry };
    });
  }

  /**
   * Undoes a link, taking back only what it did: its question leaves the entry's similar questions when the link
   * added it, and the answer it replaced comes back only while the entry still has the answer the link wrote. An
   * answer edited after the link is newer work than the link and stays ('kept'); the item is open again either way.
   * Nothing of the entry changes when it was deleted since, or for an item linked before links were recorded. Every
   * item the link resolved is open again. One transaction; ConflictError when the item is not linked.
   */
  unlink(id: number): ReviewUnlinkResult {
    const { faq, reviews } = this.deps;
    return this.resolveWith(() => {
      const item = reviews.get(id);
      if (item.status !== 'linked') {
        throw new ConflictError(`Review item #${id} is ${item.status}, not linked`).withCode('review.not-linked', { id });
      }
      const undo = reviews.linkUndo(id);
      // The question the link added: that of the item it was made from, which may be another item of the row.
      const { question } = reviews.lead(id);
      const current = item.entryId === null ? null : faq.find(item.entryId);
      const entry = current?.deletedAt === null ? current : null;
      const result: ReviewUnlinkResult = { item: reviews.reopen(id, 'linked'), entry, questionRemoved: false, answer: 'unchanged' };
      if (!undo || !entry) return result;
      const paraphrases = entry.paraphrases.filter((text) => text !== question);
      result.questionRemoved = undo.addedQuestion && paraphrases.length !== entry.paraphrases.length;
      const restored = entry.answer === undo.linkedAnswer ? undo.previousAnswer : null;
      if (undo.previousAnswer !== null) result.answer = restored === null ? 'kept' : 'restored';
      // One write for both, so the entry is indexed again once.
      if (result.questionRemoved || restored !== null) {
        result.entry = faq.update({
          id: entry.id,
          ...(result.questionRemoved && { paraphrases }),
          ...(restored !== null && { answer: restored }),
        });
      }
      return result;
    });
  }

  /** Creates an entry from the question (or an edited wording) and `answer`, resolving every open item of the question. */
  create(
    id: number,
    draft: { answer: string; question?: string; category?: string; ref?: string },
  ): { item: ReviewItem; entry: FaqEntry } {
    const { faq, reviews } = this.deps;
    return this.resolveWith(() => {
      const item = reviews.getOpen(id);
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

  /** Closes every open item of the question without changing the knowledge base. */
  dismiss(id: number): ReviewItem {
    const item = this.deps.reviews.resolve(id, 'dismissed');
    this.deps.onReviewChanged(this.deps.reviews.openCount());
    return item;
  }

  /**
   * "Hand off questions like this": closes every open item of the question as handedOff and keeps its question as one
   * marked example (of `id`), in one transaction. The ranker reads the examples by their revision, so the next
   * question is judged with it.
   */
  handoff(id: number): ReviewItem {
    const { reviews, examples } = this.deps;
    const item = this.deps.faq.db.transaction(() => {
      const open = reviews.getOpen(id);
      examples.add({ question: open.question, lang: open.lang, reviewId: id });
      return reviews.resolve(id, 'handedOff');
    })();
    this.deps.onReviewChanged(reviews.openCount());
    return item;
  }

  /**
   * Puts a dismissed or handed-off item back in the queue with every item resolved with it (the Undo of either); a
   * handed-off row's marked example is deleted in the same transaction. ConflictError for an item in any other state.
   */
  reopen(id: number): ReviewItem {
    const { reviews, examples } = this.deps;
    const item = this.deps.faq.db.transaction(() => {
      if (reviews.get(id).status !== 'handedOff') return reviews.reopen(id);
      examples.removeForReview(reviews.lead(id).id);
      return reviews.reopen(id, 'handedOff');
    })();
    this.deps.onReviewChanged(reviews.openCount());
    return item;
  }

  /** One transaction for the KB change and the queue update, then the change events. */
  private resolveWith<T>(work: () => T): T {
    const result = this.deps.faq.db.transaction(work)();
    this.deps.onReviewChanged(this.deps.reviews.openCount());
    this.deps.onKnowledgeChanged(this.deps.faq.revision());
    return result;
  }
}
