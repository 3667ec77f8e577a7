import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveDataDir } from '../app/data-dir.ts';
import { InvalidInputError } from '../shared/errors.ts';
import type { Locale } from './locale.ts';

/** node:util's option table (its type is not exported by name). */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts, before or after its name. */
const GLOBAL_OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsConfig;

export interface GlobalOptions {
  /** --data DIR, else CONCIERGE_DATA_DIR, else the per-user folder (see app/data-dir.ts). */
  dataDir: string;
  /** --json: machine-readable output on stdout. */
  json: boolean;
  /** The language of what a command says in the app's words (--lang, else the locale: cli/locale.ts). */
  locale: Locale;
}

/** A mistake in how the command was called; the CLI prints it with a pointer to --help. */
export class UsageError extends InvalidInputError {
  override name = 'UsageError';
  /** The command it was made in (set by the CLI's entry), whose --help the message points to. */
  command?: string;
}

/** Global options given before the command name, and the language the CLI's entry chose (default English). */
export interface LeadingOptions {
  data?: string;
  json?: boolean;
  locale?: Locale;
}

/**
 * `parseArgs` for a command's words, with the global options merged in: given before or after the command, to
 * the same effect. --data may be given once. Bad flags become a UsageError.
 */
export function parseCommandArgs<const O extends OptionsConfig>(args: string[], options: O, leading: LeadingOptions) {
  const config = {
    args,
    options: { ...GLOBAL_OPTIONS, ...options } as typeof GLOBAL_OPTIONS & O,
    allowPositionals: true as const,
    strict: true as const,
  };
  let parsed;
  try {
    parsed = parseArgs({ ...config, tokens: true });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '(.+?)'/.exec(message)?.[1] : undefined;
    if (unknown !== undefined) {
      // node:util's words quote it '--x' and always add how to pass a word starting with "-": only "-5" needs that.
      throw new UsageError(
        `Unknown option "${unknown}"${unknown.startsWith('--') ? '' : ` (a text that starts with "-" goes after "--": -- "${unknown}")`}`,
      );
    }
    // node:util explains some mistakes over several lines ("use '--temperature=-1'"); the CLI prints one.
    throw new UsageError(message.replace(/\s*\n\s*/g, ' '));
  }
  const after = parsed.values as { data?: string; json?: boolean };
  // parseArgs keeps the last of two values: two folders are a mistake to say, not a guess to make.
  const dataGiven = parsed.tokens.filter((token) => token.kind === 'option' && token.name === 'data').length;
  if (dataGiven > 1 || (dataGiven === 1 && leading.data !== undefined)) throw new UsageError(DATA_TWICE);
  if (after.data !== undefined) dataOptionValue(after.data);
  const { tokens: _tokens, ...rest } = parsed;
  const global: GlobalOptions = {
    dataDir: after.data ?? leading.data ?? resolveDataDir(),
    json: Boolean(after.json ?? leading.json),
    locale: leading.locale ?? 'en',
  };
  return { ...rest, global };
}

export const DATA_TWICE = '--data is given twice; give one data folder';

/**
 * The folder of `--data VALUE`, refused when it is missing or blank: an empty name would be the current directory,
 * and a script's unset variable must not land the data there. Whether it is a folder is checked where it is
 * opened (store/database.ts), which also covers CONCIERGE_DATA_DIR.
 */
export function dataOptionValue(value: string | undefined): string {
  if (value === undefined || !value.trim()) throw new UsageError('--data needs a folder');
  return value;
}

/** The single positional a command expects, e.g. FILE; a missing or extra one is a UsageError. */
export function onePositional(positionals: string[], name: string): string {
  if (positionals.length === 0) throw new UsageError(`Missing ${name}`);
  if (positionals.length > 1) throw new UsageError(`Expected one ${name}, got ${positionals.length}: ${positionals.map((word) => `"${word}"`).join(' ')}`);
  return notBlank(positionals[0], name);
}

/**
 * A FILE, DIR or ID given as "" (a script's unset variable) is refused: resolved, an empty path is the current
 * directory, which `model import` would then copy whole.
 */
export function notBlank(word: string, name: string): string {
  if (!word.trim()) throw new UsageError(`${name} is empty`);
  return word;
}

/** A required `--flag VALUE`. */
export function requireOption(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`Missing --${flag}`);
  return value;
}

/** For commands that take no positional words. */
export function noPositionals(positionals: string[]): void {
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}"`);
}

/** A whole number argument such as an id or a port. */
export function parseInteger(text: string, name: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`;
    throw new UsageError(`${name} must be a whole number ${range}, got "${text}"`);
  }
  return value;
}
