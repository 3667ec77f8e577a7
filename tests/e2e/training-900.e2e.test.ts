import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTinyModel, type TinyModel } from '../helpers/tiny-model.ts';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import { seedRuns } from './support/seed-runs.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: Training in a 900 × 700 window (one column: setup card, current run, old versus new), after a finished
// run and with none under way. The finished run is written to the database as a run leaves it (support/seed-runs.ts).
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
const models: TinyModel[] = [];

type Box = { x: number; y: number; width: number; height: number };
const box = async (selector: string): Promise<Box> => (await page.locator(selector).first().boundingBox())!;

describe('Training in a 900 × 700 window', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney({ width: 900, height: 700 }));
    models.push(await createTinyModel(21), await createTinyModel(22));
    const before = (await server.invoke('model:import', { path: models[0]!.dir, name: 'Before' })).id;
    const made = (await server.invoke('model:import', { path: models[1]!.dir, name: 'Made' })).id;
    await server.invoke('model:activate', { id: made });
    seedRuns(server.dataDir, { finished: { baseModelId: before, modelVersionId: made } });
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
    await page.getByText('Estimated time on this computer').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all(models.map((model) => model.remove()));
  });

  it('keeps Start its own width and the idle run card short, so old versus new follows close under it', async () => {
    const setup = await box('section.setup');
    const start = await box('section.setup [data-start]');
    // A button, not a bar across the card.
    expect(start.width).toBeLessThan(setup.width / 3);
    expect(start.x).toBeCloseTo(setup.x + 21, 0); // the card's border and padding
    // "No run in progress": its icon beside two lines of text (about 130 px in all), not a 300 px block with the
    // icon above and a band of padding round it, between the setup and old versus new.
    const live = page.getByRole('region', { name: 'Current run' });
    await live.getByRole('heading', { level: 3, name: 'No run in progress' }).waitFor();
    const idle = (await live.boundingBox())!;
    expect(idle.height).toBeLessThanOrEqual(150);
    const heading = (await page.getByRole('heading', { name: 'Old versus new' }).boundingBox())!;
    expect(heading.y - (setup.y + setup.height)).toBeLessThanOrEqual(200);
    await screenshot(page, 'training-900-idle');
  });

  it('spaces the data set\'s notes 8 px apart, as its tiles are, shown at once or unfolded', async () => {
    // The tiny model's short context leaves most questions out, one note each.
    const tiles = await page.locator('section.setup dl.stats > div').evaluateAll((divs) => divs.map((div) => div.getBoundingClientRect()));
    const tileGap = tiles[2]!.top - tiles[0]!.bottom;
    expect(tileGap).toBe(8);
    await page.getByTestId('training-more-warnings').locator('summary').click();
    const notes = await page.locator('section.setup .callout.warning:visible').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect()));
    expect(notes.length).toBeGreaterThan(4);
    // Between the third and the fourth stands the summary, 8 px from each; every other pair is 8 px apart.
    const summary = (await page.getByTestId('training-more-warnings').locator('summary').boundingBox())!;
    expect(Math.round(summary.y - notes[2]!.bottom)).toBe(tileGap);
    expect(Math.round(notes[3]!.top - (summary.y + summary.height))).toBe(tileGap);
    const gaps = notes.slice(1).map((note, i) => Math.round(note.top - notes[i]!.bottom)).filter((_, i) => i !== 2);
    expect(new Set(gaps)).toEqual(new Set([tileGap]));
    await screenshot(page, 'training-900-notes');
    await page.getByTestId('training-more-warnings').locator('summary').click();
  });

  it('breaks no Chinese column heading inside a word: 训练得到的模型 stays whole over its column', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: '中文' }).check();
    try {
      await page.getByRole('navigation').getByRole('button', { name: '训练' }).click();
      await page.getByText('逐题结果').click();
      const perQuestion = page.locator('details table');
      await perQuestion.scrollIntoViewIfNeeded();
      await screenshot(page, 'training-900-zh-per-question');
      // Where each heading's text goes on to a new line: between two Chinese characters is inside a word.
      const breaks = await page.evaluate<string[]>(`(() => {
        const han = /\\p{Script=Han}/u;
        return [...document.querySelectorAll('thead th')].flatMap((th) => {
          const text = th.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) return [];
          const range = document.createRange();
          const tops = [...text.data].map((_, i) => {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return range.getBoundingClientRect().top;
          });
          return [...text.data].flatMap((char, i) =>
            i > 0 && tops[i] > tops[i - 1] + 1 && han.test(char) && han.test(text.data[i - 1]) ? [text.data.slice(0, i) + ' / ' + text.data.slice(i)] : [],
          );
        });
      })()`);
      expect(await perQuestion.locator('thead th').last().textContent()).toBe('训练得到的模型（使用中）');
      expect(breaks).toEqual([]);
    } finally {
      await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
      await page.getByRole('radio', { name: 'English' }).check();
    }
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
