import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: a 1280 × 800 window with the sample FAQ. No screen leaves an empty band where its content could be:
// Settings' column of forms is centred, and the knowledge base's list is as tall as its rows, up to the window.
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
    // "Calibrate from test questions…" stands level with the first line of its hint, not halfway down its lines.
    const hint = page.locator('[id$=calibrate-hint]');
    const calibrate = await box(page, '[data-testid=settings-answers] button[aria-describedby$=calibrate-hint]');
    expect((await hint.boundingBox())!.height).toBeGreaterThan(2 * calibrate.height);
    expect(Math.abs(calibrate.y - (await hint.boundingBox())!.y)).toBeLessThanOrEqual(4);
    // Its JSON example wraps between tokens ({"query":… whole), not inside one.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('[id$=calibrate-hint] code')).overflowWrap`)).toBe('break-word');
    await screenshot(page, 'wide-settings');
  });

  it('makes the knowledge base list as tall as its rows when few match, and fills the window down when many do', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Knowledge base' }).click();
    const grid = page.getByRole('grid');
    await grid.getByRole('row').nth(5).waitFor();
    // All 32: the list reaches down to the window's foot, and scrolls.
    const full = (await grid.boundingBox())!;
    expect(full.y + full.height).toBeGreaterThan(700);
    expect(full.y + full.height).toBeLessThanOrEqual(800);

    await page.getByRole('searchbox', { name: 'Search entries' }).fill('gift');
    await expect.poll(() => page.getByTestId('kb-count').textContent()).toBe('2 matches');
    const [header, row] = await Promise.all([0, 1].map(async (n) => (await grid.getByRole('row').nth(n).boundingBox())!));
    const few = (await grid.boundingBox())!;
    // The header and two rows (and the card's border), not an empty card down to the foot of the window.
    expect(few.height).toBeGreaterThanOrEqual(header!.height + 2 * row!.height);
    expect(few.height).toBeLessThanOrEqual(header!.height + 2 * row!.height + 4);
    await screenshot(page, 'wide-kb-few-rows');
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
