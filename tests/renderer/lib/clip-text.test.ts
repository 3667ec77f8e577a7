import { describe, expect, it } from 'vitest';
import { clipText } from '../../../src-renderer/lib/clip-text.ts';

describe('clipText()', () => {
  it('leaves a text of at most max characters as it is', () => {
    expect(clipText('Yes.', 4)).toBe('Yes.');
    expect(clipText('', 4)).toBe('');
  });

  it('cuts a longer one to max characters, the last an ellipsis', () => {
    expect(clipText('Opening hours', 8)).toBe('Opening…');
    expect(clipText('a'.repeat(600), 500)).toHaveLength(500);
  });

  it('never cuts an emoji in two: it keeps one character fewer instead', () => {
    // '🫖' is two UTF-16 units: cut after its first, the tooltip would end in a broken character.
    expect(clipText('Tea 🫖 time', 6)).toBe('Tea …');
    expect(clipText('Tea 🫖 time', 7)).toBe('Tea 🫖…');
  });
});
