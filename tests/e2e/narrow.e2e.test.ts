import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTinyModel, type TinyModel } from '../helpers/tiny-model.ts';
import { screenshot, watchPageProblems } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import { seedRuns } from './support/seed-runs.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: a 640 px wide window, as a 1280 px screen at 200 % zoom shows the app. Every screen fits the width (nothing
// scrolls the page sideways; a table too wide scrolls in its own box), the navigation is a bar across the top, and
// each screen's main controls are in view and can be clicked, in English and in Chinese. On the way, every list's
// dates are checked to be written the same way.
const VIEWPORT = { width: 640, height: 800 };
let server: ServedApp;
let browser: Browser;
const problems: string[][] = [];
const models: TinyModel[] = [];

type Locale = 'en' | 'zh';
const NAV: Record<string, Record<Locale, string>> = {
  chat: { en: 'Chat', zh: '对话' },
  kb: { en: 'Knowledge base', zh: '知识库' },
  training: { en: 'Training', zh: '训练' },
  models: { en: 'Models', zh: '模型' },
  settings: { en: 'Settings', zh: '设置' },
};

/** The controls each screen must show whole, in view, and clickable, by role and name per language. */
const CONTROLS: Record<string, { role: 'button' | 'textbox' | 'searchbox' | 'radio'; name: Record<Locale, string> }[]> = {
  chat: [
    { role: 'button', name: { en: 'New conversation', zh: '新对话' } },
    { role: 'textbox', name: { en: 'Question', zh: '问题' } },
    { role: 'button', name: { en: 'Send', zh: '发送' } },
  ],
  kb: [
    { role: 'button', name: { en: 'New entry', zh: '新建条目' } },
    { role: 'searchbox', name: { en: 'Search entries', zh: '搜索条目' } },
  ],
  training: [
    { role: 'radio', name: { en: 'Quick', zh: '快速' } },
    { role: 'button', name: { en: 'Start training', zh: '开始训练' } },
    { role: 'button', name: { en: 'Activate the new model', zh: '启用新模型' } },
  ],
  models: [
    { role: 'button', name: { en: 'Import folder…', zh: '导入文件夹…' } },
    { role: 'button', name: { en: 'Activate Other', zh: '启用 Other' } },
  ],
  settings: [
    { role: 'radio', name: { en: 'Dark', zh: '深色' } },
    { role: 'button', name: { en: 'Back up now', zh: '立即备份' } },
  ],
};

/** Where each screen shows a date, and how much of it: every list writes dates one way (I18n.formatDate). */
const DATES: Record<string, { selector: string; detail: 'day' | 'minute' }> = {
  chat: { selector: 'aside time', detail: 'minute' },
  kb: { selector: '[role=row] time', detail: 'day' },
  review: { selector: 'li time', detail: 'minute' },
  training: { selector: 'table time', detail: 'minute' },
  models: { selector: '[data-testid=model-date]', detail: 'day' },
};
const DATE_PATTERNS: Record<Locale, Record<'day' | 'minute', RegExp>> = {
  en: { day: /^\d{1,2} [A-Z][a-z]{2,3}$/, minute: /^\d{1,2} [A-Z][a-z]{2,3}, \d{2}:\d{2}$/ },
  zh: { day: /^\d{1,2}月\d{1,2}日$/, minute: /^\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/ },
};

/** The dates `screen` shows are written as DATES says, and their tooltips give the year and time. */
async function expectDates(page: Page, screen: string, locale: Locale): Promise<void> {
  const { selector, detail } = DATES[screen]!;
  const dates = await page.locator(selector).evaluateAll((times) => times.map((time) => [time.textContent!.trim(), time.getAttribute('title') ?? '']));
  expect(dates.length, screen).toBeGreaterThan(0);
  for (const [text, title] of dates) {
    expect(text, screen).toMatch(DATE_PATTERNS[locale][detail]);
    expect(title, screen).toMatch(/\d{4}.*\d{2}:\d{2}$/);
  }
}

/** How far the page, and the screen's own scrolling area, reach past the window's right edge (px). */
const sideways = (page: Page) =>
  page.evaluate<{ page: number; screen: number }>(`(() => {
    const root = document.scrollingElement;
    const screen = document.querySelector('main .screen > *');
    return { page: root.scrollWidth - root.clientWidth, screen: screen ? screen.scrollWidth - screen.clientWidth : 0 };
  })()`);

