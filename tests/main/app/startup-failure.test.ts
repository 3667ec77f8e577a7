import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startupFailureText } from '../../../src-main/app/startup-failure.ts';
import { DATABASE_FILE, openDatabase } from '../../../src-main/store/database.ts';
import { makeTempDir } from '../store/temp-kb.ts';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('concierge-startup-failure-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What openDatabase throws at start-up for the data folder as it is. */
function startupError(): unknown {
  try {
    openDatabase(dir).close();
  } catch (error) {
    return error;
  }
  throw new Error('the database opened');
}

describe('startupFailureText()', () => {
  it('says a database from a newer version in Chinese when the system language is Chinese, in English otherwise', () => {
    openDatabase(dir).close();
    const raw = new BetterSqlite3(join(dir, DATABASE_FILE));
    raw.pragma('user_version = 99990');
    raw.close();
    const error = startupError();
    const file = join(dir, DATABASE_FILE);
    expect(startupFailureText(error, ['zh-CN', 'en-US'])).toEqual({
      title: 'Concierge 无法启动',
      content: `数据库 ${file} 由更新版本的 Concierge 写入。请先更新 Concierge 再打开它。`,
    });
    expect(startupFailureText(error, ['en-US', 'zh-CN'])).toEqual({
      title: 'Concierge could not start',
      content: `The database ${file} was written by a newer version of Concierge. Update Concierge to open it.`,
    });
  });

  it('takes the first language the app speaks (zh-TW, zh_CN count as Chinese), and English when none', () => {
    writeFileSync(join(dir, DATABASE_FILE), 'not a database, just text that is long enough to have a header'.repeat(20));
    const error = startupError();
    const file = join(dir, DATABASE_FILE);
    const chinese = { title: 'Concierge 无法启动', content: `${file} 不是 Concierge 数据库。请将它移走，以便新建一个数据库。` };
    expect(startupFailureText(error, ['fr-FR', 'zh-TW'])).toEqual(chinese);
    expect(startupFailureText(error, ['zh_CN'])).toEqual(chinese);
    expect(startupFailureText(error, ['fr-FR', 'de'])).toEqual({
      title: 'Concierge could not start',
      content: `${file} is not a Concierge database. Move it away to start a new one.`,
    });
    expect(startupFailureText(error, [])).toMatchObject({ title: 'Concierge could not start' });
  });

  it('gives a failure without a code as it was thrown, on one line, under a title in the chosen language', () => {
    expect(startupFailureText(new Error('ONNX Runtime failed to load\n    at load (x.js:1:1)'), ['zh-CN'])).toEqual({
      title: 'Concierge 无法启动',
      content: 'ONNX Runtime failed to load',
    });
    expect(startupFailureText('a string was thrown', ['en'])).toEqual({ title: 'Concierge could not start', content: 'a string was thrown' });
  });
});
