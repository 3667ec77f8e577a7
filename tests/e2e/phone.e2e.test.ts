import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: the web mode on a phone (390 × 844, an iPhone's window). The knowledge base's list keeps room to read
// each question and answer.
const VIEWPORT = { width: 390, height: 844 };
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

describe('a phone-sized window', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney(VIEWPORT));
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Knowledge base' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('gives the knowledge base’s questions most of the row, dropping the category and language columns', async () => {
    const row = page.getByRole('row').nth(1);
    await row.waitFor();
    const question = (await row.getByRole('gridcell').nth(1).boundingBox())!;
    // Before, five fixed columns left the question 30 px: a character or two of it.
    expect(question.width).toBeGreaterThan(150);
    expect(await page.getByRole('columnheader', { name: 'Category' }).isVisible()).toBe(false);
    expect(await page.getByRole('columnheader', { name: 'Language' }).isVisible()).toBe(false);
    // The headers left are whole ("Enabled", not "En…").
    const enabled = page.getByRole('columnheader', { name: 'Enabled' });
    expect(await enabled.evaluate((cell) => cell.scrollWidth <= cell.clientWidth)).toBe(true);
    // What is left is whole in the row: the switch and the buttons are in the window.
    const remove = (await row.getByRole('button', { name: /^Delete: / }).boundingBox())!;
    expect(remove.x + remove.width).toBeLessThanOrEqual(VIEWPORT.width);
    await screenshot(page, 'phone-kb');
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
