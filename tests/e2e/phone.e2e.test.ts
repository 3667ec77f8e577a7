import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import { SCRATCH_EVALUATION, seedRuns } from './support/seed-runs.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: the web mode on a phone (390 × 844, an iPhone's window). The knowledge base's list keeps room to read
// each question and answer; the training screen's run history scrolls in its own box, not the page sideways; the
// settings' texts stay inside their cards.
const VIEWPORT = { width: 390, height: 844 };
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

describe('a phone-sized window', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney(VIEWPORT));
    // A finished run and a stopped one (its row has Resume: the widest row).
    seedRuns(server.dataDir, { finished: { baseModelId: null, modelVersionId: 'removed-since', evaluation: SCRATCH_EVALUATION }, cancelled: [new Date()] });
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

  it('shows every column header whole at 200 % zoom (600 px), where the category and language columns are kept', async () => {
    await page.setViewportSize({ width: 600, height: 844 });
    const headers = page.getByRole('columnheader');
    await page.getByRole('columnheader', { name: 'Language' }).waitFor();
    // Before, "Language" and "Enabled" were cut to "Lan…" and "En…".
    const cut = await headers.evaluateAll((cells) =>
      cells.filter((cell) => cell.checkVisibility() && cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
    );
    expect(cut).toEqual([]);
    await screenshot(page, 'phone-600-kb');
    await page.setViewportSize(VIEWPORT);
  });

  it('keeps the training screen in the window: the run history scrolls sideways in its own box', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
    const history = page.getByRole('region', { name: 'Run history' });
    const resume = history.getByRole('button', { name: /^Resume: the run started / });
    await resume.waitFor();
    // Before, the table pushed the whole page 36 px past the window's right edge.
    expect(await page.evaluate<number>('document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth')).toBe(0);
    await resume.scrollIntoViewIfNeeded();
    const box = (await resume.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
    await screenshot(page, 'phone-training');
  });

  it('keeps the calibration hint, and the file format with its JSON example, inside the Answers card', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const calibrate = page.getByRole('button', { name: 'Calibrate from test questions…' });
    await calibrate.waitFor();
    const hint = page.locator(`#${await calibrate.getAttribute('aria-describedby')}`);
    await hint.scrollIntoViewIfNeeded();
    const card = (await page.locator('section.card', { has: calibrate }).boundingBox())!;
    const box = (await hint.boundingBox())!;
    // Before, the example's unbroken JSON made the hint 60 px wider than the card, running over its edge.
    expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
    expect(await hint.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    // And the file format, opened, with the example's JSON.
    await page.getByText('What the file looks like', { exact: true }).click();
    const format = page.getByText(/^A JSON file of test questions/);
    await format.waitFor();
    const formatBox = (await format.boundingBox())!;
    expect(formatBox.x + formatBox.width).toBeLessThanOrEqual(card.x + card.width);
    expect(await format.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await screenshot(page, 'phone-settings');
  });

  it('stacks the two threshold sliders, each as wide as the card, instead of two narrow columns', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('slider').first().waitFor();
    const sliders = await page.getByRole('slider').all();
    expect(sliders.length).toBe(2);
    const [first, second] = await Promise.all(sliders.map(async (slider) => (await slider.boundingBox())!));
    const card = (await page.locator('section.card', { has: sliders[0]! }).boundingBox())!;
    // Before, each was 140 px wide beside the other.
    expect(second!.y).toBeGreaterThan(first!.y + first!.height);
    expect(first!.width).toBeGreaterThan(card.width * 0.75);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
