import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src-main/store/database.ts';
import { FaqRepository } from '../../../../src-main/store/faq-repository.ts';
import { ReviewRepository } from '../../../../src-main/store/review-repository.ts';
import { runConcierge, type CliOptions } from '../../../helpers/run-cli.ts';

// The real CLI on a data folder where one question was handed off three times, worded a little differently.
describe('concierge review', { timeout: 120_000 }, () => {
  let work: string;
  let entryId: number;
  let asked: number[];
  let giftCards: number;
  const inData = (args: string[], options?: CliOptions) => runConcierge(['--data', join(work, 'data'), ...args], options);

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'concierge-review-cli-'));
    const db = openDatabase(join(work, 'data'));
    try {
      entryId = new FaqRepository(db).create({ question: 'What are your holiday hours?', answer: 'We are closed on 25 December.' }).id;
      const reviews = new ReviewRepository(db);
      const handoff = (question: string) => reviews.add({ question, lang: 'en', origin: 'handoff' }).id;
      asked = [handoff('Are you open on Christmas Day?'), handoff('are you open on christmas day'), handoff('Are you open on Christmas Day ？')];
      giftCards = handoff('Do you sell gift cards?');
    } finally {
      db.close();
    }
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('lists the question asked three times as one row that says so, in English and in Chinese', async () => {
    const run = await inData(['review', 'list']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${asked[0]}  handoff      Are you open on Christmas Day?  (asked 3 times)\n`);
    expect(run.stdout).toContain(`${giftCards}  handoff      Do you sell gift cards?\n`);
    expect(run.stderr).toBe('2 open rows (4 items)\n');
    expect((await inData(['review', 'list', '--lang', 'zh'])).stdout).toContain('Are you open on Christmas Day?  (问过 3 次)');
    const [row] = JSON.parse((await inData(['review', 'list', '--json'])).stdout);
    expect(row).toMatchObject({ id: asked[0], count: 3, askings: [{ id: asked[2] }, { id: asked[1] }, { id: asked[0] }] });
  });

  it('says how many items link, unlink and dismiss acted on, in the language asked for', async () => {
    const linked = await inData(['review', 'link', String(asked[1]), String(entryId)]);
    expect(linked.stdout).toBe(
      `Linked review item #${asked[1]} and every other item of its question, 3 in all, to entry #${entryId}: What are your holiday hours?\n`,
    );
    expect(JSON.parse((await inData(['review', 'list', '--json'])).stdout).map((row: { id: number }) => row.id)).toEqual([giftCards]);

    const unlinked = await inData(['review', 'unlink', String(asked[0]), '--lang', 'zh']);
    expect(unlinked.stdout).toBe(`已将待审问题 #${asked[0]} 放回待审：该问题现共 3 条\n条目 #${entryId}：该问题已不再是它的相似问题\n`);

    const dismissed = await inData(['review', 'dismiss', String(asked[2])], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(dismissed.stdout).toBe(`已忽略待审问题 #${asked[2]} 及同一问题的其他各条（共 3 条）\n`);
    expect((await inData(['review', 'dismiss', String(giftCards)])).stdout).toBe(`Dismissed review item #${giftCards}\n`);
    expect((await inData(['review', 'list'])).stderr).toBe('0 open rows\n');
  });

  it('says what undoing a link changed in the entry in the language asked for, as the line before it', async () => {
    expect((await inData(['review', 'reopen', String(giftCards)])).code).toBe(0);
    const linked = await inData(['review', 'link', String(giftCards), String(entryId), '--answer', 'Yes, from 10 to 500 euros.']);
    expect(linked.code, linked.stderr).toBe(0);
    const unlinked = await inData(['review', 'unlink', String(giftCards)], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(unlinked.stdout).toBe(`已将待审问题 #${giftCards} 放回待审\n条目 #${entryId}：该问题已不再是它的相似问题；它之前的回答已恢复\n`);
    // And once the entry is gone, that nothing else changed.
    expect((await inData(['review', 'link', String(giftCards), String(entryId)])).code).toBe(0);
    expect((await inData(['faq', 'rm', String(entryId)])).code).toBe(0);
    const gone = await inData(['review', 'unlink', String(giftCards), '--lang', 'zh']);
    expect(gone.stdout).toBe(`已将待审问题 #${giftCards} 放回待审\n原先关联的条目已不存在，其他均未改动\n`);
  });
});
