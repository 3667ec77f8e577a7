// `concierge` CLI entry (bin/concierge.js imports this). Each domain registers one command below.
import { ConciergeError, serializeError } from '../shared/errors.ts';
import { dataOptionValue, DATA_TWICE, UsageError } from './args.ts';
import { InterruptedError } from './interrupted.ts';
import { cliLocale, errorLine, takeLangOption, type Locale } from './locale.ts';
import { commands } from './command-registry.ts';
import { hasPrintedJson } from './with-app.ts';

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
  --lang en|zh language of error messages (default: Chinese where LC_ALL, LC_MESSAGES or LANG
               starts with "zh", else English; help is in English)
  -h, --help   help for concierge or for one command

Run "concierge <command> --help" for a command's options.`;

/** The last line of every command's help. */
const GLOBAL_OPTIONS_LINE = 'Global options: --data DIR, --json, --lang en|zh, --help (see "concierge --help").';

/** Splits `[global options] <command> [args]`; global options may also follow the command. */
function splitArgv(argv: string[]) {
  const before: { data?: string; json?: boolean; help?: boolean } = {};
  let index = 0;
  for (; index < argv.length; index++) {
    const word = argv[index];
    if (word === '--json') before.json = true;
    else if (word === '--help' || word === '-h') before.help = true;
    else if (word === '--data' || word.startsWith('--data=')) {
      if (before.data !== undefined) throw new UsageError(DATA_TWICE);
      const value = word === '--data' ? argv[++index] : word.slice('--data='.length);
      // `--data --json …`: an option is never taken for the folder (that would create a folder named "--json").
      if (word === '--data' && value?.startsWith('-')) {
        throw new UsageError(`--data needs a folder, not the option "${value}" (write --data=DIR for a folder whose name starts with "-")`);
      }
      before.data = dataOptionValue(value);
    } else if (word.startsWith('-')) throw new UsageError(`Unknown option "${word}" before the command`);
    else break;
  }
  return { before, name: argv[index], args: argv.slice(index + 1) };
}

async function main(argv: string[], locale: Locale): Promise<number> {
  const { before, name, args } = splitArgv(argv);
  if (name === undefined) {
    // stdout is for one JSON document with --json: say what is missing instead of printing the help there.
    if (before.json && !before.help) throw new UsageError('Missing command');
    console.log(globalHelp());
    return before.help ? 0 : 1;
  }
  if (!Object.hasOwn(commands, name)) throw new UsageError(`Unknown command "${name}"`);
  const command = await commands[name].load();
  if (before.help || args.includes('--help') || args.includes('-h')) {
    console.log(`${command.usage}\n\n${GLOBAL_OPTIONS_LINE}`);
    return 0;
  }
  await command.run(args, { data: before.data, json: before.json, locale }).catch((error: unknown) => {
    if (error instanceof UsageError) error.command ??= name;
    throw error;
  });
  return 0;
}

/** Whether --json was asked for, before or after the command (words after "--" are positionals). */
function wantsJson(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * One line on stderr, a coded error in `locale` (locale.ts); usage mistakes point to --help (the command's, for a
 * mistake in its words). With --json, stdout also gets `{"error": {name, message, kind, code?}}` (the web API's error
 * body, its message in English), unless the command already printed its own JSON report or was interrupted, so a
 * script that parses stdout always gets JSON.
 */
async function report(error: unknown, json: boolean, locale: Locale): Promise<number> {
  // An interrupted command (SIGINT, SIGTERM) has printed what it stopped with (`train`'s cancelled run); its exit code says the rest.
  if (json && !hasPrintedJson() && !(error instanceof InterruptedError)) {
    const { details: _details, ...serialized } = serializeError(error);
    // One line: a whole document for most commands, and the last of the JSON lines `train --json` prints.
    process.stdout.write(`${JSON.stringify({ error: serialized })}\n`);
  }
  console.error(`concierge: ${await errorLine(error, locale)}`);
  if (error instanceof UsageError) {
    console.error(`Run "concierge ${error.command ? `${error.command} ` : ''}--help" for usage.`);
    return 2;
  }
  if (error instanceof InterruptedError) return error.exitCode;
  if (!(error instanceof ConciergeError) && error instanceof Error && process.env.CONCIERGE_DEBUG) {
    console.error(error.stack);
  }
  return 1;
}

/**
 * Output piped into a reader that stops early (`concierge faq list | head`) ends the command quietly with the
 * shell's code for a closed pipe (128 + SIGPIPE), as other command-line tools do, instead of an unhandled EPIPE
 * stack trace. What it wrote before then is in the database (each write is its own transaction).
 */
const CLOSED_PIPE_EXIT_CODE = 141;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(CLOSED_PIPE_EXIT_CODE);
  });
}

const argv = process.argv.slice(2);
let locale = cliLocale(undefined);
process.exitCode = await (async () => {
  const { lang, rest } = takeLangOption(argv);
  locale = cliLocale(lang);
  return main(rest, locale);
})().catch((error: unknown) => report(error, wantsJson(argv), locale));
