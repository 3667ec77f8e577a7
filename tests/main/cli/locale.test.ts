import { describe, expect, it } from 'vitest';
import { errorLine } from '../../../src-main/cli/locale.ts';
import { ConflictError, NotFoundError } from '../../../src-main/shared/errors.ts';

describe('errorLine()', () => {
  it('says an entry id typed on the command line that the knowledge base lacks plainly, not as deleted elsewhere', async () => {
    const missing = new NotFoundError('FAQ entry #42 does not exist').withCode('faq.missing', { id: 42 });
    expect(await errorLine(missing, 'zh')).toBe('没有条目 #42。');
    expect(await errorLine(missing, 'en')).toBe('FAQ entry #42 does not exist');
  });

  it("says `faq rm`'s refusal of entries already deleted in Chinese, one or several", async () => {
    const one = new NotFoundError('FAQ entry #3 is already deleted; nothing was deleted').withCode('faq.already-deleted', { ids: '#3', n: 1 });
    expect(await errorLine(one, 'zh')).toBe('条目 #3 已删除，本次未删除任何条目。');
    const two = new NotFoundError('FAQ entries #3, #4 are already deleted; nothing was deleted').withCode('faq.already-deleted', { ids: '#3, #4', n: 2 });
    expect(await errorLine(two, 'zh')).toBe('条目 #3, #4 已删除，本次未删除任何条目。');
  });

  it("keeps the app's words for every other code", async () => {
    const deleted = new ConflictError('FAQ entry #7 is deleted; restore it first').withCode('faq.deleted', { id: 7 });
    expect(await errorLine(deleted, 'zh')).toBe('条目 #7 已删除。请先撤销删除，或把它作为新条目重新添加。');
  });
});
