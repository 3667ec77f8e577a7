import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/store/database.ts';
import { ConversationRepository } from '../../src-main/store/conversation-repository.ts';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: ask a question the sample FAQ answers, see the FAQ answer with its source, open the source;
// ask something off-topic and see the hand-off; rate an answer down with a correction.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
/** The FAQ question asked first; its conversation is reopened later. */
let faqQuestion: string;

describe('chat in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Knowledge base' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('answers a FAQ question with the curated answer and its source', async () => {
    const { entries } = await server.invoke('faq:list', { search: 'gift card', lang: 'en' });
    const entry = entries[0];
    faqQuestion = entry.question;
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('textbox', { name: 'Question' }).fill(entry.question);
    await page.keyboard.press('Enter');

    const answer = page.getByRole('article', { name: 'Concierge' }).last();
    await answer.getByText('FAQ answer').waitFor();
    expect(await answer.getByText(entry.answer, { exact: true }).count()).toBe(1);
    await answer.getByRole('button', { name: `Open entry: ${entry.question}` }).waitFor();
    // The source's figure is named as its match, apart from the answer's confidence (they can differ widely).
    expect(await answer.getByText(/^Confidence \d+%$/).count()).toBe(1);
    expect(await answer.getByRole('button', { name: `Open entry: ${entry.question}` }).locator('.score').textContent()).toMatch(/^word match \d+%$/);
    await screenshot(page, 'chat-01-faq-answer');

    const [conversation] = (await server.invoke('chat:conversations', {})).conversations;
    const stored = await server.invoke('chat:messages', { conversationId: conversation.id });
    expect(stored.map((message) => [message.role, message.mode])).toEqual([
      ['user', null],
      ['assistant', 'faq'],
    ]);
    // The list dates the conversation as every list does (I18n.formatDate): day first and the month named, the
    // 24-hour time; the year in its tooltip.
    const day = page.getByRole('complementary', { name: 'Conversations' }).locator('li time').first();
    expect(await day.textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2,3}, \d{2}:\d{2}$/);
    expect(await day.getAttribute('title')).toMatch(/\d{4}.*\d{1,2}:\d{2}/);
  });

  it('regenerates the answer from the keyboard and leaves the focus on the new answer’s Regenerate', async () => {
    const answer = page.getByRole('article', { name: 'Concierge' }).last();
    const regenerate = answer.getByRole('button', { name: 'Regenerate' });
    // Marked, to tell it from the button the new answer brings (the answer keeps its id).
    await regenerate.evaluate((button) => (button.dataset.old = 'yes'));
    await regenerate.focus();
    await page.keyboard.press('Enter');
    // The old answer and its buttons left the page while the new one was written: the focus is on the new answer's
    // Regenerate, not on <body>.
    await expect
      .poll(() =>
        page.evaluate<string>(
          '(({ activeElement: e }) => e?.closest("article") && !e.dataset.old ? e.getAttribute("aria-label") : e?.tagName)(document)',
        ),
      )
      .toBe(`Regenerate: the answer to “${faqQuestion}”`);
    await answer.getByText('FAQ answer').waitFor();
  });

  it('stops a regenerating answer with Escape wherever the focus is, not only in the question box', async () => {
    // The regenerate request is held in the page, so the answer stays "being written" until it is let go.
    await page.evaluate(`(() => {
      const send = WebSocket.prototype.send;
      window.__held = [];
      window.__sent = [];
      window.__restore = () => { WebSocket.prototype.send = send; };
      WebSocket.prototype.send = function (data) {
        const channel = JSON.parse(data).channel;
        if (channel) window.__sent.push(channel);
        if (channel === 'chat:regenerate') window.__held.push(() => send.call(this, data));
        else send.call(this, data);
      };
    })()`);
    const answer = page.getByRole('article', { name: 'Concierge' }).last();
    await answer.getByRole('button', { name: 'Regenerate' }).click();
    const stop = page.getByRole('button', { name: 'Stop' });
    await stop.waitFor();
    // The Regenerate button left with the old answer: the focus is on the page, outside the question box.
    expect(await page.evaluate<string>('document.activeElement?.tagName ?? ""')).not.toBe('TEXTAREA');
    await page.keyboard.press('Escape');
    await expect.poll(() => stop.isDisabled()).toBe(true); // stopping
    expect(await page.evaluate<string[]>('window.__sent')).toContain('chat:stop');
    await page.evaluate('window.__restore(); window.__held.forEach((release) => release())');
    await page.getByRole('button', { name: 'Send' }).waitFor();
    await page.getByRole('article', { name: 'Concierge' }).last().getByText('FAQ answer').waitFor();
  });

  it('renames the conversation from the keyboard: the title field takes the focus, Enter saves, the focus returns', async () => {
    await page.getByRole('button', { name: 'Rename' }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: 'Conversation title' });
    await field.waitFor();
    // Typed over the old title, which the field selected as it took the focus.
    await page.keyboard.type('Gift cards');
    expect(await field.inputValue()).toBe('Gift cards');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gift cards', level: 1 }).waitFor();
    expect(await page.evaluate<string | null>('document.activeElement?.getAttribute("aria-label")')).toBe('Rename');
    await expect.poll(async () => (await server.invoke('chat:conversations', {})).conversations[0].title).toBe('Gift cards');

    // Esc leaves the title as it was, and the focus on Rename too.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Something else');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Gift cards', level: 1 }).waitFor();
    expect(await page.evaluate<string | null>('document.activeElement?.getAttribute("aria-label")')).toBe('Rename');

    // Back to the question, by which the journey finds the conversation later.
    await page.keyboard.press('Enter');
    await page.keyboard.type(faqQuestion);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: faqQuestion, level: 1 }).waitFor();
  });

  it('opens the source entry in the knowledge base', async () => {
    await page.getByRole('article', { name: 'Concierge' }).last().getByRole('button', { name: /^Open entry:/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Edit entry' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Question', { exact: true }).inputValue()).toMatch(/gift card/i);
    await screenshot(page, 'chat-02-source-opened');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('keeps a half-typed question while another screen is shown (the KB, to look the answer up)', async () => {
    const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name }).click();
    await nav('Chat');
    const question = page.getByRole('textbox', { name: 'Question' });
    await question.fill('Can a gift card be used for');
    await nav('Knowledge base');
    await page.getByRole('heading', { name: 'Knowledge base' }).waitFor();
    await nav('Chat');
    expect(await question.inputValue()).toBe('Can a gift card be used for');
    await question.fill('');
  });

  it('names each answer’s buttons by the question it answers, in English and Chinese', async () => {
    // A second FAQ question in the same conversation: two answers, each with the same four buttons.
    const second = (await server.invoke('faq:list', { search: 'refund', lang: 'en' })).entries[0]!.question;
    await page.getByRole('textbox', { name: 'Question' }).fill(second);
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Concierge' }).nth(1).getByText('FAQ answer').waitFor();
    const actions = [
      ['Copy', '复制'],
      ['Regenerate', '重新生成'],
      ['Good answer', '回答正确'],
      ['Wrong answer', '回答有误'],
    ] as const;
    for (const [action] of actions) {
      expect(await page.getByRole('button', { name: action, exact: true }).count(), action).toBe(0);
      for (const question of [faqQuestion, second]) {
        expect(await page.getByRole('button', { name: `${action}: the answer to “${question}”`, exact: true }).count()).toBe(1);
      }
    }
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: '中文' }).check();
    try {
      await nav.getByRole('button', { name: '对话' }).click();
      await page.getByRole('article').nth(1).waitFor();
      for (const [, action] of actions) {
        for (const question of [faqQuestion, second]) {
          expect(await page.getByRole('button', { name: `${action}：对“${question}”的回答`, exact: true }).count(), action).toBe(1);
        }
      }
    } finally {
      await nav.getByRole('button', { name: '设置' }).click();
      await page.getByRole('radio', { name: 'English' }).check();
      await nav.getByRole('button', { name: 'Chat' }).click();
    }
  });

  it('hands an off-topic question to a person', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New conversation' }).click();
    await page.getByRole('textbox', { name: 'Question' }).fill('Write me a poem about the sea');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByRole('article', { name: 'Concierge' }).last();
    await answer.getByText('Handed off').waitFor();
    const { items } = await server.invoke('review:list', { status: 'open' });
    expect(items.map((item) => item.question)).toContain('Write me a poem about the sea');
    await screenshot(page, 'chat-03-handoff');
  });

  it('says which source it placed above sources whose words match better, because its meaning is closer', async () => {
    await page.getByRole('button', { name: 'New conversation' }).click();
    // By its words the contact page comes first; by meaning the newsletter's unsubscribe.
    await page.getByRole('textbox', { name: 'Question' }).fill("I don't want the weekly deals email anymore");
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByRole('article', { name: 'Concierge' }).last();
    const source = answer.getByRole('button', { name: 'Open entry: How do I unsubscribe from the newsletter?' });
    await source.waitFor();
    const placed = source.locator('.by-meaning');
    expect(await placed.textContent()).toBe('closer in meaning');
    expect(await placed.getAttribute('title')).toMatch(/^Placed above sources whose words match the question better/);
    expect(await source.locator('.score').first().getAttribute('title')).toMatch(/^The share of the question's words this entry contains/);
    // Only the source its meaning lifted says so.
    expect(await answer.locator('.by-meaning').count()).toBe(1);
    await screenshot(page, 'chat-03b-source-by-meaning');
    // In a 900 px window each source stays inside its reply, its question cut shorter rather than the chip.
    await page.setViewportSize({ width: 900, height: 700 });
    try {
      const reply = (await answer.locator('.reply').boundingBox())!;
      for (const chip of await answer.locator('.source').all()) {
        const box = (await chip.boundingBox())!;
        expect(box.x + box.width, (await chip.getAttribute('aria-label')) ?? undefined).toBeLessThanOrEqual(reply.x + reply.width - 1);
      }
      expect(await placed.isVisible()).toBe(true);
      // The conversation's title, cut short in the list and the heading, is whole in their tooltips.
      const title = "I don't want the weekly deals email anymore";
      const listed = page.getByRole('complementary', { name: 'Conversations' }).locator('[aria-current=true] .title');
      expect(await listed.evaluate((span: { scrollWidth: number; clientWidth: number }) => span.scrollWidth > span.clientWidth), 'cut short').toBe(true);
      expect(await listed.getAttribute('title')).toBe(title);
      expect(await page.getByRole('heading', { level: 1 }).getAttribute('title')).toBe(title);
      await screenshot(page, 'chat-03c-sources-900');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('sends a correction to the review queue with a thumbs-down', async () => {
    await page.getByRole('complementary', { name: 'Conversations' }).getByRole('button', { name: faqQuestion }).click();
    const answer = page.getByRole('article', { name: 'Concierge' }).first();
    await answer.getByRole('button', { name: 'Wrong answer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct this answer' });
    const field = dialog.getByLabel('Corrected answer (optional)');
    await field.fill('Gift cards are redeemed at checkout.');
    // Escape does not throw the typed correction away unasked; the safe choice has the focus: Enter keeps it.
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
    await confirm.waitFor();
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    expect(await field.inputValue()).toBe('Gift cards are redeemed at checkout.');
    await screenshot(page, 'chat-04-correction');
    await dialog.getByRole('button', { name: 'Send to review queue' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await answer.getByRole('button', { name: 'Wrong answer' }).getAttribute('aria-pressed')).toBe('true');
    const { items } = await server.invoke('review:list', { status: 'open' });
    expect(items.some((item) => item.suggestedAnswer === 'Gift cards are redeemed at checkout.')).toBe(true);
  });

  it('shows its toast above the composer, leaving Send visible and clickable', async () => {
    const toast = page.getByRole('status').filter({ hasText: 'review queue' });
    await toast.waitFor();
    const send = (await page.getByRole('button', { name: 'Send' }).boundingBox())!;
    const box = (await toast.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(send.y);
    const [x, y] = [send.x + send.width / 2, send.y + send.height / 2];
    const atSend = await page.evaluate<string | undefined>(`document.elementFromPoint(${x}, ${y})?.closest('button')?.textContent?.trim()`);
    expect(atSend).toBe('Send');
  });

  it('links the hand-off to an entry in the review queue, so the same question then gets the FAQ answer', async () => {
    const question = 'Write me a poem about the sea';
    await page.getByRole('navigation').getByRole('button', { name: 'Knowledge base' }).click();
    await page.getByRole('tab', { name: /Review queue/ }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: question }) });
    await item.waitFor();
    await screenshot(page, 'chat-05-review-queue');
    await item.getByRole('button', { name: 'Link to another entry…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link to an entry' });
    await dialog.getByRole('searchbox', { name: 'Search entries' }).fill(faqQuestion);
    await dialog.getByRole('button', { name: `Link to “${faqQuestion}”` }).click();
    await dialog.waitFor({ state: 'detached' });
    await item.waitFor({ state: 'detached' });
    const { items } = await server.invoke('review:list', { status: 'linked' });
    expect(items.map((linked) => linked.question)).toContain(question);

    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New conversation' }).click();
    await page.getByRole('textbox', { name: 'Question' }).fill(question);
    await page.keyboard.press('Enter');
    const answer = page.getByRole('article', { name: 'Concierge' }).last();
    await answer.getByText('FAQ answer').waitFor();
    await answer.getByRole('button', { name: `Open entry: ${faqQuestion}` }).waitFor();
    await screenshot(page, 'chat-06-linked-answer');
  });

  it('says while the first model trains that drafts quote the FAQ till then, and of a quoted draft that no model wrote it', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await server.invoke('training:start', { epochs: 1 }); // from scratch, as the first start trains the starter
    const note = page.getByRole('status').filter({ hasText: 'being trained' });
    await note.waitFor();
    expect(await note.textContent()).toContain('Until it is ready, drafts quote the closest FAQ answer.');
    await note.getByRole('button', { name: 'Watch on Training' }).waitFor();
    await screenshot(page, 'chat-08-model-training');

    const question = `${faqQuestion} Quote it.`;
    await server.invoke('chat:send', { text: question, forceMode: 'generated' }); // no model yet: the FAQ quoted
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await note.waitFor(); // the training run is found again on opening
    await page.getByRole('complementary', { name: 'Conversations' }).getByRole('button', { name: question }).click();
    const pill = page.getByRole('article', { name: 'Concierge' }).last().getByText('Draft', { exact: true });
    expect(await pill.getAttribute('title')).toBe(
      'No model wrote this draft: it quotes the closest FAQ answer. Check that it fits the question before passing it on.',
    );

    await server.invoke('training:cancel', {});
    await note.waitFor({ state: 'detached' });
  });

  it('says on the answer and on the Models screen which file of the active model was deleted', async () => {
    const model = await server.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 64, name: 'Tiny', activate: true });
    rmSync(join(server.dataDir, 'models', model.id, 'onnx', 'model.onnx'));
    const question = `${faqQuestion} Draft a reply.`; // under 50 characters: the whole title
    await server.invoke('chat:send', { text: question, forceMode: 'generated' }); // the UI cannot force a draft
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('complementary', { name: 'Conversations' }).getByRole('button', { name: question }).click();
    const note = page.getByRole('article', { name: 'Concierge' }).last().getByRole('note');
    await expect.poll(() => note.textContent()).toBe(
      "The active model's files are missing (onnx/model.onnx). Import or pull it again, or activate another version on the Models screen.",
    );
    // The hand-off says why, beside a confidence that alone would not explain it.
    await expect.poll(() => page.getByRole('article', { name: 'Concierge' }).last().textContent()).toContain('· the model could not write a draft');
    await screenshot(page, 'chat-07-model-files-missing');

    await page.getByRole('navigation').getByRole('button', { name: 'Models' }).click();
    const row = page.getByRole('row').filter({ hasText: model.id });
    await row.getByText('Missing onnx/model.onnx: import or pull it again, or delete it').waitFor();
    await row.getByText('Broken').waitFor();
  });

  it('keeps a source’s match on one line beside its question, which is cut short instead', async () => {
    const { entries } = await server.invoke('faq:list', { search: 'payment methods', lang: 'en' });
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New conversation' }).click();
    await page.getByRole('textbox', { name: 'Question' }).fill(entries[0].question);
    await page.keyboard.press('Enter');
    const source = page.getByRole('article', { name: 'Concierge' }).last().getByRole('button', { name: `Open entry: ${entries[0].question}` });
    await source.waitFor();
    // On two lines ("match" over "87%") it stood taller than its chip.
    const [chip, score] = await Promise.all([source.boundingBox(), source.locator('.score').boundingBox()]);
    expect(score!.height).toBeLessThan(chip!.height);
  });

  it('lets a source’s question take the room its reply has before cutting it short, and shows it whole from the keyboard', async () => {
    // Wider than the 320 px a source was capped at, narrower than a reply at 1280 px.
    const question = 'Can I return an engraved gift if the engraving has a typo?';
    const { id } = await server.invoke('faq:create', { question, answer: 'Yes, within 14 days: we engrave it again for free.' });
    try {
      await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
      await page.getByRole('button', { name: 'New conversation' }).click();
      await page.getByRole('textbox', { name: 'Question' }).fill(question);
      await page.keyboard.press('Enter');
      const answer = page.getByRole('article', { name: 'Concierge' }).last();
      const source = answer.getByRole('button', { name: `Open entry: ${question}` });
      await source.waitFor();
      const text = source.locator('span:not(.score)');
      const cut = () => text.evaluate((span: { scrollWidth: number; clientWidth: number }) => span.scrollWidth > span.clientWidth);
      expect(await cut(), 'cut short with room left in its reply').toBe(false);
      expect((await source.boundingBox())!.width).toBeGreaterThan(320);
      await screenshot(page, 'chat-03d-source-whole');

      // A narrow window: cut short, inside its reply, and whole (on more lines) while it has the keyboard focus.
      await page.setViewportSize({ width: 800, height: 700 });
      try {
        await expect.poll(cut).toBe(true);
        const inside = async () => {
          const [reply, chip] = await Promise.all([answer.locator('.reply').boundingBox(), source.boundingBox()]);
          return chip!.x + chip!.width <= reply!.x + reply!.width;
        };
        expect(await inside()).toBe(true);
        expect(await source.getAttribute('title')).toBe(`Open entry: ${question}`);
        await source.focus();
        expect(await source.evaluate((chip: { matches: (selector: string) => boolean }) => chip.matches(':focus-visible'))).toBe(true);
        await expect.poll(cut).toBe(false);
        expect(await text.textContent()).toBe(question);
        expect(await inside()).toBe(true);
        await screenshot(page, 'chat-03e-source-focused-800');
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    } finally {
      await server.invoke('faq:delete', { ids: [id] });
    }
  });

  it('makes the conversation list one Tab stop, moved through with the arrow keys, Page Up / Down, Home and End, and opened with Enter', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    const list = page.getByRole('complementary', { name: 'Conversations' });
    const items = list.getByRole('listitem').getByRole('button');
    const titles = await items.locator('.title').allTextContents();
    expect(titles.length).toBeGreaterThan(3);
    const focused = () => page.evaluate<string | null>('document.activeElement?.closest("li")?.querySelector(".title")?.textContent ?? null');

    await list.getByRole('searchbox', { name: 'Search conversations' }).focus();
    await page.keyboard.press('Tab');
    const open = await list.locator('[aria-current="true"] .title').textContent();
    expect(await focused()).toBe(open); // on the open conversation, not the first of the list
    await page.keyboard.press('End');
    expect(await focused()).toBe(titles.at(-1));
    await page.keyboard.press('Home');
    expect(await focused()).toBe(titles[0]);
    await page.keyboard.press('PageDown'); // a page is about ten conversations
    expect(await focused()).toBe(titles[Math.min(9, titles.length - 1)]);
    await page.keyboard.press('PageUp');
    expect(await focused()).toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(titles[1]);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: titles[1] }).waitFor();
    // One Tab leaves the list, however long it is.
    await page.keyboard.press('Tab');
    expect(await focused()).toBeNull();
  });

  it('says a draft stopped before its first word was, with Regenerate named beside it, instead of an empty answer', async () => {
    // Stored as a Stop before the first token leaves it: an empty generated message marked interrupted.
    const db = openDatabase(server.dataDir);
    try {
      const conversations = new ConversationRepository(db);
      const { id } = conversations.createConversation('Stopped at once');
      conversations.addMessage(id, 'user', { text: faqQuestion, lang: 'en' });
      conversations.addMessage(id, 'assistant', { text: '', lang: 'en', mode: 'generated', confidence: 0.5, interrupted: true });
    } finally {
      db.close();
    }
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('complementary', { name: 'Conversations' }).getByRole('button', { name: /Stopped at once/ }).click();
    const answer = page.getByRole('article', { name: 'Concierge' }).last();
    await answer.getByText('Stopped before any text was written. Regenerate writes the answer again.').waitFor();
    expect(await answer.getByRole('button', { name: 'Copy' }).count(), 'nothing to copy').toBe(0);
    const regenerate = answer.getByRole('button', { name: 'Regenerate' });
    expect(await regenerate.textContent()).toBe('Regenerate'); // named on the button, not only an icon
    await screenshot(page, 'chat-stopped-before-any-text');
    await regenerate.click();
    await expect.poll(async () => (await page.getByRole('article', { name: 'Concierge' }).last().locator('.text').textContent())?.trim()).not.toBe('');
    expect(await page.getByText('Stopped before any text was written').count()).toBe(0);
  });

  it('adds a line with Shift+Enter without sending, and sends the lines with Enter', async () => {
    await page.getByRole('button', { name: 'New conversation' }).click();
    const box = page.getByRole('textbox', { name: 'Question' });
    await box.focus();
    const oneLine = (await box.boundingBox())!.height;
    await page.keyboard.type('Do you sell gift cards?');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('And can they be wrapped?');
    expect(await box.inputValue()).toBe('Do you sell gift cards?\nAnd can they be wrapped?');
    expect((await box.boundingBox())!.height).toBeGreaterThan(oneLine); // the box grows to show both lines
    const before = (await server.invoke('chat:conversations', {})).conversations.length;
    await page.keyboard.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('');
    await expect.poll(async () => (await server.invoke('chat:conversations', {})).conversations.length).toBe(before + 1);
    const [conversation] = (await server.invoke('chat:conversations', {})).conversations;
    const [question] = await server.invoke('chat:messages', { conversationId: conversation.id });
    expect(question).toMatchObject({ role: 'user', text: 'Do you sell gift cards?\nAnd can they be wrapped?' });
  });

  it('names a conversation created through the API without a title in the UI’s language: 新对话 in Chinese', async () => {
    const { id, title } = await server.invoke('chat:create', {});
    expect(title).toBeNull();
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: '中文' }).check();
    try {
      await nav.getByRole('button', { name: '对话' }).click();
      const list = page.getByRole('complementary', { name: '对话列表' });
      const listed = list.locator('li .title').filter({ hasText: /^新对话$/ });
      await listed.waitFor();
      expect(await listed.getAttribute('title')).toBe('新对话');
      expect(await list.getByText('New conversation').count()).toBe(0);
      await listed.click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('新对话');
      await screenshot(page, 'chat-untitled-zh');
    } finally {
      await nav.getByRole('button', { name: '设置' }).click();
      await page.getByRole('radio', { name: 'English' }).check();
      await server.invoke('chat:delete', { conversationId: id });
    }
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
