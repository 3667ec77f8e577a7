import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHOWN_TOASTS, TOAST_TIMEOUT_MS, Toasts, UNDO_TIMEOUT_MS, visibleToasts } from '../../../src-renderer/state/toasts.svelte.ts';

describe('Toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  describe('show()', () => {
    it('removes a plain toast after its timeout and an undo toast only after the longer undo window', () => {
      const toasts = new Toasts();
      toasts.show('saved');
      toasts.show('deleted', { undo: () => {} });
      vi.advanceTimersByTime(TOAST_TIMEOUT_MS);
      expect(toasts.items.map((toast) => toast.message)).toEqual(['deleted']);
      vi.advanceTimersByTime(UNDO_TIMEOUT_MS - TOAST_TIMEOUT_MS);
      expect(toasts.items).toEqual([]);
    });

    it('keeps only the newest few toasts', () => {
      const toasts = new Toasts();
      for (let i = 0; i < 10; i++) toasts.show(`toast ${i}`);
      expect(toasts.items.map((toast) => toast.message)).toEqual(['toast 6', 'toast 7', 'toast 8', 'toast 9']);
    });
  });

  describe('undo()', () => {
    it('runs the undo once and removes the toast, however often it is clicked', async () => {
      const toasts = new Toasts();
      const undo = vi.fn();
      const id = toasts.show('deleted', { undo });
      await Promise.all([toasts.undo(id), toasts.undo(id)]);
      expect(undo).toHaveBeenCalledTimes(1);
      expect(toasts.items).toEqual([]);
    });
  });

  describe('pause()', () => {
    it('stops the clock while paused and resumes with the time that was left', () => {
      const toasts = new Toasts();
      toasts.show('deleted', { undo: () => {} });
      vi.advanceTimersByTime(UNDO_TIMEOUT_MS - 1_000);
      toasts.pause();
      vi.advanceTimersByTime(60_000);
      expect(toasts.items).toHaveLength(1);
      toasts.resume();
      vi.advanceTimersByTime(999);
      expect(toasts.items).toHaveLength(1);
      vi.advanceTimersByTime(1);
      expect(toasts.items).toEqual([]);
    });
  });

  describe('visibleToasts()', () => {
    it('shows only the newest two while collapsed and counts the older ones, which still expire', () => {
      const toasts = new Toasts();
      for (let i = 0; i < 4; i++) toasts.show(`deleted ${i}`, { undo: () => {} });
      const { shown, hidden } = visibleToasts(toasts.items, false);
      expect(SHOWN_TOASTS).toBe(2);
      expect(shown.map((toast) => toast.message)).toEqual(['deleted 2', 'deleted 3']);
      expect(shown.at(-1)?.undo).toBeDefined();
      expect(hidden).toBe(2);
      expect(visibleToasts(toasts.items, true)).toEqual({ shown: toasts.items, hidden: 0 });
      vi.advanceTimersByTime(UNDO_TIMEOUT_MS);
      expect(visibleToasts(toasts.items, false)).toEqual({ shown: [], hidden: 0 });
    });
  });
});
