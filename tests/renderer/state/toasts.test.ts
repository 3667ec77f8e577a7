import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTION_TIMEOUT_MS, SHOWN_TOASTS, TOAST_TIMEOUT_MS, Toasts, undoAction, visibleToasts } from '../../../src-renderer/state/toasts.svelte.ts';

describe('Toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  describe('show()', () => {
    it('removes a plain toast after its timeout and one with a button only after the longer window', () => {
      const toasts = new Toasts();
      toasts.show('saved');
      toasts.show('deleted', { actions: [undoAction(() => {})] });
      vi.advanceTimersByTime(TOAST_TIMEOUT_MS);
      expect(toasts.items.map((toast) => toast.message)).toEqual(['deleted']);
      vi.advanceTimersByTime(ACTION_TIMEOUT_MS - TOAST_TIMEOUT_MS);
      expect(toasts.items).toEqual([]);
    });

    it('keeps only the newest few toasts', () => {
      const toasts = new Toasts();
      for (let i = 0; i < 10; i++) toasts.show(`toast ${i}`);
      expect(toasts.items.map((toast) => toast.message)).toEqual(['toast 6', 'toast 7', 'toast 8', 'toast 9']);
    });
  });

  describe('act()', () => {
    it('runs an Undo once and removes the toast, however often it is clicked', async () => {
      const toasts = new Toasts();
      const undo = vi.fn();
      const id = toasts.show('deleted', { actions: [undoAction(undo)] });
      await Promise.all([toasts.act(id, 'toast.undo'), toasts.act(id, 'toast.undo')]);
      expect(undo).toHaveBeenCalledTimes(1);
      expect(toasts.items).toEqual([]);
    });

    it('keeps the toast for an action that asks to (Show), with its Undo still there, and runs it each time', async () => {
      const toasts = new Toasts();
      const undo = vi.fn();
      const show = vi.fn();
      const id = toasts.show('Entry added', { actions: [undoAction(undo), { label: 'toast.show', run: show, keepsToast: true }] });
      await toasts.act(id, 'toast.show');
      await toasts.act(id, 'toast.show');
      expect(show).toHaveBeenCalledTimes(2);
      expect(toasts.items.map((toast) => toast.actions.map((action) => action.label))).toEqual([['toast.undo', 'toast.show']]);
      await toasts.act(id, 'toast.undo');
      expect(undo).toHaveBeenCalledTimes(1);
      expect(toasts.items).toEqual([]);
    });

    it('does nothing for a label the toast has no button for', async () => {
      const toasts = new Toasts();
      const id = toasts.show('saved');
      await toasts.act(id, 'toast.undo');
      expect(toasts.items).toHaveLength(1);
    });
  });

  describe('pause()', () => {
    it('stops the clock while paused and resumes with the time that was left', () => {
      const toasts = new Toasts();
      toasts.show('deleted', { actions: [undoAction(() => {})] });
      vi.advanceTimersByTime(ACTION_TIMEOUT_MS - 1_000);
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
      for (let i = 0; i < 4; i++) toasts.show(`deleted ${i}`, { actions: [undoAction(() => {})] });
      const { shown, hidden } = visibleToasts(toasts.items, false);
      expect(SHOWN_TOASTS).toBe(2);
      expect(shown.map((toast) => toast.message)).toEqual(['deleted 2', 'deleted 3']);
      expect(shown.at(-1)?.actions.map((action) => action.label)).toEqual(['toast.undo']);
      expect(hidden).toBe(2);
      expect(visibleToasts(toasts.items, true)).toEqual({ shown: toasts.items, hidden: 0 });
      vi.advanceTimersByTime(ACTION_TIMEOUT_MS);
      expect(visibleToasts(toasts.items, false)).toEqual({ shown: [], hidden: 0 });
    });
  });
});
