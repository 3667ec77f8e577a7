import { describe, expect, it } from 'vitest';
import { DiscardGuard } from '../../../src-renderer/state/discard-guard.svelte.ts';

function guarded(dirty: boolean) {
  const state = { dirty, closed: 0 };
  const guard = new DiscardGuard(() => state.dirty, () => state.closed++);
  return { state, guard };
}

describe('DiscardGuard', () => {
  describe('requestClose()', () => {
    it('closes at once when nothing was typed, without asking', () => {
      const { state, guard } = guarded(false);
      guard.requestClose();
      expect(state.closed).toBe(1);
      expect(guard.confirming).toBe(false);
    });

    it('asks instead of closing when something was typed', () => {
      const { state, guard } = guarded(true);
      guard.requestClose();
      expect(state.closed).toBe(0);
      expect(guard.confirming).toBe(true);
    });

    it('reads whether the form is dirty when asked, not when the guard was made', () => {
      const { state, guard } = guarded(false);
      state.dirty = true;
      guard.requestClose();
      expect(guard.confirming).toBe(true);
    });
  });

  describe('keep() and discard()', () => {
    it('keep() puts the question away and leaves the dialog open', () => {
      const { state, guard } = guarded(true);
      guard.requestClose();
      guard.keep();
      expect(guard.confirming).toBe(false);
      expect(state.closed).toBe(0);
    });

    it('discard() puts the question away and closes the dialog once', () => {
      const { state, guard } = guarded(true);
      guard.requestClose();
      guard.discard();
      expect(guard.confirming).toBe(false);
      expect(state.closed).toBe(1);
    });
  });
});
