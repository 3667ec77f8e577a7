import { describe, expect, it } from 'vitest';
import type { ApiClient, AppInfo } from '../../../src-main/shared/api/index.ts';
import { ReadOnlyState } from '../../../src-renderer/state/read-only.svelte.ts';

/** A server whose database file may not be written until `writable` is set, and the events the banner hears. */
function readOnlyServer(file: string) {
  const server = {
    writable: false,
    handlers: new Map<string, (payload: unknown) => void>(),
    info: () => ({ readOnlyDatabase: server.writable ? null : file }) as AppInfo,
    emit: (event: string, payload: unknown = {}) => server.handlers.get(event)?.(payload),
    client: {
      invoke: (async (channel: string) => {
        if (channel === 'app:info') return server.info();
        if (channel === 'app:reopen') {
          if (server.writable) return server.info();
          throw Object.assign(new Error(`EROFS: read-only file system, open '${file}'`), { name: 'ConciergeError', kind: 'internal' });
        }
        throw new Error(`unexpected ${channel}`);
      }) as ApiClient['invoke'],
      on: ((event: string, handler: (payload: unknown) => void) => {
        server.handlers.set(event, handler);
        return () => server.handlers.delete(event);
      }) as ApiClient['on'],
    } satisfies ApiClient,
  };
  return server;
}

describe('ReadOnlyState', () => {
  describe('connect()', () => {
    // The file is opened for writing elsewhere: another tab's Retry (app:changed), or while this tab's connection
    // was down (connection:resumed, app:info read again).
    it.each([
      ['app:changed', (server: ReturnType<typeof readOnlyServer>) => server.emit('app:changed', server.info())],
      ['connection:resumed', (server: ReturnType<typeof readOnlyServer>) => server.emit('connection:resumed')],
    ])('clears the banner and its "retry failed" note when the file is opened for writing (%s)', async (_, hear) => {
      const server = readOnlyServer('/data/concierge.db');
      const readOnly = new ReadOnlyState(server.client);
      const disconnect = readOnly.connect();
      await expect.poll(() => readOnly.file).toBe('/data/concierge.db');
      expect(await readOnly.retry()).toBe(false);
      expect(readOnly.failure?.message).toContain('EROFS');

      server.writable = true;
      hear(server);
      await expect.poll(() => readOnly.file).toBeNull();
      expect(readOnly.failure).toBeNull();
      // Read-only again later (say a backup restored onto a read-only disk): the banner comes back without the old note.
      server.writable = false;
      server.emit('app:changed', server.info());
      expect(readOnly.file).toBe('/data/concierge.db');
      expect(readOnly.failure).toBeNull();
      disconnect();
      expect(server.handlers.size).toBe(0);
    });
  });

  describe('retry()', () => {
    it('opens the file for writing once it may be written, saying so, and keeps no note of the failure before', async () => {
      const server = readOnlyServer('/data/concierge.db');
      const readOnly = new ReadOnlyState(server.client);
      readOnly.connect();
      await expect.poll(() => readOnly.file).toBe('/data/concierge.db');
      expect(await readOnly.retry()).toBe(false);
      expect(readOnly.file).toBe('/data/concierge.db');
      expect(readOnly.failure).not.toBeNull();
      server.writable = true;
      expect(await readOnly.retry()).toBe(true);
      expect(readOnly.file).toBeNull();
      expect(readOnly.failure).toBeNull();
      expect(readOnly.retrying).toBe(false);
    });
  });
});
