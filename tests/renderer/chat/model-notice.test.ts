import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { I18n, type Locale } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { modelNoticeText } from '../../../src-renderer/state/chat/model-notice.ts';
import { makeTempDir } from '../../main/store/temp-kb.ts';

const i18n = (locale: Locale) => new I18n(() => locale);

let dataDir: string | undefined;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('modelNoticeText()', () => {
  it('tells the reader, in English and Chinese, which file of the active model is missing, from a real answer', async () => {
    dataDir = makeTempDir('concierge-model-notice-');
    app = await createApp({ dataDir, seedSample: false });
    await app.client.invoke('faq:create', { question: 'How long does delivery take?', answer: 'Delivery takes 2 to 4 working days.' });
    const model = await app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 64, activate: true });
    rmSync(join(dataDir, 'models', model.id, 'onnx', 'model.onnx'));
    const { message } = await app.client.invoke('chat:send', { text: 'How long does delivery take?', forceMode: 'generated' });

    expect(message.notice).not.toBeNull();
    expect(modelNoticeText(message.notice!, i18n('en'))).toBe(
      "The active model's files are missing (onnx/model.onnx). Import or pull it again, or activate another version on the Models screen.",
    );
    expect(modelNoticeText(message.notice!, i18n('zh'))).toBe(
      '当前模型的文件缺失（onnx/model.onnx）。请重新导入或下载该模型，或在“模型”页面启用其他版本。',
    );
  });

  it('says when the whole folder is gone, and how much memory a model needs and is free', () => {
    const folder = { code: 'model-missing', modelId: 'm', files: ['config.json'], folderMissing: true, message: '' } as const;
    expect(modelNoticeText({ ...folder, files: [...folder.files] }, i18n('en'))).toMatch(/^The active model's folder is gone\. /);
    const memory = { code: 'model-memory', modelId: 'm', neededBytes: 3 * 2 ** 30, freeBytes: 512 * 2 ** 20, message: '' } as const;
    expect(modelNoticeText(memory, i18n('en'))).toBe(
      'The active model needs about 3 GB of memory but only 512 MB is free. Close other programs, or activate a smaller model on the Models screen.',
    );
    expect(modelNoticeText(memory, i18n('zh'))).toBe('当前模型约需 3 GB 内存，但仅剩 512 MB 可用。请关闭其他程序，或在“模型”页面启用更小的模型。');
  });
});
