import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, watchPageProblems } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: the category field of a new entry suggests the categories already in use, in a list under it that the
// keyboard works (arrows, Enter, Esc) as well as the mouse: in the knowledge base's New entry dialog (English), and in
// the review queue's (Chinese). The sample knowledge base has the categories shipping, returns, orders, …
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
/** The problems of the pages a test opens besides `page`: each list fills as its page runs, so it is kept, not copied. */
const otherPages: string[][] = [];

describe('category suggestions in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    await server.invoke('chat:send', { text: 'Can someone call me back about my order?', forceMode: 'handoff' });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('suggests the categories in use as a category is typed, picked from the keyboard, and saves it', async () => {
    await page.getByRole('button', { name: 'New entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'New entry' });
    await dialog.getByRole('textbox', { name: 'Question' }).fill('Do you deliver on Sundays?');
    await dialog.getByRole('textbox', { name: 'Answer' }).fill('No, Monday to Saturday.');
    const category = dialog.getByRole('combobox', { name: 'Category' });
    await category.focus();
    await page.keyboard.type('SHI');
    const list = dialog.getByRole('listbox');
    await list.waitFor();
    expect(await list.getByRole('option').allTextContents()).toEqual(['shipping']);
    expect(await category.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'entry-category-suggested');

    await page.keyboard.press('ArrowDown');
    expect(await list.getByRole('option', { name: 'shipping' }).getAttribute('aria-selected')).toBe('true');
    expect(await category.getAttribute('aria-activedescendant')).toBe(await list.getByRole('option').first().getAttribute('id'));
    await page.keyboard.press('Enter'); // picks the option; the entry is not added yet
    expect(await category.inputValue()).toBe('shipping');
    expect(await list.isHidden()).toBe(true);
    expect(await dialog.isVisible()).toBe(true);

    // Esc closes the open list and leaves the dialog (and what was typed) alone.
    await category.fill('');
    await page.keyboard.press('ArrowDown');
    expect((await list.getByRole('option').count())).toBeGreaterThan(3);
    await page.keyboard.press('Escape');
    expect(await list.isHidden()).toBe(true);
    expect(await dialog.isVisible()).toBe(true);
    await category.fill('shipping');

    await dialog.getByRole('button', { name: 'Add entry' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const { entries } = await server.invoke('faq:list', { search: 'deliver Sundays' });
    expect(entries.find((entry) => entry.question === 'Do you deliver on Sundays?')?.category).toBe('shipping');
  });

  it('suggests them in the review queue’s new-entry dialog too, in Chinese, picked with the mouse', async () => {
    const zh = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    otherPages.push(watchPageProblems(zh));
    await zh.goto(server.url);
    await zh.getByRole('tab', { name: /待审队列/ }).click();
    await zh.getByRole('button', { name: '新建条目…' }).click();
    const dialog = zh.getByRole('dialog', { name: '根据问题新建条目' });
    const category = dialog.getByRole('combobox', { name: '分类' });
    await category.fill('ord');
    await dialog.getByRole('option', { name: 'orders' }).click();
    expect(await category.inputValue()).toBe('orders');
    await expect.poll(() => zh.evaluate<string | null>(`document.activeElement?.getAttribute('role') ?? null`)).toBe('combobox');
    expect(await dialog.getByRole('listbox').isHidden()).toBe(true);
    await zh.close();
  });

  it('raised no page error, console error or CSP violation', () => {
    expect([...problems, ...otherPages.flat()]).toEqual([]);
  });
});
