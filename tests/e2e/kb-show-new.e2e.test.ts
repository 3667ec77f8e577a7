import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: after an import or a new entry in a long (paged) knowledge base, the toast's Show lists exactly the new
// entries, under a chip that says so and clears with ×, by mouse and by keyboard.
const FILLER = Array.from({ length: 250 }, (_, i) => ({ question: `Filler question ${i + 1}?`, answer: `Filler answer ${i + 1}.` }));
const CSV = [
  'question,answer,category',
  '"Do you sell gift boxes?","Yes, at checkout, for $4.",Gifts',
  '"Can I add a card message?","Yes, up to 200 characters.",Gifts',
  '"Do you ship gifts abroad?","Yes, to 40 countries.",Gifts',
].join('\n');
const NEW_QUESTIONS = ['Do you sell gift boxes?', 'Can I add a card message?', 'Do you ship gifts abroad?'];

let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
let dir: string;

const countText = () => page.getByTestId('kb-count').textContent();
const chip = () => page.getByTestId('kb-only-new');
/** The questions of the rows on screen, in order. */
const rowQuestions = () => page.locator('[data-row] .question').allTextContents();
const focusedAttribute = (name: string) => page.evaluate<string | null>(`document.activeElement?.getAttribute('${name}') ?? null`);

describe('showing new entries in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    dir = mkdtempSync(join(tmpdir(), 'concierge-e2e-show-'));
    await server.invoke('faq:import', { fileName: 'filler.json', content: JSON.stringify(FILLER) });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists exactly the imported entries with Show (by keyboard), then every entry again with the chip’s ×', async () => {
    await page.goto(server.url);
    const total = (await server.invoke('faq:list', { limit: 1 })).total;
    await expect.poll(countText).toBe(`${total} entries`);
    const file = join(dir, 'gifts.csv');
    writeFileSync(file, CSV);
    await page.locator('input[type=file]').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Import entries' });
    await dialog.getByRole('button', { name: 'Import 3 entries' }).click();
    await dialog.waitFor({ state: 'detached' });
    const toast = page.getByRole('status').filter({ hasText: 'Imported 3 entries' });
    await expect.poll(countText).toBe(`${total + 3} entries`);
    expect(await rowQuestions()).not.toContain(NEW_QUESTIONS[0]); // they are at the end of a long list

    await toast.getByRole('button', { name: 'Show' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(countText).toBe('3 matches');
    expect(await chip().textContent()).toContain('Showing 3 new entries');
    await expect.poll(rowQuestions).toEqual(NEW_QUESTIONS);
    // The keyboard goes on from the first of them, not from the toast.
    await expect.poll(() => focusedAttribute('aria-rowindex')).toBe('2');
    await screenshot(page, 'kb-show-01-imported');

    await chip().getByRole('button', { name: 'Show all entries' }).click();
    await expect.poll(countText).toBe(`${total + 3} entries`);
    await chip().waitFor({ state: 'detached' });
  });

  it('lists the entry just added with Show beside Undo, from another screen too', async () => {
    await page.keyboard.press('Control+n');
    const editor = page.getByRole('dialog', { name: 'New entry' });
    await editor.getByLabel('Question', { exact: true }).fill('Do you gift wrap?');
    await editor.getByLabel('Answer', { exact: true }).fill('Yes, for $3.');
    await editor.getByRole('button', { name: 'Add entry' }).click();
    await editor.waitFor({ state: 'detached' });
    const toast = page.getByRole('status').filter({ hasText: 'Entry added' });
    await toast.getByRole('button', { name: 'Undo' }).waitFor();

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('heading', { name: 'Knowledge base' }).waitFor({ state: 'detached' });
    await toast.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('heading', { name: 'Knowledge base' }).waitFor();
    await expect.poll(countText).toBe('1 match');
    await expect.poll(rowQuestions).toEqual(['Do you gift wrap?']);
    expect(await chip().textContent()).toContain('Showing 1 new entry');
    await screenshot(page, 'kb-show-02-added');

    // Undo is still on the toast: the entry goes, the filter stays until cleared.
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(countText).toBe('0 matches');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await chip().waitFor({ state: 'detached' });
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
