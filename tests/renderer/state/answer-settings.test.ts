import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import type { ApiClient } from '../../../src-main/shared/api/index.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { errorText } from '../../../src-renderer/lib/errors.ts';
import { AnswerSettingsState } from '../../../src-renderer/state/answer-settings.svelte.ts';

// The Settings screen's answer settings against the real app (SQLite in a temp folder) through its in-process client.
let dataDir: string;
let app: App;
let errors: unknown[];

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'concierge-answer-settings-'));
  app = await createApp({ dataDir, seedSample: false });
  errors = [];
});

afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('AnswerSettingsState', () => {
  describe('update()', () => {
    it('never puts a slider back a step when the reply to an earlier step arrives (arrow keys held down)', async () => {
      const answers = new AnswerSettingsState(app.client, (error) => errors.push(error));
      await answers.load();
      const steps = [0.81, 0.82, 0.83].map((faqThreshold) => answers.update({ faqThreshold }));
      expect(answers.settings?.faqThreshold).toBe(0.83);
      await steps[0];
      expect(answers.settings?.faqThreshold).toBe(0.83);
      await Promise.all(steps);
      expect(answers.settings?.faqThreshold).toBe(0.83);
      expect(answers.saving).toBe(false);
      expect((await app.client.invoke('settings:get', {})).faqThreshold).toBe(0.83);
      expect(errors).toEqual([]);
    });

    it('says a refused change in the UI’s language and shows the values in force again', async () => {
      const answers = new AnswerSettingsState(app.client, (error) => errors.push(error));
      await answers.load();
      await answers.update({ generateThreshold: 0.95 });
      expect(answers.settings).toMatchObject({ generateThreshold: 0.4, faqThreshold: 0.8 });
      const zh = (key: MessageKey, params?: MessageParams) => formatMessage('zh', key, params);
      expect(errorText(answers.problem!, zh)).toBe('转人工的置信度（95%）不能高于直接使用 FAQ 答案的置信度（80%）。');
      expect(errorText(answers.problem!, zh)).not.toMatch(/settings:set|generateThreshold/);
    });

    it('lets the newest change decide: the values in force after a refused step do not overwrite a later step', async () => {
      // The real client, with the reply to 'settings:get' held back until a later step has been answered.
      let hold: Promise<void> | null = null;
      let release = () => {};
      const api: ApiClient = {
        on: (event, listener) => app.client.on(event, listener),
        invoke: async (channel, input) => {
          const result = await app.client.invoke(channel, input);
          if (channel === 'settings:get' && hold) await hold;
          return result;
        },
      };
      const answers = new AnswerSettingsState(api, (error) => errors.push(error));
      await answers.load();
      hold = new Promise<void>((resolve) => (release = resolve));
      const refused = answers.update({ generateThreshold: 0.95 }); // above the verbatim threshold: refused
      await vi.waitFor(() => expect(answers.problem).not.toBeNull());
      await answers.update({ generateThreshold: 0.5 }); // the next step, answered first
      release();
      await refused;
      expect(answers.settings).toMatchObject({ generateThreshold: 0.5, faqThreshold: 0.8 });
      expect(answers.problem).toBeNull();
      expect(answers.saving).toBe(false);
    });
  });
});
