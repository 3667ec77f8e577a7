import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { LIST_IDS_MAX } from '../../../src-main/shared/api/faq-limits.ts';
import type { ApiClient, FaqDraft } from '../../../src-main/shared/api/index.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { PAGE_SIZE } from '../../../src-renderer/state/kb/kb-list.svelte.ts';
import { CONFIRM_DELETE_OVER, KnowledgeBase } from '../../../src-renderer/state/kb/knowledge-base.svelte.ts';
import { Toasts } from '../../../src-renderer/state/toasts.svelte.ts';

// The state classes run against the real app (SQLite in a temp folder) through its in-process client.
let dataDir: string;
let app: App;
let api: ApiClient;
let toasts: Toasts;
let errors: unknown[];
let saved: { fileName: string; content: string }[];

const t = (key: MessageKey, params?: MessageParams) => formatMessage('en', key, params);

/**
 * The errors of the test that made the knowledge base: a refresh an earlier test left running fails once its app
 * has closed ("The database connection is not open"), and must not land in a later test's list.
 */
function errorSink(): (error: unknown) => void {
  const own = errors;
  return (error) => own.push(error);
}

function createKb(): KnowledgeBase {
  return new KnowledgeBase({
    api,
    toasts,
    t,
    onError: errorSink(),
    saveFile: (fileName, content) => saved.push({ fileName, content }),
    openScreen: () => {},
  });
}

async function seed(drafts: FaqDraft[]): Promise<number[]> {
  const ids: number[] = [];
  for (const draft of drafts) ids.push((await api.invoke('faq:create', draft)).id);
  return ids;
}

const numbered = (count: number, extra: Partial<FaqDraft> = {}): FaqDraft[] =>
  Array.from({ length: count }, (_, i) => ({ question: `Question number ${i + 1}?`, answer: `Answer ${i + 1}.`, ...extra }));

const csvFile = (text: string, name = 'faq.csv') => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
};

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'concierge-kb-state-'));
  app = await createApp({ dataDir, seedSample: false });
  api = app.client;
  toasts = new Toasts();
  errors = [];
  saved = [];
});

afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('KnowledgeBase', () => {
  describe('list', () => {
    it('fetches the first page, then only the pages the table scrolls to', async () => {
      const kb = createKb();
      await api.invoke('faq:import', {
        fileName: 'many.jsonl',
        content: numbered(PAGE_SIZE * 2 + 50)
          .map((draft) => JSON.stringify(draft))
          .join('\n'),
      });
      await kb.list.reload();
      expect(kb.list.total).toBe(PAGE_SIZE * 2 + 50);
      expect(kb.list.rows).toHaveLength(PAGE_SIZE * 2 + 50);
      expect(kb.list.rows.filter(Boolean)).toHaveLength(PAGE_SIZE);

      kb.list.setViewport(PAGE_SIZE * 2 + 10, PAGE_SIZE * 2 + 30);
      await vi.waitFor(() => expect(kb.list.rows[PAGE_SIZE * 2 + 10]).toBeDefined(), { timeout: 20_000 });
      expect(kb.list.rows[PAGE_SIZE + 10]).toBeUndefined();
      expect(kb.list.rows.filter(Boolean)).toHaveLength(PAGE_SIZE + 50);
    });

    it('searches once typing pauses, in Chinese and English', async () => {
      vi.useFakeTimers();
      try {
        await seed([
          { question: '如何申请退货？', answer: '在订单页点击“申请退货”。' },
          { question: 'How do I track my parcel?', answer: 'Use the tracking link in your email.' },
        ]);
        const kb = createKb();
        await kb.list.reload();
        expect(kb.list.total).toBe(2);
        const calls = vi.spyOn(api, 'invoke');
        kb.setSearch('退');
        kb.setSearch('退货');
        expect(calls).not.toHaveBeenCalled();
        await vi.advanceTimersByTimeAsync(250);
        await vi.waitFor(() => expect(kb.list.total).toBe(1), { timeout: 20_000 });
        expect(calls).toHaveBeenCalledTimes(1);
        expect(kb.list.rows[0]?.question).toBe('如何申请退货？');
        kb.setSearch('tracking');
        await vi.advanceTimersByTimeAsync(250);
        await vi.waitFor(() => expect(kb.list.rows[0]?.question).toBe('How do I track my parcel?'), { timeout: 20_000 });
      } finally {
        vi.useRealTimers();
      }
    });

    it('filters by category, language and status, and clears the selection when they change', async () => {
      const [refundId] = await seed([
        { question: 'Refund time?', answer: 'Five days.', category: 'Billing', lang: 'en' },
        { question: '退款多久到账？', answer: '五天。', category: 'Billing', lang: 'zh', enabled: false },
        { question: 'Opening hours?', answer: '9 to 5.', category: 'Store', lang: 'en' },
      ]);
      const kb = createKb();
      await kb.list.reload();
      kb.selection.toggle(refundId, 0);

      await kb.setFilters({ category: 'Billing' });
      expect(kb.selection.count).toBe(0);
      expect(kb.list.total).toBe(2);
      await kb.setFilters({ lang: 'zh' });
      expect(kb.list.rows.map((entry) => entry?.question)).toEqual(['退款多久到账？']);
      await kb.setFilters({ lang: '', status: 'enabled' });
      expect(kb.list.rows.map((entry) => entry?.question)).toEqual(['Refund time?']);
      expect(kb.list.filtered).toBe(true);
      await kb.clearFilters();
      expect(kb.list.total).toBe(3);
      expect(kb.list.filtered).toBe(false);
    });

    it('offers the tags in use and filters by one, together with the other filters', async () => {
      await seed([
        { question: 'Refund time?', answer: 'Five days.', tags: ['refund', 'billing'], lang: 'en' },
        { question: '退款多久到账？', answer: '五天。', tags: ['refund'], lang: 'zh' },
        { question: 'Opening hours?', answer: '9 to 5.', tags: ['store'], lang: 'en' },
      ]);
      const kb = createKb();
      const stop = kb.connect();
      try {
        await vi.waitFor(() => expect(kb.tags).toEqual(['billing', 'refund', 'store']), { timeout: 20_000 });
        await kb.setFilters({ tag: 'refund' });
        expect(kb.list.total).toBe(2);
        expect(kb.list.filtered).toBe(true);
        await kb.setFilters({ lang: 'en' });
        expect(kb.list.rows.map((entry) => entry?.question)).toEqual(['Refund time?']);
        await kb.clearFilters();
        expect(kb.list.tag).toBe('');
        expect(kb.list.total).toBe(3);

        // A tag added elsewhere shows up in the filter once the KB revision moves.
        await api.invoke('faq:create', { question: 'Gift wrap?', answer: 'Yes.', tags: ['gifts'] });
        await vi.waitFor(() => expect(kb.tags).toContain('gifts'), { timeout: 20_000 });
      } finally {
        stop();
      }
    });

    it('follows changes made by another client when the KB revision moves', async () => {
      const kb = createKb();
      const disconnect = kb.connect();
      await vi.waitFor(() => expect(kb.list.loadedOnce).toBe(true), { timeout: 20_000 });
      await seed([{ question: 'Added elsewhere?', answer: 'Yes.', category: 'Other' }]);
      await vi.waitFor(() => expect(kb.list.total).toBe(1), { timeout: 20_000 });
      await vi.waitFor(() => expect(kb.categories).toEqual(['Other']), { timeout: 20_000 });
      disconnect();
    });

    /** A list of two and a half pages, scrolled to the last page; `far` is a row of the first page, out of view. */
    async function scrolledList() {
      const kb = createKb();
      await api.invoke('faq:import', {
        fileName: 'many.jsonl',
        content: numbered(PAGE_SIZE * 2 + 50).map((draft) => JSON.stringify(draft)).join('\n'),
      });
      await kb.list.reload();
      const far = 5;
      const expected = (await api.invoke('faq:list', { limit: 1, offset: far })).entries[0];
      kb.list.setViewport(PAGE_SIZE * 2 + 10, PAGE_SIZE * 2 + 30);
      await vi.waitFor(() => expect(kb.list.rows[PAGE_SIZE * 2 + 10]).toBeDefined(), { timeout: 20_000 });
      return { kb, far, expected };
    }

    it('keeps the page of a row the table keeps out of view loaded through a refresh', async () => {
      const { kb, far, expected } = await scrolledList();
      kb.list.keepRow(far); // the focused row, scrolled away
      await kb.list.refresh();
      expect(kb.list.rows[far]).toEqual(expected);
      expect(kb.list.rows[PAGE_SIZE + 10]).toBeUndefined(); // a page neither in view nor kept is not read

      kb.list.keepRow(null);
      await kb.list.refresh();
      expect(kb.list.rows[far]).toBeUndefined();
    });

    describe('entryAt()', () => {
      it('gives the entry of a row whose page has not arrived, fetching that page', async () => {
        const { kb, far, expected } = await scrolledList();
        await kb.list.refresh();
        expect(kb.list.rows[far]).toBeUndefined(); // the placeholder a kept row showed after a refresh
        expect(await kb.list.entryAt(far)).toEqual(expected);
        expect(kb.list.rows[far]).toEqual(expected);
        expect(await kb.list.entryAt(PAGE_SIZE * 3)).toBeUndefined(); // past the end
      });

      it('waits for a refresh under way, then for the row\'s page', async () => {
        const { kb, far, expected } = await scrolledList();
        const refreshing = kb.list.refresh();
        const entry = kb.list.entryAt(far);
        await refreshing;
        expect(await entry).toEqual(expected);
        expect(kb.list.rows[far]).toEqual(expected); // not dropped by the refresh that landed after it was asked for
      });
    });
  });

  describe('selection', () => {
    it('extends with shift-click from the last ticked row and selects every match on request', async () => {
      const ids = await seed(numbered(6));
      const kb = createKb();
      await kb.list.reload();
      kb.selection.toggle(ids[1], 1);
      kb.selection.extendTo(4, kb.list.rows);
      expect([...kb.selection.ids].sort()).toEqual(ids.slice(1, 5));
      await kb.selectAllMatching();
      expect(kb.selection.count).toBe(6);
    });
  });

  describe('remove()', () => {
    it('soft-deletes, and the toast’s Undo restores the entries', async () => {
      const ids = await seed(numbered(3));
      const kb = createKb();
      await kb.list.reload();
      kb.selection.replace(ids.slice(0, 2));
      await kb.remove(ids.slice(0, 2));

      expect(kb.list.total).toBe(1);
      expect(kb.selection.count).toBe(0);
      const [toast] = toasts.items;
      expect(toast.message).toBe('Deleted 2 entries');
      expect((await api.invoke('faq:get', { id: ids[0] })).deletedAt).not.toBeNull();

      await toasts.act(toast.id, 'toast.undo');
      expect(kb.list.total).toBe(3);
      expect((await api.invoke('faq:get', { id: ids[0] })).deletedAt).toBeNull();
      expect(toasts.items.map((item) => item.message)).toEqual(['Undone']);
      expect(errors).toEqual([]);
    });

    it('takes the deleted entry out of the rows as soon as the delete answers, before the refresh lands', async () => {
      await seed(numbered(3));
      let release: () => void = () => {};
      let held: Promise<void> | null = null;
      // faq:list answers only when released: the refresh after the delete is still on its way.
      const slow: ApiClient = {
        invoke: async (channel, input) => {
          if (channel === 'faq:list' && held) await held;
          return api.invoke(channel, input);
        },
        on: (event, listener) => api.on(event, listener),
      };
      const kb = new KnowledgeBase({ api: slow, toasts, t, onError: errorSink(), saveFile: () => {}, openScreen: () => {} });
      await kb.list.reload();
      const [first, ...rest] = kb.list.rows.map((entry) => entry!.id);
      const question = kb.list.rows[0]!.question;
      held = new Promise<void>((resolve) => (release = resolve));

      const removing = kb.remove([first]);
      await vi.waitFor(() => expect(toasts.items.map((item) => item.message)).toEqual([`Deleted “${question}”`]));
      // The row where the deleted entry was shows the next one: a second Delete there deletes that one.
      expect(kb.list.rows.map((entry) => entry?.id)).toEqual(rest);
      expect(kb.list.total).toBe(2);
      release();
      await removing;
      expect(kb.list.rows.map((entry) => entry?.id)).toEqual(rest);
      expect(errors).toEqual([]);
    });

    it('shows no toast when the entries were already deleted (Delete again before the list caught up)', async () => {
      const ids = await seed(numbered(2));
      const kb = createKb();
      await kb.list.reload();
      await kb.remove([ids[0]]);
      await kb.remove([ids[0]]);

      expect(toasts.items.map((item) => item.message)).toEqual(['Deleted “Question number 1?”']);
      expect(kb.list.total).toBe(1);
      expect(errors).toEqual([]);
    });

    it('names the one entry it deleted by its question, cut to one short line, so its Undo is safe to press', async () => {
      const long = `Can I return ${'a very large item '.repeat(5)}bought in a sale?\nSecond line of the question.`;
      const [id] = await seed([{ question: long, answer: 'Yes.' }]);
      const kb = createKb();
      await kb.list.reload();
      await kb.remove([id]);

      const [toast] = toasts.items;
      expect(toast.message).toBe(`Deleted “Can I return a very large item a very large item a very lar…”`);
      expect(toast.message).not.toContain('\n');
      expect(errors).toEqual([]);
    });
  });

  describe('requestRemove()', () => {
    it('deletes a few entries at once, with Undo', async () => {
      const ids = await seed(numbered(CONFIRM_DELETE_OVER + 1));
      const kb = createKb();
      await kb.list.reload();
      await kb.requestRemove(ids.slice(0, CONFIRM_DELETE_OVER));

      expect(kb.pendingDelete).toBeNull();
      expect(kb.list.total).toBe(1);
      expect(toasts.items[0].actions.map((action) => action.label)).toEqual(['toast.undo']);
    });

    it('asks first for more than a few: nothing is deleted until confirmed, cancelling keeps them all', async () => {
      const ids = await seed(numbered(CONFIRM_DELETE_OVER + 2));
      const kb = createKb();
      await kb.list.reload();
      kb.selection.replace(ids);
      await kb.requestRemove(ids);

      expect(kb.pendingDelete).toEqual(ids);
      expect((await api.invoke('faq:list', { limit: 1 })).total).toBe(ids.length);
      kb.cancelDelete();
      expect(kb.pendingDelete).toBeNull();
      expect((await api.invoke('faq:list', { limit: 1 })).total).toBe(ids.length);
      expect(kb.selection.count).toBe(ids.length); // still selected, to try again

      await kb.requestRemove(ids);
      await kb.confirmDelete();
      expect(kb.pendingDelete).toBeNull();
      expect(kb.list.total).toBe(0);
      const [toast] = toasts.items;
      expect(toast.message).toBe(`Deleted ${ids.length} entries`);
      await toasts.act(toast.id, 'toast.undo');
      expect(kb.list.total).toBe(ids.length);
      expect(errors).toEqual([]);
    });
  });

  describe('setCategory()', () => {
    it('moves entries and Undo puts back each entry’s own previous category and status', async () => {
      const ids = await seed([
        { question: 'A?', answer: 'a', category: 'One', enabled: true },
        { question: 'B?', answer: 'b', category: 'Two', enabled: false },
        { question: 'C?', answer: 'c', category: '', enabled: true },
      ]);
      const kb = createKb();
      await kb.list.reload();
      await kb.setCategory(ids, '  Merged ');
      expect(kb.categories).toEqual(['Merged']);
      expect(toasts.items[0].message).toBe('Moved 3 entries to “Merged”');

      await toasts.act(toasts.items[0].id, 'toast.undo');
      const after = await Promise.all(ids.map((id) => api.invoke('faq:get', { id })));
      expect(after.map((entry) => [entry.category, entry.enabled])).toEqual([
        ['One', true],
        ['Two', false],
        ['', true],
      ]);
    });
  });

  describe('setEnabled()', () => {
    it('disables entries with an undo that re-enables them', async () => {
      const ids = await seed(numbered(2));
      const kb = createKb();
      await kb.list.reload();
      await kb.setEnabled(ids, false);
      expect(kb.list.rows.every((entry) => entry?.enabled === false)).toBe(true);
      await toasts.act(toasts.items[0].id, 'toast.undo');
      expect(kb.list.rows.every((entry) => entry?.enabled === true)).toBe(true);
    });
  });

  describe('save()', () => {
    it('creates an entry from the form and updates it later', async () => {
      const kb = createKb();
      await kb.list.reload();
      kb.openEditor(null);
      const form = kb.form!;
      form.question = '怎么修改收货地址？';
      form.answer = '发货前可在订单详情里修改。';
      form.paraphrases = ['地址填错了怎么办'];
      const created = await kb.save(form);
      expect(kb.form).toBeNull();
      expect(created).toMatchObject({ lang: 'zh', paraphrases: ['地址填错了怎么办'] });
      expect(kb.list.total).toBe(1);

      kb.openEditor(created);
      kb.form!.answer = '发货前可以在订单详情里修改地址。';
      await kb.save(kb.form!);
      expect(kb.list.rows[0]?.answer).toBe('发货前可以在订单详情里修改地址。');
      expect(toasts.items.map((toast) => toast.message)).toEqual(['Entry added', 'Changes saved']);
    });

    it('puts an edited entry back as it was with Undo on the “Changes saved” toast', async () => {
      const [id] = await seed([
        { question: 'Can I pay later?', answer: 'Yes, within 30 days.', category: 'Billing', tags: ['credit'], paraphrases: ['Pay in 30 days?'] },
      ]);
      const kb = createKb();
      await kb.list.reload();
      kb.openEditor(await api.invoke('faq:get', { id }));
      Object.assign(kb.form!, { answer: 'No.', category: 'Other', paraphrases: [] });
      await kb.save(kb.form!);
      expect(kb.list.rows[0]?.answer).toBe('No.');

      await toasts.act(toasts.items.find((toast) => toast.message === 'Changes saved')!.id, 'toast.undo');
      expect(await api.invoke('faq:get', { id })).toMatchObject({
        answer: 'Yes, within 30 days.',
        category: 'Billing',
        tags: ['credit'],
        paraphrases: ['Pay in 30 days?'],
      });
      expect(kb.list.rows[0]?.answer).toBe('Yes, within 30 days.');
      expect(toasts.items.at(-1)?.message).toBe('Undone');
    });

    it('removes the entry just added with Undo on the “Entry added” toast', async () => {
      const kb = createKb();
      await kb.list.reload();
      kb.openEditor(null);
      Object.assign(kb.form!, { question: 'Do you gift wrap?', answer: 'Yes, for $3.' });
      await kb.save(kb.form!);
      expect(kb.list.total).toBe(1);

      await toasts.act(toasts.items.find((toast) => toast.message === 'Entry added')!.id, 'toast.undo');
      expect(kb.list.total).toBe(0);
      expect(errors).toEqual([]);
    });

    it('offers Show beside Undo on the “Entry added” toast: the list then holds just that entry, and the screen is opened', async () => {
      await seed(numbered(PAGE_SIZE + 5));
      let opened = 0;
      const kb = new KnowledgeBase({ api, toasts, t, onError: errorSink(), saveFile: () => {}, openScreen: () => opened++ });
      await kb.setFilters({ status: 'enabled' }); // would hide the new entry, which is disabled
      kb.openEditor(null);
      Object.assign(kb.form!, { question: 'Do you gift wrap?', answer: 'Yes, for $3.', enabled: false });
      const saved = await kb.save(kb.form!);
      const toast = toasts.items.find((item) => item.message === 'Entry added')!;
      expect(toast.actions.map((action) => action.label)).toEqual(['toast.undo', 'toast.show']);

      await toasts.act(toast.id, 'toast.show');
      expect(opened).toBe(1);
      expect(kb.revealed).toBe(1);
      expect(kb.list.status).toBe('all');
      expect(kb.list.rows.map((entry) => entry?.id)).toEqual([saved.id]);
      expect(kb.list.total).toBe(1);

      // Its Undo is still there, and the filter stays on (now with nothing in it) until cleared.
      await toasts.act(toast.id, 'toast.undo');
      expect(kb.list.total).toBe(0);
      expect(kb.list.only).toEqual([saved.id]);
      await kb.clearFilters();
      expect(kb.list.only).toBeNull();
      expect(kb.list.total).toBe(PAGE_SIZE + 5);
      expect(errors).toEqual([]);
    });

    it('offers no Show when an existing entry is saved', async () => {
      const [id] = await seed(numbered(1));
      const kb = createKb();
      kb.openEditor(await api.invoke('faq:get', { id }));
      Object.assign(kb.form!, { answer: 'No.' });
      await kb.save(kb.form!);
      expect(toasts.items[0].actions.map((action) => action.label)).toEqual(['toast.undo']);
    });

    it('throws the API’s refusal so the editor can show it, and keeps the form open', async () => {
      await seed([{ question: 'Dup?', answer: 'x', ref: 'R1' }]);
      const kb = createKb();
      kb.openEditor(null);
      Object.assign(kb.form!, { question: 'Other?', answer: 'y', ref: 'R1' });
      await expect(kb.save(kb.form!)).rejects.toMatchObject({ kind: 'conflict' });
      expect(kb.form).not.toBeNull();
    });
  });

  describe('exportAs()', () => {
    it('hands the exported file to the save function', async () => {
      await seed(numbered(2));
      const kb = createKb();
      await kb.exportAs('jsonl');
      expect(saved).toHaveLength(1);
      expect(saved[0].content.trim().split('\n')).toHaveLength(2);
      expect(toasts.items[0].message).toBe(`Saved ${saved[0].fileName}`);
    });
  });

  describe('importer', () => {
    const CSV = 'question,answer,category\n"How do I pay?","By card.",Billing\n"Can I pay later?","Yes, within 30 days.",Billing\n';

    it('previews with a dry run, writes nothing until confirmed, then reloads the list', async () => {
      const kb = createKb();
      await kb.list.reload();
      await kb.importer.choose(csvFile(CSV));
      expect(kb.importer.phase).toBe('preview');
      expect(kb.importer.report).toMatchObject({ format: 'csv', total: 2, imported: 2, errors: [] });
      expect(kb.importer.canCommit).toBe(true);
      expect((await api.invoke('faq:list', {})).total).toBe(0);

      await kb.importer.commit();
      expect(kb.importer.phase).toBe('idle');
      expect(kb.list.total).toBe(2);
      expect(kb.categories).toEqual(['Billing']);
      expect(toasts.items[0].message).toBe('Imported 2 entries');
    });

    it('offers Show on the “Imported” toast, which lists exactly the imported entries until its chip is cleared', async () => {
      await seed(numbered(3, { category: 'Old' }));
      const kb = createKb();
      await kb.setFilters({ category: 'Old' });
      kb.view = 'review';
      await kb.importer.choose(csvFile(CSV));
      await kb.importer.commit();
      const toast = toasts.items.find((item) => item.message === 'Imported 2 entries')!;
      expect(toast.actions.map((action) => action.label)).toEqual(['toast.show']);

      await toasts.act(toast.id, 'toast.show');
      expect(kb.view).toBe('entries');
      expect(kb.list.category).toBe('');
      expect(kb.list.rows.map((entry) => entry?.question)).toEqual(['How do I pay?', 'Can I pay later?']);
      expect(kb.list.only).toHaveLength(2);
      expect(kb.list.filtered).toBe(true);
      expect(toasts.items).toContain(toast); // Show leaves the toast

      await kb.clearOnly();
      expect(kb.list.only).toBeNull();
      expect(kb.list.total).toBe(5);
      expect(errors).toEqual([]);
    });

    it('offers no Show after an import of more entries than one list request may name', async () => {
      // An import's size is bounded by the file (50 MB), not by the ids a list request may carry.
      const many = Array.from({ length: LIST_IDS_MAX + 1 }, (_, i) => i + 1);
      const realApi = api;
      api = {
        ...realApi,
        invoke: (async (channel: string, input: { dryRun?: boolean }) => {
          const result = await realApi.invoke(channel as never, input as never);
          return channel === 'faq:import' && !input.dryRun ? { ...(result as object), ids: many } : result;
        }) as ApiClient['invoke'],
      };
      const kb = createKb();
      await kb.importer.choose(csvFile(CSV));
      await kb.importer.commit();
      const toast = toasts.items.find((item) => item.message === 'Imported 2 entries')!;
      expect(toast.actions).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('shows row errors with their line numbers and refuses to commit', async () => {
      const kb = createKb();
      await kb.importer.choose(csvFile('question,answer\n"Fine?","Yes."\n"","Missing question"\n'));
      expect(kb.importer.phase).toBe('preview');
      expect(kb.importer.report?.errors.map((error) => error.line)).toEqual([3]);
      expect(kb.importer.canCommit).toBe(false);
      await kb.importer.commit();
      expect((await api.invoke('faq:list', {})).total).toBe(0);
    });

    it('refuses a file that is not UTF-8 before sending it', async () => {
      const kb = createKb();
      const latin1 = new Uint8Array([...new TextEncoder().encode('question,answer\n"Caf'), 0xe9, ...new TextEncoder().encode('?","x"\n')]);
      await kb.importer.choose({ name: 'latin1.csv', size: latin1.byteLength, arrayBuffer: async () => latin1.buffer });
      expect(kb.importer.phase).toBe('failed');
      expect(kb.importer.problem).toBe('kb.import.notUtf8');
    });

    it('imports Excel’s "Unicode Text" (UTF-16 with a byte order mark, tab-separated)', async () => {
      const text = 'question\tanswer\r\n退货要多久？\t3–5 天, 工作日\r\n';
      const units = [0xfeff, ...Array.from(text, (char) => char.charCodeAt(0))];
      const bytes = new Uint8Array(new Uint16Array(units).buffer); // little-endian, as on every platform the tests run on
      const kb = createKb();
      await kb.importer.choose({ name: 'faq.csv', size: bytes.byteLength, arrayBuffer: async () => bytes.buffer });
      expect(kb.importer.report).toMatchObject({ format: 'csv', total: 1, imported: 1, errors: [] });
      await kb.importer.commit();
      expect((await api.invoke('faq:list', {})).entries[0]).toMatchObject({ question: '退货要多久？', answer: '3–5 天, 工作日' });
    });

    it('refuses broken UTF-16 before sending it, saying it is UTF-16', async () => {
      const kb = createKb();
      const odd = new Uint8Array([0xff, 0xfe, 0x71, 0x00, 0x71]);
      await kb.importer.choose({ name: 'faq.csv', size: odd.byteLength, arrayBuffer: async () => odd.buffer });
      expect(kb.importer.phase).toBe('failed');
      expect(kb.importer.problem).toBe('kb.import.notUtf16');
    });

    it('refuses an unsupported file type', async () => {
      const kb = createKb();
      await kb.importer.choose(csvFile('question,answer\n', 'faq.xlsx'));
      expect(kb.importer.problem).toBe('kb.import.unsupported');
    });
  });
});
