import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchPageProblems } from './support/browser.ts';
import { startServedApp, type ServedApp } from './support/served-app.ts';

// Journey: a Chinese-speaking owner adds an entry whose question the knowledge base already has. The editor says
// which entry has it, in Chinese, not the server's English ("FAQ entry #1 already has this question").
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

describe('a duplicate entry in the browser', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServedApp(), launchChromium()]);
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    problems = watchPageProblems(page);
    await page.goto(server.url);
    await page.getByRole('heading', { name: '知识库' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says in Chinese which entry already has the question, and keeps what was typed', async () => {
    const [existing] = (await server.invoke('faq:list', { search: '退货', lang: 'zh', limit: 1 })).entries;
    await page.getByRole('button', { name: '新建条目' }).click();
    const dialog = page.getByRole('dialog', { name: '新建条目' });
    await dialog.getByRole('textbox', { name: '问题' }).fill(existing.question);
    await dialog.getByRole('textbox', { name: '答案' }).fill('请联系客服。');
    await dialog.getByRole('button', { name: '添加条目' }).click();

    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`条目 #${existing.id} 已有相同的问题。请换一种问法，或改为编辑条目 #${existing.id}。`);
    expect(await alert.textContent()).not.toMatch(/already has/);
    expect(await dialog.getByRole('textbox', { name: '答案' }).inputValue()).toBe('请联系客服。');
    await screenshot(page, 'kb-duplicate-zh');
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
