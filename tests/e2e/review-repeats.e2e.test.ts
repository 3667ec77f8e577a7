import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: three customers ask the same question, worded a little differently, and each is handed off. The review
// queue shows one row, "asked 3 times", counted once on its tab; linking it empties the queue, and Undo on the toast
// brings the one row back with all three.
const QUESTION = 'Are you open on Christmas Day?';
const ASKED = [QUESTION, 'are you open on christmas day', 'Are you open on Christmas Day ？'];

let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

const row = () => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: QUESTION }) });
const badge = () => page.getByRole('tab', { name: /Review queue/ }).locator('.badge');
const statuses = async () => (await server.invoke('review:list', { limit: 1_000 })).items.map(({ status, count }) => ({ status, count }));

describe('the same question asked again, in the review queue', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    for (const text of ASKED) await server.invoke('chat:send', { text, forceMode: 'handoff' });
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Knowledge base' }).waitFor();
    await page.getByRole('tab', { name: /Review queue/ }).click();
    await row().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows three hand-offs of one question as one row, asked 3 times, counted once on the tab', async () => {
    expect(await page.locator('li.item').count()).toBe(1);
    await row().getByText('asked 3 times').waitFor();
    expect(await badge().textContent()).toBe('1');
    await row().getByText('When it was asked').click();
    expect(await row().locator('.askings li').count()).toBe(3);
    await screenshot(page, 'review-repeats-01-row');
  });

  it('links the row: the queue is empty; Undo brings the one row back with all three', async () => {
    await row().getByRole('button', { name: 'Link to another entry…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link to an entry' });
    await dialog.getByRole('searchbox').fill('opening hours');
    const link = dialog.getByRole('button', { name: /^Link to “/ }).first();
    await link.waitFor();
    await link.click();
    await page.getByText('Nothing to review').waitFor();
    await badge().waitFor({ state: 'detached' });
    expect(await statuses()).toEqual([{ status: 'linked', count: 3 }]);
    const toast = page.getByRole('status').filter({ hasText: 'Linked all 3 to' });
    await toast.waitFor();
    await screenshot(page, 'review-repeats-02-linked');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await row().getByText('asked 3 times').waitFor();
    expect(await page.locator('li.item').count()).toBe(1);
    expect(await badge().textContent()).toBe('1');
    expect(await statuses()).toEqual([{ status: 'open', count: 3 }]);
    expect(problems).toEqual([]);
  });
});
