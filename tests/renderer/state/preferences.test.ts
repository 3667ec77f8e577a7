import { describe, expect, it } from 'vitest';
import { Preferences, type KeyValueStore } from '../../../src-renderer/state/preferences.svelte.ts';

const memoryStore = (initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
};

/** A MediaQueryList stand-in: the class only reads `matches` and listens for `change`. */
class FakeMediaQuery extends EventTarget {
  constructor(public matches: boolean) {
    super();
  }
  flip(matches: boolean) {
    this.matches = matches;
    this.dispatchEvent(Object.assign(new Event('change'), { matches }));
  }
}

describe('Preferences', () => {
  describe('constructor', () => {
    it('follows the system language until the user chooses one', () => {
      const preferences = new Preferences(memoryStore(), ['zh-CN']);
      expect(preferences.language).toBe('system');
      expect(preferences.locale).toBe('zh');
    });

    it('restores saved choices and ignores values it does not know', () => {
      expect(new Preferences(memoryStore({ 'concierge.language': 'en' }), ['zh-CN']).locale).toBe('en');
      const tampered = new Preferences(memoryStore({ 'concierge.theme': 'neon' }), ['en']);
      expect(tampered.theme).toBe('system');
    });

    it('works with defaults when storage throws', () => {
      const broken: KeyValueStore = {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      };
      const preferences = new Preferences(broken, ['en']);
      preferences.setTheme('dark');
      expect(preferences.resolvedTheme).toBe('dark');
    });
  });

  describe('setLanguage()', () => {
    it('switches the locale and persists the choice', () => {
      const store = memoryStore();
      const preferences = new Preferences(store, ['en-US']);
      preferences.setLanguage('zh');
      expect(preferences.locale).toBe('zh');
      expect(store.data.get('concierge.language')).toBe('zh');
      preferences.setLanguage('system');
      expect(preferences.locale).toBe('en');
    });
  });

  describe('followSystemTheme()', () => {
    it('resolves the system theme from the media query and tracks its changes until stopped', () => {
      const preferences = new Preferences(memoryStore(), ['en']);
      const query = new FakeMediaQuery(true);
      const stop = preferences.followSystemTheme(query as unknown as MediaQueryList);
      expect(preferences.resolvedTheme).toBe('dark');
      query.flip(false);
      expect(preferences.resolvedTheme).toBe('light');
      stop();
      query.flip(true);
      expect(preferences.resolvedTheme).toBe('light');
    });

    it('lets an explicit theme override the system', () => {
      const preferences = new Preferences(memoryStore(), ['en']);
      preferences.followSystemTheme(new FakeMediaQuery(true) as unknown as MediaQueryList);
      preferences.setTheme('light');
      expect(preferences.resolvedTheme).toBe('light');
    });
  });
});
