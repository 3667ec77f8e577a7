import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFaqHandlers, readFaqFile } from '../../../../src-main/app/handlers/faq.ts';
import { createRouter } from '../../../../src-main/app/router.ts';
import type { ApiEvents, Handlers } from '../../../../src-main/shared/api/index.ts';
import { InvalidInputError } from '../../../../src-main/shared/errors.ts';
import { openTempKb, type TempKb } from '../../store/temp-kb.ts';

let kb: TempKb;
let events: { event: keyof ApiEvents; payload: unknown }[];
let faq: ReturnType<typeof createFaqHandlers>;
beforeEach(() => {
  kb = openTempKb();
  events = [];
  faq = createFaqHandlers({ db: kb.db, events: { emit: (event, payload) => void events.push({ event, payload }) } });
});
afterEach(() => kb.dispose());

describe('createFaqHandlers()', () => {
  it('emits faq:changed with the new revision after each write, and not after reads or dry runs', async () => {
    const entry = await faq['faq:create']({ question: 'Where is my parcel?', answer: 'Track it.', category: '', tags: [], enabled: true, paraphrases: [] });
    await faq['faq:update']({ id: entry.id, category: 'shipping' });
    await faq['faq:list']({});
    await faq['faq:search']({ query: 'parcel' });
    await faq['faq:import']({ fileName: 'x.csv', content: 'question,answer\nq,a\n', dryRun: true });
    await faq['faq:export']({ format: 'csv' });
    await faq['faq:delete']({ ids: [entry.id] });
    await faq['faq:delete']({ ids: [entry.id] }); // already deleted: nothing changes
    await faq['faq:restore']({ ids: [entry.id] });
    expect(events).toEqual([1, 2, 3, 4].map((revision) => ({ event: 'faq:changed', payload: { revision } })));
  });

  it('imports text content, and a refused import throws with the report as details', async () => {
    const report = await faq['faq:import']({ fileName: 'faq.jsonl', content: '{"question":"退货？","answer":"可以。"}\n' });
    expect(report).toMatchObject({ imported: 1, dryRun: false });
    const refused = faq['faq:import']({ fileName: 'faq.csv', content: 'question,answer\n"broken\n' });
    await expect(refused).rejects.toThrow(/line 2/);
    await expect(refused).rejects.toMatchObject({ kind: 'invalid-input', details: { errorCount: 1 } });
    expect((await faq['faq:list']({})).total).toBe(1);
  });

  it('serves every faq channel through the router, which validates payloads first', async () => {
    const router = createRouter(faq as Handlers);
    await expect(router.call('faq:create', { question: '', answer: 'a' })).rejects.toThrow(InvalidInputError);
    const created = (await router.call('faq:create', { question: 'Q?', answer: 'A.', tags: ['t'] })) as { id: number };
    await expect(router.call('faq:update', { id: created.id, enabled: false })).resolves.toMatchObject({ tags: ['t'], enabled: false });
    await expect(router.call('faq:bulk-update', { ids: [created.id], patch: { category: 'c' } })).resolves.toEqual({
      ids: [created.id],
      previous: [{ id: created.id, category: '', enabled: false }],
    });
    await expect(router.call('faq:categories', {})).resolves.toEqual([{ category: 'c', count: 1 }]);
    await expect(router.call('faq:get', { id: 999 })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('faq:status counts the entries questions are answered from, and says whether the KB was ever written', async () => {
    const router = createRouter(faq as Handlers);
    const status = () => router.call('faq:status', {});
    await expect(router.call('faq:status', 'all')).rejects.toThrow(InvalidInputError);
    await expect(status()).resolves.toEqual({ enabledEntries: 0, pristine: true });
    const [a, b] = [await faq['faq:create']({ question: 'A?', answer: 'a', category: '', tags: [], enabled: true, paraphrases: [] }),
      await faq['faq:create']({ question: 'B?', answer: 'b', category: '', tags: [], enabled: true, paraphrases: [] })];
    await expect(status()).resolves.toEqual({ enabledEntries: 2, pristine: false });
    await faq['faq:update']({ id: a.id, enabled: false });
    await faq['faq:delete']({ ids: [b.id] });
    // Nothing answers now, and it is no longer the never-written KB the sample FAQ goes into.
    await expect(status()).resolves.toEqual({ enabledEntries: 0, pristine: false });
  });

  it('seeds the sample FAQ into a never-written KB when asked', async () => {
    const fresh = openTempKb();
    try {
      const handlers = createFaqHandlers({ db: fresh.db, events: { emit: () => {} }, seedSample: true });
      expect((await handlers['faq:list']({})).total).toBeGreaterThan(0);
    } finally {
      fresh.dispose();
    }
  });
});

describe('readFaqFile()', () => {
  it('returns the file name and text for faq:import', async () => {
    const path = join(kb.dir, 'faq.csv');
    writeFileSync(path, '\uFEFFquestion,answer\r\n退货？,可以。\r\n');
    expect(await readFaqFile(path)).toEqual({ fileName: 'faq.csv', content: 'question,answer\r\n退货？,可以。\r\n' });
  });

  it('refuses invalid UTF-8 with the line of the bad byte', async () => {
    const path = join(kb.dir, 'latin1.csv');
    writeFileSync(path, Buffer.from([...Buffer.from('question,answer\ncaf'), 0xe9, ...Buffer.from(',x\n')]));
    await expect(readFaqFile(path)).rejects.toThrow(/line 2: the file is not valid UTF-8/);
  });
});
