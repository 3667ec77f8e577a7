import { describe, expect, it } from 'vitest';
import { formatMessage, type Locale, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { modelDisplayName } from '../../../src-renderer/state/models/model-name.ts';

const translator = (locale: Locale) => (key: MessageKey, params?: MessageParams) => formatMessage(locale, key, params);

describe('modelDisplayName()', () => {
  it('says the built-in starter and its retrains in Chinese in the Chinese UI', () => {
    expect(modelDisplayName('Starter', translator('zh'))).toBe('入门模型');
    expect(modelDisplayName('Starter · 2026-11-30 #2', translator('zh'))).toBe('入门模型 · 2026-11-30 #2');
    expect(modelDisplayName('Starter + FAQ', translator('zh'))).toBe('入门模型 + FAQ');
    expect(modelDisplayName('Starter', translator('en'))).toBe('Starter');
  });

  it('leaves any other name as it was stored', () => {
    expect(modelDisplayName('Starters club bot', translator('zh'))).toBe('Starters club bot');
    expect(modelDisplayName('gpt2 · 2026-11-30', translator('zh'))).toBe('gpt2 · 2026-11-30');
  });
});
