// Errors cross process and network boundaries as plain data, then are rebuilt on the other side.

export type ErrorKind =
  | 'invalid-input' // the caller sent something malformed; fix the input
  | 'not-found' // the thing named does not exist
  | 'conflict' // the request clashes with current state (duplicate, busy, active model…)
  | 'unauthorized' // missing or wrong token / sender
  | 'cancelled' // the caller stopped the work
  | 'unavailable' // a resource (disk, memory, network, model file) is missing
  | 'internal'; // a bug: report it

export interface SerializedError {
  name: string;
  message: string;
  kind: ErrorKind;
  /** Optional structured details, e.g. row errors of an import. */
  details?: unknown;
}

/** Base class for errors that carry a kind; subclasses set `name`. */
export class ConciergeError extends Error {
  override name = 'ConciergeError';
  constructor(
    message: string,
    readonly kind: ErrorKind = 'internal',
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class InvalidInputError extends ConciergeError {
  override name = 'InvalidInputError';
  constructor(message: string, details?: unknown) {
    super(message, 'invalid-input', details);
  }
}

export class NotFoundError extends ConciergeError {
  override name = 'NotFoundError';
  constructor(message: string, details?: unknown) {
    super(message, 'not-found', details);
  }
}

export class ConflictError extends ConciergeError {
  override name = 'ConflictError';
  constructor(message: string, details?: unknown) {
    super(message, 'conflict', details);
  }
}

export class CancelledError extends ConciergeError {
  override name = 'CancelledError';
  constructor(message = 'Cancelled') {
    super(message, 'cancelled');
  }
}

export class UnavailableError extends ConciergeError {
  override name = 'UnavailableError';
  constructor(message: string, details?: unknown) {
    super(message, 'unavailable', details);
  }
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof ConciergeError) {
    return { name: error.name, message: error.message, kind: error.kind, details: error.details };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, kind: 'internal' };
  return { name: 'Error', message: String(error), kind: 'internal' };
}

/** Rebuilds an error on the receiving side; the message names the call that failed. */
export function deserializeError(data: SerializedError, call?: string): ConciergeError {
  const message = call ? `${call}: ${data.message}` : data.message;
  const error = new ConciergeError(message, data.kind, data.details);
  error.name = data.name;
  return error;
}
