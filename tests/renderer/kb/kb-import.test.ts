import { describe, expect, it } from 'vitest';
import { otherProblems, rowProblem } from '../../../src-renderer/state/kb/kb-import.svelte.ts';

describe('rowProblem()', () => {
  it('names the field once: as the label, not again at the start of the sentence', () => {
    expect(rowProblem({ line: 2, field: 'answer', message: 'answer is required' })).toEqual({ field: 'answer', text: 'is required' });
  });

  it('keeps a sentence that does not start with the field, and one without a field, as they are', () => {
    expect(rowProblem({ line: 3, field: 'ref', message: 'duplicate ref: same as line 2' })).toEqual({
      field: 'ref',
      text: 'duplicate ref: same as line 2',
    });
    expect(rowProblem({ line: 1, field: '', message: 'the file is empty' })).toEqual({ field: null, text: 'the file is empty' });
  });
});

describe('otherProblems()', () => {
  it('leaves out the row errors that repeat a duplicate, which the dialog lists on its own', () => {
    const report = {
      duplicates: [
        { line: 2, reason: 'question' as const, existingId: 1 },
        { line: 5, reason: 'ref' as const, existingId: null, otherLine: 4 },
      ],
      errors: [
        { line: 2, field: 'question', message: 'duplicate question: FAQ entry #1 already has it' },
        { line: 3, field: 'answer', message: 'answer is required' },
        { line: 5, field: 'ref', message: 'duplicate ref: same as line 4' },
        { line: 5, field: 'question', message: 'question is 1001 characters long; the limit is 1000' },
      ],
    };
    expect(otherProblems(report).map((error) => `${error.line} ${error.field}`)).toEqual(['3 answer', '5 question']);
  });
});
