import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionState, OFFLINE_GRACE_MS } from '../../../src-renderer/state/connection.svelte.ts';

describe('ConnectionState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  describe('update()', () => {
    it('says nothing about a drop that reconnects within the grace period', () => {
      const connection = new ConnectionState();
      connection.update('offline');
      vi.advanceTimersByTime(OFFLINE_GRACE_MS - 1);
      connection.update('online');
      vi.advanceTimersByTime(OFFLINE_GRACE_MS);
      expect(connection.status).toBe('online');
    });

    it('reports offline once the connection has been down for the grace period, however many retries fail', () => {
      const connection = new ConnectionState();
      connection.update('offline');
      vi.advanceTimersByTime(OFFLINE_GRACE_MS / 2);
      connection.update('offline'); // a failed retry does not restart the clock
      vi.advanceTimersByTime(OFFLINE_GRACE_MS / 2);
      expect(connection.status).toBe('offline');
      connection.update('online');
      expect(connection.status).toBe('online');
    });

    it('reports a refused token at once', () => {
      const connection = new ConnectionState();
      connection.update('refused');
      expect(connection.status).toBe('refused');
    });
  });
});
