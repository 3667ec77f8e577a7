// Worker thread hosting transformers.js. ONNX Runtime's run() blocks the thread it runs on, so it runs here, never
// on the main thread. The client sends one load/generate at a time; cancel messages arrive between tokens
// (onnxruntime-node yields to the event loop with setImmediate before every run).
import { parentPort, workerData } from 'node:worker_threads';
import { serializeError } from '../shared/errors.ts';
import type {
  InferenceRequest,
  InferenceRequestMessage,
  InferenceWorkerMessage,
  InferenceWorkerOptions,
} from '../shared/inference-protocol.ts';
import { ModelHost } from './model-host.ts';

const port = parentPort!;
const options = (workerData ?? {}) as InferenceWorkerOptions;
const host = new ModelHost(options);
/** Sequence numbers of generations to stop after their current token. */
const cancelled = new Set<number>();
const running = new Set<number>();

const send = (message: InferenceWorkerMessage) => port.postMessage(message);

async function handle(seq: number, request: InferenceRequest): Promise<unknown> {
  switch (request.type) {
    case 'load': {
      const { loaded: _loaded, ...result } = await host.use(
        request.model,
        (stage) => send({ type: 'progress', seq, stage, modelId: request.model.id }),
        { refresh: request.refresh },
      );
      return result;
    }
    case 'generate':
      running.add(seq);
      try {
        return await host.generate(request.model, request.prompts, request.params, {
          onStage: (stage) => send({ type: 'progress', seq, stage, modelId: request.model.id }),
          onToken: (sequence, tokenId, text) => send({ type: 'token', seq, sequence, tokenId, text }),
          isCancelled: () => cancelled.has(seq),
        });
      } finally {
        running.delete(seq);
        cancelled.delete(seq);
      }
    case 'cancel': {
      const isRunning = running.has(request.target);
      if (isRunning) cancelled.add(request.target);
      return { cancelled: isRunning };
    }
    case 'unload':
      return { unloaded: await host.unload() };
  }
}

port.on('message', ({ seq, request }: InferenceRequestMessage) => {
  handle(seq, request).then(
    (response) => send({ type: 'response', seq, response }),
    (error: unknown) => send({ type: 'response', seq, error: serializeError(error) }),
  );
});
