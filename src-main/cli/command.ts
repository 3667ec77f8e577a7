import { UsageError, type LeadingOptions } from './args.ts';

/**
 * One top-level command (`concierge faq …`, `concierge serve`). Register it, with its one-line summary, in
 * cli/command-registry.ts.
 */
export interface Command {
  name: string;
  /** Full usage, printed by `concierge <name> --help`. */
  usage: string;
  /**
   * `args` are the words after the command name; parse them with `parseCommandArgs(args, options, leading)`.
   * Throw to fail: the CLI prints one line and exits non-zero.
   */
  run(args: string[], leading: LeadingOptions): Promise<void>;
}

/** A command made of subcommands (`faq import`, `faq list`…) that share one usage text. */
export function commandGroup(spec: {
  name: string;
  usage: string;
  subcommands: Record<string, (args: string[], leading: LeadingOptions) => Promise<void>>;
}): Command {
  return {
    name: spec.name,
    usage: spec.usage,
    async run(args, leading) {
      // Global options may come between the command and its subcommand (`faq --json list`): they go to the
      // subcommand's words, where parseCommandArgs reads them.
      const at = args.findIndex((word, i) => !word.startsWith('-') && !(i > 0 && args[i - 1] === '--data'));
      const subcommand = at === -1 ? undefined : args[at];
      const before = at === -1 ? args : args.slice(0, at);
      const rest = at === -1 ? [] : [...before, ...args.slice(at + 1)];
      const stray = before.find(
        (word, i) => word !== '--json' && word !== '--data' && !word.startsWith('--data=') && before[i - 1] !== '--data',
      );
      if (stray !== undefined) throw new UsageError(`Unknown option "${stray}" before the ${spec.name} subcommand`);
      const known = subcommand !== undefined && Object.hasOwn(spec.subcommands, subcommand);
      const run = known ? spec.subcommands[subcommand] : undefined;
      if (!run) {
        throw new UsageError(
          subcommand === undefined
            ? `Missing subcommand: ${Object.keys(spec.subcommands).join(', ')}`
            : `Unknown subcommand "${spec.name} ${subcommand}"`,
        );
      }
      await run(rest, leading);
    },
  };
}
