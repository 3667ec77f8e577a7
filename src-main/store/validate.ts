import type { z } from 'zod';
import { InvalidInputError } from '../shared/errors.ts';
import { issueCode, issueDetails } from '../shared/input-issues.ts';

/** "answer is 20001 characters long; the limit is 20000": the schemas' messages follow the field name. */
export function issueText(issue: z.core.$ZodIssue): string {
  return `${issue.path.map(String).join('.') || 'input'} ${issue.message}`;
}

/** The parsed value, or InvalidInputError naming every problem (and listing them in its details), coded by the first. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { code, params } = issueCode(parsed.error.issues[0]);
  throw new InvalidInputError(`Invalid ${what}: ${parsed.error.issues.map(issueText).join('; ')}`, {
    issues: issueDetails(parsed.error.issues),
  }).withCode(code, params);
}
