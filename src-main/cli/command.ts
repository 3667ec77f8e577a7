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
      const [subcommand, ...rest] = args;
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
