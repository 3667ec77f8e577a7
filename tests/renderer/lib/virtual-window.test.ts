import { describe, expect, it } from 'vitest';
import { virtualWindow } from '../../../src-renderer/lib/virtual-window.ts';

describe('virtualWindow()', () => {
  it('renders only the rows in view plus the overscan, however long the list', () => {
    const win = virtualWindow(56 * 5_000, 560, 56, 10_000, 6);
    expect(win).toEqual({ first: 4_994, end: 5_016, offset: 4_994 * 56, height: 560_000 });
    expect(win.end - win.first).toBeLessThan(30);
  });

  it('clamps at the top and bottom of the list', () => {
    expect(virtualWindow(-40, 560, 56, 10_000, 6).first).toBe(0);
    const bottom = virtualWindow(10_000_000, 560, 56, 10_000, 6);
    expect(bottom.end).toBe(10_000);
    expect(bottom.first).toBe(10_000 - 10 - 6);
  });

  it('renders every row of a list shorter than the viewport', () => {
    expect(virtualWindow(0, 560, 56, 3)).toEqual({ first: 0, end: 3, offset: 0, height: 168 });
    expect(virtualWindow(0, 560, 56, 0)).toEqual({ first: 0, end: 0, offset: 0, height: 0 });
  });
});
