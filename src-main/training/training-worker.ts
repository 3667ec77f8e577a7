// Worker thread for training. ONNX Runtime's run() and the optimizer's loops block the thread they run on,
// so they run here, never on the main thread. Control messages (pause/resume/cancel) arrive between steps.
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../node/thread-priority.ts';
import { serializeError } from '../shared/errors.ts';
import { RunControl } from './run-control.ts';
import { previewTraining } from './training-preview.ts';
import { runTrainingJob } from './training-job.ts';
import type { TrainingRequest, TrainingRequestMessage, TrainingWorkerMessage } from './training-protocol.ts';

// Before any ONNX Runtime session exists, so its threads inherit the lower priority (see thread-priority.ts).
lowerThreadPriority();

const port = parentPort!;
const controls = new Map<number, RunControl>();
const send = (message: TrainingWorkerMessage) => port.postMessage(message);

async function handle(seq: number, request: TrainingRequest): Promise<unknown> {
  switch (request.type) {
    case 'preview':
      return previewTraining(request.job, (phase) => send({ type: 'progress', seq, progress: { phase } }));
    case 'train': {
      const control = new RunControl();
      controls.set(seq, control);
      try {
        return await runTrainingJob(request.job, control, (progress) => send({ type: 'progress', seq, progress }));
      } finally {
        controls.delete(seq);
      }
    }
    case 'control': {
      const control = controls.get(request.target);
      if (!control) return { applied: false };
      control[request.action]();
      return { applied: true };
    }
  }
}

port.on('message', ({ seq, request }: TrainingRequestMessage) => {
  handle(seq, request).then(
    (response) => send({ type: 'response', seq, response }),
    (error: unknown) => send({ type: 'response', seq, error: serializeError(error) }),
  );
});
