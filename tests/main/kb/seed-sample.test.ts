import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_FAQ_FILE, seedSampleFaq } from '../../../src-main/kb/seed-sample.ts';
import { openTempKb, type TempKb } from '../store/temp-kb.ts';

let kb: TempKb;
beforeEach(() => {
  kb = openTempKb();
});
afterEach(() => kb.dispose());

describe('seedSampleFaq()', () => {
  it('loads resources/sample-faq.json into a never-written KB, half Chinese and half English', () => {
    const report = seedSampleFaq(kb.repo);
    expect(report?.imported).toBeGreaterThanOrEqual(20);
    const { total } = kb.repo.list();
    expect(total).toBe(report!.imported);
    expect(kb.repo.list({ lang: 'zh' }).total).toBeGreaterThan(0);
    expect(kb.repo.list({ lang: 'en' }).total).toBeGreaterThan(0);
  });

  it('does nothing to a KB that has entries, or had them and deleted them all', () => {
    const entry = kb.repo.create({ question: 'Mine?', answer: 'Yes.' });
    expect(seedSampleFaq(kb.repo)).toBeNull();
    kb.repo.remove([entry.id]);
    expect(seedSampleFaq(kb.repo)).toBeNull();
    expect(kb.repo.list({ includeDeleted: true }).total).toBe(1);
  });

  it('runs once: a second start finds the KB written', () => {
    expect(seedSampleFaq(kb.repo)).not.toBeNull();
    expect(seedSampleFaq(kb.repo)).toBeNull();
  });

  it('does nothing when the sample file is missing', () => {
    expect(seedSampleFaq(kb.repo, join(kb.dir, 'no-such-file.json'))).toBeNull();
    expect(kb.repo.isPristine()).toBe(true);
  });

  it('points at the sample in resources/', () => {
    expect(SAMPLE_FAQ_FILE).toMatch(/resources[\\/]sample-faq\.json$/);
  });
});
