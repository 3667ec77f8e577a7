// Preflight: will this run fit in memory and on disk? Estimated from the model shape before anything starts,
// so the user gets a clear message instead of an out-of-memory kill or a half-written checkpoint.
import { freemem } from 'node:os';
import type { Gpt2Config } from '../model/gpt2-weights.ts';
import { gpt2WeightShapes } from '../model/gpt2-weights.ts';
import { freeDiskBytes } from '../node/disk-space.ts';
import { UnavailableError } from '../shared/errors.ts';

const F32 = 4;

export function parameterCount(config: Gpt2Config): number {
  let n = 0;
  for (const shape of gpt2WeightShapes(config).values()) n += shape.reduce((a, b) => a * b, 1);
  return n;
}

/**
 * Peak bytes of a training step: weights, gradients and two AdamW moments (16 B/param), plus an accumulation
 * buffer, plus activations kept for backward (~40·C floats per token per layer, the attention maps, and the
 * logits with their softmax and gradient over the vocabulary).
 */
export function estimateTrainingMemory(config: Gpt2Config, batchTokens: number, seqLength: number): number {
  const params = parameterCount(config);
  const rows = Math.max(1, Math.floor(batchTokens / seqLength));
  const perLayer = batchTokens * 40 * config.nEmbd + 3 * rows * config.nHead * seqLength * seqLength;
  const logits = 3 * batchTokens * config.vocabSize;
  return (params * 5 + config.nLayer * perLayer + logits) * F32;
}

/** Checkpoint (weights + moments) plus the exported folder (safetensors + ONNX, and the int8 ONNX at 1 B/param). */
function estimateTrainingDisk(config: Gpt2Config): number {
  return parameterCount(config) * (F32 * (3 + 2) + 1);
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;

export async function checkResources(
  config: Gpt2Config,
  batchTokens: number,
  seqLength: number,
  dataDir: string,
  available: { memory?: number; disk?: number } = {},
): Promise<{ memoryBytes: number; diskBytes: number }> {
  const memoryBytes = estimateTrainingMemory(config, batchTokens, seqLength);
  const diskBytes = estimateTrainingDisk(config);
  const freeMemory = available.memory ?? freemem();
  if (memoryBytes > freeMemory) {
    throw new UnavailableError(
      `Training this model needs about ${gb(memoryBytes)} of memory, but only ${gb(freeMemory)} is free. ` +
        'Close other programs, lower the batch tokens, or pick a smaller base model.',
    ).withCode('training.needs-memory', { needed: gb(memoryBytes), free: gb(freeMemory) });
  }
  const freeDisk = available.disk ?? freeDiskBytes(dataDir);
  if (diskBytes > freeDisk) {
    throw new UnavailableError(
      `Training this model needs about ${gb(diskBytes)} of disk in ${dataDir}, but only ${gb(freeDisk)} is free. ` +
        'Free some space (old model versions can be deleted on the Models screen) and try again.',
    ).withCode('training.needs-disk', { needed: gb(diskBytes), dir: dataDir, free: gb(freeDisk) });
  }
  return { memoryBytes, diskBytes };
}
