import type { ErrorKind } from '../../src-main/shared/errors.ts';

/** What the UI shows for a failure: a kind (picks the title) and one readable line, never a stack. */
export interface UiError {
  kind: ErrorKind;
  message: string;
  /** The web mode could not reach its server: the UI says so in its own words, not the client's English. */
  connection?: true;
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
  return described;
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
