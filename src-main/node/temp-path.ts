// Temp names for atomic writes (write beside the target, then rename), and telling a crashed writer's
// leftovers from another live process's work in progress.
import { randomBytes } from 'node:crypto';
import { pidAlive } from './process-owner.ts';

/** Marks a file or folder that is being written; startup removes any left behind by a crash. */
export const TEMP_MARKER = '.tmp-';

/** `<path>.tmp-<pid>-<random>`: the pid tells a crashed writer's leftovers from another process's work in progress. */
export function tempSibling(path: string): string {
  return `${path}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** A temp name whose writer process is gone. */
export function isStaleTemp(name: string): boolean {
  const match = /\.tmp-(\d+)-[0-9a-f]+$/.exec(name);
  if (!match) return name.includes(TEMP_MARKER);
  const pid = Number(match[1]);
  return pid !== process.pid && !pidAlive(pid);
}
