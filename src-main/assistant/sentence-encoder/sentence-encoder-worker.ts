// Worker thread holding the sentence encoder (sentence-encoder-protocol.ts): its ONNX Runtime runs block the thread
// they run on, so they run here, never on the main thread. Requests are answered one at a time, in order; each
// embedding goes back in its own buffer, transferred rather than copied. A stop message ends the thread from the
// inside, between runs: terminating it from outside while a run is on its stack aborts the whole process.
import { parentPort } from 'node:worker_threads';
import { InvalidInputError, serializeError } from '../../shared/errors.ts';
import { SentenceEncoder } from './sentence-encoder.ts';
import {
  sentenceEncoderRequestMessage,
  sentenceEncoderStopMessage,
  type SentenceEncoderRequest,
  type SentenceEncoderResponses,
  type SentenceEncoderWorkerMessage,
} from './sentence-encoder-protocol.ts';

const port = parentPort!;
let encoder: Promise<SentenceEncoder> | null = null;
/** The request being answered: the next one starts after it settles. */
let previous: Promise<unknown> = Promise.resolve();
/** Aborted by a stop message: the encode running throws before its next run, and so do those queued after it. */
const stopping = new AbortController();

async function handle(request: SentenceEncoderRequest): Promise<SentenceEncoderResponses[SentenceEncoderRequest['type']]> {
  switch (request.type) {
    case 'load':
      encoder ??= SentenceEncoder.load(request.options);
      return { dimension: (await encoder).dimension };
    case 'encode':
      if (!encoder) throw new Error('sentence encoder worker: encode before load');
      return { vectors: await (await encoder).encode(request.texts, stopping.signal) };
  }
}

function reply(seq: number, response: SentenceEncoderResponses[keyof SentenceEncoderResponses]): void {
  const message: SentenceEncoderWorkerMessage = { type: 'response', seq, response };
  const buffers = 'vectors' in response ? new Set(response.vectors.map((vector) => vector.buffer as ArrayBuffer)) : [];
  port.postMessage(message, [...buffers]);
}

port.on('message', (data: unknown) => {
  if (sentenceEncoderStopMessage.safeParse(data).success) {
    stopping.abort();
    void previous.then(() => process.exit(0));
    return;
  }
  const parsed = sentenceEncoderRequestMessage.safeParse(data);
  if (!parsed.success) {
    const seq = (data as { seq?: unknown } | null)?.seq;
    const error = new InvalidInputError(`sentence encoder worker: malformed request (${parsed.error.issues[0]?.message})`);
    if (typeof seq === 'number') port.postMessage({ type: 'response', seq, error: serializeError(error) } satisfies SentenceEncoderWorkerMessage);
    return;
  }
  const { seq, request } = parsed.data;
  previous = previous.then(() =>
    handle(request).then(
      (response) => reply(seq, response),
      (error: unknown) => port.postMessage({ type: 'response', seq, error: serializeError(error) } satisfies SentenceEncoderWorkerMessage),
    ),
  );
});
