import { messageCode, type ErrorKind, type ErrorParams } from '../../src-main/shared/errors.ts';
import { isMessageKey, type MessageKey, type MessageParams } from '../i18n/i18n.svelte.ts';

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
  const described: UiError = { kind, message: clip(detail ?? readableLine(raw)) };
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
  return key ? t(key, params) : item.message;
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

function clip(text: string): string {
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX - 1)}…` : text;
}
