import { describe, expect, it, vi } from 'vitest';
import { createEventBus, scopedBus } from '../../../src-main/app/events.ts';

describe('createEventBus', () => {
  describe('emit()', () => {
    it('delivers to listeners of that event and to onAny listeners, until they unsubscribe', () => {
      const bus = createEventBus();
      const changes: number[] = [];
      const all: string[] = [];
      const stop = bus.on('faq:changed', ({ revision }) => changes.push(revision));
      bus.onAny((event) => all.push(event));
      bus.emit('faq:changed', { revision: 1 });
      stop();
      bus.emit('faq:changed', { revision: 2 });
      expect(changes).toEqual([1]);
      expect(all).toEqual(['faq:changed', 'faq:changed']);
    });

    it('keeps delivering when one listener throws', () => {
      const bus = createEventBus();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const seen: number[] = [];
      bus.on('faq:changed', () => {
        throw new Error('closed socket');
      });
      bus.on('faq:changed', ({ revision }) => seen.push(revision));
      expect(() => bus.emit('faq:changed', { revision: 5 })).not.toThrow();
      expect(seen).toEqual([5]);
      expect(error).toHaveBeenCalledOnce();
      error.mockRestore();
    });
  });
});

describe('scopedBus', () => {
  describe('close()', () => {
    it('takes back every listener added through it, and only those: services replaced by app:reopen are not heard twice', () => {
      const bus = createEventBus();
      const scoped = scopedBus(bus);
      const heard: string[] = [];
      scoped.on('faq:changed', () => heard.push('scoped'));
      scoped.onAny(() => heard.push('scoped any'));
      bus.on('faq:changed', () => heard.push('transport'));
      scoped.emit('faq:changed', { revision: 1 });
      scoped.close();
      bus.emit('faq:changed', { revision: 2 });
      expect(heard).toEqual(['scoped', 'transport', 'scoped any', 'transport']);
    });
  });
});
