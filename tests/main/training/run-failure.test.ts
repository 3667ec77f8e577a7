import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { encodeOnnxModel } from '../../../src-main/model/onnx/onnx-model-writer.ts';
import { GraphBuilder } from '../../../src-main/model/onnx/graph-builder.ts';
import { failureReason, outOfMemoryMessage } from '../../../src-main/training/run-failure.ts';
import { deserializeError, InvalidInputError, serializeError, UnavailableError } from '../../../src-main/shared/errors.ts';

/**
 * What ONNX Runtime itself throws when it cannot allocate: a (2^24, 1) × (1, 2^24) product asks for 1 PiB, beyond
 * any process's address space, so the allocation fails at once whatever the machine's overcommit policy.
 */
async function realAllocationFailure(): Promise<unknown> {
  const g = new GraphBuilder('too-big');
  g.output(g.matmul(g.input('a', 'float32', ['m', 1]), g.input('b', 'float32', [1, 'n'])), 'y');
  const session = await ort.InferenceSession.create(encodeOnnxModel(g.toModel()), { logSeverityLevel: 4 });
  const n = 2 ** 24;
  try {
    await session.run({ a: new ort.Tensor('float32', new Float32Array(n), [n, 1]), b: new ort.Tensor('float32', new Float32Array(n), [1, n]) });
    return null;
  } catch (error) {
    return error;
  } finally {
    await session.release();
  }
}

describe('outOfMemoryMessage()', () => {
  it("reads ONNX Runtime's own allocation failure, with the size it asked for and what to do", async () => {
    const error = await realAllocationFailure();
    expect(error).toBeInstanceOf(Error);
    expect(outOfMemoryMessage(error, 7)).toEqual({
      message:
        'Training ran out of memory at step 7 (it asked for 1048576.0 GB more). Close other programs, then resume the run: ' +
        'it continues from its last checkpoint.',
      code: 'training.out-of-memory-size',
      params: { step: 7, gb: '1048576.0' },
    });
  });

  it('names the step alone when the runtime does not say the size', () => {
    expect(outOfMemoryMessage(new Error('std::bad_alloc'), 3)).toEqual({
      message: expect.stringMatching(/^Training ran out of memory at step 3\. Close other programs/),
      code: 'training.out-of-memory',
      params: { step: 3 },
    });
  });

  it('leaves other failures alone', () => {
    expect(outOfMemoryMessage(new InvalidInputError('/x/checkpoint.bin is not a Concierge training checkpoint'), 3)).toBeNull();
    expect(outOfMemoryMessage(new Error('Training worker exited with code 1'), 3)).toBeNull();
  });
});

describe('failureReason()', () => {
  it('keeps the code and values of an error from the training worker', () => {
    const sent = new UnavailableError('Cannot open checkpoint /x/checkpoint.bin: EACCES').withCode('training.checkpoint-unreadable', { detail: 'EACCES' });
    expect(failureReason(deserializeError(serializeError(sent)))).toEqual({
      message: 'Cannot open checkpoint /x/checkpoint.bin: EACCES',
      code: 'training.checkpoint-unreadable',
      params: { detail: 'EACCES' },
    });
  });

  it('names any other failure training.failed, with its English as the detail', () => {
    expect(failureReason(new Error('No training batches'))).toEqual({
      message: 'No training batches',
      code: 'training.failed',
      params: { detail: 'No training batches' },
    });
  });
});
