import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { CHAT_TEXT_MAX } from '../../../src-main/shared/api/index.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { ChatState } from '../../../src-renderer/state/chat/chat.svelte.ts';
import { ErrorReport } from '../../../src-renderer/state/error-report.svelte.ts';
import { Toasts } from '../../../src-renderer/state/toasts.svelte.ts';

// The banner against the real app (SQLite in a temp folder), as App.svelte wires it: the screens' API calls go
// through clearingOnSuccess, their failures to report().
let dataDir: string;
let app: App;
let errors: ErrorReport;
let chat: ChatState;

const t = (key: MessageKey, params?: MessageParams) => formatMessage('en', key, params);

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'concierge-error-report-'));
  app = await createApp({ dataDir, seedSample: false });
  await app.client.invoke('faq:create', { question: 'How long does delivery take?', answer: 'Delivery takes 2 to 4 working days.' });
  errors = new ErrorReport();
  const api = errors.clearingOnSuccess(app.client);
  chat = new ChatState({ api, toasts: new Toasts(), t, onError: errors.report, saveFile: () => {}, newRequestId: () => crypto.randomUUID() });
});

afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('ErrorReport', () => {
  describe('clearingOnSuccess()', () => {
    it('clears the banner when the call that failed succeeds later, and only then', async () => {
      expect(await chat.send('x'.repeat(CHAT_TEXT_MAX + 1))).toBe(false);
      expect(errors.current?.kind).toBe('invalid-input');

      await errors.clearingOnSuccess(app.client).invoke('settings:get', {}); // another call: the problem is not fixed
      expect(errors.current?.kind).toBe('invalid-input');

      expect(await chat.send('How long does delivery take?')).toBe(true);
      expect(errors.current).toBeNull();
    });

    it('keeps a banner that no API call raised, whatever succeeds', async () => {
      errors.report(new Error('The clipboard is not available'));
      expect(await chat.send('How long does delivery take?')).toBe(true);
      expect(errors.current?.message).toBe('The clipboard is not available');
    });
  });
});
