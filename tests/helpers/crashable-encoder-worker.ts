// The sentence encoder's worker with two messages more, for tests: `{crash: true}` exits the thread with code 1, as an
// uncaught failure would, and `{hang: true}` blocks it for good, as a stuck native call would. A message is handled
// only while no run holds the thread, so a test crashes the worker between two runs: terminating it from outside could
// land inside one, which aborts the whole process.
import { parentPort } from 'node:worker_threads';
import '../../src-main/assistant/sentence-encoder/sentence-encoder-worker.ts';

parentPort!.on('message', (data: { crash?: unknown; hang?: unknown } | null) => {
  if (data?.crash === true) process.exit(1);
  if (data?.hang === true) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
});
