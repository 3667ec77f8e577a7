// Will this model fit in memory for answering? Checked before the inference worker loads it, so a model too big
// for the machine is refused with a message instead of the process being killed by the system.
import { parameterCount } from '../training/resource-check.ts';
import type { ModelProblem, ModelVersion } from '../shared/api/models.ts';
import { UnavailableError } from '../shared/errors.ts';

const F32 = 4;
/** transformers.js, ONNX Runtime and the worker itself, measured loosely: a fixed allowance. */
const RUNTIME_BYTES = 256 * 2 ** 20;

/**
 * Peak bytes while loading and running a model: ONNX Runtime holds the weights twice while it builds the
 * session, then one sequence's key/value cache over the full context (2 · layers · positions · width floats).
 */
export function estimateLoadMemory(config: ModelVersion['config']): number {
  const weights = parameterCount(config) * F32;
  const kvCache = 2 * config.nLayer * config.nPositions * config.nEmbd * F32;
  return 2 * weights + kvCache + RUNTIME_BYTES;
}

/**
 * Throws UnavailableError when making a model of this shape from scratch (`model init`) needs more memory than
 * `freeBytes`: its float32 weights, and as much again while they are encoded into the folder's files. Checked
 * before the first weight is allocated, so the process is not killed by the system half-way.
 */
export function checkInitMemory(config: ModelVersion['config'], freeBytes: number): void {
  const needed = 2 * parameterCount(config) * F32;
  if (needed <= freeBytes) return;
  throw new UnavailableError(
    `Making a model of this shape needs about ${gb(needed)} of memory, but only ${gb(freeBytes)} is free; choose fewer layers or a smaller width`,
  ).withCode('model.memory.init', { needed: gb(needed), free: gb(freeBytes) });
}

/**
 * Throws UnavailableError when installing a model of this shape (an import, a pull) needs more memory than
 * `freeBytes`: the install reads the weights whole to write what the folder lacks, and loads the graph in ONNX
 * Runtime to check it, as much as answering with it takes. Checked before a byte is copied or downloaded, so the
 * process is not killed by the system half-way.
 */
export function checkInstallMemory(config: ModelVersion['config'], freeBytes: number): void {
  const needed = estimateLoadMemory(config);
  if (needed <= freeBytes) return;
  throw new UnavailableError(
    `Installing a model of this shape needs about ${gb(needed)} of memory, but only ${gb(freeBytes)} is free; close other programs, or choose a smaller model`,
  ).withCode('model.memory.install', { needed: gb(needed), free: gb(freeBytes) });
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
const SMALLER = 'activate a smaller model (distilgpt2, or a version trained from the starter)';
type Sized = Pick<ModelVersion, 'id' | 'config'>;

/** Throws UnavailableError saying what to do when `version` needs more memory than `freeBytes`. */
export function checkLoadMemory(version: Sized, freeBytes: number): void {
  const needed = estimateLoadMemory(version.config);
  if (needed <= freeBytes) return;
  throw new UnavailableError(
    `Loading model "${version.id}" needs about ${gb(needed)} of memory, but only ${gb(freeBytes)} is free. ` +
      `Close other programs, or ${SMALLER}.`,
    { code: 'model-memory', modelId: version.id, neededBytes: needed, freeBytes } satisfies ModelProblem,
  ).withCode('model.memory.free', { id: version.id, needed: gb(needed), free: gb(freeBytes) });
}

/**
 * Throws UnavailableError when `version` needs more memory than the machine has in all (`totalBytes`): it
 * could never answer here, so it is refused at activation instead of at every question.
 */
export function checkMachineMemory(version: Sized, totalBytes: number): void {
  const refusal = machineMemoryRefusal(version, totalBytes);
  if (refusal) throw refusal;
}

/** The error checkMachineMemory throws, or undefined when the model fits the machine. */
export function machineMemoryRefusal(version: Sized, totalBytes: number): UnavailableError | undefined {
  const needed = estimateLoadMemory(version.config);
  if (needed <= totalBytes) return undefined;
  return new UnavailableError(
    `Model "${version.id}" needs about ${gb(needed)} of memory to answer, more than this machine has ` +
      `(${gb(totalBytes)} in all), so it cannot be activated here: ${SMALLER}.`,
  ).withCode('model.memory.machine', { id: version.id, needed: gb(needed), total: gb(totalBytes) });
}
