// Retrieval result → what the customer gets: the curated answer (`faq`), a model draft grounded in the
// top entries (`generated`), or a polite hand-off to a person (`handoff`).
import type { Lang } from '../shared/api/faq.ts';
import type { AnswerMode, HandoffReason } from '../shared/api/chat.ts';
import { CancelledError } from '../shared/errors.ts';
import { checkDraft, type ContentFilterSettings, type FilterVerdict } from './content-filter.ts';
import { ungroundedReason } from './draft-grounding.ts';
import { extractiveDraft, handoffMessage } from './messages.ts';
import { buildPrompt, completionText, PROMPT_LIMITS, type PromptTurn } from './prompt.ts';
import type { Retrieval, RetrievalHit } from './retriever.ts';
import { SafeStream } from './safe-stream.ts';

export interface AnswerThresholds {
  /** Confidence at or above which the curated answer is given verbatim. */
  faq: number;
  /** Confidence at or above which a draft is generated; below it the question is handed off. */
  generated: number;
}

export interface ContextEntry {
  id: number;
  ref: string | null;
  question: string;
  answer: string;
}

export interface GenerateRequest {
  prompt: string;
  /** Raw streamed text pieces, as the model produces them. */
  onToken: (text: string) => void;
  signal?: AbortSignal;
}

export interface GenerateResult {
  text: string;
  /** Model version that wrote it. */
  model: string;
  /** True when generation stopped because the signal aborted. */
  cancelled?: boolean;
}

/** Text generation by the active model; absent when no model is available. */
export type Generate = (request: GenerateRequest) => Promise<GenerateResult>;

export interface DecideInput {
  question: string;
  retrieval: Retrieval;
  /** Full text of retrieved entries (their answers) by id. */
  entry: (id: number) => ContextEntry | undefined;
  history: readonly PromptTurn[];
  thresholds: AnswerThresholds;
  filter: ContentFilterSettings;
  /**
   * Replace a draft that is not valid text (GARBLED_DRAFT) or not supported by the answers it cites
   * (draft-grounding.ts) by the closest curated answer, quoted. Setting `replaceGarbledDrafts`.
   */
  replaceUnfit: boolean;
  forceMode?: AnswerMode;
  generate?: Generate | null;
  /** Draft text as it becomes safe to show (already through the content filter). */
  onToken?: (text: string) => void;
  signal?: AbortSignal;
}

export interface Source {
  id: number;
  ref: string | null;
  question: string;
  score: number;
  /** The entry's language: a `faq` answer in another language than the question's says so (answerOnlyIn). */
  lang: Lang;
  /** Placed above sources whose words match better, by its meaning (RetrievalHit.byMeaning). */
  byMeaning?: true;
}

export interface Decision {
  mode: AnswerMode;
  text: string;
  lang: Lang;
  confidence: number;
  sources: Source[];
  /** Model version of a generated draft; null for curated answers, hand-offs and drafts made without a model. */
  model: string | null;
  handoffReason: HandoffReason | null;
  /** Details for the log: the filter's reason or the generation error. */
  detail: string | null;
  /** The customer stopped the draft mid-stream; `text` is what was shown so far. */
  interrupted: boolean;
}

/**
 * The mode a retrieval calls for (before generation can still turn into a hand-off): a hand-off when the question is
 * more like a marked example than like any entry (Retrieval.marked), else the one its confidence calls for. The chat,
 * `ask` and `eval` all decide so.
 */
export function answerMode(retrieval: Pick<Retrieval, 'confidence' | 'marked'>, thresholds: AnswerThresholds): AnswerMode {
  return retrieval.marked ? 'handoff' : chooseMode(retrieval.confidence, thresholds);
}

/** The mode confidence alone calls for (before generation can still turn into a hand-off). */
export function chooseMode(confidence: number, thresholds: AnswerThresholds): AnswerMode {
  if (confidence >= thresholds.faq) return 'faq';
  if (confidence >= thresholds.generated) return 'generated';
  return 'handoff';
}

/** Entries a draft stands on: the top hit and runners-up nearly as good, at most PROMPT_LIMITS.contextEntries. */
export function groundingHits(hits: readonly RetrievalHit[]): RetrievalHit[] {
  const top = hits[0];
  if (!top) return [];
  return hits.filter((hit) => hit.score >= top.score * 0.6).slice(0, PROMPT_LIMITS.contextEntries);
}

/**
 * Why a draft was replaced by the closest curated answer: byte-level BPE lets a small model write byte
 * sequences that are not UTF-8 (decoded as U+FFFD; the worker never streams an incomplete character, so one
 * inside a draft is the model's). The customer gets the quoted answer instead of mojibake.
 */
export const GARBLED_DRAFT = 'the model wrote invalid text';

/** Below this score an entry shares little more than a word with the question. */
const HANDOFF_SOURCE_MIN = 0.2;

