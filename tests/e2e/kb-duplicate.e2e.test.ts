import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchPageProblems } from './support/browser.ts';
import { startServedApp, type ServedApp } from './support/served-app.ts';

// Journey: a Chinese-speaking owner adds an entry whose question the knowledge base already has. The editor says
// which entry has it, in Chinese, not the server's English ("FAQ entry #1 already has this question"), with a button
// that opens that entry. Then a CSV
// with such a question and a row without one: the import's summary counts each row once.
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

  it('opens the entry that has the question from the error, by keyboard, after asking to discard what was typed', async () => {
    const [existing] = (await server.invoke('faq:list', { search: '退货', lang: 'zh', limit: 1 })).entries;
    const dialog = page.getByRole('dialog', { name: '新建条目' });
    // The list shows no ids: the error's button opens the entry it names. It is the stop before the question box.
    await dialog.getByRole('textbox', { name: '问题' }).focus();
    await page.keyboard.press('Shift+Tab');
    const open = dialog.getByRole('alert').getByRole('button', { name: `打开条目 #${existing.id}` });
    await expect.poll(() => open.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: '放弃更改？' }).getByRole('button', { name: '放弃', exact: true }).click();
    const editor = page.getByRole('dialog', { name: '编辑条目' });
    await editor.waitFor();
    expect(await editor.getByRole('textbox', { name: '问题' }).inputValue()).toBe(existing.question);
    expect(await editor.getByRole('textbox', { name: '答案' }).inputValue()).toBe(existing.answer);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
  });

  it('counts a duplicate as a duplicate only, and a row with errors once, in the import summary', async () => {
    const [existing] = (await server.invoke('faq:list', { search: '退货', lang: 'zh', limit: 1 })).entries;
    const csv = `question,answer\n${existing.question},请联系客服。\n,没有问题的一行\nCan I pay by invoice?,Yes.\n`;
    await page.locator('input[type=file]').setInputFiles({ name: 'faq.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const dialog = page.getByRole('dialog', { name: '导入条目' });
    await dialog.getByTestId('import-total').filter({ hasText: '3' }).waitFor();
    expect(await dialog.getByRole('list', { name: '重复' }).getByRole('listitem').count()).toBe(1);
    // Before, the duplicate was counted again here (the server lists it as an error too): "2" for one bad row.
    expect(await dialog.getByTestId('import-errors').textContent()).toBe('1');
    expect(await dialog.getByRole('list', { name: '有错误的行' }).getByRole('listitem').count()).toBe(1);
    await screenshot(page, 'kb-duplicate-import-zh');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
