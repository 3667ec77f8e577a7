import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTinyModel } from '../helpers/tiny-model.ts';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journeys: start a short run (two epochs) on the small starter model, watch progress and the loss chart, cancel it,
// resume it, and at the end see the evaluation and activate the new version; a run that cannot resume says why.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

const status = () => page.getByTestId('training-status').textContent();
const stepText = () => page.getByTestId('training-step').textContent();
const focused = () => page.evaluate<string>('document.activeElement?.textContent?.trim() ?? ""');

describe('training in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the data set and an estimate for this machine', async () => {
    await page.getByText('Estimated time on this computer').waitFor({ timeout: 60_000 });
    // The estimate covers training only; it says the evaluation follows, and how much it has to do.
    const { estimate } = await server.invoke('training:preview', {});
    expect(estimate.evaluationAnswers).toBeGreaterThan(0);
    expect(await page.getByTestId('training-estimate-evaluation').textContent()).toBe(
      `for training; the evaluation after it writes ${estimate.evaluationAnswers} answers, not counted here: its time is known once a run on this computer has timed one`,
    );
    const { total } = await server.invoke('faq:list', { enabled: true, limit: 1 });
    expect(await page.getByRole('term').filter({ hasText: 'FAQ entries' }).locator('xpath=..').getByRole('definition').textContent()).toBe(String(total));
    // The Current run card's empty state sits under the card's own level-2 heading, one level below it.
    const card = page.getByRole('region', { name: 'Current run' });
    expect(await card.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Current run']);
    await card.getByRole('heading', { level: 3, name: 'No run in progress' }).waitFor();
    await screenshot(page, 'training-01-setup');
  });

  it('starts a quick run whose progress and chart update, then cancels it', async () => {
    await page.getByRole('radio', { name: 'Quick' }).check();
    // Two passes over the data keep the journey short on a 2-core machine, yet leave time to cancel.
    await page.getByText('Advanced settings').click();
    await page.getByLabel('Epochs').fill('2');
    // From the keyboard: Start is disabled while its run goes on; the focus goes on to the run's Pause, not the page.
    await page.getByRole('button', { name: 'Start training' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(status, { timeout: 60_000 }).toBe('Running');
    await expect.poll(focused).toBe('Pause');
    // The chart draws once two steps are done (preparing the data takes a while first).
    await page.locator('svg[role=img] path.train').waitFor({ timeout: 180_000 });

    // From the keyboard: Pause becomes Resume under the focus (not lost to the page), and back; paused, Cancel stays.
    // Early in the run, so it is still training when Pause arrives (a run pauses only while it trains).
    await page.getByRole('button', { name: 'Pause' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(status, { timeout: 60_000 }).toBe('Paused');
    expect(await focused()).toBe('Resume');
    expect(await page.getByRole('button', { name: 'Cancel', exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(/tokens\/s/).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(status, { timeout: 60_000 }).toBe('Running');
    // Polled: the worker's own "paused" report can land just after the resume and read Paused until the next step.
    await expect.poll(focused, { timeout: 60_000 }).toBe('Pause');

    const firstStep = await stepText();
    await expect.poll(stepText, { timeout: 60_000 }).not.toBe(firstStep);
    await screenshot(page, 'training-02-running');
    await page.getByRole('button', { name: 'Cancel', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(status, { timeout: 60_000 }).toBe('Cancelled');
    await expect.poll(focused).toBe('Resume'); // Cancel went with the run it stopped
    const [run] = await server.invoke('training:runs', { limit: 1 });
    expect(run.status).toBe('cancelled');
    expect(run.step).toBeLessThan(run.totalSteps);
  }, 360_000);

  it('resumes the cancelled run and finishes with an evaluation', async () => {
    await page.getByRole('button', { name: 'Resume' }).first().click();
    await expect.poll(status, { timeout: 60_000 }).toBe('Running');
    await expect.poll(status, { timeout: 600_000, interval: 2_000 }).toBe('Completed');
    await page.getByRole('heading', { name: 'Evaluation of the new model' }).waitFor();
    // What the run was doing last (answering the held-out questions) is not said under "Completed".
    expect(await page.getByTestId('training-message').count()).toBe(0);
    await screenshot(page, 'training-03-completed');
    const [run] = await server.invoke('training:runs', { limit: 1 });
    expect(run.status).toBe('completed');
    expect(run.modelVersionId).not.toBeNull();
  }, 660_000);

  it('activates the new model version', async () => {
    const [run] = await server.invoke('training:runs', { limit: 1 });
    const activate = page.getByRole('button', { name: 'Activate the new model' });
    if (!run.activated) await activate.click();
    await page.getByText('The model the run made is active.').waitFor();
    // The headings say what each column is, and which answers now: not "Current model" over the one just replaced.
    await page.getByRole('columnheader', { name: 'Made by the run (active)' }).first().waitFor();
    // The run trained the starter from scratch: no model before it, so no column of dashes but a line saying so.
    expect(await page.getByRole('columnheader', { name: /^Before the run/ }).count()).toBe(0);
    await page.getByTestId('evaluation-no-base').waitFor();
    const models = await server.invoke('model:list', {});
    expect(models.find((model) => model.active)?.id).toBe(run.modelVersionId);
  });

  it('no longer says the new model is active once another version is activated elsewhere, and offers it again', async () => {
    const tiny = await createTinyModel(17);
    try {
      const other = await server.invoke('model:import', { path: tiny.dir, name: 'Other' });
      await server.invoke('model:activate', { id: other.id });
      await page.getByRole('button', { name: 'Activate the new model' }).waitFor();
      expect(await page.getByText('The model the run made is active.').count()).toBe(0);
      // From the keyboard: the button gives way to what was chosen, and the focus goes there, not to the page.
      await page.getByRole('button', { name: 'Activate the new model' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText('The model the run made is active.').waitFor();
      await expect.poll(focused).toBe('The model the run made is active.');
      const [run] = await server.invoke('training:runs', { limit: 1 });
      expect((await server.invoke('model:list', {})).find((model) => model.active)?.id).toBe(run.modelVersionId);
    } finally {
      await tiny.remove();
    }
  });

  it('keeps the evaluation and the run history inside the screen in the smallest desktop window (1024 px)', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    try {
      await page.getByText('Per question').click();
      await page.getByRole('table').filter({ hasText: 'Model version' }).waitFor();
      const sideways = await page.evaluate<number>(
        `(() => { const screen = document.querySelector('section[aria-labelledby=training-heading]'); return screen.scrollWidth - screen.clientWidth; })()`,
      );
      expect(sideways).toBeLessThanOrEqual(0);
      await screenshot(page, 'training-03b-evaluation-1024');
      await page.getByText('Per question').click();
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('says why a run failed, in the live panel and in the history', async () => {
    // From the keyboard: Start is disabled while its run goes on; the focus goes on to the run's Pause, not the page.
    await page.getByRole('button', { name: 'Start training' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(status, { timeout: 60_000 }).toBe('Running');
    await expect.poll(focused).toBe('Pause');
    // The evaluation shown is the last finished run's, and says so while this one is under way.
    await page.getByRole('heading', { name: 'Last finished run: evaluation of the new model' }).waitFor();
    await page.getByText('A new run is in progress. This evaluates the model the last finished run made').waitFor();
    await page.locator('svg[role=img] path.train').waitFor({ timeout: 180_000 });
    await page.getByRole('button', { name: 'Cancel', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(status, { timeout: 60_000 }).toBe('Cancelled');
    await expect.poll(focused).toBe('Resume'); // Cancel went with the run it stopped
    await page.getByRole('heading', { name: 'Evaluation of the new model', exact: true }).waitFor();
    const [run] = await server.invoke('training:runs', { limit: 1 });
    // The checkpoint the cancel kept, damaged behind the app's back: the resumed run cannot read it.
    await writeFile(join(server.dataDir, 'training', 'runs', run.id, 'checkpoint.bin'), 'this is not a training checkpoint');
    await page.getByRole('button', { name: 'Resume' }).first().click();
    await expect.poll(status, { timeout: 60_000 }).toBe('Failed');
    // The server names the reason (training.checkpoint-corrupt): the UI says it in its words, the run keeps the English.
    const said = 'The run’s checkpoint is damaged. Start the run again.';
    await expect.poll(() => page.getByTestId('training-message').textContent()).toContain(said);
    await page.getByRole('table').getByText(said).waitFor();
    await screenshot(page, 'training-04-failed');
    expect((await server.invoke('training:runs', { limit: 1 }))[0]).toMatchObject({
      id: run.id,
      status: 'failed',
      error: expect.stringMatching(/checkpoint\.bin is not a Concierge training checkpoint/),
      errorCode: { code: 'training.checkpoint-corrupt' },
    });
  }, 360_000);

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
