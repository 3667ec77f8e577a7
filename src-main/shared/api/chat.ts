import { z } from 'zod';
import { channel } from './define.ts';
import type { FaqEntry, Lang } from './faq.ts';
import type { ModelProblem } from './models.ts';

/** `faq`: the curated answer, verbatim. `generated`: a model draft from the top entries. `handoff`: passed to a person. */
export type AnswerMode = 'faq' | 'generated' | 'handoff';
export const ANSWER_MODES = ['faq', 'generated', 'handoff'] as const;

export type HandoffReason =
  | 'low-confidence' // no entry explains the question well enough
  | 'forced' // --force-mode handoff
  | 'no-match' // a mode was forced but the KB has no matching entry
  | 'filtered' // the draft tripped the content filter
  | 'generation-failed' // the model failed or returned nothing
  | 'empty-question' // kept for clients: an empty question is refused before it is answered
  | 'marked'; // more like a question marked "hand off questions like this" than like any entry

export type Feedback = 'up' | 'down';

/** A FAQ entry an answer stands on; `score` in [0, 1] is how much of the question it explains. */
export interface MessageSource {
  id: number;
  ref: string | null;
  question: string;
  score: number;
  /** The entry's language (absent on messages stored before it was recorded). */
  lang?: Lang;
  /**
   * Shown above sources whose words match the question better, because its meaning is closer (the meaning re-rank
   * placed it above where its words ranked it); absent otherwise.
   */
  byMeaning?: true;
}

/**
 * The language of the entry a `faq` answer was quoted from, when it is not the language the customer wrote in
 * (the answer is the entry's text, verbatim, so the customer is told it exists only in that language); else null.
 */
export function answerOnlyIn(message: Pick<ChatMessage, 'mode' | 'lang' | 'sources'>): Lang | null {
  const entryLang = message.mode === 'faq' ? message.sources[0]?.lang : undefined;
  return entryLang && message.lang && entryLang !== message.lang ? entryLang : null;
}

export interface ChatMessage {
  id: number;
  conversationId: number;
  role: 'user' | 'assistant';
  text: string;
  /** Assistant messages only. */
  mode: AnswerMode | null;
  confidence: number | null;
  sources: MessageSource[];
  /** Model version that wrote a generated draft. */
  model: string | null;
  latencyMs: number | null;
  feedback: Feedback | null;
  /** The answer was stopped mid-stream (or the app died while it streamed); `text` is the part produced. */
  interrupted: boolean;
  handoffReason: HandoffReason | null;
  /** Why the model could not write this answer's draft and what to do; `message` says it in English. */
  notice: MessageNotice | null;
  lang: Lang | null;
  createdAt: string;
  updatedAt: string;
}

export type MessageNotice = ModelProblem & { message: string };

export interface Conversation {
  id: number;
  /**
   * Null for one created without a title (chat:create without one): the UI names it in its own language ("New
   * conversation", 新对话). A conversation started by a question takes the question as its title.
   */
  title: string | null;
  messageCount: number;
  createdAt: string;
  updatedAt: string;
}

/** The result of sending or regenerating: the customer's message and the assistant's reply. */
export interface ChatReply {
  conversation: Conversation;
  userMessage: ChatMessage;
  message: ChatMessage;
}

/** `handedOff`: marked "hand off questions like this" (its question became a marked example). */
export type ReviewStatus = 'open' | 'linked' | 'created' | 'dismissed' | 'handedOff';
export const REVIEW_STATUSES = ['open', 'linked', 'created', 'dismissed', 'handedOff'] as const satisfies readonly ReviewStatus[];
export type ReviewOrigin = 'handoff' | 'thumbs-down';

/** One time a row's question was asked: an item of the row (see ReviewItem.count). */
export interface ReviewAsking {
  id: number;
  conversationId: number | null;
  createdAt: string;
}

