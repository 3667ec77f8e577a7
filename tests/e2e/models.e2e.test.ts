import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelVersion } from '../../src-main/shared/api/index.ts';
import { DATABASE_FILE } from '../../src-main/store/database.ts';
import type { WsClientMessage, WsServerMessage } from '../../src-main/shared/api/transport.ts';
import { createTinyModel, type TinyModel } from '../helpers/tiny-model.ts';
import { screenshot } from './support/browser.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: on the Models screen, see which versions carry the int8 copy, make one for a version without it
// (the action stays disabled, with its phase shown, until the server's worker is done), see a damaged
// version's failure on its row, and an ONNX-only copy say why it cannot have one. Each step checks the
// screen and, through the HTTP API, what the server holds.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];
let tiny: TinyModel;
let older: ModelVersion;
let damaged: ModelVersion;

/**
 * While true, the end of a model:quantize (its `done` progress event and its reply) is held back from the page,
 * so the running state can be looked at after the server has finished.
 */
let holdQuantize = false;
const held: (() => void)[] = [];
/** How many model:list replies the page has had: the list it shows was reloaded after the last count. */
let listReplies = 0;
const precisionsOf = async (id: string) => (await server.invoke('model:list', {})).find((v) => v.id === id)?.precisions;
const row = (name: string) => page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });

