import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentOwner } from '../../src-main/node/process-owner.ts';
import type { EvaluationReport } from '../../src-main/shared/api/index.ts';
import { openDatabase } from '../../src-main/store/database.ts';
import { TrainingRunRepository } from '../../src-main/store/training-run-repository.ts';
import { createTinyModel, type TinyModel } from '../helpers/tiny-model.ts';
import { screenshot, watchPageProblems } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: the old-versus-new panel of a finished run, while a newer run is under way. No run is trained here: the
// finished run and the one in progress are written to the database as a run would leave them, the running one owned
// by this test's process (alive, so the server takes it for a run another process is working on).
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
const models: TinyModel[] = [];
let before: string;
let made: string;

const summary = { valLoss: 2.1, perplexity: 8.2, exactMatch: 0.25, f1: 0.5 };
const evaluation: EvaluationReport = {
  base: summary,
  candidate: { ...summary, valLoss: 1.8, f1: 0.62 },
  cases: [
    {
      entryId: 1,
      question: 'Can I send an order to a different address after I have paid for it?',
      expected: 'Yes, until it ships.',
      base: { answer: 'No.', exactMatch: false, f1: 0.1 },
      candidate: { answer: 'Yes, until it ships.', exactMatch: true, f1: 1 },
    },
  ],
};

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

    const db = openDatabase(server.dataDir);
    try {
      const runs = new TrainingRunRepository(db);
      const record = { baseModelId: before, kbRevision: 1, options: {}, epochs: 1, totalSteps: 10, owner: currentOwner() };
      runs.create({ ...record, id: 'run-finished', now: new Date(Date.now() - 60_000) });
      runs.update('run-finished', { status: 'completed', phase: 'done', step: 10, modelVersionId: made, evaluation, owner: null });
      runs.create({ ...record, id: 'run-now', baseModelId: made });
      runs.update('run-now', { phase: 'training', step: 3, trainLoss: 3.2 });
    } finally {
      db.close();
    }
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
    problems.push(...watchPageProblems(zh));
    await zh.goto(server.url);
    await zh.getByRole('navigation').getByRole('button', { name: '训练' }).click();
    for (const [on, perQuestion, heading] of [
      [page, 'Per question', 'Made by the run (active)'],
      [zh, '逐题对比', '训练得到的模型（使用中）'],
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
    problems.push(...watchPageProblems(zh));
    await zh.goto(server.url);
    await zh.getByRole('navigation').getByRole('button', { name: '训练' }).click();
    await zh.getByRole('button', { name: '启用新模型' }).waitFor();
    expect(await zh.getByRole('button', { name: '启用新模型' }).isDisabled()).toBe(true);
    expect(await zh.getByTestId('evaluation-wait').textContent()).toBe('正在进行的训练结束后才能选择。');
    await zh.close();
    expect((await server.invoke('model:list', {})).find((model) => model.active)?.id).toBe(before);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
