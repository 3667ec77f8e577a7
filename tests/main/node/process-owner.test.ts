import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { currentOwner, ownerAlive, processStarted } from '../../../src-main/node/process-owner.ts';

describe('process owner', () => {
  it('is alive for this process and stays so when probed again', () => {
    const owner = currentOwner();
    expect(owner.pid).toBe(process.pid);
    expect(ownerAlive(owner)).toBe(true);
    expect(ownerAlive({ pid: process.pid, started: null })).toBe(true); // recorded where no start time is known
  });

  it('is gone once the process has exited', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    await once(child, 'spawn');
    const owner = { pid: child.pid!, started: processStarted(child.pid!) };
    expect(ownerAlive(owner)).toBe(true);
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(ownerAlive(owner)).toBe(false);
  });

  it('reads a start time that tells two processes apart where /proc has one (Linux)', () => {
    const mine = processStarted(process.pid);
    if (process.platform !== 'linux') return expect(mine).toBeNull(); // the pid probe alone decides there
    expect(mine).toMatch(/^[0-9a-f-]{36}\/\d+$/);
    expect(processStarted(process.pid)).toBe(mine);
    // A later process with this pid would have another start time: recorded that way, the owner is gone.
    expect(ownerAlive({ pid: process.pid, started: `${mine!.split('/')[0]}/1` })).toBe(false);
  });
});
