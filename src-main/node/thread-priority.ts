import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Niceness for background work: well below the main thread's 0, so it takes the CPU only when it is free. */
export const BACKGROUND_NICENESS = 10;

/**
 * Lowers the CPU priority of the calling thread, on Linux only, where the nice value belongs to a thread and
 * every thread it starts afterwards inherits it (ONNX Runtime's intra-op pool, created with a session, does).
 * A training worker calls it first thing: its threads then yield both cores to the main thread, so API calls
 * and the chat stay quick while a run works, and take all the idle CPU otherwise. Elsewhere the nice value is
 * per process, and lowering it would slow the whole app: nothing happens. Returns whether it was applied.
 */
export function lowerThreadPriority(niceness = BACKGROUND_NICENESS): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // /proc/thread-self → "<pid>/task/<tid>"
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, niceness);
    return true;
  } catch {
    return false; // /proc hidden or the priority refused: run at normal priority
  }
}