/**
 * An item of the review queue, as the row it belongs to: open items that are the same question (same origin,
 * language and question; a thumbs-down also the same answer and correction: src-main/store/review-repeat-key.ts) are
 * one row, and acting on any of them acts on all, as does the undo; the items one action resolved stay one row. The
 * fields before `count` are the item's own; a listed row is its first item.
 */
export interface ReviewItem {
  id: number;
  question: string;
  lang: Lang;
  origin: ReviewOrigin;
  /** Why it landed here: the hand-off reason, the filter's reason, or the customer's comment. */
  reason: string | null;
  /** A corrected answer suggested with a thumbs-down. */
  suggestedAnswer: string | null;
  /** Closest entries when it was asked, to link to. */
  candidates: MessageSource[];
  conversationId: number | null;
  messageId: number | null;
  status: ReviewStatus;
  /** The entry it was linked to or created as. */
  entryId: number | null;
  createdAt: string;
  resolvedAt: string | null;
  /** How many items the row holds: the times the question was asked (or its answer marked wrong); 1 for a lone item. */
  count: number;
  /** When the row's newest item came in (createdAt is the item's own). */
  lastAskedAt: string;
  /** The row's items, newest first: at most REVIEW_ASKINGS_LISTED of them (`count` says how many in all). */
  askings: ReviewAsking[];
}

/** How many of a row's items ReviewItem.askings lists. */
export const REVIEW_ASKINGS_LISTED = 20;

/** What a link changed on its entry, stored with the linked item so unlinking takes back exactly that. */
export interface ReviewLinkUndo {
  /** The question was new to the entry and became one of its similar questions. */
  addedQuestion: boolean;
  /** The answer the link replaced, or null when it left the answer alone. */
  previousAnswer: string | null;
  /** The answer the link wrote (with previousAnswer): unlink restores only over this, never over a later edit. */
  linkedAnswer: string | null;
}

/**
 * What an unlink did to the entry. `answer`: 'restored' (the answer the link replaced is back), 'kept' (the link
 * replaced it, but the answer was edited since: that edit stays) or 'unchanged' (the link left the answer alone).
 */
export interface ReviewUnlinkResult {
  item: ReviewItem;
  /** The entry as the unlink left it; null when the entry is gone (deleted or purged): only the item reopened. */
  entry: FaqEntry | null;
  questionRemoved: boolean;
  answer: 'restored' | 'kept' | 'unchanged';
}

/** Assistant settings: thresholds calibrated on the tuning set (see docs in src-main/assistant/settings.ts). */
export interface AnswerSettings {
  faqThreshold: number;
  generateThreshold: number;
  /** Earlier customer questions used to read a follow-up. */
  historyTurns: number;
  blockedWords: string[];
  blockedPatterns: string[];
  /**
   * Read-only: stored blocked patterns that could backtrack catastrophically (saved before patterns were checked
   * for it), matched as literal text until rewritten. Absent when there are none; not part of SettingsPatch.
   */
  patternsAsText?: string[];
  blockUnlistedPrices: boolean;
  /**
   * A draft that is not valid text (a small model's stray bytes) or not supported by the answers it cites
   * (src-main/assistant/draft-grounding.ts) is replaced by the closest curated answer, quoted.
   */
  replaceGarbledDrafts: boolean;
  maxNewTokens: number;
  temperature: number;
}

export interface EvalCaseResult {
  query: string;
  expect: string | null;
  mode: AnswerMode;
  confidence: number;
  /** Ref of the top-ranked entry (null when nothing matched). */
  top: string | null;
  /** 1-based rank of the expected entry within the top 10, else null. */
  rank: number | null;
  /** In scope: answered with the expected entry on top. Out of scope: handed off. */
  correct: boolean;
  /** The case's own label, when it has one (EvalCase.tag). */
  tag?: string;
  /** Set when it is handed off because it is more like a marked example than like any entry, whatever the thresholds. */
  marked?: true;
}

/** The report's figures over a set of cases (all of them, or those of one tag). */
export interface EvalFigures {
  n: number;
  /** In-scope cases whose expected entry ranks first. */
  p_at_1: number | null;
  mrr_at_10: number | null;
  /** Of the answered cases (faq or generated), those answered from the expected entry. */
  answered_accuracy: number | null;
  handoff_rate_out_of_scope: number | null;
  answered_rate_in_scope: number | null;
}