describe('int8 copies on the Models screen', () => {
  beforeAll(async () => {
    [{ server, browser, page, problems }, tiny] = await Promise.all([startJourney(), createTinyModel(13)]);
    const dataModels = join(server.dataDir, 'models');
    // A version as installed before int8 copies existed, one whose weights were damaged since, an ONNX-only copy.
    older = await server.invoke('model:import', { path: tiny.dir, name: 'Older' });
    await rm(join(dataModels, older.id, 'onnx', 'model_quantized.onnx'));
    damaged = await server.invoke('model:import', { path: tiny.dir, name: 'Damaged' });
    await rm(join(dataModels, damaged.id, 'onnx', 'model_quantized.onnx'));
    await writeFile(join(dataModels, damaged.id, 'model.safetensors'), Buffer.alloc(16));
    const onnxOnly = join(server.dataDir, 'xenova-copy');
    await cp(tiny.dir, onnxOnly, { recursive: true });
    await rm(join(onnxOnly, 'model.safetensors'));
    await rm(join(onnxOnly, 'onnx', 'model_quantized.onnx'));
    await server.invoke('model:import', { path: onnxOnly, name: 'Xenova copy' });

    const quantizeCalls = new Set<number>();
    const listCalls = new Set<number>();
    await page.routeWebSocket(/\/ws$/, (ws) => {
      const upstream = ws.connectToServer();
      ws.onMessage((message) => {
        const call = JSON.parse(String(message)) as WsClientMessage;
        if (call.type === 'invoke' && call.channel === 'model:quantize') quantizeCalls.add(call.seq);
        if (call.type === 'invoke' && call.channel === 'model:list') listCalls.add(call.seq);
        upstream.send(message);
      });
      upstream.onMessage((message) => {
        const reply = JSON.parse(String(message)) as WsServerMessage;
        if (reply.type === 'response' && listCalls.has(reply.seq)) listReplies++;
        const end =
          (reply.type === 'response' && quantizeCalls.has(reply.seq)) ||
          (reply.type === 'event' && reply.event === 'model:progress' && (reply.payload as { phase: string }).phase === 'done');
        if (holdQuantize && end) held.push(() => ws.send(message));
        else ws.send(message);
      });
    });
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Models' }).click();
    await row('Older').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await tiny?.remove();
  });

  it('says which versions answer in int8, and why an ONNX-only copy cannot', async () => {
    await expect.poll(() => row('Older').getByTestId('model-precision').textContent()).toContain('fp32 only');
    await row('Older').getByRole('button', { name: 'Make an int8 copy of Older' }).waitFor();
    await row('Xenova copy').getByText('ONNX-only copy: it has no weights to make an int8 copy from').waitFor();
    expect(await row('Xenova copy').getByRole('button', { name: /int8/ }).count()).toBe(0);
    await screenshot(page, 'models-01-precision');
  });

  it('makes the int8 copy, with every such action disabled and the phase shown until the server is done', async () => {
    holdQuantize = true;
    const listsBefore = listReplies;
    await row('Older').getByRole('button', { name: 'Make an int8 copy of Older' }).click();
    const making = row('Older').getByRole('button', { name: 'Making int8 copy…' });
    await making.waitFor();
    expect(await making.isDisabled()).toBe(true);
    expect(await row('Damaged').getByRole('button', { name: 'Make an int8 copy of Damaged' }).isDisabled()).toBe(true);
    // The server's worker finishes and the page reloads its list (model:changed) while it still waits for the
    // reply, held back here: the row keeps its running state until then.
    await expect.poll(() => precisionsOf(older.id)).toEqual(['fp32', 'int8']);
    await expect.poll(() => listReplies).toBeGreaterThan(listsBefore);
    await row('Older').getByRole('status').filter({ hasText: 'Writing the int8 copy…' }).waitFor();
    await row('Older').getByRole('progressbar', { name: 'Making int8 copy…' }).waitFor();
    await screenshot(page, 'models-02-making-int8');

    holdQuantize = false;
    for (const send of held.splice(0)) send();
    await expect.poll(() => row('Older').getByTestId('model-precision').textContent()).toBe('fp32 + int8');
    await page.getByText('Older now has an int8 copy').waitFor();
    expect(await row('Older').getByRole('button', { name: /int8/ }).count()).toBe(0);
    expect(await row('Damaged').getByRole('button', { name: 'Make an int8 copy of Damaged' }).isDisabled()).toBe(false);
  });

  it('shows on its row why a damaged version cannot get one, and leaves it fp32 only', async () => {
    await row('Damaged').getByRole('button', { name: 'Make an int8 copy of Damaged' }).click();
    const alert = row('Damaged').getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^Could not make the int8 copy: .*model\.safetensors/);
    expect(await row('Damaged').getByTestId('model-precision').textContent()).toContain('fp32 only');
    expect(await row('Damaged').getByRole('button', { name: 'Make an int8 copy of Damaged' }).isDisabled()).toBe(false);
    expect(await precisionsOf(damaged.id)).toEqual(['fp32']);
    await screenshot(page, 'models-03-int8-failed');
  });

  it('keeps each row’s actions in its row and apart, each id whole, the origin and date on one line, and the card no taller than its rows, at 800, 900 and 1280 px in both languages', async () => {
    // A trained version's origin names the version it was trained from, by its id (as long as the version's own):
    // set here as a run sets it, since training one would take minutes.
    const db = new BetterSqlite3(join(server.dataDir, DATABASE_FILE));
    db.prepare('UPDATE model_versions SET parent_id = ? WHERE id = ?').run(damaged.id, older.id);
    // A pulled version names the hub commit its files came from (model pull stores it): set here, as no hub is at hand.
    const commit = '3f9a1c0b7e5d2468ace13579bdf02468ace13579';
    // Made from the knowledge base's first revision: the training data column names it (知识库版本 1).
    db.prepare('UPDATE model_versions SET kb_revision = 1').run();
    db.prepare("UPDATE model_versions SET source = 'pull', origin = 'openai-community/gpt2', revision = ? WHERE name = 'Xenova copy'").run(commit);
    db.close();
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Models' }).click();
    // Named as its own row names it, not by an id a person cannot read; the id in the tooltip.
    const parent = row('Older').getByTestId('model-parent');
    expect((await parent.textContent())?.trim()).toBe('from Damaged');
    expect(await parent.getAttribute('title')).toBe(damaged.id);
    const revision = row('Xenova copy').getByTestId('model-revision');
    expect(await page.getByTestId('model-revision').count(), 'only the pulled version names a commit').toBe(1);
    try {
      for (const [width, language, models] of [
        [800, 'English', 'Models'],
        [800, '中文', '模型'],
        [900, 'English', 'Models'],
        [900, '中文', '模型'],
        [1280, 'English', 'Models'],
        [1280, '中文', '模型'],
      ] as const) {
        await page.setViewportSize({ width, height: 700 });
        await page.getByRole('navigation').getByRole('button', { name: /^(Settings|设置)$/ }).click();
        await page.getByRole('radio', { name: language }).check();
        await page.getByRole('navigation').getByRole('button', { name: models }).click();
        await page.getByTestId('model-source').first().waitFor();
        // Its first 7 digits on the row, all 40 in the tooltip, in the screen's language.
        expect((await revision.textContent())?.trim(), language).toBe(language === 'English' ? 'commit 3f9a1c0' : '提交 3f9a1c0');
        expect(await revision.getAttribute('title'), language).toBe(
          language === 'English' ? `Downloaded from the hub at commit ${commit}` : `下载自模型库的提交 ${commit}`,
        );
        await screenshot(page, `models-04-${width}-${language === 'English' ? 'en' : 'zh'}`);
        const wrap = await page.evaluate<number>(`(() => { const wrap = document.querySelector('.table-wrap'); return wrap.scrollWidth - wrap.clientWidth; })()`);
        expect(wrap, `${language} ${width}: the table scrolls sideways`).toBeLessThanOrEqual(0);
        const below = await page.evaluate<number>(
          `(() => { const wrap = document.querySelector('.table-wrap'); return wrap.getBoundingClientRect().bottom - wrap.querySelector('tbody tr:last-child').getBoundingClientRect().bottom; })()`,
        );
        expect(below, `${language} ${width}: an empty band in the card under its last row`).toBeLessThanOrEqual(2);
        // The actions' cell spans its row (its hairline is the row's), its two buttons apart, the origin one line.
        const layout = await page.evaluate<
          {
            cellSpansRow: boolean;
            gap: number | null;
            sourceLines: number;
            idLines: number;
            id: string;
            idClipped: number;
            dateLines: number;
            date: string;
            dateTitle: string;
            kbRevision: string;
            kbRevisionLines: number;
          }[]
        >(`
          [...document.querySelectorAll('tbody tr')].map((row) => {
            const box = row.getBoundingClientRect();
            const cell = row.querySelector('.row-actions').getBoundingClientRect();
            const [activate, remove] = [...row.querySelectorAll('.row-actions button')].map((button) => button.getBoundingClientRect());
            return {
              cellSpansRow: Math.abs(cell.top - box.top) < 1 && Math.abs(cell.bottom - box.bottom) < 1,
              gap: activate && remove ? remove.left - activate.right : null,
              sourceLines: row.querySelector('[data-testid=model-source]').getClientRects().length,
              idLines: (() => {
                const id = row.querySelector('[data-testid=model-id]');
                return Math.floor(id.getBoundingClientRect().height / (1.5 * parseFloat(getComputedStyle(id).fontSize))) + 1;
              })(),
              id: row.querySelector('[data-testid=model-id]').textContent,
              idClipped: (() => {
                const id = row.querySelector('[data-testid=model-id]');
                return id.scrollWidth - id.clientWidth;
              })(),
              dateLines: row.querySelector('[data-testid=model-date]').getClientRects().length,
              date: row.querySelector('[data-testid=model-date]').textContent.trim(),
              dateTitle: row.querySelector('[data-testid=model-date]').title,
              kbRevision: row.children[2].textContent.trim(),
              kbRevisionLines: (() => {
                const range = document.createRange();
                range.selectNodeContents(row.children[2]);
                return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size;
              })(),
            };
          })
        `);
        expect(layout.length, language).toBeGreaterThan(1);
        const ids = (await server.invoke('model:list', {})).map((version) => version.id);
        for (const row of layout) {
          expect(row.cellSpansRow, language).toBe(true);
          expect(row.sourceLines, language).toBe(1);
          expect(row.dateLines, `${language} ${width}: the date wraps`).toBe(1);
          // The day, unambiguous: day first with the month named in English, month and day named in Chinese (another
          // year's: with its year, written first); the time in its tooltip.
          expect(row.date, language).toMatch(language === 'English' ? /^\d{1,2} [A-Z][a-z]{2,3}( \d{4})?$/ : /^(\d{1,2}月\d{1,2}日|\d{4}\/\d{1,2}\/\d{1,2})$/);
          expect(row.dateTitle, language).toMatch(/\d{1,2}:\d{2}/);
          // The whole id on the row, readable without a pointer (an inactive version's row also holds its two
          // buttons): broken after a dash where the column is narrow, never cut with an ellipsis.
          expect(ids, `${language} ${width}: the row shows the id whole`).toContain(row.id);
          expect(row.idClipped, `${language} ${width}: the id is clipped`).toBeLessThanOrEqual(0);
          // At worst its name, its date and its time with the hash, each on a line (at 800 px), not a letter a line.
          expect(row.idLines, `${language} ${width}: the id takes more than three lines`).toBeLessThanOrEqual(3);
          if (row.gap !== null) expect(row.gap, language).toBeGreaterThanOrEqual(8);
          // A short label: in Chinese whole on one line, not 知识库版 over 本 1 or 知识库版本 over a 1 alone; its number
          // held to its word by a no-break space in both languages.
          expect(row.kbRevision, language).toBe(language === 'English' ? 'KB revision\u00a01' : '知识库版本\u00a01');
          if (language === '中文') expect(row.kbRevisionLines, `${width}: ${row.kbRevision} on more lines`).toBe(1);
        }
      }
    } finally {
      await page.getByRole('navigation').getByRole('button', { name: /^(Settings|设置)$/ }).click();
      await page.getByRole('radio', { name: 'English' }).check();
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('says in the Chinese UI why a folder without config.json cannot be imported, naming that folder', async () => {
    const notes = join(server.dataDir, 'just-notes');
    await mkdir(notes);
    await writeFile(join(notes, 'README.md'), 'not a model');
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: '中文' }).check();
    await nav.getByRole('button', { name: '模型' }).click();
    await page.getByRole('button', { name: '导入文件夹…' }).click();
    const dialog = page.getByRole('dialog', { name: '导入模型文件夹' });
    await dialog.getByRole('textbox', { name: '本机上的文件夹' }).fill(notes);
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    // The server's refusal is coded (model.folder.file-missing): said in Chinese, with the chosen folder and file.
    const banner = page.getByRole('alert').filter({ hasText: '输入未被接受' });
    await expect.poll(() => banner.textContent()).toContain(`${notes} 不是完整的模型文件夹：缺少 config.json。`);
    expect(await banner.textContent()).not.toMatch(/is missing/);
    expect((await server.invoke('model:list', {})).map((version) => version.name)).not.toContain('just-notes');
    await screenshot(page, 'models-05-import-refused-zh');
    await nav.getByRole('button', { name: '设置' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
  });

  it('activates a version from the keyboard, keeps the focus on its row, and rolls back with Undo on the toast', async () => {
    await server.invoke('model:activate', { id: older.id });
    await page.getByRole('navigation').getByRole('button', { name: 'Models' }).click();
    const target = 'Xenova copy';
    await row(target).getByRole('button', { name: `Activate ${target}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await server.invoke('model:list', {})).find((v) => v.active)?.name).toBe(target);
    // The button went with the row's new state: the focus is on the version's name, not lost to the page.
    await expect.poll(() => page.evaluate<string>('document.activeElement?.querySelector(".name")?.textContent ?? document.activeElement?.tagName')).toBe(target);

    const toast = page.getByRole('status').filter({ hasText: `${target} is now active` });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await server.invoke('model:list', {})).find((v) => v.active)?.id).toBe(older.id);
  });

  it('says “1 layer” of a version with one layer, not “1 layers”', async () => {
    const one = await server.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 32, name: 'One layer' });
    try {
      const shape = (name: string) => row(name).getByText(/ · 32 wide$/).textContent();
      await expect.poll(() => shape('One layer')).toBe('1 layer · 32 wide');
      expect(await shape('Older')).toBe('2 layers · 32 wide');
    } finally {
      await server.invoke('model:delete', { id: one.id });
    }
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
