import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: a 1280 × 800 window with the sample FAQ. Settings' column of forms starts where every screen's content
// does, as wide as reads well; the knowledge base's list is as tall as its rows, up to the window.
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

  it('starts the Settings column where every other screen starts its content, its title over the cards’ left edge', async () => {
    // Where the other screens put their title: the same left edge on each.
    const titles: number[] = [];
    for (const [name, heading] of [['Knowledge base', 'kb-heading'], ['Training', 'training-heading'], ['Models', 'models-heading']]) {
      await page.getByRole('navigation').getByRole('button', { name }).click();
      titles.push((await box(page, `#${heading}`)).x);
    }
    expect(new Set(titles).size, String(titles)).toBe(1);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('settings-data').waitFor();
    const screen = await box(page, 'main .screen');
    const card = await box(page, '[data-testid=settings-answers]');
    const title = await box(page, '#settings-heading');
    expect(title.x).toBe(titles[0]);
    expect(card.x).toBeCloseTo(title.x, 0);
    // A readable width, not the whole window: the band on the right is the column's limit, not a centring.
    expect(card.width).toBeGreaterThan(600);
    expect(card.width).toBeLessThanOrEqual(820);
    expect(screen.x + screen.width - (card.x + card.width)).toBeGreaterThan(200);
    // "Calibrate from test questions…" stands level with the first line of its hint, not halfway down its lines.
    const hint = page.locator('[id$=calibrate-hint]');
    const calibrate = await box(page, '[data-testid=settings-answers] button[aria-describedby$=calibrate-hint]');
    expect((await hint.boundingBox())!.height).toBeGreaterThan(2 * calibrate.height);
    expect(Math.abs(calibrate.y - (await hint.boundingBox())!.y)).toBeLessThanOrEqual(4);
    // The file format's JSON example wraps between tokens ({"query":… whole), not inside one.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('[data-testid=settings-answers] .format code')).overflowWrap`)).toBe('break-word');
    await screenshot(page, 'wide-settings');
  });

  it('titles Settings’ cards as Training’s are: the same type and colour, in the words as written', async () => {
    const look = (selector: string) =>
      page.evaluate<Record<string, string>>(`(() => {
        const style = getComputedStyle(document.querySelector(${JSON.stringify(selector)}));
        return { font: style.fontSize + ' ' + style.fontWeight, color: style.color, letterSpacing: style.letterSpacing, textTransform: style.textTransform };
      })()`);
    await page.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
    const training = await look('section.setup h2');
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('settings-data').waitFor();
    for (const card of ['appearance', 'settings-answers', 'settings-data']) {
      expect(await look(`[data-testid=${card}] h2`), card).toEqual(training);
    }
    expect(training.textTransform).toBe('none');
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
