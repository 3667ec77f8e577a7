import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTinyModel, type TinyModel } from '../helpers/tiny-model.ts';
import { screenshot, watchPageProblems } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import { EVALUATION, seedRuns } from './support/seed-runs.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: the old-versus-new panel of a finished run, while a newer run is under way. No run is trained here: the
// finished run and the one in progress are written to the database as runs would leave them (support/seed-runs.ts).
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
/** The problems of the pages a test opens besides `page`: each list fills as its page runs, so it is kept, not copied. */
const otherPages: string[][] = [];
const models: TinyModel[] = [];
let before: string;
let made: string;

/** How many lines each column heading of the per-question table takes. */
const headingLines = (on: Page) =>
  on.evaluate<number[]>(`[...document.querySelectorAll('table.cases thead th')].map((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  })`);

describe('the evaluation panel in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    models.push(await createTinyModel(21), await createTinyModel(22));
    before = (await server.invoke('model:import', { path: models[0]!.dir, name: 'Before' })).id;
    made = (await server.invoke('model:import', { path: models[1]!.dir, name: 'Made' })).id;
    await server.invoke('model:activate', { id: made });

    seedRuns(server.dataDir, { finished: { baseModelId: before, modelVersionId: made }, running: { baseModelId: made } });
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all(models.map((model) => model.remove()));
  });

  it('gives each per-question column heading room for two lines at most, at 1280 and 640 px, in English and Chinese', async () => {
    const zh = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    otherPages.push(watchPageProblems(zh));
    await zh.goto(server.url);
    await zh.getByRole('navigation').getByRole('button', { name: '训练' }).click();
    for (const [on, perQuestion, heading] of [
      [page, 'Per question', 'Made by the run (active)'],
      [zh, '逐题结果', '训练得到的模型（使用中）'],
    ] as const) {
      await on.getByText(perQuestion).click();
      await on.locator('table.cases').getByRole('columnheader', { name: heading }).waitFor();
      for (const width of [1280, 640]) {
        await on.setViewportSize({ width, height: 800 });
        expect(Math.max(...(await headingLines(on))), `${heading} at ${width} px`).toBeLessThanOrEqual(2);
      }
      await on.setViewportSize({ width: 1280, height: 800 });
    }
    await screenshot(page, 'training-evaluation-headings');
    await zh.close();
  });

  it('has the whole question, cut to one line in the per-question table, in its tooltip over the answer expected', async () => {
    const [{ question, expected }] = EVALUATION.cases;
    const cell = page.locator('table.cases').getByRole('rowheader');
    await cell.waitFor(); // opened by the test before
    expect(await cell.evaluate((th) => th.scrollWidth > th.clientWidth)).toBe(true);
    expect(await cell.getAttribute('title')).toBe(`${question}\nExpected answer: ${expected}`);
  });

  it('keeps the choice of model until the run in progress ends, and says why, in English and Chinese', async () => {
    await page.getByRole('heading', { name: 'Last finished run: old versus new' }).waitFor();
    // The model the finished run made is replaced (elsewhere): the panel offers it again, but not while a run is on.
    await server.invoke('model:activate', { id: before });
    const activate = page.getByRole('button', { name: 'Activate the new model' });
    await activate.waitFor();
    expect(await activate.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Keep the current model' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('evaluation-wait').textContent()).toBe('You can choose once the run in progress ends.');
    expect(await activate.getAttribute('aria-describedby')).toBe(await page.getByTestId('evaluation-wait').getAttribute('id'));
    await screenshot(page, 'training-evaluation-waits');

    const zh = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    otherPages.push(watchPageProblems(zh));
    await zh.goto(server.url);
    await zh.getByRole('navigation').getByRole('button', { name: '训练' }).click();
    await zh.getByRole('button', { name: '启用新模型' }).waitFor();
    expect(await zh.getByRole('button', { name: '启用新模型' }).isDisabled()).toBe(true);
    expect(await zh.getByTestId('evaluation-wait').textContent()).toBe('正在进行的训练结束后才能选择。');
    await zh.close();
    expect((await server.invoke('model:list', {})).find((model) => model.active)?.id).toBe(before);
  });

  it('shows three of the data set\'s many notes, the rest behind a summary the keyboard opens, in English and Chinese', async () => {
    // The tiny model's short context leaves most questions out, one note each.
    const { dataset } = await server.invoke('training:preview', {});
    expect(dataset.warnings.length).toBeGreaterThan(4);
    const more = dataset.warnings.length - 3;
    const zh = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    const zhProblems = watchPageProblems(zh);
    await zh.goto(server.url);
    await zh.getByRole('navigation').getByRole('button', { name: '训练' }).click();
    for (const [on, summary] of [
      [page, `${more} more notes on the data`],
      [zh, `另有 ${more} 条数据提示`],
    ] as const) {
      const setup = on.locator('section.setup');
      const details = setup.getByTestId('training-more-warnings');
      await expect.poll(() => details.locator('summary').textContent(), { timeout: 60_000 }).toBe(summary);
      expect(await setup.locator('.callout.warning:visible').count()).toBe(3);
      await details.locator('summary').focus();
      await on.keyboard.press('Enter');
      await expect.poll(() => setup.locator('.callout.warning:visible').count()).toBe(dataset.warnings.length);
      await on.keyboard.press('Enter');
      await expect.poll(() => setup.locator('.callout.warning:visible').count()).toBe(3);
    }
    await screenshot(page, 'training-data-notes');
    await zh.close();
    expect(zhProblems).toEqual([]);
  });

  it('keeps each figure of the data set level with its neighbour’s when a label takes two lines (1280 px)', async () => {
    const figures = page.getByRole('region', { name: 'Training data' }).getByRole('definition');
    await expect.poll(() => figures.count(), { timeout: 60_000 }).toBe(4);
    const labels = page.getByRole('region', { name: 'Training data' }).getByRole('term');
    // "Held out for validation" wraps in the 320 px column; "Tokens per epoch" beside it does not.
    const labelHeights = await labels.evaluateAll((terms) => terms.map((term) => term.getBoundingClientRect().height));
    expect(labelHeights[2], 'the third label is expected to take two lines').toBeGreaterThan(labelHeights[3]! * 1.5);
    const bottoms = await figures.evaluateAll((dds) => dds.map((dd) => Math.round(dd.getBoundingClientRect().bottom)));
    expect(bottoms[0]).toBe(bottoms[1]);
    expect(bottoms[2]).toBe(bottoms[3]);
  });

  it('names the version each run made in the run history as the Models screen does, in the table’s own type', async () => {
    const history = page.getByRole('region', { name: 'Run history' });
    const cell = history.getByRole('cell', { name: 'Made', exact: true });
    await cell.waitFor();
    expect(await cell.getAttribute('title')).toBe(made);
    const style = await page.evaluate<{ family: string; size: string; rowFamily: string; rowSize: string }>(`(() => {
      const own = getComputedStyle(document.querySelector('td[title="${made}"]'));
      const started = getComputedStyle(document.querySelector('td[title="${made}"]').parentElement.cells[0]);
      return { family: own.fontFamily, size: own.fontSize, rowFamily: started.fontFamily, rowSize: started.fontSize };
    })()`);
    expect(style.family).toBe(style.rowFamily);
    expect(style.size).toBe(style.rowSize);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect([...problems, ...otherPages.flat()]).toEqual([]);
  });
});
