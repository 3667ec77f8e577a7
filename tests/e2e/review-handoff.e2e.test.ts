import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: the shop's FAQ answers an off-topic question with the entry it shares words with; the customer rates it
// down, and in the review queue it is marked "Hand off questions like this" from the keyboard. The same question in
// other words is then handed off (reason 'marked'); Undo on the toast, and later Back to the queue from the handed-off
// list, take that back and it is answered again.
const QUESTION = 'Do gift cards work in other currencies?';
const REWORDING = 'Can I use a gift card in another currency?';

let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

const itemCard = () => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: QUESTION }) });
const statusOf = async () => (await server.invoke('review:list', { limit: 1_000 })).items.find((item) => item.question === QUESTION)?.status;
const askRewording = async () => (await server.invoke('chat:send', { text: REWORDING })).message;

describe('hand off questions like this, in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('rates down an answered off-topic question, and it waits in the review queue', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('textbox', { name: 'Question' }).fill(QUESTION);
    await page.keyboard.press('Enter');
    const answer = page.getByRole('article', { name: 'Concierge' }).last();
    await answer.getByText('FAQ answer').waitFor();
    expect(await askRewording()).toMatchObject({ mode: 'faq' });

    await answer.getByRole('button', { name: 'Wrong answer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct this answer' });
    await dialog.getByRole('button', { name: 'Send to review queue' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(statusOf).toBe('open');
  });

  it('marks it from the keyboard; a rewording is then handed off, and Undo on the toast takes that back', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Knowledge base' }).click();
    await page.getByRole('tab', { name: /Review queue/ }).click();
    const mark = itemCard().getByRole('button', { name: 'Hand off questions like this' });
    await mark.focus();
    await page.keyboard.press('Enter');
    const toast = page.getByRole('status').filter({ hasText: 'Questions like this now go to a person' });
    await toast.waitFor();
    await itemCard().waitFor({ state: 'detached' });
    expect(await statusOf()).toBe('handedOff');
    expect(await askRewording()).toMatchObject({ mode: 'handoff', handoffReason: 'marked' });
    await screenshot(page, 'review-handoff-01-marked');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await itemCard().waitFor();
    expect(await statusOf()).toBe('open');
    expect(await askRewording()).toMatchObject({ mode: 'faq' });
  });

  it('shows a handed-off item with its status in its list, and Back to the queue answers the rewording again', async () => {
    await itemCard().getByRole('button', { name: 'Hand off questions like this' }).click();
    await itemCard().waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Show' }).selectOption('handedOff');
    await itemCard().getByText('Questions like it handed off').waitFor();
    expect(await askRewording()).toMatchObject({ mode: 'handoff', handoffReason: 'marked' });
    await screenshot(page, 'review-handoff-02-list');

    await itemCard().getByRole('button', { name: 'Back to the queue' }).click();
    await itemCard().waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Back in the queue' }).waitFor();
    expect(await statusOf()).toBe('open');
    expect(await askRewording()).toMatchObject({ mode: 'faq' });
    expect(problems).toEqual([]);
  });
});
