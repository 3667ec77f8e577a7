import type { z } from 'zod';
import { channels, type Channel, type Handlers } from '../shared/api/index.ts';
import { InvalidInputError, NotFoundError } from '../shared/errors.ts';
import { issueCode, issueDetails } from '../shared/input-issues.ts';

/** The single entry point every transport calls: untrusted channel name and payload in, handler result out. */
export interface Router {
  call(channel: string, payload: unknown): Promise<unknown>;
}

export function createRouter(handlers: Handlers): Router {
  return {
    async call(name, payload) {
      const channel = knownChannel(name);
      const parsed = channels[channel].input.safeParse(payload);
      if (!parsed.success) throw invalidInput(channel, parsed.error.issues);
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      return handler(parsed.data);
    },
  };
}

/**
 * `name` as a channel of this version, or the unknown-channel error. A transport that has more to read before
 * calling (the HTTP body) asks this first, so an unknown channel is refused before its payload is read.
 */
export function knownChannel(name: string): Channel {
  // hasOwn, not `in`: a name like "__proto__" or "toString" must not reach a handler lookup.
  if (!Object.hasOwn(channels, name)) throw unknownChannel(name);
  return name as Channel;
}

/**
 * A channel this version does not serve: not-found (HTTP 404, like any unknown path), where a known channel's bad
 * payload is invalid-input (400). Every transport gets the same error from here. The name is quoted as JSON, cut
 * to 100 characters: it is whatever the caller sent.
 */
function unknownChannel(name: string): NotFoundError {
  const shown = name.length > 100 ? `${name.slice(0, 100)}…` : name;
  return new NotFoundError(`Unknown channel ${JSON.stringify(shown)}`).withCode('api.unknown-channel', { channel: shown });
}

/**
 * The refusal of a payload: English naming every failing path (for the CLI and logs), the first issue's code and
 * values (for a UI to say in its language), and each issue's in the details.
 */
export function invalidInput(channel: string, issues: readonly z.core.$ZodIssue[]): InvalidInputError {
  const { code, params } = issueCode(issues[0]);
  return new InvalidInputError(`Invalid input for ${channel}: ${describeIssues(issues)}`, {
    issues: issueDetails(issues, MAX_DETAILED_ISSUES),
  }).withCode(code, params);
}

/**
 * The refusal of one field that passed the schema but is refused by a check only a handler can make (a path that
 * is not absolute on this platform): the same message, code and issue details as a schema refusal of that field,
 * so every transport shows one shape whichever side refused it.
 */
export function refusedField(channel: string, path: readonly PropertyKey[], message: string, input?: unknown): InvalidInputError {
  return invalidInput(channel, [{ code: 'custom', path: [...path], message, input }]);
}

// A payload of 10,000 bad ids has 10,000 issues: the message names the first few, the details the first hundred.
const MAX_DESCRIBED_ISSUES = 10;
const MAX_DETAILED_ISSUES = 100;

/** "question: Too small…; tags.2: Expected string" — names the failing paths so the caller can fix them. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const described = issues
    .slice(0, MAX_DESCRIBED_ISSUES)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
  const more = issues.length - MAX_DESCRIBED_ISSUES;
  return more > 0 ? `${described}; and ${more} more problem${more === 1 ? '' : 's'}` : described;
}
