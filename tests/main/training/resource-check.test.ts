import { describe, expect, it } from 'vitest';
import { checkResources, estimateTrainingMemory, parameterCount } from '../../../src-main/training/resource-check.ts';

const distilgpt2 = { vocabSize: 50_257, nPositions: 1024, nEmbd: 768, nLayer: 6, nHead: 12, layerNormEpsilon: 1e-5 };

describe('parameterCount()', () => {
  it('counts distilgpt2 as 81.9 M parameters (tied head counted once)', () => {
    expect(parameterCount(distilgpt2)).toBe(81_912_576);
  });
});

describe('checkResources()', () => {
  it('estimates distilgpt2 at 8 × 128 tokens between 1.5 and 3 GB', () => {
    const bytes = estimateTrainingMemory(distilgpt2, 1024, 128);
    expect(bytes).toBeGreaterThan(1.5 * 1024 ** 3);
    expect(bytes).toBeLessThan(3 * 1024 ** 3);
  });

  it('refuses with a clear message when memory is short', async () => {
    await expect(checkResources(distilgpt2, 1024, 128, '/tmp', { memory: 512 * 1024 ** 2, disk: 1e12 })).rejects.toThrow(
      /needs about \d+\.\d GB of memory, but only 0\.5 GB is free.*lower the batch tokens/,
    );
  });

  it('refuses with a clear message when disk is short', async () => {
    await expect(checkResources(distilgpt2, 1024, 128, '/data', { memory: 1e12, disk: 100 * 1024 ** 2 })).rejects.toThrow(
      /needs about 1\.6 GB of disk in \/data, but only 0\.1 GB is free/,
    );
  });

  it('passes when both fit', async () => {
    const needs = await checkResources(distilgpt2, 1024, 128, '/tmp', { memory: 1e12, disk: 1e12 });
    expect(needs.diskBytes).toBe(81_912_576 * (4 * 5 + 1)); // + the int8 ONNX copy
  });
});
