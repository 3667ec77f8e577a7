import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPageProblems } from './support/browser.ts';
import { dataFolderWith, startServedApp, type ServedApp } from './support/served-app.ts';

// Journey: the tab's WebSocket drops while the server keeps running (a laptop's Wi-Fi, a proxy restarting), and the
// knowledge base changes meanwhile (the CLI, another tab). The events saying so went nowhere, yet once the tab is
// connected again the screen it shows says what is true now, without reopening it.
const QUESTION = 'How long does delivery take?';
const ADDED = 'Do you ship abroad?';
const CALLOUT = 'No knowledge-base entry is enabled, so the assistant hands every question to a person.';
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
let entryId: number;

/** The tab's sockets, each joined to the real server; while `reachable` is false a new one is closed at once. */
const links: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
let reachable = true;

/** Drops the tab's connection and keeps it down until restore(): the server runs on and still answers HTTP. */
async function dropConnection(): Promise<void> {
  reachable = false;
  for (const link of links.splice(0)) {
    await link.server.close();
    await link.page.close({ code: 1001, reason: 'dropped by the test' });
  }
  await page.getByRole('status', { name: 'Connection' }).getByText('Not connected to Concierge').waitFor();
}

async function restoreConnection(): Promise<void> {
  reachable = true;
  await expect.poll(() => page.getByRole('status', { name: 'Connection' }).count()).toBe(0);
}

describe('the screen after a dropped connection comes back', () => {
  beforeAll(async () => {
    const dataDir = dataFolderWith(QUESTION, 'Two to four working days.');
    [server, browser] = await Promise.all([startServedApp({ dataDir }), launchChromium()]);
    [{ id: entryId }] = (await server.invoke('faq:list', {})).entries;
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
    problems = watchPageProblems(page);
    await page.routeWebSocket(/\/ws$/, async (socket) => {
      if (!reachable) return socket.close({ code: 1001, reason: 'unreachable' });
      links.push({ page: socket, server: socket.connectToServer() });
    });
    await page.goto(server.url);
    await page.getByTestId('kb-count').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists an entry added while the knowledge base was shown and the connection was down', async () => {
    expect(await page.getByTestId('kb-count').textContent()).toBe('1 entry');
    await dropConnection();
    await server.invoke('faq:create', { question: ADDED, answer: 'Yes, to most countries.' });
    await restoreConnection();
    await expect.poll(() => page.getByTestId('kb-count').textContent()).toBe('2 entries');
    await page.getByRole('switch', { name: `Enabled: ${ADDED}` }).waitFor();
  });

  it('shows the empty-knowledge-base callout when every entry was disabled while the chat was shown and the connection was down', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('textbox', { name: 'Question' }).waitFor();
    const callout = page.getByRole('status').filter({ hasText: CALLOUT });
    expect(await callout.count()).toBe(0);

    await dropConnection();
    const { entries } = await server.invoke('faq:list', {});
    await server.invoke('faq:bulk-update', { ids: entries.map((entry) => entry.id), patch: { enabled: false } });
    await restoreConnection();
    await callout.waitFor();

    // And away again once one is enabled while the tab is offline.
    await dropConnection();
    await server.invoke('faq:update', { id: entryId, enabled: true });
    await restoreConnection();
    await expect.poll(() => callout.count()).toBe(0);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
