import { en, type Catalogue, type MessageKey } from './en.ts';
import { zh } from './zh.ts';
import type { MessageParams } from './message.ts';

export type Locale = 'zh' | 'en';
export type { MessageKey, MessageParams };

const catalogues: Record<Locale, Catalogue> = { zh, en };

/** The first supported language in the user's preference list (`navigator.languages`), else English. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh' || primary === 'en') return primary;
  }
  return 'en';
}

/** BCP 47 tags for `Intl` and the document's `lang` attribute. */
export const LOCALE_TAGS: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/**
 * The day of a date: English's numeric short date is month first (9/5/26, read as 9 May in most of the world), so
 * English names the month and puts the day first; Chinese writes the year first, as dates are read there. A day of
 * this year leaves its year out: "30 Nov", "11月30日" (month and day named, as Chinese says it).
 */
const DAY_FORMATS: Record<Locale, Record<'withYear' | 'thisYear', [string, Intl.DateTimeFormatOptions]>> = {
  en: { withYear: ['en-GB', { day: 'numeric', month: 'short', year: 'numeric' }], thisYear: ['en-GB', { day: 'numeric', month: 'short' }] },
  zh: { withYear: ['zh-CN', { year: 'numeric', month: 'numeric', day: 'numeric' }], thisYear: ['zh-CN', { month: 'long', day: 'numeric' }] },
};
/** The time of day, on the 24-hour clock in both languages ("07:05", no AM/PM to misread). */
const TIME_FORMAT: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DAY_TIME_SEPARATOR: Record<Locale, string> = { en: ', ', zh: ' ' };

/**
 * How much of a date formatDate writes: the day ('day'), the day and the time ('minute'), both with the year even
 * for this year ('full': a tooltip, a sentence naming a backup).
 */
export type DateDetail = 'day' | 'minute' | 'full';

/** Intl objects are slow to build and the table formats every visible row: build each one once. */
const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter;
}

/** True when the catalogues have `key`: a message code from the server may be one this UI does not know yet. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export function formatMessage(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const message = catalogues[locale][key];
  const numbers = cached(`number:${locale}`, () => new Intl.NumberFormat(LOCALE_TAGS[locale]));
  let text = message as string;
  if (typeof message !== 'string') {
    const count = Number(params.n ?? 0);
    const form = cached(`plural:${locale}`, () => new Intl.PluralRules(LOCALE_TAGS[locale])).select(count);
    text = form === 'one' && message.one !== undefined ? message.one : message.other;
  }
  // `{name}` is the value as written (numbers grouped, but for an id written `#{id}`: entry #1234, not #1,234);
  // `{name, percent}` a fraction as a whole percentage (0.31 → 31%).
  return text.replace(/(#?)\{(\w+)(, percent)?\}/g, (placeholder, hash: string, name: string, percent: string | undefined) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    if (typeof value !== 'number') return hash + value;
    if (hash) return hash + String(value);
    if (percent) {
      return cached(`percent:${locale}`, () => new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'percent', maximumFractionDigits: 0 })).format(value);
    }
    return numbers.format(value);
  });
}

/**
 * Translates keys in the current locale. `locale` is read through a getter, so markup that calls `t()`
 * re-renders when the language changes.
 */
export class I18n {
  readonly #locale: () => Locale;

  constructor(locale: () => Locale) {
    this.#locale = locale;
  }

  get locale(): Locale {
    return this.#locale();
  }

  t = (key: MessageKey, params?: MessageParams): string => formatMessage(this.locale, key, params);

  /**
   * Every date the UI shows, written one way (see DateDetail): "30 Nov, 14:05" / "11月30日 14:05"; a day of another
   * year, or any day in 'full', with its year: "30 Nov 2025, 14:05" / "2025/11/30 14:05". `now` decides the year
   * (local time, like the day shown).
   */
  formatDate = (iso: string, detail: DateDetail = 'minute', now: Date = new Date()): string => {
    const date = new Date(iso);
    const locale = this.locale;
    const form = detail !== 'full' && date.getFullYear() === now.getFullYear() ? 'thisYear' : 'withYear';
    const day = cached(`day:${locale}:${form}`, () => new Intl.DateTimeFormat(...DAY_FORMATS[locale][form])).format(date);
    if (detail === 'day') return day;
    const time = cached(`time:${locale}`, () => new Intl.DateTimeFormat(LOCALE_TAGS[locale], TIME_FORMAT)).format(date);
    return `${day}${DAY_TIME_SEPARATOR[locale]}${time}`;
  };

  formatPercent = (fraction: number): string =>
    cached(
      `percent:${this.locale}`,
      () => new Intl.NumberFormat(LOCALE_TAGS[this.locale], { style: 'percent', maximumFractionDigits: 0 }),
    ).format(fraction);

  formatNumber = (value: number, maximumFractionDigits = 0): string =>
    cached(
      `number:${this.locale}:${maximumFractionDigits}`,
      () => new Intl.NumberFormat(LOCALE_TAGS[this.locale], { maximumFractionDigits }),
    ).format(value);

  /** A rough, readable duration: 40 s, 12 min, 1 h 5 min. */
  formatDuration = (ms: number): string => {
    const seconds = Math.max(1, Math.round(ms / 1000));
    if (seconds < 90) return this.t('duration.seconds', { n: seconds });
    const minutes = Math.round(seconds / 60);
    if (minutes < 90) return this.t('duration.minutes', { n: minutes });
    return this.t('duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
  };

  formatBytes = (bytes: number): string => {
    const units = ['B', 'KB', 'MB', 'GB'];
    const power = Math.min(units.length - 1, Math.floor(Math.log(Math.max(1, bytes)) / Math.log(1024)));
    return `${this.formatNumber(bytes / 1024 ** power, power > 1 ? 1 : 0)} ${units[power]}`;
  };
}
