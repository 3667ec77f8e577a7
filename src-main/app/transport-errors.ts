import { ConciergeError } from '../shared/errors.ts';

/** A caller without the launch token, or an IPC message from a frame that is not the app's window. */
export class UnauthorizedError extends ConciergeError {
  override name = 'UnauthorizedError';
  constructor(message: string) {
    super(message, 'unauthorized');
  }
}

/** A connection sent more requests than its rate limit allows; retrying later succeeds. */
export class RateLimitedError extends ConciergeError {
  override name = 'RateLimitedError';
  constructor(message = 'Too many requests on this connection; slow down and retry') {
    super(message, 'unavailable');
  }
}
