import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { SERVICE_CONCEPTS } from '../../../src-main/assistant/lexicon-services.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../../../src-main/assistant/settings.ts';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { openDatabase, type Database } from '../../../src-main/store/database.ts';
import { FaqRepository } from '../../../src-main/store/faq-repository.ts';

// Service-business wording (lexicon-services.ts) on a gym's FAQ in a real SQLite knowledge base: rephrasings that
// share no topic word with their entry (请假/挂起 for 停卡, 过户 for 转让, "on hold" for 暂停, "pensioners" for
// seniors) must rank it first and be answered, and a question from the neighbourhood that the gym does not
// answer must still be handed off.
const GYM_FAQ = new URL('../../fixtures/faq-gym.json', import.meta.url);

describe('service-business lexicon on a gym FAQ', () => {
  const { generateThreshold } = DEFAULT_ANSWER_SETTINGS;
  let dir: string;
  let db: Database;
  let retriever: Retriever;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'concierge-lexicon-services-'));
    db = openDatabase(dir);
    const faq = new FaqRepository(db);
    faq.createMany((JSON.parse(readFileSync(GYM_FAQ, 'utf8')) as { entries: FaqDraft[] }).entries);
    retriever = new Retriever(faqKnowledge(faq));
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['想请假三个月，会籍先挂起来行吗', 'membership-freeze'],
    ['会籍能过户给我表弟吗', 'membership-transfer'],
    ['健身包可以寄存在哪里', 'locker-rental'],
    ['练完能冲凉吗', 'towel-shower'],
    ['想上搏击操，要提前订位吗', 'group-class-booking'],
    ['Can I put my membership on hold while I travel?', 'membership-freeze'],
    ['Where can I leave my bag while I train?', 'locker-rental'],
    ['Is there a one-off cost to become a member?', 'joining-fee'],
    ['Do pensioners get a cheaper rate?', 'student-discount'],
  ])('answers a rephrasing from its entry: %s', (question, ref) => {
    const result = retriever.retrieve(question);
    expect(result.hits[0]?.ref).toBe(ref);
    expect(result.confidence).toBeGreaterThanOrEqual(generateThreshold);
  });

  it.each(['我想应聘你们的瑜伽老师', 'Are you hiring yoga teachers?', '附近哪家驾校学车便宜'])(
    'still hands off a neighbouring question the gym does not answer: %s',
    (question) => {
      expect(retriever.retrieve(question).confidence).toBeLessThan(generateThreshold);
    },
  );

  it('keeps words that only look like a service word out of its concepts', () => {
    // 信用卡 is no membership card, 衣柜 no locker, "a good book" no booking, 体验店 no trial.
    const concepts = (text: string) => [...analyze(text).concepts.keys()];
    expect(concepts('信用卡')).not.toContain('member_card');
    expect(concepts('衣柜有货吗')).not.toContain('locker');
    expect(concepts('Can you recommend a good book?')).not.toContain('booking');
    expect(concepts('附近有体验店吗')).not.toContain('trial');
    expect(concepts('I want to book a class')).toContain('booking');
  });

  it('gives every concept forms in both languages', () => {
    for (const [id, concept] of Object.entries(SERVICE_CONCEPTS)) {
      expect(concept.zh.length, id).toBeGreaterThan(0);
      expect(concept.en.length, id).toBeGreaterThan(0);
    }
  });
});
