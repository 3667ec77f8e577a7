import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchPageProblems } from './browser.ts';
import { startServedApp, type ServedApp } from './served-app.ts';

export interface Journey {
  server: ServedApp;
  browser: Browser;
  /** A fresh page in an en-US context, not yet navigated. */
  page: Page;
  /** Page errors, console errors and CSP violations seen so far (each journey expects none). */
  problems: string[];
}

/** What every journey starts from: `concierge serve` on a temporary data folder and Chromium. */
export async function startJourney(viewport = { width: 1280, height: 800 }): Promise<Journey> {
  const [server, browser] = await Promise.all([startServedApp(), launchChromium()]);
  const page = await (await browser.newContext({ viewport, locale: 'en-US' })).newPage();
  return { server, browser, page, problems: watchPageProblems(page) };
}
