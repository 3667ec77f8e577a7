import { readFileSync } from 'node:fs';
import { UnavailableError } from '../shared/errors.ts';

export interface ProcessMemory {
  /** Resident set size now (VmRSS), MiB. */
  rssMb: number;
  /** The highest resident set size the process has had (VmHWM), MiB. */
  peakRssMb: number;
}

/** Another process's memory from /proc/<pid>/status (Linux): what the kernel charges it, worker threads included. */
export function readProcessMemory(pid: number): ProcessMemory {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch (error) {
    throw new UnavailableError(`Cannot read the memory of process ${pid} (/proc/${pid}/status): ${(error as Error).message}`);
  }
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    if (!match) throw new UnavailableError(`/proc/${pid}/status has no ${field} line`);
    return Number(match[1]);
  };
  return { rssMb: mib(kib('VmRSS')), peakRssMb: mib(kib('VmHWM')) };
}

const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;