export interface EvalReport extends EvalFigures {
  cases: EvalCaseResult[];
  /** The same figures for the cases of each tag, by tag in first-seen order. Absent when no case has a tag. */
  by_tag?: Record<string, EvalFigures>;
  /** Expected refs no live, enabled entry has (a typo, a deleted entry): those cases count as misses. Absent when none. */
  unknown_refs?: string[];
  /** With `calibrate`: thresholds fitted to this set (src-main/assistant/calibrate-thresholds.ts). */
  calibration?: ThresholdCalibration;
}

export interface ThresholdOutcome {
  /** Draft (`generated`) and verbatim (`faq`) thresholds. */
  thresholds: { generated: number; faq: number };
  /** Share of in-scope questions at or above the draft threshold (answered). */
  answeredInScope: number;
  /** Share of off-topic questions below it (handed off). */
  handedOffOutOfScope: number;
  /** Of the questions at or above the verbatim threshold, the share answered from the expected entry; null when none is. */
  faqPrecision: number | null;
}

export interface ThresholdCalibration {
  current: ThresholdOutcome;
  suggested: ThresholdOutcome;
}

/** A customer question: long pastes are accepted and cut by the ranker; more is refused with a clear error. */
export const CHAT_TEXT_MAX = 20_000;

const id = z.number().int().positive();
const requestId = z.string().min(1).max(100);
const mode = z.enum(ANSWER_MODES);
const unit = z.number().min(0).max(1);

export const SettingsPatch = z
  .object({
    faqThreshold: unit,
    generateThreshold: unit,
    historyTurns: z.number().int().min(0).max(10),
    blockedWords: z.array(z.string().trim().min(1).max(200)).max(2_000),
    blockedPatterns: z.array(z.string().min(1).max(500)).max(200),
    blockUnlistedPrices: z.boolean(),
    replaceGarbledDrafts: z.boolean(),
    maxNewTokens: z.number().int().min(1).max(512),
    temperature: z.number().min(0).max(2),
  })
  .partial()
  .strict();

/** One question of an eval set. An empty query is refused: it would be handed off and counted as a right hand-off. */
export const EvalCase = z.object({
  query: z
    .string()
    .max(CHAT_TEXT_MAX)
    .refine((query) => query.trim() !== '', 'the question is empty'),
  expect: z.string().min(1).max(200).nullable(),
  /** A label to break the figures down by: what kind of question it is ("far", "typo", "short"…). */
  tag: z.string().trim().min(1).max(50).optional(),
});