const toSource = (hit: RetrievalHit): Source => ({
  id: hit.id,
  ref: hit.ref,
  question: hit.question,
  score: hit.score,
  lang: hit.lang,
  ...(hit.byMeaning && { byMeaning: true }),
});

export async function decide(input: DecideInput): Promise<Decision> {
  const { retrieval } = input;
  const top = retrieval.hits[0];
  const base = { lang: retrieval.lang, confidence: retrieval.confidence, model: null, detail: null, interrupted: false };
  const handoff = (reason: HandoffReason, detail: string | null = null): Decision => ({
    ...base,
    mode: 'handoff',
    text: handoffMessage(retrieval.lang),
    // The closest entries, for the reviewer to link to; a stray shared word is not worth showing.
    sources: retrieval.hits.filter((hit) => hit.score >= HANDOFF_SOURCE_MIN).slice(0, PROMPT_LIMITS.contextEntries).map(toSource),
    handoffReason: reason,
    detail,
  });

  const mode = input.forceMode ?? answerMode(retrieval, input.thresholds);
  if (mode === 'handoff') return handoff(input.forceMode ? 'forced' : retrieval.marked ? 'marked' : 'low-confidence');
  const topEntry = top && input.entry(top.id);
  if (!topEntry) return handoff('no-match');
  if (mode === 'faq') {
    return { ...base, mode: 'faq', text: topEntry.answer, sources: [toSource(top)], handoffReason: null };
  }

  const grounding = groundingHits(retrieval.hits).flatMap((hit) => {
    const entry = input.entry(hit.id);
    return entry ? [{ hit, entry }] : [];
  });
  const sources = grounding.map(({ hit }) => toSource(hit));
  // The closest curated answer, introduced as a suggestion: the draft without a model (documented fallback,
  // streamed as one piece), and instead of a draft that is not text or not grounded (the final message replaces
  // what streamed).
  const suggestion = (detail: string | null): Decision => {
    const text = extractiveDraft(retrieval.lang, { ...topEntry, lang: top.lang });
    if (detail === null) input.onToken?.(text);
    return { ...base, mode: 'generated', text, sources: [toSource(top)], handoffReason: null, detail };
  };
  // Stopped by the customer: the part of the draft shown so far, kept and marked interrupted.
  const stopped = (text: string, model: string | null): Decision => ({
    ...base,
    mode: 'generated',
    text,
    sources,
    model,
    handoffReason: null,
    interrupted: true,
  });
  if (!input.generate) {
    // A Stop before the draft began (while the question was ranked) leaves what a model stopped there leaves: nothing.
    return input.signal?.aborted ? stopped('', null) : suggestion(null);
  }

  const cited = grounding.map(({ entry }) => entry.answer);
  const verdict = (draft: string): FilterVerdict =>
    input.replaceUnfit && draft.includes('\uFFFD') ? { allowed: false, reason: GARBLED_DRAFT } : checkDraft(draft, cited, input.filter);
  const stream = new SafeStream(verdict, input.onToken);
  const abortOnBlock = new AbortController();
  const signal = input.signal ? AbortSignal.any([input.signal, abortOnBlock.signal]) : abortOnBlock.signal;
  const prompt = buildPrompt({ question: input.question, context: grounding.map(({ entry }) => entry), history: input.history });
  let result: GenerateResult | null = null;
  try {
    result = await input.generate({
      prompt,
      signal,
      onToken: (piece) => {
        if (!stream.push(piece)) abortOnBlock.abort();
      },
    });
  } catch (error) {
    const cancelled = error instanceof CancelledError || (error as Error)?.name === 'CancelledError' || signal.aborted;
    if (!cancelled) return handoff('generation-failed', (error as Error)?.message ?? String(error));
  }
  if (stream.blockedReason === GARBLED_DRAFT) return suggestion(GARBLED_DRAFT);
  if (stream.blockedReason) return handoff('filtered', stream.blockedReason);

  if (input.signal?.aborted) {
    const partial = stream.finishPartial();
    if (partial === null) return handoff('filtered', stream.blockedReason);
    return stopped(partial, result?.model ?? null);
  }
  const text = completionText(result?.text ?? '');
  if (!text) return handoff('generation-failed', 'the model returned an empty draft');
  const final = verdict(text);
  if (final.reason === GARBLED_DRAFT) return suggestion(GARBLED_DRAFT);
  if (!final.allowed) return handoff('filtered', final.reason ?? null);
  // Support can only be judged on the whole draft: what streamed is replaced by the final message.
  const ungrounded = input.replaceUnfit ? ungroundedReason(text, cited, input.question) : null;
  if (ungrounded) return suggestion(ungrounded);
  stream.finish(text);
  return { ...base, mode: 'generated', text, sources, model: result?.model ?? null, handoffReason: null };
}
