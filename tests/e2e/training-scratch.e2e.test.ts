import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src-main/training/training-settings.ts';
import { screenshot, watchPageProblems } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import { SCRATCH_EVALUATION, seedRuns } from './support/seed-runs.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: Training with no model yet, after the run that trained the starter model from scratch (written to the
// database as a run leaves it: support/seed-runs.ts). Its evaluation panel has no earlier model to show, and
// the next run would train from scratch too: the advanced fields say that preset's defaults. Two
// runs cancelled before it wait in the history, each with its Resume.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
const otherPages: string[][] = [];

/** Every cell's text of each table in the evaluation panel, by row. */
const tables = (on: Page) =>
  on.evaluate<string[][][]>(`[...document.querySelectorAll('section.card table')]
    .filter((table) => table.closest('section').querySelector('[data-testid=evaluation-no-base]'))
    .map((table) => [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent.trim())))`);

describe('Training after the starter model’s run from scratch', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    seedRuns(server.dataDir, {
      finished: { baseModelId: null, modelVersionId: 'starter-made', evaluation: SCRATCH_EVALUATION },
      cancelled: [new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 86_400_000)],
    });
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('titles the panel the new model’s evaluation, and says in one line, in English and Chinese, that there is no earlier one', async () => {
    const zh = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    otherPages.push(watchPageProblems(zh));
    await zh.goto(server.url);
    await zh.getByRole('navigation').getByRole('button', { name: '训练' }).click();
    for (const [on, title, perQuestion, note, made] of [
      [page, 'Evaluation of the new model', 'Per question', 'No earlier evaluation: this run trained the starter model from scratch, so there is no model from before it to compare with.', 'Made by the run'],
      [zh, '新模型的评估', '逐题结果', '没有更早的评估：这次训练从零开始训练入门模型，之前没有模型可供比较。', '训练得到的模型'],
    ] as const) {
      expect(await on.getByTestId('evaluation-no-base').textContent()).toBe(note);
      // No "Old versus new": there was no old model.
      expect(await on.locator('section.card:has([data-testid=evaluation-no-base]) h2').textContent()).toBe(title);
      await on.getByText(perQuestion).click();
      const [summary, cases] = await tables(on);
      // The measure and the new model's figure in each row; no "Before the run" column.
      expect(summary![0]).toEqual([expect.any(String), made]);
      expect(cases![0]).toEqual([expect.any(String), made]);
      for (const row of [...summary!, ...cases!]) expect(row, String(row)).toHaveLength(2);
      expect([...summary!, ...cases!].flat()).not.toContain('—');
    }
    await screenshot(page, 'training-scratch-evaluation');
    await screenshot(zh, 'training-scratch-evaluation-zh');
    await zh.close();
  });

  it('shows each advanced field’s default value, the trainer’s for a run from scratch, in English and Chinese', async () => {
    const defaults = defaultSettings('scratch');
    const zh = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    otherPages.push(watchPageProblems(zh));
    await zh.goto(server.url);
    await zh.getByRole('navigation').getByRole('button', { name: '训练' }).click();
    for (const [on, estimate, advanced, prefix, labels] of [
      [page, 'Estimated time on this computer', 'Advanced settings', 'Default: ', ['Epochs', 'Learning rate', 'Tokens per batch', 'Random seed']],
      [zh, '本机预计用时', '高级设置', '默认：', ['轮数', '学习率', '每批词元数', '随机种子']],
    ] as const) {
      await on.getByText(estimate).waitFor({ timeout: 60_000 });
      await on.getByText(advanced).click();
      const placeholders = () => Promise.all(labels.map((label) => on.getByLabel(label, { exact: true }).getAttribute('placeholder')));
      expect(await placeholders()).toEqual(
        [defaults.epochs, defaults.learningRate.toExponential(), defaults.batchTokens, defaults.seed].map((value) => `${prefix}${value}`),
      );
      expect(defaults.learningRate.toExponential()).toBe('3e-3'); // as one would type it, not 0.003
    }
    // The epochs' default follows the preset, as the hint under it says.
    await page.getByRole('radio', { name: 'Quick' }).check();
    const passes = (await page.getByText(/passes? over the data\.$/).textContent())!.match(/^\d+/)![0];
    expect(Number(passes)).toBeLessThan(defaults.epochs);
    expect(await page.getByLabel('Epochs', { exact: true }).getAttribute('placeholder')).toBe(`Default: ${passes}`);
    await screenshot(zh, 'training-scratch-defaults-zh');
    await page.getByRole('radio', { name: 'Standard' }).check();
    await zh.close();
  });

  it('names each stopped run’s Resume in the history by when it started, in English and Chinese', async () => {
    const history = page.getByRole('region', { name: 'Run history' });
    await history.getByRole('button', { name: /^Resume/ }).first().waitFor();
    expect(await history.getByRole('button', { name: 'Resume', exact: true }).count()).toBe(0);
    const names = await history.getByRole('button', { name: /^Resume: the run started \S/ }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    const zh = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    otherPages.push(watchPageProblems(zh));
    await zh.goto(server.url);
    await zh.getByRole('navigation').getByRole('button', { name: '训练' }).click();
    const zhHistory = zh.getByRole('region', { name: '训练记录' });
    await zhHistory.getByRole('button', { name: /^继续/ }).first().waitFor();
    expect(await zhHistory.getByRole('button', { name: '继续', exact: true }).count()).toBe(0);
    expect(await zhHistory.getByRole('button', { name: /^继续：\S.* 开始的训练$/ }).count()).toBe(2);
    await zh.close();
  });

  it('raised no page error, console error or CSP violation', () => {
    expect([problems, ...otherPages]).toEqual([[], ...otherPages.map(() => [])]);
  });
});
