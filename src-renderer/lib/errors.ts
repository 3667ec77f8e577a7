import { messageCode, type ErrorKind, type ErrorParams } from '../../src-main/shared/errors.ts';
import { isMessageKey, type MessageKey, type MessageParams } from '../i18n/i18n.svelte.ts';
import { clipText } from './clip-text.ts';

/** What the UI shows for a failure: a kind (picks the title) and one readable line, never a stack. */
export interface UiError {
  kind: ErrorKind;
  message: string;
  /** The web mode could not reach its server: the UI says so in its own words, not the client's English. */
  connection?: true;
  /** The server's stable name for the message and its values; `errorText` says it in the UI's language. */
  code?: string;
  params?: ErrorParams;
}

const MESSAGE_MAX = 300;
const ERROR_KINDS: readonly ErrorKind[] = [
  'invalid-input',
  'not-found',
  'conflict',
  'unauthorized',
  'cancelled',
  'unavailable',
  'internal',
];

/** Turns anything thrown by the API client (or the browser) into a short, human message. */
export function describeError(error: unknown): UiError {
  const record = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const kind = ERROR_KINDS.find((k) => k === record.kind) ?? 'internal';
  const raw = typeof record.message === 'string' ? record.message : String(error);
  const detail = describeDetails(record.details);
  const described: UiError = { kind, message: clipText(detail ?? readableLine(raw), MESSAGE_MAX) };
  if (record.name === 'ConnectionError') described.connection = true;
  const { code, params } = messageCode(record);
  if (code) described.code = code;
  if (params) described.params = params;
  return described;
}

/**
 * The catalogue key for a server message code (`hub.repo-not-found` → `error.code.hub.repo-not-found`), or null
 * when this UI has no words for it, and the server's English is shown instead.
 */
export function codeMessageKey(code: string | undefined): MessageKey | null {
  if (!code) return null;
  const key = `error.code.${code}`;
  return isMessageKey(key) ? key : null;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A server message with an optional code (a data set's warning…): in the UI's language when the code is known. */
export function codedText(item: { message: string; code?: unknown; params?: unknown }, t: Translate): string {
  const { code, params } = messageCode(item); // checked: it came from the server
  const key = codeMessageKey(code);
  if (!key || !code) return item.message;
  // A refused value's path (patch.category) is said by the name the screen gives its field.
  if (code?.startsWith('input.') && typeof params?.field === 'string') return t(key, { ...params, field: fieldLabel(params.field, t) });
  return t(key, stateLabels(code, params, t));
}

/**
 * The params of a code that name a state, and the catalogue prefix of the labels the screen gives that state
 * (`review.status` + `.dismissed` → "Dismissed"), so the message says the screen's word rather than the server's.
 */
const STATE_PARAMS: Record<string, Record<string, string>> = {
  'review.already-resolved': { status: 'review.status' },
  'review.wrong-status': { status: 'review.status', from: 'review.status' },
};

/** `params` with each state said by its label; a state this UI has no label for stays as the server wrote it. */
function stateLabels(code: string, params: ErrorParams | undefined, t: Translate): ErrorParams | undefined {
  if (!params || !Object.hasOwn(STATE_PARAMS, code)) return params;
  const said = { ...params };
  for (const [name, prefix] of Object.entries(STATE_PARAMS[code])) {
    const key = `${prefix}.${params[name]}`;
    if (isMessageKey(key)) said[name] = t(key);
  }
  return said;
}

/**
 * The fields a user reaches from the UI, by their path in a request (`#` for a place in a list), and the key of
 * the name the screen gives them. Paths are the same in every request that has them (`question` in an entry and
 * in the review queue's new entry), so the request's channel is not needed.
 */
const FIELD_LABELS: Record<string, MessageKey> = {
  // An entry: the editor, the review queue, the bulk bar's patch.
  question: 'kb.field.question',
  answer: 'kb.field.answer',
  category: 'kb.field.category',
  'patch.category': 'kb.field.category',
  enabled: 'kb.col.enabled',
  'patch.enabled': 'kb.col.enabled',
  tags: 'kb.field.tags',
  'tags.#': 'field.tag',
  lang: 'kb.field.lang',
  ref: 'kb.field.ref',
  paraphrases: 'kb.field.paraphrases',
  'paraphrases.#': 'kb.paraphrase.item',
  // Chat: the composer, a conversation's title, a thumbs-down's correction.
  text: 'chat.composer.label',
  title: 'chat.renameLabel',
  correction: 'field.correction',
  // Settings: answers, threads, precision.
  faqThreshold: 'settings.faqThreshold',
  generateThreshold: 'settings.generateThreshold',
  historyTurns: 'settings.historyTurns',
  blockedWords: 'settings.blockedWords',
  'blockedWords.#': 'field.blockedWord',
  blockUnlistedPrices: 'settings.blockUnlistedPrices',
  replaceGarbledDrafts: 'settings.replaceGarbledDrafts',
  maxNewTokens: 'settings.maxNewTokens',
  temperature: 'settings.temperature',
  inference: 'settings.threads.inference',
  training: 'settings.threads.training',
  precision: 'settings.precision',
  // Training's advanced settings.
  base: 'training.base',
  epochs: 'training.field.epochs',
  learningRate: 'training.field.learningRate',
  batchTokens: 'training.field.batchTokens',
  seed: 'training.field.seed',
  // Models: download and folder import.
  repo: 'models.pull.repo',
  path: 'models.import.path',
};

/**
 * The name the UI gives the field at `path` (`tags.2` → "Tag 3", `patch.category` → "Category"), or the path as
 * the server wrote it when the UI has no name for it.
 */
export function fieldLabel(path: string, t: Translate): string {
  const places = path.split('.').filter((part) => /^\d+$/.test(part));
  const key = path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? '#' : part))
    .join('.');
  if (!Object.hasOwn(FIELD_LABELS, key)) return path;
  // A place in a list is counted from 1, as the screen numbers it.
  return t(FIELD_LABELS[key], places.length ? { n: Number(places[places.length - 1]) + 1 } : undefined);
}

/** What a banner or form note says for `error`, in the UI's language when the server named the message. */
export function errorText(error: UiError, t: Translate): string {
  return error.connection ? t('error.connection') : codedText(error, t);
}

/** Error details are sometimes a list of `{message, line?, path?}`; those read better than the summary. */
function describeDetails(details: unknown): string | null {
  if (!Array.isArray(details) || details.length === 0) return null;
  const parts = details.slice(0, 3).map((item: { message?: unknown; line?: unknown; path?: unknown }) => {
    const where = typeof item.line === 'number' ? `#${item.line} ` : Array.isArray(item.path) ? `${item.path.join('.')}: ` : '';
    return `${where}${String(item.message ?? '')}`.trim();
  });
  return parts.every(Boolean) ? parts.join('; ') : null;
}

/** First line, without the `domain:verb: ` prefix the API client adds for developers. */
function readableLine(message: string): string {
  const first = message.split('\n', 1)[0] ?? '';
  return first.replace(/^[a-z]+:[a-z-]+:\s*/, '').trim();
}
