import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src-main/store/database.ts';
import { makeReadOnly, type ReadOnlyFile } from '../helpers/read-only-file.ts';
import { launchChromium, screenshot, watchPageProblems } from './support/browser.ts';
import { dataFolderWith, startServedApp, type ServedApp } from './support/served-app.ts';

// Journey: `concierge serve` on a data folder whose database file may not be written. The page says so from the
// start, in English and in Chinese, the knowledge base still shows, and a change is refused with the reason. Retry
// says why it is still read-only, and once the file may be written opens it for writing without a restart, which every
// open tab shows, not only the one that retried.
let server: ServedApp | undefined;
let browser: Browser | undefined;
let readOnly: ReadOnlyFile | null = null;
let file: string;
const problems: string[][] = [];

describe('a read-only database in the browser', () => {
  beforeAll(async () => {
    const dataDir = dataFolderWith('Do you ship abroad?', 'Yes, to 30 countries.');
    file = join(dataDir, DATABASE_FILE);
    readOnly = makeReadOnly(file, 'read-only e2e');
    [server, browser] = await Promise.all([startServedApp({ dataDir }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    readOnly?.release();
    await server?.stop();
  });

  it('says the database is read-only, shows the knowledge base, and refuses a change with the reason', async ({ skip }) => {
    if (!readOnly) skip();
    const page = await (await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
    problems.push(watchPageProblems(page));
    await page.goto(server!.url);
    const banner = page.getByTestId('read-only-banner');
    await expect.poll(() => banner.textContent()).toContain(`The database file ${file} cannot be written: you can browse and export`);
    await page.getByRole('button', { name: 'Do you ship abroad?', exact: true }).waitFor();

    const enabled = page.getByRole('switch', { name: /Do you ship abroad\?/ });
    await enabled.click();
    await page.getByText(`The database file ${file} cannot be written (no permission, or a read-only disk).`, { exact: false }).waitFor();
    await expect.poll(() => enabled.isChecked()).toBe(true); // the switch goes back: nothing changed
    expect((await server!.invoke('faq:list', {})).entries).toMatchObject([{ enabled: true }]);
    await screenshot(page, 'read-only-database');

    const zh = await (await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    problems.push(watchPageProblems(zh));
    await zh.goto(server!.url);
    const zhBanner = zh.getByTestId('read-only-banner');
    await expect.poll(() => zhBanner.locator('strong').textContent()).toBe('只读');
    expect(await zhBanner.textContent()).toContain(`无法写入数据库文件 ${file}：可以浏览和导出，但不能修改内容或对话。`);
  });

  it('retries: says why while the file may not be written, and opens it for writing, no restart, once it may', async ({ skip }) => {
    if (!readOnly) skip();
    const page = await (await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
    problems.push(watchPageProblems(page));
    await page.goto(server!.url);
    const banner = page.getByTestId('read-only-banner');
    await banner.getByRole('button', { name: 'Retry' }).click();
    const why = `The database file ${file} cannot be written (no permission, or a read-only disk). Make it writable, or choose another data folder.`;
    await expect.poll(() => banner.getByRole('alert').textContent()).toBe(`Still read-only: ${why}`);
    await screenshot(page, 'read-only-retry-failed');

    const zh = await (await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    problems.push(watchPageProblems(zh));
    await zh.goto(server!.url);
    const zhBanner = zh.getByTestId('read-only-banner');
    await zhBanner.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => zhBanner.getByRole('alert').textContent()).toBe(
      `仍为只读：无法写入数据库文件 ${file}（没有权限，或磁盘是只读的）。请将它改为可写，或选择其他数据文件夹。`,
    );

    // Made writable behind the app's back: Retry opens it for writing, the banner goes, and a change is kept.
    readOnly!.release();
    readOnly = null;
    // Watched for from before the click: the toast goes after 5 s, which waiting on the other tab first can outlast
    // on a loaded machine (the way this journey once failed).
    const reopened = page.getByText('The database can be written again: changes are saved.').waitFor();
    await banner.getByRole('button', { name: 'Retry' }).click();
    await banner.waitFor({ state: 'detached' });
    // The other tab, which did not retry, hears it too: its banner (and its "still read-only" note) goes.
    await zhBanner.waitFor({ state: 'detached' });
    await zh.getByRole('switch', { name: /Do you ship abroad\?/ }).waitFor();
    await reopened;
    await screenshot(page, 'read-only-reopened');
    const enabled = page.getByRole('switch', { name: /Do you ship abroad\?/ });
    await enabled.click();
    await expect.poll(async () => (await server!.invoke('faq:list', {})).entries[0]?.enabled).toBe(false);
    await expect.poll(() => enabled.isChecked()).toBe(false); // the server can hold it before the page has its reply
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems.flat()).toEqual([]);
  });
});
