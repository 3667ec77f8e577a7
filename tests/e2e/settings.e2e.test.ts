import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WsClientMessage, WsServerMessage } from '../../src-main/shared/api/transport.ts';
import { screenshot, watchPageProblems } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import { seedRuns } from './support/seed-runs.ts';
import type { ServedApp } from './support/served-app.ts';

// Journeys: filter the knowledge base by tag; in Settings see the data folder, take a backup, change the KB,
// restore the backup after confirming, save a thread count and the inference precision; import a model folder
// typed as a wrong path.
// Each step checks the screen and, through the HTTP API, what the server actually holds.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
/**
 * While set, the page's eval:run calls wait here before they reach the server (the WebSocket is routed from the
 * precision test's reload on), so Calibrate's busy state can be looked at.
 */
let holdEval = false;
const heldEval: (() => void)[] = [];

const liveQuestions = async () => (await server.invoke('faq:list', { limit: 1000 })).entries.map((entry) => entry.question).sort();

describe('settings, backups and filters in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney());
    await page.goto(server.url);
    await page.getByTestId('kb-count').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('filters the knowledge base by tag', async () => {
    const tags = await server.invoke('faq:tags', {});
    const tag = tags.find((item) => item.count > 1) ?? tags[0];
    expect(tag, 'the sample FAQ has tags').toBeDefined();
    await page.getByRole('combobox', { name: 'Tag' }).selectOption(tag.tag);
    const expected = tag.count === 1 ? '1 match' : `${tag.count} matches`;
    await expect.poll(() => page.getByTestId('kb-count').textContent()).toBe(expected);
    const { entries } = await server.invoke('faq:list', { tag: tag.tag });
    for (const entry of entries) await page.getByRole('button', { name: entry.question, exact: true }).waitFor();
    await screenshot(page, 'kb-tag-filter');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Tag' }).inputValue()).toBe('');
  });

  it('shows the data folder the server uses', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => page.getByTestId('data-folder').textContent()).toBe(server.dataDir);
    // Web mode has no folder picker: it says how to start on another folder instead.
    await expect(page.getByRole('button', { name: 'Change…' }).count()).resolves.toBe(0);
    await page.getByText('concierge serve --data').waitFor();
  });

  it('takes a backup and restores it after a confirmation that mentions the safety backup', async () => {
    const before = await liveQuestions();
    const data = page.getByTestId('settings-data');
    await data.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backup concierge-.*-manual(-\d+)?\.db saved$/).waitFor();
    const { backups } = await server.invoke('backup:list', {});
    expect(backups.map((backup) => backup.label)).toEqual(['manual']);
    await data.getByRole('listitem').first().waitFor();
    await screenshot(page, 'settings-01-data');

    // A change made after the backup, which the restore must undo.
    await server.invoke('faq:create', { question: 'Added after the backup?', answer: 'It goes away on restore.' });
    expect(await liveQuestions()).toHaveLength(before.length + 1);
    // And a training run finished after it, shown in another tab's Training screen, open through the restore.
    seedRuns(server.dataDir, { finished: { baseModelId: null, modelVersionId: 'made-after-the-backup' } });
    const training = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
    const trainingProblems = watchPageProblems(training);
    await training.goto(server.url);
    await training.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
    await training.getByRole('heading', { name: 'Evaluation of the new model' }).waitFor();
    await training.getByRole('cell', { name: 'made-after-the-backup' }).waitFor();

    await data.getByRole('button', { name: /^Restore the backup of / }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.getByText('A safety backup of the current data is taken first').waitFor();
    await screenshot(page, 'settings-02-restore-confirm');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText(/^Restored concierge-.*-manual(-\d+)?\.db\. The data before the restore is saved as concierge-.*-pre-restore(-\d+)?\.db\.$/).waitFor();
    expect(await liveQuestions()).toEqual(before);
    // The other tab shows the restored runs (none), not the run from after the backup.
    await training.getByText('No runs yet.').waitFor();
    expect(await training.getByRole('heading', { name: 'Evaluation of the new model' }).count()).toBe(0);
    await training.close();
    expect(trainingProblems).toEqual([]);
    const after = await server.invoke('backup:list', {});
    expect(after.backups.map((backup) => backup.label).sort()).toEqual(['manual', 'pre-restore']);
    await expect.poll(() => data.getByRole('listitem').count()).toBe(2);
    // Taken the same minute, the two are told apart by what each was for: no two Restore buttons share a name.
    const names = await data.getByRole('button', { name: /^Restore the backup of / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
  });

  it('keeps the backup list and the data when the restore is cancelled', async () => {
    const before = await liveQuestions();
    await page.getByTestId('settings-data').getByRole('button', { name: /^Restore the backup of / }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await liveQuestions()).toEqual(before);
    expect((await server.invoke('backup:list', {})).backups).toHaveLength(2);
  });

  it('saves a thread count and says it applies after a restart', async () => {
    await page.getByRole('combobox', { name: 'Threads for training' }).selectOption('1');
    await page.getByText('The new thread counts apply the next time Concierge starts.').waitFor();
    expect(await server.invoke('app:threads', {})).toMatchObject({ training: 1, inUse: { training: null } });
    await screenshot(page, 'settings-03-threads');
    await page.getByRole('combobox', { name: 'Threads for training' }).selectOption('');
    await expect.poll(() => page.getByText('The new thread counts apply the next time Concierge starts.').count()).toBe(0);
  });

  it('puts the threads hint as close under its two counts as another field\'s hint is under its box', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    // From the control's bottom edge to the top of the hint it names in aria-describedby.
    const hintUnder = (control: string) =>
      page.evaluate<{ gap: number; hint: string }>(`(() => {
        const control = ${control};
        const hint = document.getElementById(control.getAttribute('aria-describedby').split(' ')[0]);
        return { gap: hint.getBoundingClientRect().top - control.getBoundingClientRect().bottom, hint: hint.textContent };
      })()`);
    const threads = await hintUnder(`document.querySelector('[data-testid=settings-threads] select')`);
    const blockedWords = await hintUnder(`document.querySelector('[data-testid=settings-answers] textarea')`);
    expect(threads.hint).toBe('Fewer threads leave more of the computer for other work; automatic uses one per core.');
    expect(blockedWords.gap).toBeGreaterThan(0);
    expect(threads.gap).toBe(blockedWords.gap);
    await page.getByTestId('settings-threads').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-threads-hint');
  });

  it('saves the precision chosen with the keyboard, keeps it after a reload, says when it applies, and why a save failed', async () => {
    const performance = page.getByTestId('settings-threads');
    const standard = performance.getByRole('radio', { name: 'Standard (fp32)' });
    const faster = performance.getByRole('radio', { name: 'Faster (int8)' });
    await performance.getByRole('group', { name: 'Precision for answering' }).waitFor();
    expect(await standard.isChecked()).toBe(true);
    expect(await server.invoke('app:precision', {})).toEqual({ precision: 'fp32', inUse: 'fp32' });

    // A radio group: focus the chosen option, and an arrow key picks the next one.
    await standard.focus();
    await page.keyboard.press('ArrowRight');
    const restart = 'Saved. Concierge answers with Faster (int8) the next time it starts.';
    await performance.getByRole('status').filter({ hasText: restart }).waitFor();
    expect(await faster.isChecked()).toBe(true);
    expect(await server.invoke('app:precision', {})).toEqual({ precision: 'int8', inUse: 'fp32' });
    await screenshot(page, 'settings-03b-precision');

    // From the reload on, the page's WebSocket passes through here, so that a save can be made to fail.
    let refuseSave = false;
    await page.routeWebSocket(/\/ws$/, (ws) => {
      const upstream = ws.connectToServer();
      ws.onMessage((message) => {
        const call = JSON.parse(String(message)) as WsClientMessage;
        if (refuseSave && call.type === 'invoke' && call.channel === 'app:set-precision') {
          const error = { name: 'UnavailableError', message: 'The database is busy', kind: 'unavailable' as const };
          ws.send(JSON.stringify({ type: 'response', seq: call.seq, ok: false, error } satisfies WsServerMessage));
        } else if (holdEval && call.type === 'invoke' && call.channel === 'eval:run') heldEval.push(() => upstream.send(message));
        else upstream.send(message);
      });
    });
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => faster.isChecked()).toBe(true);
    const pending = 'Concierge answers with Faster (int8) the next time it starts.';
    await performance.getByRole('status').getByText(pending, { exact: true }).waitFor();

    refuseSave = true;
    await standard.click(); // not check(): the choice goes back to Faster, which check() would take for its own failure
    await performance.getByRole('alert').filter({ hasText: 'Could not save the precision: The database is busy' }).waitFor();
    await expect.poll(() => faster.isChecked()).toBe(true);
    await performance.getByRole('status').getByText(pending, { exact: true }).waitFor(); // still saved as int8
    expect(await server.invoke('app:precision', {})).toEqual({ precision: 'int8', inUse: 'fp32' });
    await screenshot(page, 'settings-03c-precision-failed');

    refuseSave = false;
    await standard.check();
    await expect.poll(() => performance.getByRole('alert').count()).toBe(0);
    await performance.getByRole('status').filter({ hasText: 'Saved. Concierge already answers with Standard (fp32).' }).waitFor();
    expect(await server.invoke('app:precision', {})).toEqual({ precision: 'fp32', inUse: 'fp32' });
  });

  it('fits the thresholds to a question set, applies them, and undoes that from the toast', async () => {
    // The sample FAQ's blind English set, plus a question whose expected entry does not exist.
    const { cases } = JSON.parse(await readFile(fileURLToPath(new URL('../fixtures/eval-blind3-en.json', import.meta.url)), 'utf8'));
    const questionSet = { cases: [...cases, { query: 'Do you repair bicycles?', expect: 'bike-repair' }] };
    const before = await server.invoke('settings:get', {});
    const { calibration } = await server.invoke('eval:run', { ...questionSet, calibrate: true });
    const suggested = calibration!.suggested.thresholds;
    expect(suggested, 'this set is expected to need other thresholds').not.toEqual({ generated: before.generateThreshold, faq: before.faqThreshold });

    const panel = page.getByTestId('settings-answers');
    const chooser = panel.getByLabel('Calibrate from test questions…', { exact: true }).and(page.locator('input[type=file]'));
    await chooser.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"entries": []}') });
    // The error and the hint say what a question set looks like, rather than naming a command-line tool's format.
    const example = '{"cases":[{"query":"Do you ship to Norway?","expect":"international-shipping"},{"query":"Write me a poem","expect":null}]}';
    const problem = panel.getByRole('alert').filter({ hasText: 'notes.json is not a question set' });
    await problem.waitFor();
    expect(await problem.textContent()).toBe(`notes.json is not a question set. It should be JSON such as ${example}`);
    // The hint is a plain sentence; the format, with its example, waits behind "What the file looks like".
    const hint = panel.locator(`#${await panel.getByRole('button', { name: 'Calibrate from test questions…' }).getAttribute('aria-describedby')}`);
    expect(await hint.textContent()).toMatch(/^Check the thresholds against questions your customers ask\. Download a template/);
    const format = panel.getByText(/^A JSON file of test questions/);
    expect(await format.isVisible()).toBe(false);
    await panel.getByText('What the file looks like', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await format.waitFor();
    expect(await format.textContent()).toContain(`with null (at least 5). For example: ${example}`);
    expect(await format.textContent()).not.toContain('concierge eval');

    // Chosen from the keyboard: Calibrate is disabled while the questions are answered, then has the focus again.
    const calibrate = panel.getByRole('button', { name: 'Calibrate from test questions…' });
    await calibrate.focus();
    holdEval = true;
    await chooser.setInputFiles({ name: 'questions.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(questionSet)) });
    // Meanwhile it says so: a busy button, the questions being answered in a live region, an indeterminate bar.
    const busy = panel.locator('button[aria-busy=true]');
    await expect.poll(() => busy.textContent()).toBe('Calibrating…');
    expect(await busy.isDisabled()).toBe(true);
    const answering = `Answering ${questionSet.cases.length} test questions from questions.json…`;
    expect((await panel.getByRole('status').filter({ hasText: answering }).textContent())?.trim()).toBe(answering);
    const bar = panel.getByRole('progressbar', { name: 'Calibrating…' });
    expect(await bar.getAttribute('aria-busy')).toBe('true');
    await bar.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-04a-calibrating');
    holdEval = false;
    for (const send of heldEval.splice(0)) send();
    const table = panel.getByRole('table', { name: 'Thresholds fitted to questions.json' });
    await panel.getByRole('status').filter({ hasText: 'No enabled entry has the ref bike-repair' }).waitFor();
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent?.trim()')).toBe('Calibrate from test questions…');
    expect(await bar.count()).toBe(0);
    // The live region stays, empty, taking no room.
    expect(await panel.locator('.calibrating').evaluate((region: { textContent: string; clientHeight: number }) => [region.textContent.trim(), region.clientHeight])).toEqual(['', 0]);
    const suggestedRow = table.getByRole('row', { name: /^Suggested/ });
    await expect.poll(() => suggestedRow.getByRole('cell').first().textContent()).toBe(`${Math.round(suggested.generated * 100)}%`);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-04-calibration');
    await panel.getByRole('button', { name: 'Use the suggested thresholds' }).click();
    // Both thresholds polled together: one of them may already have the value waited for (the suggested draft
    // threshold is often the default), and a poll on it alone would pass before the change was saved.
    const thresholds = async () => {
      const { generateThreshold, faqThreshold } = await server.invoke('settings:get', {});
      return { generateThreshold, faqThreshold };
    };
    await expect.poll(thresholds).toEqual({ generateThreshold: suggested.generated, faqThreshold: suggested.faq });
    await expect.poll(() => table.count()).toBe(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(thresholds).toEqual({ generateThreshold: before.generateThreshold, faqThreshold: before.faqThreshold });
  });

  it('downloads a question set made from the FAQ, from the keyboard, which Calibrate reads as it is', async () => {
    const panel = page.getByTestId('settings-answers');
    await panel.getByRole('button', { name: 'Calibrate from test questions…' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | undefined>('document.activeElement?.textContent?.trim()')).toBe('Download a template');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('calibration-questions.json');
    const content = await readFile((await download.path())!, 'utf8');
    const { cases } = JSON.parse(content) as { cases: { query: string; expect: string | null }[] };
    // Twelve of the FAQ's own questions, each expecting its entry, and questions to hand off in English and Chinese.
    const questions = new Map((await server.invoke('faq:list', { enabled: true, limit: 1000 })).entries.map((entry) => [entry.ref, entry.question]));
    const inScope = cases.filter((item) => item.expect !== null);
    expect(inScope).toHaveLength(12);
    for (const item of inScope) expect(questions.get(item.expect), item.query).toBe(item.query);
    expect(cases.filter((item) => item.expect === null).map((item) => item.query)).toEqual(expect.arrayContaining(['Write me a poem', '给我写一首诗']));
    await page.getByText('Saved calibration-questions.json: reword its questions, then choose it with Calibrate').waitFor();

    const chooser = panel.getByLabel('Calibrate from test questions…', { exact: true }).and(page.locator('input[type=file]'));
    await chooser.setInputFiles({ name: 'calibration-questions.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await panel.getByRole('table', { name: 'Thresholds fitted to calibration-questions.json' }).waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    await panel.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('asks for a full folder path when importing a model, and shows the server’s reason for a missing folder', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Models' }).click();
    await page.getByRole('button', { name: 'Import folder…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a model folder' });
    const field = dialog.getByRole('textbox', { name: 'Folder on this computer' });
    await field.fill('models/gpt2');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'full path' }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'models-import-path-problem');

    const missing = `${server.dataDir}/no-such-model`;
    await field.fill(missing);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const banner = page.getByRole('alert', { name: 'Error' });
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toContain('no-such-model');
    expect(await server.invoke('model:list', {})).toEqual([]);
    // The dialog gave the focus back to Import folder…, which the import disabled while it ran: the button has it
    // again, not the page.
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent?.trim()')).toBe('Import folder…');
  });

  it('keeps the Download dialog open with the reason when the model name is not one, and what was typed to correct', async () => {
    await page.getByRole('button', { name: 'Download…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Download a model' });
    const field = dialog.getByRole('textbox', { name: 'Model name' });
    await field.fill('https://huggingface.co/gpt2');
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: '“https://huggingface.co/gpt2” is not a model name. Use gpt2, distilgpt2 or owner/name.' }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('https://huggingface.co/gpt2');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await server.invoke('model:list', {})).toEqual([]);
  });

  it('edits the blocked patterns, one per line, and shows why a pattern or the list is refused under the field, keeping what was typed', async () => {
    const toSettings = () => page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await toSettings();
    const panel = page.getByTestId('settings-answers');
    const patterns = panel.getByLabel('Patterns a draft must never match');
    await patterns.fill('(a+)+');
    await patterns.blur();
    const reason = panel.getByRole('alert').filter({ hasText: 'The blocked pattern /(a+)+/ repeats a group' });
    await reason.waitFor();
    expect(await patterns.getAttribute('aria-invalid')).toBe('true');
    expect(await patterns.inputValue(), 'the refused text stays in the field to be corrected').toBe('(a+)+');
    expect((await server.invoke('settings:get', {})).blockedPatterns).toEqual([]);

    await patterns.fill('free\\s+upgrade\n\nrefund\\s+guaranteed');
    await patterns.blur();
    await expect.poll(async () => (await server.invoke('settings:get', {})).blockedPatterns).toEqual(['free\\s+upgrade', 'refund\\s+guaranteed']);
    await expect.poll(() => reason.count()).toBe(0);
    expect(await patterns.getAttribute('aria-invalid')).toBeNull();

    // Each of these passes alone; together they could take too long to check a draft.
    await patterns.fill(Array.from({ length: 17 }, (_, i) => `\\d+ to \\d+ n${i}`).join('\n'));
    await patterns.blur();
    await panel.getByRole('alert').filter({ hasText: 'The blocked patterns together could take 0.9 s to check one long draft' }).waitFor();
    expect(await patterns.getAttribute('aria-invalid')).toBe('true');
    expect((await server.invoke('settings:get', {})).blockedPatterns).toEqual(['free\\s+upgrade', 'refund\\s+guaranteed']);

    await page.reload();
    await toSettings();
    await expect.poll(() => page.getByTestId('settings-answers').getByLabel('Patterns a draft must never match').inputValue()).toBe(
      'free\\s+upgrade\nrefund\\s+guaranteed',
    );
    await server.invoke('settings:set', { blockedPatterns: [] });
  });

  it('keeps the focus on Back up now and on Restore from the keyboard, though each is disabled while it works', async () => {
    const focusedName = () => page.evaluate<string>('document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent?.trim() ?? ""');
    const data = page.getByTestId('settings-data');
    await data.getByRole('button', { name: 'Back up now' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Backup concierge-.*-manual(-\d+)?\.db saved$/).last().waitFor();
    await expect.poll(focusedName).toBe('Back up now');

    const restore = data.getByRole('button', { name: /^Restore the backup of / }).first();
    const name = await restore.getAttribute('aria-label');
    await restore.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.getByRole('button', { name: 'Restore', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Restored concierge-/).last().waitFor();
    await expect.poll(focusedName).toBe(name);
  });

  it('scrolls on past its last card while toasts are shown, so that no control is left under a toast, in a small window', async () => {
    await page.setViewportSize({ width: 800, height: 600 });
    // At the end of the page, every card (the last one's controls at its bottom right) ends above the toasts.
    const coveredAtEnd = `(() => {
      const screen = document.querySelector('section[aria-labelledby=settings-heading]');
      screen.scrollTop = screen.scrollHeight;
      const toasts = [...document.querySelectorAll('.toasts > *')].map((toast) => toast.getBoundingClientRect());
      const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return [...screen.querySelectorAll('.panel')]
        .filter((panel) => toasts.some((toast) => meets(panel.getBoundingClientRect(), toast)))
        .map((panel) => panel.dataset.testid);
    })()`;
    try {
      await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
      // Also looked at the moment a toast comes or goes, not only once the next frame has been drawn: the page
      // keeps the toasts' room from the same update that shows them (a script reading the layout meanwhile saw
      // the Performance card under a toast).
      await page.evaluate(`(() => {
        window.coveredOnChange = [];
        window.toastWatch = new MutationObserver(() => window.coveredOnChange.push(${coveredAtEnd}));
        window.toastWatch.observe(document.querySelector('.toasts'), { childList: true, subtree: true });
      })()`);
      const earlier = new Set((await server.invoke('backup:list', {})).backups.map((backup) => backup.file));
      await page.getByTestId('settings-data').getByRole('button', { name: 'Back up now' }).click();
      // This test's own toast, named by the file it made: an earlier test's "Backup … saved" may still be shown, and
      // held by the pointer in its place the new one would arrive while the page is measured.
      let file: string | undefined;
      await expect
        .poll(async () => (file = (await server.invoke('backup:list', {})).backups.find((backup) => !earlier.has(backup.file))?.file))
        .toBeDefined();
      // The pointer on the toast holds it (every timer pauses) while the page is looked at.
      await page.getByText(`Backup ${file} saved`, { exact: true }).hover();
      expect(await page.evaluate<string[]>(coveredAtEnd)).toEqual([]);
      const onChange = await page.evaluate<string[][]>('window.coveredOnChange');
      expect(onChange.length).toBeGreaterThan(0);
      expect(onChange.filter((covered) => covered.length > 0)).toEqual([]);
      await screenshot(page, 'settings-05-end-above-toasts');
    } finally {
      await page.evaluate('window.toastWatch?.disconnect()');
      await page.mouse.move(0, 0);
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('shows the value in force again when a number field is cleared, instead of saving 0', async () => {
    const panel = page.getByTestId('settings-answers');
    const turns = panel.getByLabel('Earlier questions used for follow-ups');
    const before = (await server.invoke('settings:get', {})).historyTurns;
    expect(before).toBeGreaterThan(0);
    await turns.fill('');
    await turns.blur();
    await expect.poll(() => turns.inputValue()).toBe(String(before));
    expect((await server.invoke('settings:get', {})).historyTurns).toBe(before);

    await turns.fill('3');
    await turns.blur();
    await expect.poll(async () => (await server.invoke('settings:get', {})).historyTurns).toBe(3);
    await server.invoke('settings:set', { historyTurns: before });
  });

  it('stops the hand-off slider at the FAQ threshold when the arrow keys push it past, and says the value it shows', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const panel = page.getByTestId('settings-answers');
    const before = await server.invoke('settings:get', {});
    const faq = Math.round(before.faqThreshold * 100);
    const slider = panel.getByRole('slider', { name: 'Hand off below' });
    await slider.focus();
    for (let step = Math.round(before.generateThreshold * 100); step < faq + 3; step++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await server.invoke('settings:get', {})).generateThreshold).toBe(before.faqThreshold);
    await expect.poll(() => slider.inputValue()).toBe(String(faq));
    const id = await slider.getAttribute('id');
    expect(await panel.locator(`output[for="${id}"]`).textContent()).toBe(`${faq}%`);
    await panel.getByRole('status').filter({ hasText: `Stopped at ${faq}%: it cannot be above` }).waitFor();
    expect(await panel.getByRole('alert').count(), 'no refusal naming a value the slider does not show').toBe(0);
    await screenshot(page, 'settings-threshold-stopped');
    await server.invoke('settings:set', { generateThreshold: before.generateThreshold });
  });

  it('says in plain words, in English and Chinese, whether English questions are matched by meaning: on after an unsure one', async () => {
    const nav = page.getByRole('navigation');
    const state = page.getByTestId('settings-threads').getByTestId('meaning-state');
    // A question the sample FAQ is unsure of, in English: the sentence encoder loads for it (if warm-up has not yet).
    await server.invoke('chat:send', { text: "I don't want the weekly deals email anymore" });
    await expect.poll(async () => (await server.invoke('app:info', {})).meaning.state, { timeout: 120_000 }).toBe('ready');
    await nav.getByRole('button', { name: 'Chat' }).click();
    await nav.getByRole('button', { name: 'Settings' }).click();
    const group = page.getByRole('group', { name: 'Matching English questions by meaning' });
    expect(await group.getByTestId('meaning-state').textContent()).toBe('On: English questions Concierge is unsure of are also ranked by their meaning.');
    await group.scrollIntoViewIfNeeded();
    // Under the precision only the panel's own gap: its live region, empty, adds no second one (a blank band).
    const { gap, panelGap } = await page.evaluate<{ gap: number; panelGap: number }>(`(() => {
      const panel = document.querySelector('[data-testid=settings-threads]');
      const precision = panel.querySelector('[role=radiogroup], fieldset').parentElement;
      const meaning = [...panel.querySelectorAll('[role=group]')].at(-1);
      return { gap: meaning.getBoundingClientRect().top - precision.getBoundingClientRect().bottom, panelGap: parseFloat(getComputedStyle(panel).rowGap) };
    })()`);
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThanOrEqual(panelGap + 1);
    await screenshot(page, 'settings-meaning-ready');
    await page.getByRole('radio', { name: '中文' }).check();
    await expect.poll(() => state.textContent()).toBe('已开启：没有把握的英文问题也会按语义排序。');
    await page.getByRole('radio', { name: 'English' }).check();
  });

  it('writes the example question set in the UI’s language: Chinese questions in the Chinese UI', async () => {
    const example = (query: string, handOff: string) =>
      JSON.stringify({ cases: [{ query, expect: 'international-shipping' }, { query: handOff, expect: null }] });
    const hint = page.getByTestId('settings-answers').locator('code.example');
    expect(await hint.textContent()).toBe(example('Do you ship to Norway?', 'Write me a poem'));
    await page.getByRole('radio', { name: '中文' }).check();
    await expect.poll(() => hint.textContent()).toBe(example('能寄到挪威吗？', '给我写一首诗'));
    await page.getByRole('radio', { name: 'English' }).check();
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
