// The language the CLI says its coded errors in, and the few results a command says in the app's own words (the
// renderer's catalogue, read as startup-failure.ts reads it): chosen by --lang or, as other command-line programs
// choose, by the locale's variables. Help and other messages stay English; --json output is English whatever the language.
import type { Locale, MessageKey, MessageParams } from '../../src-renderer/i18n/i18n.svelte.ts';
import { messageCode } from '../shared/errors.ts';
import { UsageError } from './args.ts';

export type { Locale };

const LANG_OPTION = '--lang';
const LANGS: readonly Locale[] = ['en', 'zh'];

/**
 * `argv` without `--lang en|zh` (or `--lang=…`), given anywhere before a `--`, and the language it names (the last
 * one given); a value that is neither is a UsageError.
 */
export function takeLangOption(argv: readonly string[]): { lang: Locale | undefined; rest: string[] } {
  let lang: Locale | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (word !== LANG_OPTION && !word.startsWith(`${LANG_OPTION}=`)) {
      rest.push(word);
      continue;
    }
    const value = word === LANG_OPTION ? argv[++i] : word.slice(LANG_OPTION.length + 1);
    if (!LANGS.includes(value as Locale)) {
      throw new UsageError(`--lang must be en or zh${value === undefined ? '' : `, got "${value}"`}`);
    }
    lang = value as Locale;
  }
  return { lang, rest };
}

/**
 * `lang` when given; else Chinese when the locale that names the messages' language says so: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set and not empty (POSIX's order) starts with "zh"; else English.
 */
export function cliLocale(lang: Locale | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (lang) return lang;
  const named = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return named?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * Codes the CLI says in words of its own rather than the app's. An entry id on the command line was typed, not
 * picked on a screen, so one the knowledge base does not have is simply not there: the app's "may have been deleted
 * elsewhere" is for an entry a window showed (entries are only soft-deleted, so there it went with a restored backup).
 * And `faq rm` refusing an entry already deleted is the CLI's own error, which the app never raises.
 */
const CLI_WORDS: Record<string, MessageKey> = {
  'faq.missing': 'cli.error.faq.missing',
  'faq.already-deleted': 'cli.error.faq.already-deleted',
};

/**
 * What the CLI says for `error`: its own message, or in Chinese the catalogue's words for its code, where it has
 * one the catalogue knows. The catalogue is loaded only then.
 */
export async function errorLine(error: unknown, locale: Locale): Promise<string> {
  const message = error instanceof Error ? error.message : String(error);
  const { code, params } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; params?: unknown };
  if (locale === 'en' || code === undefined) return message.split('\n')[0];
  const [t, { codedText }] = await Promise.all([cliText(locale), import('../../src-renderer/lib/errors.ts')]);
  const own = typeof code === 'string' && Object.hasOwn(CLI_WORDS, code) ? CLI_WORDS[code] : undefined;
  return (own ? t(own, messageCode({ code, params }).params) : codedText({ message, code, params }, t)).split('\n')[0];
}

/** The catalogue's words in `locale`, for what a command says in the app's words. The catalogue is loaded only then. */
export async function cliText(locale: Locale): Promise<(key: MessageKey, params?: MessageParams) => string> {
  const { formatMessage } = await import('../../src-renderer/i18n/i18n.svelte.ts');
  return (key, params) => formatMessage(locale, key, params);
}