/** The control is shown whole inside the window's width, and a click would reach it (not covered, enabled or not). */
async function expectUsable(control: Locator, what: string): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = (await control.boundingBox())!;
  expect(box, what).not.toBeNull();
  expect(box.x, what).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, what).toBeLessThanOrEqual(VIEWPORT.width);
  await control.click({ trial: true, force: await control.isDisabled() });
}

async function openPage(locale: Locale): Promise<Page> {
  const page = await (await browser.newContext({ viewport: VIEWPORT, locale: locale === 'en' ? 'en-US' : 'zh-CN' })).newPage();
  problems.push(watchPageProblems(page));
  await page.goto(server.url);
  return page;
}

describe('a narrow window (200 % zoom)', () => {
  beforeAll(async () => {
    let page: Page;
    ({ server, browser, page } = await startJourney(VIEWPORT));
    await page.close();
    models.push(await createTinyModel(31), await createTinyModel(32));
    const base = (await server.invoke('model:import', { path: models[0]!.dir, name: 'Base' })).id;
    await server.invoke('model:import', { path: models[1]!.dir, name: 'Other' });
    await server.invoke('model:activate', { id: base });
    seedRuns(server.dataDir, { finished: { baseModelId: base, modelVersionId: 'tuned-removed-since' } });
    await server.invoke('chat:send', { text: 'Do you ship abroad?' });
    await server.invoke('chat:send', { text: 'Can someone call me back about my order?', forceMode: 'handoff' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all(models.map((model) => model.remove()));
  });

  for (const locale of ['en', 'zh'] as const) {
    it(`fits every screen in 640 px with its controls in view and clickable (${locale})`, async () => {
      const page = await openPage(locale);
      const nav = page.getByRole('navigation');
      // The navigation is a bar across the top, not a column beside the screen.
      await nav.getByRole('button', { name: NAV.kb![locale] }).waitFor();
      const bar = (await nav.boundingBox())!;
      expect(bar.width).toBe(VIEWPORT.width);
      expect(bar.height).toBeLessThan(64);

      for (const [screen, names] of Object.entries(NAV)) {
        await nav.getByRole('button', { name: names[locale] }).click();
        await page.locator(`main section[aria-labelledby]`).first().waitFor();
        for (const { role, name } of CONTROLS[screen]!) {
          const control = page.getByRole(role, { name: name[locale], exact: true }).first();
          await control.waitFor();
          await expectUsable(control, `${screen}: ${name[locale]}`);
        }
        expect(await sideways(page), screen).toEqual({ page: 0, screen: 0 });
        if (DATES[screen]) await expectDates(page, screen, locale);
        if (locale === 'en') await screenshot(page, `narrow-640-${screen}`);
        if (screen !== 'kb') continue;
        // The knowledge base's other tab: the review queue, its items' actions in view.
        await page.getByRole('tab', { name: locale === 'en' ? /Review queue/ : /待审队列/ }).click();
        await expectUsable(page.getByRole('button', { name: locale === 'en' ? /^Dismiss: / : /^忽略：/ }).first(), 'review: Dismiss');
        expect(await sideways(page), 'review queue').toEqual({ page: 0, screen: 0 });
        await expectDates(page, 'review', locale);
        if (locale === 'en') await screenshot(page, 'narrow-640-review');
      }
      await page.close();
    });
  }

  it('moves along the top bar with Left and Right, as Up and Down do in the sidebar', async () => {
    const page = await openPage('en');
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: 'Chat' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate<string | null>(`document.activeElement?.textContent?.trim() ?? null`)).toBe('Knowledge base');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // round to the end
    expect(await page.evaluate<string | null>(`document.activeElement?.textContent?.trim() ?? null`)).toBe('Settings');
    await page.close();
  });

  it('fits the new-entry dialog in 640 px, its buttons in view', async () => {
    const page = await openPage('en');
    await page.getByRole('button', { name: 'New entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'New entry' });
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
    await expectUsable(dialog.getByRole('button', { name: 'Cancel' }), 'Cancel');
    expect(await sideways(page)).toEqual({ page: 0, screen: 0 });
    await screenshot(page, 'narrow-640-new-entry');
    await page.close();
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems.flat()).toEqual([]);
  });
});
