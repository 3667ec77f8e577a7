import { describe, expect, it } from 'vitest';
import { rowAfterKey, scrollToShow, tabStopRow } from '../../../src-renderer/lib/row-focus.ts';

describe('row focus', () => {
  describe('rowAfterKey()', () => {
    it('moves one row with the arrows, a page less one row with Page Up/Down, to the ends with Home/End', () => {
      expect(rowAfterKey('ArrowDown', 3, 100, 10)).toBe(4);
      expect(rowAfterKey('ArrowUp', 3, 100, 10)).toBe(2);
      expect(rowAfterKey('PageDown', 3, 100, 10)).toBe(12);
      expect(rowAfterKey('PageUp', 12, 100, 10)).toBe(3);
      expect(rowAfterKey('Home', 42, 100, 10)).toBe(0);
      expect(rowAfterKey('End', 42, 100, 10)).toBe(99);
    });

    it('stops at the first and last rows, and comes back into a list that shrank under it', () => {
      expect(rowAfterKey('ArrowUp', 0, 100, 10)).toBe(0);
      expect(rowAfterKey('ArrowDown', 99, 100, 10)).toBe(99);
      expect(rowAfterKey('PageDown', 95, 100, 10)).toBe(99);
      expect(rowAfterKey('PageUp', 4, 100, 10)).toBe(0);
      expect(rowAfterKey('ArrowUp', 120, 100, 10)).toBe(98);
    });

    it('leaves other keys, and an empty list, alone', () => {
      expect(rowAfterKey('Enter', 3, 100, 10)).toBeNull();
      expect(rowAfterKey('ArrowRight', 3, 100, 10)).toBeNull();
      expect(rowAfterKey('ArrowDown', 0, 0, 10)).toBeNull();
    });
  });

  describe('tabStopRow()', () => {
    it('keeps the Tab stop on the row last focused while it is rendered', () => {
      expect(tabStopRow(7, 0, 20, 0, 100)).toBe(7);
    });

    it('hands it to the first row in view once the list scrolled the focused row away', () => {
      expect(tabStopRow(7, 40, 70, 46, 100)).toBe(46);
      expect(tabStopRow(7, 40, 70, 30, 100)).toBe(40);
    });

    it('has none in an empty list, and stays inside a list that shrank', () => {
      expect(tabStopRow(0, 0, 0, 0, 0)).toBe(-1);
      expect(tabStopRow(9, 0, 5, 0, 5)).toBe(0);
    });
  });

  describe('scrollToShow()', () => {
    it('scrolls as little as brings the row fully into view', () => {
      expect(scrollToShow(10, 56, 0, 300)).toBe(10 * 56 + 56 - 300);
      expect(scrollToShow(2, 56, 300, 300)).toBe(112);
      expect(scrollToShow(6, 56, 300, 300)).toBe(300);
    });
  });
});
