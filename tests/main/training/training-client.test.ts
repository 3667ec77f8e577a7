import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { codedText } from '../../../src-renderer/lib/errors.ts';
import { TrainingClient } from '../../../src-main/training/training-client.ts';
import { failureReason } from '../../../src-main/training/run-failure.ts';
import type { PreviewJob } from '../../../src-main/training/training-protocol.ts';

describe('TrainingClient', () => {
  it('fails a pending call with the exit code as a value of its own when the worker dies, so a Chinese UI says it in Chinese', async () => {
    const client = new TrainingClient();
    const worker = Reflect.get(client, 'worker') as Worker;
    await once(worker, 'online');
    // The worker is still loading its modules: the request waits in its queue when the thread is ended under it.
    const pending = client.preview({} as PreviewJob);
    await worker.terminate();
    const error = await pending.then(
      () => expect.unreachable('the call outlived its worker'),
      (failure: unknown) => failure,
    );
    expect(error).toMatchObject({ kind: 'unavailable', message: 'Training worker exited with code 1', code: 'training.worker-exited', params: { exitCode: 1 } });
    // As a failed run's reason (run-manager.ts), shown by the run history and the live panel.
    const reason = failureReason(error);
    expect(codedText(reason, (key, params) => formatMessage('zh', key, params))).toBe('训练进程意外停止（退出码 1）。');
    expect(codedText(reason, (key, params) => formatMessage('en', key, params))).toBe('The training worker stopped unexpectedly (exit code 1).');
    expect(client.isClosed()).toBe(true);
    await client.close();
  });
});
