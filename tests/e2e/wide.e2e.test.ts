import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: a 1280 × 800 window with the sample FAQ. No screen leaves an empty band where its content could be:
// Settings' column of forms is centred.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

type Box = { x: number; y: number; width: number; height: number };
const box = async (page: Page, selector: string): Promise<Box> => (await page.locator(selector).first().boundingBox())!;

describe('a wide window', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney({ width: 1280, height: 800 }));
    await page.goto(server.url);
    await page.getByTestId('kb-count').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('centres the Settings column, its title over the cards’ left edge', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('settings-data').waitFor();
    const screen = await box(page, 'main .screen');
    const card = await box(page, '[data-testid=settings-answers]');
    const left = card.x - screen.x;
    const right = screen.x + screen.width - (card.x + card.width);
    expect(left).toBeGreaterThan(100);
    expect(Math.abs(left - right)).toBeLessThanOrEqual(16); // the scroll bar, if any, takes from the right
    expect((await box(page, '#settings-heading')).x).toBeCloseTo(card.x, 0);
    await screenshot(page, 'wide-settings');
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
