// `concierge` CLI entry (bin/concierge.js imports this). Each domain registers one command below.
import { ConciergeError } from '../shared/errors.ts';
import { UsageError } from './args.ts';
import { InterruptedError } from './interrupted.ts';
import { commands } from './command-registry.ts';

/** Built from the registry alone: printing it loads no command module. */
const globalHelp = () => `Usage: concierge [--data DIR] [--json] <command> [options]

Offline customer-service assistant: FAQ knowledge base, cited answers, local GPT-2 fine-tuning.

Commands:
${Object.entries(commands)
  .map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`)
  .join('\n')}

Global options (before or after the command):
  --data DIR   data folder (default: $CONCIERGE_DATA_DIR, else $XDG_DATA_HOME/concierge or
               ~/.local/share/concierge on Linux, ~/Library/Application Support/Concierge on macOS,
               %APPDATA%\\Concierge on Windows, or wherever Settings moved it; the desktop
               app uses the same folder)
  --json       machine-readable output on stdout
  -h, --help   help for concierge or for one command

Run "concierge <command> --help" for a command's options.`;

/** Splits `[global options] <command> [args]`; global options may also follow the command. */
function splitArgv(argv: string[]) {
  const before: { data?: string; json?: boolean; help?: boolean } = {};
  let index = 0;
  for (; index < argv.length; index++) {
    const word = argv[index];
    if (word === '--json') before.json = true;
    else if (word === '--help' || word === '-h') before.help = true;
    else if (word === '--data') {
      before.data = argv[++index];
      if (before.data === undefined) throw new UsageError('--data needs a folder');
    } else if (word.startsWith('--data=')) before.data = word.slice('--data='.length);
    else if (word.startsWith('-')) throw new UsageError(`Unknown option "${word}" before the command`);
    else break;
  }
  return { before, name: argv[index], args: argv.slice(index + 1) };
}

async function main(argv: string[]): Promise<number> {
  const { before, name, args } = splitArgv(argv);
  if (name === undefined) {
    console.log(globalHelp());
    return before.help ? 0 : 1;
  }
  if (!Object.hasOwn(commands, name)) throw new UsageError(`Unknown command "${name}"`);
  const command = await commands[name].load();
  if (before.help || args.includes('--help') || args.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  await command.run(args, { data: before.data, json: before.json });
  return 0;
}

/** One line on stderr; usage mistakes point to --help. */
function report(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`concierge: ${message.split('\n')[0]}`);
  if (error instanceof UsageError) {
    console.error('Run "concierge --help" for usage.');
    return 2;
  }
  if (error instanceof InterruptedError) return error.exitCode;
  if (!(error instanceof ConciergeError) && error instanceof Error && process.env.CONCIERGE_DEBUG) {
    console.error(error.stack);
  }
  return 1;
}

process.exitCode = await main(process.argv.slice(2)).catch(report);
