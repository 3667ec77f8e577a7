import { ConciergeError, serializeError, type ErrorKind } from '../shared/errors.ts';

/** An error the HTTP layer itself raises, with the status it answers with. */
export class HttpError extends ConciergeError {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    kind: ErrorKind = 'invalid-input',
  ) {
    super(message, kind);
  }
}

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  'not-found': 404,
  conflict: 409,
  cancelled: 409,
  unavailable: 503,
  internal: 500,
};

export function statusForError(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  if (error instanceof ConciergeError) return error.name === 'RateLimitedError' ? 429 : STATUS_BY_KIND[error.kind];
  return 500;
}

/** The JSON body of every error response: `{error: {name, message, kind}}`. */
export function errorBody(error: unknown): string {
  return JSON.stringify({ error: serializeError(error) });
}
