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

  it('scrolls the control just used clear of the toast it brings, when Settings is scrolled to leave it at the foot', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const backUp = page.getByTestId('settings-data').getByRole('button', { name: 'Back up now' });
    // Scrolled partway: Back up now (at the card's right, where toasts stand) 10 px above the window's foot.
    const { y, height } = (await backUp.boundingBox())!;
    await screen('settings').evaluate((element, by) => element.scrollBy(0, by), y + height - 690);
    expect(Math.round((await backUp.boundingBox())!.y + height)).toBe(690);
    await backUp.click();
    const toast = page.getByText(/^Backup concierge-.*-manual(-\d+)?\.db saved$/);
    await toast.waitFor();
    // Above the toasts (once they have their height), whole, and still the focus.
    const clearance = async () => (await page.locator('.toasts').boundingBox())!.y - (await backUp.boundingBox())!.y - height;
    await expect.poll(clearance).toBeGreaterThanOrEqual(0);
    expect((await backUp.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate<string>('document.activeElement?.textContent?.trim() ?? ""')).toBe('Back up now');

    // Tab on to the new backup's Restore, under the toast (held by the pointer): it too is scrolled above them.
    await toast.hover();
    const restore = page.getByTestId('settings-data').getByRole('button', { name: /^Restore the backup of / }).first();
    const toasts = (await page.locator('.toasts').boundingBox())!;
    const under = (await restore.boundingBox())!;
    expect(under.y + under.height).toBeGreaterThan(toasts.y);
    await page.keyboard.press('Tab');
    await expect.poll(() => restore.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    const tabbed = (await restore.boundingBox())!;
    expect(tabbed.y + tabbed.height).toBeLessThanOrEqual(toasts.y);
    await page.mouse.move(0, 0);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
