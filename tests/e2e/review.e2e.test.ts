import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, watchPageProblems } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: dismiss a hand-off in the review queue by mistake, take it back with Undo on the toast; dismiss it
// again and put it back from the Dismissed list. Each step checks the screen and the stored status. Then, from the
// keyboard, link it to an entry found by searching, and the same question is answered from that entry.
const QUESTION = 'Can someone call me back about my order?';
const NEXT_QUESTION = 'Do you gift wrap parcels for birthdays?';
const LAST_QUESTION = 'Can I bring my dog into the showroom?';

let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
let id: number;

const statusOf = async () => (await server.invoke('review:list', { limit: 1_000 })).items.find((item) => item.id === id)?.status;
const itemCard = () => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: QUESTION }) });

describe('review queue in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    await server.invoke('chat:send', { text: LAST_QUESTION, forceMode: 'handoff' });
    await server.invoke('chat:send', { text: NEXT_QUESTION, forceMode: 'handoff' });
    await server.invoke('chat:send', { text: QUESTION, forceMode: 'handoff' });
    id = (await server.invoke('review:list', { status: 'open' })).items.find((item) => item.question === QUESTION)!.id;
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Knowledge base' }).waitFor();
    await page.getByRole('tab', { name: /Review queue/ }).click();
    await itemCard().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('names each item’s buttons by its question, in English and Chinese', async () => {
    const actions = [
      ['Link to another entry…', '关联到其他条目…'],
      ['New entry…', '新建条目…'],
      ['Hand off questions like this', '类似问题转人工'],
      ['Dismiss', '忽略'],
    ] as const;
    const zh = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    const zhProblems = watchPageProblems(zh);
    try {
      await zh.goto(server.url);
      await zh.getByRole('tab', { name: /待审队列/ }).click();
      for (const [on, locale, colon] of [[page, 0, ': '], [zh, 1, '：']] as const) {
        await on.getByRole('heading', { name: LAST_QUESTION }).waitFor();
        for (const action of actions.map((names) => names[locale])) {
          expect(await on.getByRole('button', { name: action, exact: true }).count(), action).toBe(0);
          for (const question of [QUESTION, NEXT_QUESTION, LAST_QUESTION]) {
            await on.getByRole('button', { name: `${action}${colon}${question}`, exact: true }).waitFor();
          }
        }
      }
    } finally {
      await zh.close();
    }
    expect(zhProblems).toEqual([]);
  });

  it('brings a dismissed item back with Undo on the toast', async () => {
    await itemCard().getByRole('button', { name: 'Dismiss' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Dismissed' });
    await toast.waitFor();
    await itemCard().waitFor({ state: 'detached' });
    expect(await statusOf()).toBe('dismissed');
    await screenshot(page, 'review-01-dismissed');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await itemCard().waitFor();
    await page.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    expect(await statusOf()).toBe('open');
    await itemCard().getByRole('button', { name: 'Dismiss' }).waitFor(); // open again: every action is offered
    await screenshot(page, 'review-02-undone');
  });

  it('puts a dismissed item back in the queue from the Dismissed list', async () => {
    await itemCard().getByRole('button', { name: 'Dismiss' }).click();
    await itemCard().waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Show' }).selectOption('dismissed');
    // Named by its question, as every item's buttons are.
    await page.getByRole('button', { name: `Back to the queue: ${QUESTION}`, exact: true }).click();
    await itemCard().waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Back in the queue' }).waitFor();
    expect(await statusOf()).toBe('open');
    await page.getByRole('combobox', { name: 'Show' }).selectOption('open');
    await itemCard().waitFor();
  });

  it('asks before Escape or Cancel throws away a new entry that was typed; an untouched one just closes', async () => {
    await itemCard().getByRole('button', { name: 'New entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'New entry from a question' });
    const answer = dialog.getByLabel('Answer', { exact: true });
    await answer.fill('We call back within a day.');
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
    await confirm.waitFor();
    // The safe choice has the focus: Enter keeps what was typed.
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    expect(await answer.inputValue()).toBe('We call back within a day.');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await statusOf()).toBe('open');

    await itemCard().getByRole('button', { name: 'New entry' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('closes the Link dialog with one Esc from its search, which holds the question, and gives each cut answer a tooltip', async () => {
    const opener = itemCard().getByRole('button', { name: 'Link to another entry…' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Link to an entry' });
    const search = dialog.getByRole('searchbox');
    const answers = dialog.locator('.answer');
    await answers.first().waitFor();
    // Each answer is cut to one line: its tooltip has it whole (they are short here).
    for (const [text, title] of await answers.evaluateAll((all) => all.map((answer) => [answer.textContent, answer.getAttribute('title')]))) {
      expect(title).toBe(text);
    }
    // Emptied by hand, the search says nothing rather than that no entry matches.
    await search.fill('');
    await expect.poll(() => answers.count()).toBe(0); // the empty search has come back
    expect(await dialog.getByText('No entry matches').count()).toBe(0);
    await search.fill(QUESTION);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate<string>('document.activeElement?.textContent?.trim() ?? ""')).toBe('Link to another entry…');
  });

  it('keeps the Link dialog one size, in one place, with no search, with results and with none', async () => {
    await itemCard().getByRole('button', { name: 'Link to another entry…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link to an entry' });
    const search = dialog.getByRole('searchbox');
    const results = dialog.getByRole('listitem');
    // Opened, it searches for the question after a pause: its box is taken before the results arrive and after.
    const empty = (await dialog.boundingBox())!;
    await expect.poll(() => results.count()).toBeGreaterThan(2);
    expect(await dialog.boundingBox()).toEqual(empty);
    await search.fill('zebra crossing');
    await dialog.getByText('No entry matches').waitFor();
    expect(await dialog.boundingBox()).toEqual(empty);
    await search.fill('');
    await expect.poll(() => results.count()).toBe(0);
    expect(await dialog.boundingBox()).toEqual(empty);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('links the item from the keyboard, puts the focus on the next item, and the question is then answered from the entry', async () => {
    await itemCard().getByRole('button', { name: 'Link to another entry…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Link to an entry' });
    const search = dialog.getByRole('searchbox');
    expect(await search.inputValue()).toBe(QUESTION);
    // The question is selected: what is typed replaces it.
    await page.keyboard.type('contact');
    expect(await search.inputValue()).toBe('contact');
    const link = dialog.getByRole('button', { name: /^Link to “/ }).first();
    await link.waitFor();
    await link.focus();
    await page.keyboard.press('Enter');
    await itemCard().waitFor({ state: 'detached' });
    await expect.poll(statusOf).toBe('linked');

    // Not lost to the page: on the item that took its place, so Tab goes on to its actions.
    await expect.poll(() => page.evaluate<string>('document.activeElement?.textContent?.trim() ?? ""')).toBe(NEXT_QUESTION);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement?.closest("li.item")?.querySelector("h3")?.textContent ?? ""')).toBe(NEXT_QUESTION);

    const { items } = await server.invoke('review:list', { status: 'linked' });
    const entryId = items.find((item) => item.id === id)!.entryId;
    const { message } = await server.invoke('chat:send', { text: QUESTION });
    expect(message.mode).toBe('faq');
    expect(message.sources[0].id).toBe(entryId);
  });

  it('takes a link back with Undo on its toast: the question leaves the entry and the item is in the queue again', async () => {
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: NEXT_QUESTION }) });
    await card.getByRole('button', { name: 'Link to another entry…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link to an entry' });
    await dialog.getByRole('searchbox').fill('gift card');
    const link = dialog.getByRole('button', { name: /^Link to “/ }).first();
    await link.waitFor();
    await link.click();
    await card.waitFor({ state: 'detached' });
    const next = (await server.invoke('review:list', { status: 'linked' })).items.find((item) => item.question === NEXT_QUESTION)!;
    expect((await server.invoke('faq:get', { id: next.entryId! })).paraphrases).toContain(NEXT_QUESTION);

    await page.getByRole('status').filter({ hasText: 'Linked to' }).last().getByRole('button', { name: 'Undo' }).click();
    await card.waitFor();
    await page.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    expect((await server.invoke('faq:get', { id: next.entryId! })).paraphrases).not.toContain(NEXT_QUESTION);
    expect((await server.invoke('review:list', { status: 'open' })).items.map((item) => item.question)).toContain(NEXT_QUESTION);
  });

  it('keeps the focus in the queue from the keyboard: on the next item after New entry, on the filter once none is left', async () => {
    const activeText = () => page.evaluate<string>('document.activeElement?.textContent?.trim() ?? ""');
    const card = (question: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: question }) });
    await card(NEXT_QUESTION).getByRole('button', { name: 'New entry' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New entry from a question' });
    await dialog.getByLabel('Answer', { exact: true }).fill('Yes: gift wrapping is free for birthdays.');
    await dialog.getByLabel('Answer', { exact: true }).focus();
    await page.keyboard.press('Tab'); // to the category
    await page.keyboard.press('Enter'); // submits the form
    await dialog.waitFor({ state: 'detached' });
    await card(NEXT_QUESTION).waitFor({ state: 'detached' });
    // Not lost to the page with the dialog's opener: on the item that took its place.
    await expect.poll(activeText).toBe(LAST_QUESTION);

    await page.keyboard.press('Tab'); // into the last item's actions, then to its Dismiss
    await card(LAST_QUESTION).getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await card(LAST_QUESTION).waitFor({ state: 'detached' });
    // The queue is empty: the focus is on the filter above it, not on the page.
    await expect.poll(() => page.evaluate<string>('document.activeElement?.tagName ?? ""')).toBe('SELECT');
  });

  it('says which candidate the meaning re-rank placed above better word matches, as the chat does', async () => {
    // By its words the contact page comes first; by meaning the newsletter's unsubscribe. A thumbs-down queues it.
    const { message } = await server.invoke('chat:send', { text: "I don't want the weekly deals email anymore" });
    await server.invoke('chat:feedback', { messageId: message.id, feedback: 'down' });
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: "I don't want the weekly deals email anymore" }) });
    await card.waitFor();
    const candidate = card.getByRole('listitem').filter({ hasText: 'How do I unsubscribe from the newsletter?' });
    const placed = candidate.locator('.by-meaning');
    expect(await placed.textContent()).toBe('closer in meaning');
    expect(await placed.getAttribute('title')).toMatch(/^Placed above sources whose words match the question better/);
    expect(await card.locator('.by-meaning').count()).toBe(1);
    // The note stands before the score, not between it and Link: every candidate's score is in one column, by Link.
    const score = (await candidate.locator('.score').boundingBox())!;
    const link = (await candidate.getByRole('button', { name: /^Link to/ }).boundingBox())!;
    expect(link.x - (score.x + score.width)).toBeLessThanOrEqual(12);
    // A question cut to one line is whole in its tooltip.
    expect(await candidate.locator('.candidate').getAttribute('title')).toBe('How do I unsubscribe from the newsletter?');
    await screenshot(page, 'review-05-by-meaning');
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
