import { answerBench } from '../../bench/answer-bench.ts';
import { inferenceBench } from '../../bench/inference-bench.ts';
import { kbBench } from '../../bench/kb-bench.ts';
import { loadBench } from '../../bench/load-bench.ts';
import { previewBench } from '../../bench/preview-bench.ts';
import { trainBench } from '../../bench/train-bench.ts';
import { uiBench } from '../../bench/ui-bench.ts';
import { parseCommandArgs, UsageError, type OptionsConfig } from '../args.ts';
import type { Command } from '../command.ts';
import { printJson } from '../with-app.ts';

export interface BenchContext {
  /** The kind's own options, parsed from its `options`. */
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  dataDir: string;
}

/** One benchmark. Progress goes to stderr; the returned figures are printed (as JSON with --json). */
export interface BenchKind {
  summary: string;
  /** Options after the kind, in node:util parseArgs form. */
  options?: OptionsConfig;
  run(context: BenchContext): Promise<object>;
}

/** Each domain registers its benchmark here with one line. */
const kinds: Record<string, BenchKind> = {
  train: trainBench,
  inference: inferenceBench,
  kb: kbBench,
  answer: answerBench,
  ui: uiBench,
  load: loadBench,
  preview: previewBench,
};

export const benchCommand: Command = {
  name: 'bench',
  usage: `Usage: concierge bench <kind> [options] [--json]

Kinds:
${Object.entries(kinds)
  .map(([name, kind]) => `  ${name.padEnd(10)} ${kind.summary}`)
  .join('\n')}

Benchmarks measure on this machine; run them on an otherwise idle machine. --json prints the figures as JSON.`,

  async run(args, leading) {
    const [name, ...rest] = args;
    const kind = name !== undefined && Object.hasOwn(kinds, name) ? kinds[name] : undefined;
    if (!kind) throw new UsageError(name === undefined ? 'Name a benchmark kind' : `Unknown benchmark "${name}"`);
    const { values, positionals, global } = parseCommandArgs(rest, kind.options ?? {}, leading);
    const figures = await kind.run({ values, positionals, dataDir: global.dataDir });
    if (global.json) printJson(figures);
    else console.log(formatFigures(figures));
  },
};

/** Scalars as "name: value" lines, arrays of records as aligned tables. */
export function formatFigures(figures: object): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(figures)) {
    if (Array.isArray(value) && value.every((row) => row && typeof row === 'object')) {
      lines.push(`${name}:`, ...formatTable(value as Record<string, unknown>[]));
    } else {
      lines.push(`${name}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
    }
  }
  return lines.join('\n');
}

function formatTable(rows: Record<string, unknown>[]): string[] {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(3) : String(value ?? ''));
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row[column]).length)));
  const line = (cells: string[]) => `  ${cells.map((text, i) => text.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(columns), ...rows.map((row) => line(columns.map((column) => cell(row[column]))))];
}
