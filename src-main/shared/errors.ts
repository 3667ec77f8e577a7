// Errors cross process and network boundaries as plain data, then are rebuilt on the other side.

export type ErrorKind =
  | 'invalid-input' // the caller sent something malformed; fix the input
  | 'not-found' // the thing named does not exist
  | 'conflict' // the request clashes with current state (duplicate, busy, active model…)
  | 'unauthorized' // missing or wrong token / sender
  | 'cancelled' // the caller stopped the work
  | 'unavailable' // a resource (disk, memory, network, model file) is missing
  | 'internal'; // a bug: report it

/** Values for a coded message's `{name}` placeholders. */
export type ErrorParams = Record<string, string | number>;

/**
 * A stable name for a message a user meets (`import.csv-unclosed-quote`, `hub.repo-not-found`), with its values, so
 * the UI can say it in its own language. The English `message` stays for the CLI, logs and any UI that does not
 * know the code.
 */
export interface MessageCode {
  code?: string;
  params?: ErrorParams;
}

/** An English sentence (for the CLI and logs) with an optional code and values, for a UI to say in its language. */
export interface CodedMessage extends MessageCode {
  message: string;
}

export interface SerializedError extends MessageCode {
  name: string;
  message: string;
  kind: ErrorKind;
  /** Optional structured details, e.g. row errors of an import. */
  details?: unknown;
}

const CODE_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

/**
 * The code and params of data from the other side of a boundary, or {} when they are malformed: a code is dotted
 * kebab-case, params are strings or finite numbers. Checked where data arrives, so the UI never formats junk.
 */
export function messageCode(data: unknown): MessageCode {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof record.code !== 'string' || record.code.length > 80 || !CODE_PATTERN.test(record.code)) return {};
  if (record.params === undefined) return { code: record.code };
  if (typeof record.params !== 'object' || record.params === null || Array.isArray(record.params)) return {};
  const params: ErrorParams = {};
  for (const [name, value] of Object.entries(record.params)) {
    if (typeof value === 'string') params[name] = value.slice(0, 300);
    else if (typeof value === 'number' && Number.isFinite(value)) params[name] = value;
    else return {};
  }
  return { code: record.code, params };
}

/** Base class for errors that carry a kind; subclasses set `name`. */
export class ConciergeError extends Error {
  override name = 'ConciergeError';
  code?: string;
  params?: ErrorParams;
  constructor(
    message: string,
    readonly kind: ErrorKind = 'internal',
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** Names the message with a stable code and its values (see MessageCode); returns the error for `throw`. */
  withCode(code: string, params?: ErrorParams): this {
    this.code = code;
    if (params) this.params = params;
    return this;
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
    const data: SerializedError = { name: error.name, message: error.message, kind: error.kind, details: error.details };
    if (error.code) data.code = error.code;
    if (error.params) data.params = error.params;
    return data;
  }
  if (error instanceof Error) return { name: error.name, message: error.message, kind: 'internal' };
  return { name: 'Error', message: String(error), kind: 'internal' };
}

/** Rebuilds an error on the receiving side; the message names the call that failed. */
export function deserializeError(data: SerializedError, call?: string): ConciergeError {
  const message = call ? `${call}: ${data.message}` : data.message;
  const error = new ConciergeError(message, data.kind, data.details);
  error.name = data.name;
  const { code, params } = messageCode(data);
  if (code) error.withCode(code, params);
  return error;
}
