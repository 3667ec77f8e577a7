import type { MessageNotice } from '../../../src-main/shared/api/index.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';

/** Why the active model could not write an answer's draft, and what to do, in the reader's language. */
export function modelNoticeText(notice: MessageNotice, { t, formatBytes }: Pick<I18n, 't' | 'formatBytes'>): string {
  if (notice.code === 'model-memory') {
    return t('chat.notice.modelMemory', { needed: formatBytes(notice.neededBytes), free: formatBytes(notice.freeBytes) });
  }
  if (notice.folderMissing) return t('chat.notice.modelFolderMissing');
  return t('chat.notice.modelFilesMissing', { files: notice.files.join(', ') });
}
