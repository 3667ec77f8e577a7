import { describe, expect, it } from 'vitest';
import { conceptsOf, expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

// Service-business wording (lexicon-services.ts) on a gym's FAQ in a real SQLite knowledge base: rephrasings that
// share no topic word with their entry (请假/挂起 for 停卡, 过户 for 转让, "on hold" for 暂停, "pensioners" for
// seniors) must rank it first and be answered, and a question from the neighbourhood that the gym does not
// answer must still be handed off.
const GYM_FAQ = new URL('../../fixtures/faq-gym.json', import.meta.url);

describe('service-business lexicon on a gym FAQ', () => {
  const retriever = suiteRetriever(GYM_FAQ);

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
  ])('answers a rephrasing from its entry: %s', (question, ref) => expectAnsweredFrom(retriever(), question, ref));

  it.each(['我想应聘你们的瑜伽老师', 'Are you hiring yoga teachers?', '附近哪家驾校学车便宜'])(
    'still hands off a neighbouring question the gym does not answer: %s',
    (question) => expectHandedOff(retriever(), question),
  );

  it('keeps words that only look like a service word out of its concepts', () => {
    // 信用卡 is no membership card, 衣柜 no locker, "a good book" no booking, 体验店 no trial.
    expect(conceptsOf('信用卡')).not.toContain('member_card');
    expect(conceptsOf('衣柜有货吗')).not.toContain('locker');
    expect(conceptsOf('Can you recommend a good book?')).not.toContain('booking');
    expect(conceptsOf('附近有体验店吗')).not.toContain('trial');
    expect(conceptsOf('I want to book a class')).toContain('booking');
  });
});

describe('a day the customer cannot make', () => {
  const salon = suiteRetriever(new URL('../../fixtures/faq-salon.json', import.meta.url));

  it('reads it as cancelling the booking', () => {
    expect(conceptsOf("something came up, I can't make friday at 2")).toContain('cancel');
    expect(conceptsOf("I can't make the payment")).not.toContain('cancel');
    const retrieval = salon().retrieve("something came up, I can't make friday at 2");
    expect(['cancellation-policy', 'cancel-late']).toContain(retrieval.hits[0]?.ref);
    expect(retrieval.confidence).toBeGreaterThanOrEqual(0.4);
  });
});

describe('something left behind', () => {
  // Spoken Chinese leaves out the 在 before the place: 忘车上了 is 忘在车上了.
  it.each(['手机忘车上了', '钥匙落店里了', '包丢出租车上了'])('reads %s as lost property', (question) => {
    expect(conceptsOf(question)).toContain('lost_property');
  });
});
