export interface ProgressBar {
  /** `done` of `total` units; `note` is shown after the figures (e.g. a file name or tokens/s). */
  update(done: number, total: number, note?: string): void;
  /** Ends the bar's line; prints `message` when given. */
  finish(message?: string): void;
}

export interface ProgressBarOptions {
  /** How amounts print, e.g. as megabytes; default: plain numbers. */
  format?: (amount: number) => string;
  stream?: NodeJS.WriteStream;
}

const WIDTH = 30;
const REDRAW_MS = 100;

/**
 * A progress bar on stderr, so stdout stays clean for --json and pipes. On a terminal it redraws one line
 * (at most 10 times a second); elsewhere (CI logs) it prints a line at every 10 %.
 */
export function createProgressBar(label: string, options: ProgressBarOptions = {}): ProgressBar {
  const stream = options.stream ?? process.stderr;
  const format = options.format ?? String;
  let drawnAt = 0;
  let lastDecile = -1;
  let drawn = false;

  return {
    update(done, total, note = '') {
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const percent = Math.floor(fraction * 100);
      const figures = `${String(percent).padStart(3)}% ${format(done)}/${format(total)} ${note}`.trimEnd();
      if (stream.isTTY) {
        const now = performance.now();
        if (now - drawnAt < REDRAW_MS && fraction < 1) return;
        drawnAt = now;
        const filled = Math.round(fraction * WIDTH);
        stream.write(`\r\x1b[2K${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${figures}`);
        drawn = true;
      } else if (Math.floor(percent / 10) > lastDecile) {
        lastDecile = Math.floor(percent / 10);
        stream.write(`${label} ${figures}\n`);
      }
    },
    finish(message) {
      if (drawn) stream.write('\n');
      drawn = false;
      if (message) stream.write(`${message}\n`);
    },
  };
}

/** "12.3 MB": for byte counts in download and import bars. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
