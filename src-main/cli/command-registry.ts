import type { Command } from './command.ts';

/** A registered command: its one-line summary for `concierge --help`, and a loader for the rest. */
export interface CommandEntry {
  /** One line for `concierge --help`; the only copy of it. */
  summary: string;
  load: () => Promise<Command>;
}

/**
 * Every command by name, with its summary and a one-line loader: a command's imports (models, ONNX Runtime…)
 * load only when that command runs, so `faq list` never pays for `train`, and `concierge --help` or an unknown
 * command loads none of them. Each domain adds its entry here.
 */
export const commands: Record<string, CommandEntry> = {
  faq: {
    summary: 'list, add, remove, import and export knowledge-base entries',
    load: async () => (await import('./commands/faq.ts')).faqCommand,
  },
  ask: {
    summary: 'ask the assistant a question and print the answer with its sources',
    load: async () => (await import('./commands/ask.ts')).askCommand,
  },
  eval: {
    summary: 'measure ranking and hand-off quality on a labelled question set',
    load: async () => (await import('./commands/eval.ts')).evalCommand,
  },
  review: {
    summary: 'list hand-offs and thumbs-down, link them to entries or turn them into new ones',
    load: async () => (await import('./commands/review.ts')).reviewCommand,
  },
  model: {
    summary: 'create, list, import, pull, quantize, activate and remove GPT-2 model versions',
    load: async () => (await import('./commands/model.ts')).modelCommand,
  },
  generate: {
    summary: 'stream raw text generation from a model (the active one by default)',
    load: async () => (await import('./commands/generate.ts')).generateCommand,
  },
  train: {
    summary: 'fine-tune the model on the knowledge base (or train the starter model)',
    load: async () => (await import('./commands/train.ts')).trainCommand,
  },
  serve: {
    summary: 'serve the app in a browser on 127.0.0.1 (web mode)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  bench: {
    summary: 'run a benchmark and print its figures',
    load: async () => (await import('./commands/bench.ts')).benchCommand,
  },
  backup: {
    summary: 'copy the database to the backups folder, or list the backups',
    load: async () => (await import('./commands/backup.ts')).backupCommand,
  },
  restore: {
    summary: 'replace the database with a backup, after checking it',
    load: async () => (await import('./commands/restore.ts')).restoreCommand,
  },
};
