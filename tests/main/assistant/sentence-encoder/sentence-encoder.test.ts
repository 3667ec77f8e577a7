import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { Tokenizer as TfjsUseTokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateModelPackage, readVocabulary } from '../../../../src-main/assistant/sentence-encoder/model-package.ts';
import { paddedBatches, SentenceEncoder } from '../../../../src-main/assistant/sentence-encoder/sentence-encoder.ts';

// The reference: the package's own TensorFlow.js graph model on tfjs's pure-JS CPU backend, fed as
// @energetic-ai/embeddings feeds it (sparse indices [row, position] and the TensorFlow.js USE tokenizer's ids).
// That backend runs ~0.5 GFLOP/s here, so it computes the texts once, shared by the tests below: the long text
// alone (a batch pads every row to the longest) and the others as one batch of different lengths.
const TOLERANCE = 1e-4;

const SENTENCES = [
  'Hi',
  'How do I reset my password?',
  'Can I bring my dog to the hotel, and is there an extra fee for pets?',
  '', // no tokens: tfjs pools nothing, and the tanh layer sees zeros
  'Order #12345 arrived on 3/14/2024 with 2 items missing!!!',
  'xyzzyplugh qwrtzp frobnicate 😀 漢字',
  // 140+ tokens: the model keeps the first 128
  'We are open every day from 9:00 to 17:30, except public holidays. '.repeat(8),
];

let encoder: SentenceEncoder;
let reference: Float32Array[];

/** The tfjs model's embeddings of `batches` (each one executeAsync call), concatenated. */
async function tfjsEmbeddings(batches: readonly (readonly string[])[]): Promise<Float32Array[]> {
  const dir = (await locateModelPackage()).dir;
  const modelJson = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8'));
  const [group] = modelJson.weightsManifest;
  const shards = await Promise.all(group.paths.map((p: string) => readFile(join(dir, p))));
  const bytes = Buffer.concat(shards);
  await tf.setBackend('cpu');
  const model: GraphModel = await loadGraphModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology,
      weightSpecs: group.weights,
      weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    }),
  );
  const tokenizer = new TfjsUseTokenizer((await readVocabulary(dir)) as [string, number][]);
  const embeddings: Float32Array[] = [];
  try {
    for (const texts of batches) {
      const ids = texts.map((t) => tokenizer.encode(t));
      const positions = ids.flatMap((row, i) => row.map((_, j) => [i, j]));
      const indices = tf.tensor2d(positions, [positions.length, 2], 'int32');
      const values = tf.tensor1d(ids.flat(), 'int32');
      const output = (await model.executeAsync({ indices, values })) as tf.Tensor;
      const data = (await output.data()) as Float32Array;
      tf.dispose([indices, values, output]);
      embeddings.push(...texts.map((_, i) => data.slice(i * 512, (i + 1) * 512)));
    }
    return embeddings;
  } finally {
    model.dispose();
  }
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
}

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * b[i], 0);

beforeAll(async () => {
  encoder = await SentenceEncoder.load();
  reference = await tfjsEmbeddings([SENTENCES.slice(0, -1), SENTENCES.slice(-1)]);
});

afterAll(async () => {
  await encoder?.dispose();
});

describe('SentenceEncoder', () => {
  describe('encode()', () => {
    it(`equals TensorFlow.js's USE Lite within ${TOLERANCE} on a batch of varied texts`, async () => {
      const embeddings = await encoder.encode(SENTENCES);
      expect(embeddings).toHaveLength(SENTENCES.length);
      embeddings.forEach((e, i) => {
        expect(e).toHaveLength(512);
        expect(maxAbsDiff(e, reference[i]), JSON.stringify(SENTENCES[i])).toBeLessThan(TOLERANCE);
      });
    });

    it('gives a text the same embedding alone as in a batch with longer and shorter texts', async () => {
      const batch = await encoder.encode(SENTENCES);
      for (const [i, text] of SENTENCES.entries()) {
        const [alone] = await encoder.encode([text]);
        expect(maxAbsDiff(alone, batch[i]), JSON.stringify(text)).toBeLessThan(1e-6);
        expect(maxAbsDiff(alone, reference[i])).toBeLessThan(TOLERANCE);
      }
    });

    it('returns unit vectors', async () => {
      for (const e of await encoder.encode(SENTENCES)) expect(Math.sqrt(cosine(e, e))).toBeCloseTo(1, 5);
    });

    it('keeps the first 128 tokens of a long text', () => {
      const long = SENTENCES.at(-1)!;
      expect(encoder.tokenize(long)).toHaveLength(128);
      expect(encoder.tokenize(`${long} And a tail past the limit.`)).toEqual(encoder.tokenize(long));
    });

    it('places a paraphrase closer than an unrelated question', async () => {
      const [question, paraphrase, unrelated] = await encoder.encode([
        'How do I reset my password?',
        'I forgot my password, how can I change it?',
        'What time does the restaurant open on Sunday?',
      ]);
      expect(cosine(question, paraphrase)).toBeGreaterThan(cosine(question, unrelated) + 0.3);
    });

    it('returns nothing for no texts', async () => {
      expect(await encoder.encode([])).toEqual([]);
    });
  });
});

describe('paddedBatches()', () => {
  it('runs short texts apart from long ones, each run padding at most the token budget', () => {
    // Lengths 3, 4, 5 fit 3 × 5 slots; the 60-token text would pad them to 4 × 60 = 240 > 200.
    expect(paddedBatches([100, 3, 5, 4, 60], 64, 200)).toEqual([[1, 3, 2], [4, 0]]);
  });

  it('keeps to the most texts per run, and runs a text longer than the budget alone', () => {
    expect(paddedBatches([2, 2, 2, 2, 2], 2, 1024)).toEqual([[0, 1], [2, 3], [4]]);
    expect(paddedBatches([300, 2, 0], 64, 200)).toEqual([[2, 1], [0]]);
  });
});
