// What the desktop app's start-up failure dialog says, in the user's language: the renderer's words (its catalogue
// and its reading of a coded error), since there is no window yet to say them. No Electron import, so it is tested
// in Node; main.ts passes the system's languages, as the window would read them from navigator.languages.
// The renderer modules it imports must stay plain TypeScript at their top level (no runes, no DOM): main.ts imports
// this at every launch, and esbuild bundles main.js without Svelte's compiler, which the tests run with.
import { detectLocale, formatMessage, type MessageKey, type MessageParams } from '../../src-renderer/i18n/i18n.svelte.ts';
import { describeError, errorText } from '../../src-renderer/lib/errors.ts';

export interface StartupFailureText {
  title: string;
  /** The failure: a coded one in the chosen language, anything else as it was thrown, on one line. */
  content: string;
}

/** The dialog's title and text for `error`, in the first of `languages` (BCP 47 tags) the app speaks, else English. */
export function startupFailureText(error: unknown, languages: readonly string[]): StartupFailureText {
  const locale = detectLocale(languages);
  const t = (key: MessageKey, params?: MessageParams) => formatMessage(locale, key, params);
  return { title: t('startup.title'), content: errorText(describeError(error), t) };
}
