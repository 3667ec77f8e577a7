import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: a training run cancelled while it still prepares its data, before it knows how many steps it has. Its
// progress bar sweeps while the run prepares (busy, no value), and once cancelled stands still and empty: 0 of 0 steps
// is no reason to sweep, nor a NaN width.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

/** The parts of the bar's element read here (this file is type-checked without the DOM's types). */
interface BarElement {
  getAttribute(name: string): string | null;
  firstElementChild: { style: { width: string }; getBoundingClientRect(): { width: number }; getAnimations(): { playState: string }[] };
}

/** What a screen reader and the eye get of the bar: its ARIA state, its fill's width and whether the fill moves. */
const barState = (bar: Locator) =>
  bar.evaluate((element: BarElement) => {
    const fill = element.firstElementChild;
    return {
      valueNow: element.getAttribute('aria-valuenow'),
      busy: element.getAttribute('aria-busy'),
      styleWidth: fill.style.width,
      width: fill.getBoundingClientRect().width,
      animations: fill.getAnimations().filter((animation) => animation.playState === 'running').length,
    };
  });

describe('a training run cancelled while it prepares its data', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
    await page.getByText('Estimated time on this computer').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a still, empty progress bar, where it swept while the data was prepared', async () => {
    await page.getByRole('button', { name: 'Start training' }).click();
    const card = page.getByRole('region', { name: 'Current run' });
    await card.getByText('Preparing the data').waitFor({ timeout: 60_000 });
    const bar = card.getByRole('progressbar', { name: 'Training progress' });
    expect(await barState(bar)).toMatchObject({ valueNow: null, busy: 'true', styleWidth: '30%', animations: 1 });

    await card.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => card.getByTestId('training-status').textContent(), { timeout: 60_000 }).toBe('Cancelled');
    const [run] = await server.invoke('training:runs', { limit: 1 });
    expect(run, 'cancelled before it counted its steps').toMatchObject({ status: 'cancelled', step: 0, totalSteps: 0 });
    // It says the run stopped there, not the phase alone as if it still prepared.
    expect(await card.getByTestId('training-phase').textContent()).toBe('Stopped while preparing the data');
    expect(await card.getByTestId('training-step').count(), 'no "Step 0 of 0"').toBe(0);
    await expect.poll(() => barState(bar)).toEqual({ valueNow: '0', busy: null, styleWidth: '0%', width: 0, animations: 0 });
    await screenshot(page, 'training-cancelled-preparing');
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
