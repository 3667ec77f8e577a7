// Which process owns a piece of work (a training run), told apart from a later process that happens to get
// the same pid: pids are reused, and after a restart in a container the app often gets its old pid back.
import { readFileSync } from 'node:fs';

export interface ProcessOwner {
  pid: number;
  /** When the process started, where the OS says (Linux: clock ticks after boot, plus the boot id); else null. */
  started: string | null;
}

/** This process, as recorded in the rows it owns. */
export function currentOwner(): ProcessOwner {
  return { pid: process.pid, started: processStarted(process.pid) };
}

/** Whether the owner still runs: its pid exists and, where both start times are known, it is the same process. */
export function ownerAlive(owner: ProcessOwner): boolean {
  if (!pidAlive(owner.pid)) return false;
  if (owner.started === null) return true;
  const started = processStarted(owner.pid);
  return started === null || started === owner.started;
}

/** A signal-0 probe: the pid exists (EPERM: it does, owned by another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `<boot id>/<start ticks>` from /proc (field 22 of /proc/<pid>/stat); null where there is no /proc. */
export function processStarted(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its last ')'.
    const startTicks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return `${bootId()}/${startTicks}`;
  } catch {
    return null;
  }
}

let cachedBootId: string | undefined;
function bootId(): string {
  cachedBootId ??= readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  return cachedBootId;
}
