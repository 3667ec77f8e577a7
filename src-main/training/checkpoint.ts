// Training checkpoint: weights, AdamW moments, step, RNG state and data order in one file.
// Layout: magic (8 bytes) | format version u32 LE | header length u32 LE | header JSON | pad to 8 | tensors (f32 LE).
// Written to a temporary file, fsynced, then renamed, so a kill -9 leaves either the old file or the new one.
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { InvalidInputError, UnavailableError } from '../shared/errors.ts';
import type { Gpt2Weights } from '../model/gpt2-weights.ts';
import { diskError } from '../node/disk-space.ts';
import type { AdamWState } from './optimizer.ts';

/** A run's checkpoint file name inside its run folder. */
export const CHECKPOINT_FILE = 'checkpoint.bin';

const CHECKPOINT_MAGIC = 'CONCKPT\n';
export const CHECKPOINT_FORMAT_VERSION = 1;


/** Where the run stood: enough to continue as if it had never stopped. */
export interface CheckpointProgress {
  /** Optimizer steps done. */
  step: number;
  epoch: number;
  /** Index into `dataOrder` of the next batch. */
  batchInEpoch: number;
  /** Batch order of the current epoch (indices into the run's batch list). */
  dataOrder: number[];
  /** SeededRandom state after drawing `dataOrder`. */
  rngState: number;
  /** Training-loss history so a resumed run shows the whole curve. */
  history: { step: number; loss: number; valLoss?: number }[];
}

export interface Checkpoint<Extra = unknown> {
  progress: CheckpointProgress;
  weights: Gpt2Weights;
  optimizer: AdamWState;
  /** Caller data stored alongside, e.g. the run's config, checked on resume. */
  extra: Extra;
}

type Role = 'weight' | 'm' | 'v';
interface TensorEntry {
  name: string;
  role: Role;
  shape: number[];
  /** Byte offset from the start of the tensor section. */
  offset: number;
  length: number;
}
interface Header {
  progress: CheckpointProgress;
  optimizerStep: number;
  extra: unknown;
  tensors: TensorEntry[];
}

export async function writeCheckpoint(path: string, checkpoint: Checkpoint): Promise<void> {
  const tensors: { entry: TensorEntry; data: Float32Array }[] = [];
  let offset = 0;
  const add = (name: string, role: Role, shape: number[], data: Float32Array) => {
    tensors.push({ entry: { name, role, shape, offset, length: data.length }, data });
    offset += data.byteLength;
  };
  for (const [name, w] of checkpoint.weights) {
    const m = checkpoint.optimizer.m.get(name);
    const v = checkpoint.optimizer.v.get(name);
    if (!m || !v) throw new Error(`Optimizer state is missing weight ${name}`);
    add(name, 'weight', w.shape, w.data);
    add(name, 'm', w.shape, m);
    add(name, 'v', w.shape, v);
  }
  const header: Header = {
    progress: checkpoint.progress,
    optimizerStep: checkpoint.optimizer.step,
    extra: checkpoint.extra,
    tensors: tensors.map((t) => t.entry),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(align8(16 + headerBytes.length));
  prefix.write(CHECKPOINT_MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(CHECKPOINT_FORMAT_VERSION, 8);
  prefix.writeUInt32LE(headerBytes.length, 12);
  headerBytes.copy(prefix, 16);

  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file = await open(temp, 'w');
  try {
    let position = 0;
    for (const bytes of [prefix, ...tensors.map(({ data }) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength))]) {
      await writeFully(file, bytes, position);
      position += bytes.byteLength;
    }
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temp, { force: true });
    throw diskError(error, 'write the training checkpoint', dirname(path), prefix.byteLength + offset);
  }
  await file.close();
  await rename(temp, path);
  await syncDirectory(dirname(path));
}

export async function readCheckpoint<Extra = unknown>(path: string): Promise<Checkpoint<Extra>> {
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new UnavailableError(`Cannot open checkpoint ${path}: ${error.code ?? error.message}`).withCode('training.checkpoint-unreadable', {
      detail: error.code ?? error.message,
    });
  });
  try {
    const { size } = await file.stat();
    const prefix = Buffer.alloc(16);
    await readFully(file, prefix, 0);
    if (prefix.toString('latin1', 0, 8) !== CHECKPOINT_MAGIC) {
      throw new InvalidInputError(`${path} is not a Concierge training checkpoint`).withCode('training.checkpoint-corrupt');
    }
    const version = prefix.readUInt32LE(8);
    if (version !== CHECKPOINT_FORMAT_VERSION) {
      throw new InvalidInputError(
        `Checkpoint ${path} has format version ${version}, but this Concierge reads version ${CHECKPOINT_FORMAT_VERSION}. ` +
          'Start the training run again, or resume it with the Concierge version that wrote it.',
      ).withCode('training.run-version');
    }
    const headerLength = prefix.readUInt32LE(12);
    const headerBytes = Buffer.alloc(headerLength);
    await readFully(file, headerBytes, 16);
    const header = JSON.parse(headerBytes.toString('utf8')) as Header;
    const dataStart = align8(16 + headerLength);
    const expected = dataStart + header.tensors.reduce((sum, t) => sum + t.length * 4, 0);
    if (size !== expected) {
      throw new InvalidInputError(
        `Checkpoint ${path} is truncated or corrupt (${size} bytes, expected ${expected}). Start the run again.`,
      ).withCode('training.checkpoint-corrupt');
    }
    const weights: Gpt2Weights = new Map();
    const optimizer: AdamWState = { step: header.optimizerStep, m: new Map(), v: new Map() };
    for (const t of header.tensors) {
      const data = new Float32Array(t.length);
      await readFully(file, new Uint8Array(data.buffer), dataStart + t.offset);
      if (t.role === 'weight') weights.set(t.name, { shape: t.shape, data });
      else optimizer[t.role].set(t.name, data);
    }
    return { progress: header.progress, weights, optimizer, extra: header.extra as Extra };
  } finally {
    await file.close();
  }
}

/** True when a checkpoint file exists at `path` (a leftover temp file does not count). */
export async function checkpointExists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

// One read/write call may move fewer bytes than asked (large tensors); loop until done.
async function readFully(file: FileHandle, into: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < into.byteLength; ) {
    const { bytesRead } = await file.read(into, done, into.byteLength - done, position + done);
    if (bytesRead === 0) throw new InvalidInputError('Checkpoint ended early; start the run again.').withCode('training.checkpoint-corrupt');
    done += bytesRead;
  }
}

async function writeFully(file: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < bytes.byteLength; ) {
    const { bytesWritten } = await file.write(bytes, done, bytes.byteLength - done, position + done);
    done += bytesWritten;
  }
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** Makes the rename durable: without it a power loss can forget the new directory entry. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
