// A schema's complaint about a value, as a code and values a UI can say in its own language (see MessageCode).
// The English of the issue stays for the CLI and logs; this reads the issue's structure, not its wording, so a
// schema's own sentence ("is required", "must be text") and zod's default one get the same code.
import type { z } from 'zod';
import { ABSOLUTE_PATH_RULE } from './api/models.ts';
import { RUN_ID_RULE } from './api/training.ts';
import type { ErrorParams } from './errors.ts';

export interface IssueCode {
  code: string;
  params: ErrorParams;
}

/** The path of the value the issue is about (`tags.2`), or `input` when it is the whole payload. */
function issuePath(issue: Pick<z.core.$ZodIssue, 'path'>): string {
  return issue.path.length ? issue.path.map(String).join('.') : 'input';
}

const TYPE_CODES: Record<string, string> = {
  string: 'input.text',
  boolean: 'input.boolean',
  array: 'input.list',
  number: 'input.number',
  int: 'input.whole-number',
  object: 'input.object',
};

/** Sentences a schema in shared/api writes for a rule that says more than its kind of issue, by their own code. */
const SENTENCE_CODES: Record<string, string> = {
  'must not contain "|" or line breaks': 'input.tag-chars',
  'a model id is lowercase letters, digits and dashes': 'input.model-id',
  [ABSOLUTE_PATH_RULE]: 'input.absolute-path',
  [RUN_ID_RULE]: 'input.run-id',
};

/**
 * `input.required {field}`, `input.too-long {field, max}`, `input.one-of {field, values}`…: every issue maps to a
 * code, `input.invalid {field}` when nothing more precise can be said.
 */
export function issueCode(issue: z.core.$ZodIssue): IssueCode {
  const field = issuePath(issue);
  const named = Object.hasOwn(SENTENCE_CODES, issue.message) ? SENTENCE_CODES[issue.message] : undefined;
  if (named) return { code: named, params: { field } };
  switch (issue.code) {
    case 'invalid_type': {
      const code = TYPE_CODES[issue.expected];
      return code ? { code, params: { field } } : { code: 'input.type', params: { field, expected: issue.expected } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? { code: 'input.required', params: { field } } : { code: 'input.too-short', params: { field, min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'input.too-few', params: { field, min } };
      return { code: issue.inclusive ? 'input.at-least' : 'input.above', params: { field, min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'input.too-long', params: { field, max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'input.too-many', params: { field, max } };
      return { code: issue.inclusive ? 'input.at-most' : 'input.below', params: { field, max } };
    }
    case 'invalid_value':
      return { code: 'input.one-of', params: { field, values: issue.values.map((value) => JSON.stringify(value)).join(', ') } };
    case 'invalid_format':
      return { code: 'input.format', params: { field } };
    case 'unrecognized_keys':
      return { code: 'input.unknown-keys', params: { field, keys: issue.keys.join(', ') } };
    default:
      return { code: 'input.invalid', params: { field } };
  }
}

/** The issues as details (path, English sentence, code and values), the first `max` of them. */
export function issueDetails(issues: readonly z.core.$ZodIssue[], max = Infinity) {
  return issues.slice(0, max).map((issue) => ({ path: issue.path.map(String), message: issue.message, ...issueCode(issue) }));
}
