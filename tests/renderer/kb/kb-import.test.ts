import { describe, expect, it } from 'vitest';
import { rowProblem } from '../../../src-renderer/state/kb/kb-import.svelte.ts';

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
