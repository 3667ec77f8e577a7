import type { z } from 'zod';
import { InvalidInputError } from '../shared/errors.ts';

/** "answer is 20001 characters long; the limit is 20000": the schemas' messages follow the field name. */
export function issueText(issue: z.core.$ZodIssue): string {
  return `${issue.path.map(String).join('.') || 'input'} ${issue.message}`;
}

/** The parsed value, or InvalidInputError naming every problem (and listing them in its details). */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidInputError(`Invalid ${what}: ${parsed.error.issues.map(issueText).join('; ')}`, {
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
  });
}
