// Worker thread for the CPU-heavy work on a model folder (folder-job-protocol.ts): reading the weights,
// building and encoding the ONNX graphs block the thread they run on, so they run here, never on the main thread.
import { parentPort } from 'node:worker_threads';
import { diskError } from '../node/disk-space.ts';
import { lowerThreadPriority } from '../node/thread-priority.ts';
import { serializeError } from '../shared/errors.ts';
import type { FolderJob, FolderJobRequestMessage, FolderJobWorkerMessage } from './folder-job-protocol.ts';
import { completeModelFolder, quantizeModelFolder } from './model-folder.ts';

// Background work: the main thread (API, chat) keeps its core when both are busy (see thread-priority.ts).
lowerThreadPriority();

const port = parentPort!;
const send = (message: FolderJobWorkerMessage) => port.postMessage(message);

async function handle(seq: number, job: FolderJob): Promise<unknown> {
  const onPhase = (phase: 'exporting' | 'quantizing') => send({ type: 'progress', seq, progress: { phase } });
  try {
    switch (job.type) {
      case 'complete':
        return await completeModelFolder(job.dir, { quantize: job.quantize, onPhase });
      case 'quantize':
        onPhase('quantizing');
        return await quantizeModelFolder(job.dir);
    }
  } catch (error) {
    throw diskError(error, job.disk.what, job.disk.dir, job.disk.neededBytes);
  }
}

port.on('message', ({ seq, request }: FolderJobRequestMessage) => {
  handle(seq, request).then(
    (response) => send({ type: 'response', seq, response }),
    (error: unknown) => send({ type: 'response', seq, error: serializeError(error) }),
  );
});
