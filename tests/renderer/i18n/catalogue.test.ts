import { describe, expect, it } from 'vitest';
import { en } from '../../../src-renderer/i18n/en.ts';
import { zh } from '../../../src-renderer/i18n/zh.ts';
import { detectLocale, formatMessage, I18n, type MessageKey } from '../../../src-renderer/i18n/i18n.svelte.ts';
import type { Message } from '../../../src-renderer/i18n/message.ts';

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : [message.one ?? '', message.other];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)(, percent)?\}/g)].map((match) => match[1])))].sort();
};

/** Values the English text shows and the Chinese leaves out: a library's English (SQLite's reason a file will not open). */
const ENGLISH_ONLY: Partial<Record<MessageKey, string[]>> = {
  'error.code.backup.unreadable': ['detail'],
};

describe('catalogues', () => {
  it('use the same placeholders in Chinese as in English for every key, but an English-only detail', () => {
    const chinese = (key: MessageKey) => placeholders(en[key]).filter((name) => !(ENGLISH_ONLY[key] ?? []).includes(name));
    const mismatched = (Object.keys(en) as MessageKey[]).filter((key) => placeholders(zh[key]).join() !== chinese(key).join());
    expect(mismatched).toEqual([]);
  });

  it('never put a library\'s English detail into a Chinese sentence', () => {
    expect(formatMessage('zh', 'error.code.backup.unreadable', { file: 'old.db', detail: 'file is not a database' })).toBe(
      '无法打开 old.db：它可能不是 Concierge 的备份，或已损坏。请选择其他备份。',
    );
    expect(formatMessage('en', 'error.code.backup.unreadable', { file: 'old.db', detail: 'file is not a database' })).toContain('file is not a database');
  });

  it('set an English {detail} apart in Chinese, after sentences of their own that carry no English', () => {
    const coded = (Object.keys(zh) as MessageKey[]).filter((key) => key.startsWith('error.code.'));
    const text = (key: MessageKey) => {
      const message = zh[key];
      return typeof message === 'string' ? message : message.other;
    };
    // {detail} is a library's or a worker's English: in Chinese it comes last, labelled, never inside a sentence.
    const withDetail = coded.filter((key) => text(key).includes('{detail}'));
    expect(withDetail).toEqual(expect.arrayContaining(['error.code.training.failed', 'error.code.model.worker-failed']));
    expect(withDetail.filter((key) => !/^[^{]*(\{\w+(, percent)?\}[^{]*)*。（详情：\{detail\}）$/.test(text(key)))).toEqual([]);
    // Three Latin words in a row, once the values are taken out, is an English phrase nobody translated.
    const english = /[A-Za-z][\w'-]*(?:[ ,]+[A-Za-z][\w'-]*){2,}/;
    const untranslated = coded.filter((key) => english.test(text(key).replace(/\{\w+(, percent)?\}/g, '')));
    expect(untranslated).toEqual([]);
    expect(formatMessage('zh', 'error.code.training.failed', { detail: 'No training batches' })).toBe('训练失败。（详情：No training batches）');
  });

  it('have no empty message', () => {
    const empty = [...Object.entries(en), ...Object.entries(zh)].filter(([, message]) =>
      typeof message === 'string' ? !message.trim() : !message.other.trim(),
    );
    expect(empty).toEqual([]);
  });
});

describe('formatMessage()', () => {
  it('picks the singular English form for one and the plural form otherwise', () => {
    expect(formatMessage('en', 'kb.toast.deleted', { n: 1 })).toBe('Deleted 1 entry');
    expect(formatMessage('en', 'kb.toast.deleted', { n: 12345 })).toBe('Deleted 12,345 entries');
  });

  it('uses the one Chinese form for every count', () => {
    expect(formatMessage('zh', 'kb.toast.deleted', { n: 1 })).toBe('已删除 1 条');
    expect(formatMessage('zh', 'kb.toast.deleted', { n: 3 })).toBe('已删除 3 条');
  });

  it('substitutes text parameters as given and leaves unknown placeholders visible', () => {
    expect(formatMessage('en', 'kb.toast.exported', { fileName: 'faq-2024.csv' })).toBe('Saved faq-2024.csv');
    expect(formatMessage('en', 'kb.toast.exported')).toBe('Saved {fileName}');
  });

  it('writes an id after "#" as it is, where other numbers are grouped', () => {
    expect(formatMessage('en', 'error.code.faq.deleted', { id: 4242 })).toMatch(/^Entry #4242 has been deleted\./);
    expect(formatMessage('zh', 'error.code.faq.deleted', { id: 12345 })).toMatch(/^条目 #12345 已删除。/);
    expect(formatMessage('en', 'kb.toast.deleted', { n: 4242 })).toBe('Deleted 4,242 entries');
  });

  it('shows a fraction as a percentage where the placeholder asks for one, as the sliders show thresholds', () => {
    const params = { generate: 1, faq: 0.31 };
    expect(formatMessage('en', 'error.code.settings.thresholds-order', params)).toBe(
      'The hand-off threshold (100%) must not be above the FAQ answer threshold (31%).',
    );
    expect(formatMessage('zh', 'error.code.settings.thresholds-order', params)).toBe('转人工的置信度（100%）不能高于直接使用 FAQ 答案的置信度（31%）。');
  });
});

describe('detectLocale()', () => {
  it('takes the first supported language of the system list', () => {
    expect(detectLocale(['zh-CN', 'en-US'])).toBe('zh');
    expect(detectLocale(['fr-FR', 'zh-Hant-TW', 'en'])).toBe('zh');
    expect(detectLocale(['en-GB', 'zh'])).toBe('en');
  });

  it('falls back to English when no listed language is supported', () => {
    expect(detectLocale(['de-DE', 'ja'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});

describe('I18n', () => {
  describe('formatDate()', () => {
    // Local times, so the day and hour shown are these in whatever time zone the tests run in.
    const at = (year: number, month: number, day: number, hour = 14, minute = 5) => new Date(year, month - 1, day, hour, minute).toISOString();
    const now = new Date(2026, 10, 30, 12);
    const en = new I18n(() => 'en');
    const zh = new I18n(() => 'zh');

    it('writes a date of this year one way in every list: the day first, the month named, the 24-hour time, no year', () => {
      expect(en.formatDate(at(2026, 11, 30), 'minute', now)).toBe('30 Nov, 14:05');
      // Never "Sep 5, 2026, 7:05 AM" (the browser's US default): 5 September does not read as 9 May, 07:05 has no AM/PM.
      expect(en.formatDate(at(2026, 9, 5, 7), 'minute', now)).toMatch(/^5 Sept?, 07:05$/);
      expect(en.formatDate(at(2026, 9, 5), 'day', now)).toMatch(/^5 Sept?$/);
    });

    it('says month and day in Chinese, and the same 24-hour time', () => {
      expect(zh.formatDate(at(2026, 11, 30), 'minute', now)).toBe('11月30日 14:05');
      expect(zh.formatDate(at(2026, 9, 5, 7), 'day', now)).toBe('9月5日');
    });

    it('keeps the year of another year’s date, year first in Chinese', () => {
      expect(en.formatDate(at(2025, 11, 30), 'minute', now)).toBe('30 Nov 2025, 14:05');
      expect(en.formatDate(at(2025, 11, 30), 'day', now)).toBe('30 Nov 2025');
      expect(zh.formatDate(at(2025, 11, 30), 'minute', now)).toBe('2025/11/30 14:05');
      expect(zh.formatDate(at(2025, 11, 30), 'day', now)).toBe('2025/11/30');
    });

    it('gives the year even for this year in full (tooltips, a backup named in a sentence)', () => {
      expect(en.formatDate(at(2026, 11, 30), 'full', now)).toBe('30 Nov 2026, 14:05');
      expect(zh.formatDate(at(2026, 11, 30), 'full', now)).toBe('2026/11/30 14:05');
    });
  });
});
