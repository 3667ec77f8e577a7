import { describe, expect, it } from 'vitest';
import { spawnWorker } from '../../../src-main/node/spawn-worker.ts';
import { BACKGROUND_NICENESS, lowerThreadPriority } from '../../../src-main/node/thread-priority.ts';
import { niceOfThisThread } from './fixtures/nice-of-this-thread.ts';

describe('lowerThreadPriority()', () => {
  it('on Linux lowers only the calling thread, and threads it starts inherit the value; elsewhere does nothing', async () => {
    if (process.platform !== 'linux') {
      expect(lowerThreadPriority()).toBe(false); // the nice value is per process there: lowering it would slow the app
      return;
    }
    const before = niceOfThisThread();
    const worker = spawnWorker(new URL('./fixtures/priority-worker.ts', import.meta.url));
    try {
      const result = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(result).toEqual({ applied: true, nice: BACKGROUND_NICENESS, childNice: BACKGROUND_NICENESS });
      expect(niceOfThisThread()).toBe(before); // the test's own thread keeps its priority
    } finally {
      await worker.terminate();
    }
  });
});
