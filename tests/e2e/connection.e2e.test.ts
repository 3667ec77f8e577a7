import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: the web mode's server goes away while its tab is open. The tab says so, rather than leaving a
// question "Looking it up…" with no word of what is wrong.
let server: ServedApp;
let browser: Browser;
let page: Page;

describe('lost connection in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startJourney());
    await page.goto(server.url);
    await page.getByTestId('kb-count').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows no connection banner while the server is there', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('textbox', { name: 'Question' }).waitFor();
    await page.waitForTimeout(2_000);
    expect(await page.getByTestId('connection-banner').count()).toBe(0);
  });

  it('says the server cannot be reached, and what to check, once it has stopped', async () => {
    await server.stop();
    const status = page.getByRole('status', { name: 'Connection' });
    await expect.poll(() => status.textContent()).toContain('Not connected to Concierge');
    expect(await status.textContent()).toContain('concierge serve');
    await screenshot(page, 'connection-lost');
  });

  it('says a question asked meanwhile was not answered, in the UI\'s words, and keeps it in the box', async () => {
    await page.getByRole('textbox', { name: 'Question' }).fill('Do you sell gift cards?');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert', { name: 'Error' });
    await expect.poll(() => alert.textContent()).toContain('Concierge could not be reached, so this was not done.');
    expect(await page.getByRole('textbox', { name: 'Question' }).inputValue()).toBe('Do you sell gift cards?');
    await screenshot(page, 'connection-lost-question');
  });
});
