import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeOnnxModel, writeOnnxModel } from '../../../../src-main/model/onnx/onnx-model-writer.ts';
import { bytesOf, type OnnxModel } from '../../../../src-main/model/onnx/onnx-model.ts';

const SIZE = 3000; // 12 KB of float32: big enough to be moved to external data

/** y = (x + w) · scale, with `w` a large initializer and `scale` a scalar one. */
function addModel(w: Float32Array): OnnxModel {
  return {
    graph: {
      name: 'add',
      nodes: [
        { opType: 'Add', name: 'add', inputs: ['x', 'w'], outputs: ['sum'], attributes: {} },
        { opType: 'Mul', name: 'scale', inputs: ['sum', 'scale'], outputs: ['y'], attributes: {} },
      ],
      inputs: [{ name: 'x', dtype: 'float32', shape: ['batch_size', SIZE] }],
      outputs: [{ name: 'y', dtype: 'float32', shape: ['batch_size', SIZE] }],
      initializers: [
        { name: 'scale', dtype: 'float32', dims: [], data: bytesOf(Float32Array.of(2)) },
        { name: 'w', dtype: 'float32', dims: [SIZE], data: bytesOf(w) },
      ],
    },
  };
}

async function run(model: Uint8Array | string, x: Float32Array): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(model as string, { intraOpNumThreads: 1 });
  const result = await session.run({ x: new ort.Tensor('float32', x, [1, SIZE]) });
  await session.release();
  return result.y.data as Float32Array;
}

describe('onnx-model-writer', () => {
  const w = Float32Array.from({ length: SIZE }, (_, i) => Math.sin(i));
  const x = Float32Array.from({ length: SIZE }, (_, i) => i / SIZE);
  const expected = Float32Array.from(x, (v, i) => (v + w[i]) * 2);
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'onnx-writer-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('encodeOnnxModel()', () => {
    it('produces a model that ONNX Runtime loads and runs, with a symbolic batch_size dim', async () => {
      const bytes = encodeOnnxModel(addModel(w));
      expect(await run(bytes, x)).toEqual(expected);
      const session = await ort.InferenceSession.create(bytes);
      expect(session.inputMetadata[0]).toMatchObject({ name: 'x', isTensor: true, shape: ['batch_size', SIZE] });
      await session.release();
    });
  });

  describe('writeOnnxModel()', () => {
    it('keeps initializers inline below the threshold', async () => {
      const written = await writeOnnxModel(dir, addModel(w));
      expect(written.dataPath).toBeUndefined();
      expect(await run(written.modelPath, x)).toEqual(expected);
    });

    it('moves large initializers to page-aligned external data above the threshold', async () => {
      const written = await writeOnnxModel(dir, addModel(w), { externalDataThreshold: 1000 });
      expect(written.dataPath).toBe(join(dir, 'model.onnx_data'));
      const modelBytes = (await stat(written.modelPath)).size;
      expect(modelBytes).toBeLessThan(1000); // the weights left the protobuf
      const data = await readFile(written.dataPath!);
      expect(data.length).toBe(SIZE * 4); // one tensor at offset 0; the scalar stays inline
      expect(new Float32Array(data.buffer, data.byteOffset, SIZE)).toEqual(w);
      const model = await readFile(written.modelPath);
      expect(model.includes(Buffer.from('model.onnx_data'))).toBe(true);
      expect(await run(written.modelPath, x)).toEqual(expected);
    });
  });
});
