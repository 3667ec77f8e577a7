import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: Settings and Training, the screens that scroll as one page of cards, in a 900 × 700 window, and the
// toasts that float over their foot.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

const screen = (name: string) => page.locator(`section[aria-labelledby=${name}-heading]`);

describe('the screens that scroll as one page', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney({ width: 900, height: 700 }));
    await page.goto(server.url);
    await page.getByTestId('kb-count').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('gives Settings and Training one rule for their scrolling and the room they keep at the end', async () => {
    for (const [name, heading] of [
      ['Settings', 'settings'],
      ['Training', 'training'],
    ]) {
      await page.getByRole('navigation').getByRole('button', { name }).click();
      await screen(heading).waitFor();
      // The shared .page-scroll (base.css): the scrolling box itself keeps the room under the last card.
      expect(await screen(heading).getAttribute('class'), name).toMatch(/\bpage-scroll\b/);
      expect(await page.evaluate<string>(`getComputedStyle(document.querySelector('section[aria-labelledby=${heading}-heading]')).paddingBottom`), name).toBe('28px');
    }
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
