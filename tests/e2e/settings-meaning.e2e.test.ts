import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchPageProblems } from './support/browser.ts';
import { dataFolderWith, startServedApp, type ServedApp } from './support/served-app.ts';

// Journey: Settings → Performance says how the meaning re-rank's sentence encoder is as it changes, in every open tab.
// A knowledge base with only a Chinese entry gives the encoder nothing to warm, so it waits unloaded; an English entry
// added elsewhere (here through the HTTP API) makes the server load it, and both tabs show it ready without a reload.
let server: ServedApp | undefined;
let browser: Browser | undefined;
const problems: string[][] = [];

async function openSettings(locale: string, settings: string): Promise<Page> {
  const page = await (await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale })).newPage();
  problems.push(watchPageProblems(page));
  await page.goto(server!.url);
  await page.getByRole('navigation').getByRole('button', { name: settings }).click();
  return page;
}

describe('the meaning re-rank in Settings', () => {
  beforeAll(async () => {
    const dataDir = dataFolderWith('你们周末营业吗？', '周六营业，周日休息。');
    [server, browser] = await Promise.all([startServedApp({ dataDir }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the encoder loading into use while Settings is open, in English and Chinese', async () => {
    const en = await openSettings('en-US', 'Settings');
    const zh = await openSettings('zh-CN', '设置');
    const enState = en.getByTestId('meaning-state');
    const zhState = zh.getByTestId('meaning-state');
    await expect.poll(() => enState.textContent()).toBe('Not loaded yet: it loads at the first English question Concierge is unsure of.');
    await expect.poll(() => zhState.textContent()).toBe('尚未加载：在 Concierge 第一次遇到没有把握的英文问题时加载。');
    expect((await server!.invoke('app:info', {})).meaning.state).toBe('idle');

    await server!.invoke('faq:create', { question: 'Are you open on Sundays?', answer: 'No, only Monday to Saturday.' });
    await expect.poll(() => server!.invoke('app:info', {}).then((info) => info.meaning.state), { timeout: 60_000 }).toBe('ready');
    await expect.poll(() => enState.textContent()).toBe('On: English questions Concierge is unsure of are also ranked by their meaning.');
    await expect.poll(() => zhState.textContent()).toBe('已开启：没有把握的英文问题也会按语义排序。');
    expect(await enState.getAttribute('role'), 'a screen reader hears the change').toBe('status');
    await screenshot(en, 'settings-meaning-live');
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems.flat()).toEqual([]);
  });
});