export const chatChannels = {
  /** Answers `text` in a conversation (a new one when `conversationId` is absent). Draft text streams as `chat:token` events. */
  'chat:send': channel(
    z.object({
      text: z.string().max(CHAT_TEXT_MAX),
      conversationId: id.optional(),
      /** Chosen by the caller so it can match `chat:token` events and call `chat:stop`. */
      requestId: requestId.optional(),
      forceMode: mode.optional(),
    }),
  ).returns<ChatReply>(),
  /** Stops the generation of request `requestId`; the partial draft is kept and marked interrupted. */
  'chat:stop': channel(z.object({ requestId })).returns<{ stopped: boolean }>(),
  /** Answers the question of assistant message `messageId` again, replacing that message. */
  'chat:regenerate': channel(
    z.object({ messageId: id, requestId: requestId.optional(), forceMode: mode.optional() }),
  ).returns<ChatReply>(),
  /** Thumbs up/down (null clears). A thumbs-down, with an optional corrected answer, goes to the review queue. */
  'chat:feedback': channel(
    z.object({
      messageId: id,
      feedback: z.enum(['up', 'down']).nullable(),
      correction: z.string().trim().min(1).max(20_000).optional(),
    }),
  ).returns<ChatMessage>(),
  'chat:create': channel(z.object({ title: z.string().trim().min(1).max(200).optional() })).returns<Conversation>(),
  'chat:conversations': channel(
    z.object({
      search: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(1_000).optional(),
      offset: z.number().int().min(0).optional(),
    }),
  ).returns<{ conversations: Conversation[]; total: number }>(),
  'chat:messages': channel(z.object({ conversationId: id })).returns<ChatMessage[]>(),
  'chat:rename': channel(z.object({ conversationId: id, title: z.string().trim().min(1).max(200) })).returns<Conversation>(),
  'chat:delete': channel(z.object({ conversationId: id })).returns<{ deleted: boolean }>(),
  'chat:export': channel(z.object({ conversationId: id, format: z.enum(['markdown', 'json']) })).returns<{
    fileName: string;
    content: string;
  }>(),
  /**
   * The queue's rows, first asked first (see ReviewItem): each open row stands for every open item of its question,
   * each resolved row for the items one action resolved. `total` counts rows, as `review:changed` does.
   */
  'review:list': channel(
    z.object({
      status: z.enum(REVIEW_STATUSES).optional(),
      limit: z.number().int().min(1).max(1_000).optional(),
      offset: z.number().int().min(0).optional(),
    }),
  ).returns<{ items: ReviewItem[]; total: number }>(),
  /**
   * Adds the question to entry `entryId` as a similar question, so the next such question finds that entry;
   * `answer`, when given, replaces the entry's answer (a corrected answer). This and the other actions below act on
   * the item's whole row in one transaction: `item.count` is how many items they resolved.
   */
  'review:link': channel(z.object({ id, entryId: id, answer: z.string().trim().min(1).max(20_000).optional() })).returns<{
    item: ReviewItem;
    entry: FaqEntry;
  }>(),
  /**
   * Undoes a link (Undo on its toast, `concierge review unlink`): the item is open again and the entry loses what the
   * link gave it and nothing edited since (see ReviewUnlinkResult). Only a linked item; every item the link resolved
   * is open again.
   */
  'review:unlink': channel(z.object({ id })).returns<ReviewUnlinkResult>(),
  /** Creates a new FAQ entry from the question (or an edited one) and `answer`. */
  'review:new': channel(
    z.object({
      id,
      answer: z.string().trim().min(1).max(20_000),
      question: z.string().trim().min(1).max(1_000).optional(),
      category: z.string().trim().max(100).optional(),
      ref: z.string().trim().min(1).max(200).optional(),
    }),
  ).returns<{ item: ReviewItem; entry: FaqEntry }>(),
  'review:dismiss': channel(z.object({ id })).returns<ReviewItem>(),
  /**
   * "Hand off questions like this": resolves an open item as handedOff and keeps its question as a marked example, so
   * a later question more like it than like any entry is handed off (HandoffReason 'marked'), however it is worded.
   */
  'review:handoff': channel(z.object({ id })).returns<ReviewItem>(),
  /**
   * Puts a dismissed or handed-off item back in the queue (Undo after either, or later from its list), with every item
   * resolved with it; a handed-off row's marked example is deleted with it. `item` is the open row it is back in.
   */
  'review:reopen': channel(z.object({ id })).returns<ReviewItem>(),
  /** Runs the evaluation on `cases` against the current KB and settings. */
  /** `calibrate` also fits thresholds to the set (at least 10 in-scope and 5 off-topic cases). */
  'eval:run': channel(z.object({ cases: z.array(EvalCase).min(1).max(10_000), calibrate: z.boolean().optional() })).returns<EvalReport>(),
  'settings:get': channel(z.object({})).returns<AnswerSettings>(),
  'settings:set': channel(SettingsPatch).returns<AnswerSettings>(),
};

export interface ChatEvents {
  /** A piece of a streaming draft (already through the content filter). */
  'chat:token': { requestId: string; conversationId: number; messageId: number; text: string };
  /** The review queue changed; `open` is how many rows wait (the same question asked again is one row). */
  'review:changed': { open: number };
}
