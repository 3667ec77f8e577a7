import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHECKPOINT_FORMAT_VERSION,
  readCheckpoint,
  writeCheckpoint,
  type Checkpoint,
} from '../../../src-main/training/checkpoint.ts';
import { mountSmallDisk } from '../../helpers/small-disk.ts';

const fixture = fileURLToPath(new URL('./fixtures/write-checkpoints-forever.ts', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concierge-ckpt-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sample(step: number): Checkpoint<{ runId: string }> {
  const w = new Float32Array([1, 2, 3, 4, 5, 6].map((x) => x * step));
  const b = new Float32Array([0.5, -0.5, step]);
  return {
    progress: {
      step,
      epoch: 1,
      batchInEpoch: 2,
      dataOrder: [3, 0, 2, 1],
      rngState: 123456789,
      history: [{ step: 1, loss: 2.5, valLoss: 2.7 }],
    },
    weights: new Map([
      ['wte.weight', { shape: [2, 3], data: w }],
      ['ln_f.bias', { shape: [3], data: b }],
    ]),
    optimizer: {
      step,
      m: new Map([
        ['wte.weight', w.map((x) => x / 10)],
        ['ln_f.bias', b.map((x) => x / 10)],
      ]),
      v: new Map([
        ['wte.weight', w.map((x) => x / 100)],
        ['ln_f.bias', b.map((x) => x / 100)],
      ]),
    },
    extra: { runId: 'run-1' },
  };
}

describe('writeCheckpoint()', () => {
  it('round-trips weights, moments, progress and extra data exactly', async () => {
    const path = join(dir, 'checkpoint.bin');
    const original = sample(3);
    await writeCheckpoint(path, original);
    const back = await readCheckpoint<{ runId: string }>(path);
    expect(back.progress).toEqual(original.progress);
    expect(back.extra).toEqual({ runId: 'run-1' });
    expect(back.optimizer.step).toBe(3);
    for (const [name, w] of original.weights) {
      expect(back.weights.get(name)!.shape).toEqual(w.shape);
      expect([...back.weights.get(name)!.data]).toEqual([...w.data]);
      expect([...back.optimizer.m.get(name)!]).toEqual([...original.optimizer.m.get(name)!]);
      expect([...back.optimizer.v.get(name)!]).toEqual([...original.optimizer.v.get(name)!]);
    }
  });

  it('keeps the previous checkpoint when the disk is full, saying where and how much space it needs', async (context) => {
    const small = mountSmallDisk(join(dir, 'disk'), '1m', 'checkpoint');
    if (!small) return context.skip();
    const disk = small.dir;
    try {
      const path = join(disk, 'checkpoint.bin');
      await writeCheckpoint(path, sample(1));
      const big = sample(2);
      const floats = new Float32Array(200_000); // three copies (weight, m, v): 2.4 MB on a 1 MB disk
      big.weights.set('wpe.weight', { shape: [200_000], data: floats });
      big.optimizer.m.set('wpe.weight', floats);
      big.optimizer.v.set('wpe.weight', floats);
      const error = await writeCheckpoint(path, big).catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: 'unavailable' });
      expect((error as Error).message).toMatch(
          new RegExp(`^Not enough disk space to write the training checkpoint in ${disk} \\(it needs about 2\\.3 MB, [01]\\.\\d MB is free\\); free some space and try again$`),
      );
      expect((await readCheckpoint(path)).progress.step).toBe(1);
      expect(await readdir(disk)).toEqual(['checkpoint.bin']);
    } finally {
      small.unmount();
    }
  });

  it('replaces the previous checkpoint whole and leaves no temporary file', async () => {
    const path = join(dir, 'checkpoint.bin');
    await writeCheckpoint(path, sample(1));
    await writeCheckpoint(path, sample(2));
    expect((await readCheckpoint(path)).progress.step).toBe(2);
    expect(await readdir(dir)).toEqual(['checkpoint.bin']);
  });

  it('leaves a whole checkpoint behind when the process is killed -9 mid-write', async () => {
    const path = join(dir, 'checkpoint.bin');
    for (let attempt = 0; attempt < 3; attempt++) {
      const child = spawn(process.execPath, ['--import', 'tsx', fixture, path], { stdio: ['ignore', 'pipe', 'inherit'] });
      // Wait until a few checkpoints are written, then kill at a random moment inside the next write.
      await new Promise<void>((resolve) => {
        let lines = 0;
        child.stdout.on('data', (chunk: Buffer) => {
          lines += chunk.toString().split('\n').length - 1;
          if (lines >= 2) resolve();
        });
      });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const checkpoint = await readCheckpoint(path);
      const { step } = checkpoint.progress;
      expect(step).toBeGreaterThanOrEqual(2);
      // Every tensor is from the same write as the header.
      expect(checkpoint.weights.get('wte.weight')!.data.every((x) => x === step)).toBe(true);
      expect(checkpoint.optimizer.v.get('wte.weight')!.every((x) => x === step)).toBe(true);
    }
  }, 60_000);
});

describe('readCheckpoint()', () => {
  it('fails fast with a hint when the format version differs', async () => {
    const path = join(dir, 'checkpoint.bin');
    await writeCheckpoint(path, sample(1));
    const bytes = await readFile(path);
    bytes.writeUInt32LE(CHECKPOINT_FORMAT_VERSION + 1, 8);
    await writeFile(path, bytes);
    await expect(readCheckpoint(path)).rejects.toThrow(
      new RegExp(`format version ${CHECKPOINT_FORMAT_VERSION + 1}.*Start the training run again`),
    );
  });

  it('rejects a file that is not a checkpoint', async () => {
    const path = join(dir, 'other.bin');
    await writeFile(path, 'hello, this is not a checkpoint file');
    await expect(readCheckpoint(path)).rejects.toThrow(/not a Concierge training checkpoint/);
  });

  it('rejects a truncated checkpoint', async () => {
    const path = join(dir, 'checkpoint.bin');
    await writeCheckpoint(path, sample(1));
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 4));
    await expect(readCheckpoint(path)).rejects.toThrow(/truncated or corrupt/);
  });

  it('names the missing file', async () => {
    await expect(readCheckpoint(join(dir, 'nope.bin'))).rejects.toThrow(/Cannot open checkpoint .*nope.bin: ENOENT/);
  });
});
