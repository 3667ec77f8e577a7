import { describe, expect, it } from 'vitest';
import { GenerationQueue } from '../../../src-main/inference/generation-queue.ts';

describe('GenerationQueue', () => {
  describe('shift()', () => {
    it('serves one caller in submission order', () => {
      const queue = new GenerationQueue<string>();
      for (const item of ['a1', 'a2', 'a3']) queue.push('a', item);
      expect([queue.shift(), queue.shift(), queue.shift(), queue.shift()]).toEqual(['a1', 'a2', 'a3', undefined]);
    });

    it('alternates between callers so a busy caller cannot starve another', () => {
      const queue = new GenerationQueue<string>();
      for (const item of ['a1', 'a2', 'a3', 'a4']) queue.push('a', item);
      queue.push('b', 'b1');
      queue.push('c', 'c1');
      queue.push('b', 'b2');
      expect(queue.drain()).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
    });

    it('puts a caller that comes back after being served at the end of the turn', () => {
      const queue = new GenerationQueue<string>();
      queue.push('a', 'a1');
      queue.push('b', 'b1');
      expect(queue.shift()).toBe('a1');
      queue.push('a', 'a2');
      queue.push('c', 'c1');
      expect(queue.drain()).toEqual(['b1', 'a2', 'c1']);
    });
  });

  describe('remove()', () => {
    it('takes a waiting item out and keeps the others in order', () => {
      const queue = new GenerationQueue<string>();
      queue.push('a', 'a1');
      queue.push('b', 'b1');
      queue.push('a', 'a2');
      expect(queue.remove((item) => item === 'b1')).toBe('b1');
      expect(queue.remove((item) => item === 'zz')).toBeUndefined();
      expect(queue.size).toBe(2);
      expect(queue.drain()).toEqual(['a1', 'a2']);
    });
  });
});
