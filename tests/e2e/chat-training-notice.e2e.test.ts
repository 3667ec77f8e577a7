import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: while the first model trains, the chat's "being trained" notice takes its own room above the messages:
// scrolled either way, no message slides under it.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.y < b.y + b.height && b.y < a.y + a.height && a.x < b.x + b.width && b.x < a.x + a.width;

describe('the chat’s notice of a model being trained', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Knowledge base' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sits above the messages, not over them, at the top and at the bottom of a long conversation', async () => {
    const { entries } = await server.invoke('faq:list', { lang: 'en' });
    let conversationId: number | undefined;
    for (const entry of entries.slice(0, 4)) {
      const sent = await server.invoke('chat:send', { text: entry.question, conversationId });
      conversationId = sent.conversation.id;
    }
    await server.invoke('training:start', { epochs: 1 }); // from scratch: no model yet, so the notice shows
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('complementary', { name: 'Conversations' }).locator('li button').first().click();
    const note = page.getByRole('status').filter({ hasText: 'being trained' });
    await note.waitFor();
    const messages = page.locator('.thread > *'); // the questions and the answers
    await expect.poll(() => messages.count()).toBe(8);

    for (const [end, message] of [['bottom', messages.last()], ['top', messages.first()]] as const) {
      await message.scrollIntoViewIfNeeded();
      await page.evaluate(`document.querySelector('.messages').scrollTop = ${end === 'top' ? 0 : 1e6}`);
      const noteBox = (await note.boundingBox())!;
      for (const article of await messages.all()) {
        const box = await article.evaluate((element) => {
          // The part of the message one can see: its box cut to the scrolling list's.
          const own = element.getBoundingClientRect();
          const list = element.closest('.messages')!.getBoundingClientRect();
          const top = Math.max(own.top, list.top);
          const bottom = Math.min(own.bottom, list.bottom);
          return { x: own.left, y: top, width: own.width, height: Math.max(0, bottom - top) };
        });
        if (box.height > 0) expect(intersects(noteBox, box), `${end}: a message under the notice`).toBe(false);
      }
      // The list starts below the notice, with a gap, so a message cut at the list's top does not look tucked under it.
      const listTop = await page.evaluate<number>(`document.querySelector('.messages').getBoundingClientRect().top`);
      expect(listTop).toBeGreaterThanOrEqual(noteBox.y + noteBox.height + 8);
    }
    await screenshot(page, 'chat-training-notice');
    await server.invoke('training:cancel', {});
    await note.waitFor({ state: 'detached' });
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
