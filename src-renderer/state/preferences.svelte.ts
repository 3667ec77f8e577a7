import { detectLocale, type Locale } from '../i18n/i18n.svelte.ts';

export type LanguageChoice = 'system' | Locale;
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

/** The part of `localStorage` used here; it may be missing or throw (storage disabled). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LANGUAGE_KEY = 'concierge.language';
const THEME_KEY = 'concierge.theme';
const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['system', 'zh', 'en'];
const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Language and theme: what the user chose (persisted) and what that resolves to on this system. */
export class Preferences {
  language = $state<LanguageChoice>('system');
  theme = $state<ThemeChoice>('system');
  systemDark = $state(false);
  readonly systemLocale: Locale;

  resolvedTheme: Theme = $derived(this.theme === 'system' ? (this.systemDark ? 'dark' : 'light') : this.theme);

  readonly #storage: KeyValueStore | null;

  constructor(storage: KeyValueStore | null, systemLanguages: readonly string[]) {
    this.#storage = storage;
    this.systemLocale = detectLocale(systemLanguages);
    this.language = this.#read(LANGUAGE_KEY, LANGUAGE_CHOICES) ?? 'system';
    this.theme = this.#read(THEME_KEY, THEME_CHOICES) ?? 'system';
  }

  get locale(): Locale {
    return this.language === 'system' ? this.systemLocale : this.language;
  }

  setLanguage(choice: LanguageChoice): void {
    this.language = choice;
    this.#write(LANGUAGE_KEY, choice);
  }

  setTheme(choice: ThemeChoice): void {
    this.theme = choice;
    this.#write(THEME_KEY, choice);
  }

  /** Follows the system's dark mode; returns the function that stops following. */
  followSystemTheme(query: MediaQueryList): () => void {
    this.systemDark = query.matches;
    const update = (event: MediaQueryListEvent) => (this.systemDark = event.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }

  #read<T extends string>(key: string, allowed: readonly T[]): T | null {
    try {
      const value = this.#storage?.getItem(key);
      return allowed.find((choice) => choice === value) ?? null;
    } catch {
      return null; // storage disabled: fall back to the defaults
    }
  }

  #write(key: string, value: string): void {
    try {
      this.#storage?.setItem(key, value);
    } catch {
      // storage disabled or full: the choice still applies for this session
    }
  }
}
