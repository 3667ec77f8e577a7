import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchPageProblems } from './support/browser.ts';
import { dataFolderWith, startServedApp, type ServedApp } from './support/served-app.ts';

// Journey: the only entry is disabled elsewhere (the API, as another window or the CLI would) and the chat says at once
// that every question goes to a person, without stopping anyone asking; its button opens the knowledge base, where
// enabling the entry takes the callout away. Deleting the entry brings it back, restoring takes it away again.
const QUESTION = 'How long does delivery take?';
const CALLOUT = 'No knowledge-base entry is enabled, so the assistant hands every question to a person.';
let server: ServedApp;
let browser: Browser;
let page: Page;
const problems: string[][] = [];
let entryId: number;

/** A page in `locale` on the chat screen, its question box ready. */
async function openChat(locale: string, chat: string, question: string): Promise<Page> {
  const opened = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale })).newPage();
  problems.push(watchPageProblems(opened));
  await opened.goto(server.url);
  await opened.getByRole('navigation').getByRole('button', { name: chat }).click();
  await opened.getByRole('textbox', { name: question }).waitFor();
  return opened;
}

describe('chat on a knowledge base with no enabled entry', () => {
  beforeAll(async () => {
    // One entry, so `serve` seeds no sample FAQ and disabling it leaves none enabled.
    const dataDir = dataFolderWith(QUESTION, 'Two to four working days.');
    [server, browser] = await Promise.all([startServedApp({ dataDir }), launchChromium()]);
    [{ id: entryId }] = (await server.invoke('faq:list', {})).entries;
    page = await openChat('en-US', 'Chat', 'Question');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const callout = () => page.getByRole('status').filter({ hasText: CALLOUT });

  it('says so above the question box as soon as the last enabled entry is disabled, and still answers', async () => {
    expect(await callout().count()).toBe(0);
    await server.invoke('faq:update', { id: entryId, enabled: false });
    await callout().waitFor();
    await screenshot(page, 'chat-empty-kb-callout');

    await page.getByRole('textbox', { name: 'Question' }).fill(QUESTION);
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Concierge' }).last().getByText('Handed off').waitFor();
  });

  it('opens the knowledge base from the callout, where enabling the entry takes the callout away', async () => {
    await callout().getByRole('button', { name: 'Open knowledge base' }).click();
    await page.getByRole('heading', { name: 'Knowledge base' }).waitFor();
    const toggle = page.getByRole('switch', { name: `Enabled: ${QUESTION}` });
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);

    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('textbox', { name: 'Question' }).waitFor();
    await expect.poll(() => callout().count()).toBe(0);
  });

  it('comes back while the chat is shown when the entry is deleted, and goes when it is restored', async () => {
    await server.invoke('faq:delete', { ids: [entryId] });
    await callout().waitFor();
    await server.invoke('faq:restore', { ids: [entryId] });
    await expect.poll(() => callout().count()).toBe(0);
  });

  it('says it in Chinese, with its button', async () => {
    await server.invoke('faq:update', { id: entryId, enabled: false });
    const zh = await openChat('zh-CN', '对话', '问题');
    const status = zh.getByRole('status').filter({ hasText: '知识库中没有已启用的条目，因此助手会把每个问题都转给人工。' });
    await status.getByRole('button', { name: '打开知识库' }).waitFor();
    await zh.close();
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems.flat()).toEqual([]);
  });
});
