import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { codedText } from '../../../src-renderer/lib/errors.ts';
import { runFolderJob } from '../../../src-main/model/folder-job-client.ts';
import type { ConciergeError } from '../../../src-main/shared/errors.ts';

/** The workers runFolderJob started, to end one as a crash would. */
const started = vi.hoisted(() => [] as Worker[]);
vi.mock('../../../src-main/node/spawn-worker.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src-main/node/spawn-worker.ts')>();
  return { spawnWorker: (...args: Parameters<typeof original.spawnWorker>) => started[started.push(original.spawnWorker(...args)) - 1] };
});

describe('runFolderJob()', () => {
  it('fails the job with the exit code as a value of its own when the worker dies, so a Chinese UI says it in Chinese', async () => {
    const job = runFolderJob({ type: 'quantize', dir: '/nonexistent/model', disk: { what: 'quantize model "x"', dir: '/nonexistent' } });
    const worker = started.at(-1)!;
    await once(worker, 'online');
    // The worker is still loading its modules: the job waits in its queue when the thread is ended under it.
    await worker.terminate();
    const error = await job.then(
      () => expect.unreachable('the job outlived its worker'),
      (failure: unknown) => failure as ConciergeError,
    );
    expect(error).toMatchObject({ kind: 'unavailable', message: 'Model folder worker exited with code 1', code: 'model.worker-exited', params: { exitCode: 1 } });
    expect(codedText(error, (key, params) => formatMessage('zh', key, params))).toBe('模型处理进程意外停止（退出码 1）。请重试。');
    expect(codedText(error, (key, params) => formatMessage('en', key, params))).toBe('The model worker stopped unexpectedly (exit code 1). Try again.');
  });
});
