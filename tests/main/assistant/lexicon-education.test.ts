import { describe, expect, it } from 'vitest';
import { conceptsOf, expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

// School wording (lexicon-education.ts) on a language school's FAQ in a real SQLite knowledge base (English
// for Chinese learners in Chinese, Mandarin for foreigners in English): rephrasings that share no topic word
// with their entry (托福/应试 for 雅思/备考, 出差/白白浪费 for 请假, 台风 for "typhoon", "cram" and "proficiency test"
// for HSK preparation, "drop out" for stopping a course) must rank it first and be answered; each of them ranks
// another entry first, or is handed off, without this file's concepts. Questions from the neighbourhood the
// school does not answer (driving school, piano, notarised translations) must still be handed off.
const SCHOOL_FAQ = new URL('../../fixtures/faq-school.json', import.meta.url);

describe('education lexicon on a language school FAQ', () => {
  const retriever = suiteRetriever(SCHOOL_FAQ);

  it.each([
    ['想考托福，你们有应试辅导吗', 'exam-prep'],
    ['想知道女儿最近有没有进步', 'progress-feedback'],
    ['下个月出差两次，课会不会白白浪费', 'leave-makeup'],
    ['能办学生签证吗', 'student-visa'],
    ['刮台风的话课还照常吗', 'typhoon-weather'],
    ['学汉语的外国人有课吗', 'chinese-courses'],
    ['Is there a cram course for the Chinese proficiency test?', 'hsk-prep'],
    ['Do you close when a big storm hits?', 'typhoon-weather'],
    ['What happens if I drop out halfway through the term?', 'refunds'],
    ['Are course materials extra?', 'course-fees'],
    ['Can I keep learning remotely after I move abroad?', 'online-lessons'],
  ])('answers a rephrasing from its entry: %s', (question, ref) => expectAnsweredFrom(retriever(), question, ref));

  it.each(['我想考驾照，你们有驾校课程吗', '附近哪里可以学钢琴', 'Where can I get my degree certificate translated and notarised?'])(
    'still hands off a neighbouring question the school does not answer: %s',
    (question) => expectHandedOff(retriever(), question),
  );

  it('keeps words that only look like a school word out of its concepts', () => {
    // 还收费 asks about a fee, not admission; "terms and conditions" is no school term; 线上支付 no online
    // lesson; a Visa card no student visa; attending a class says nothing of an attendance rule; 化学成分 is no
    // chemistry lesson; and each subject stays apart (a drawing class is no piano lesson).
    expect(conceptsOf('这个还收费吗')).not.toContain('enrol');
    expect(conceptsOf('Where are your terms and conditions?')).not.toContain('term');
    expect(conceptsOf('支持线上支付吗')).not.toContain('online_session');
    expect(conceptsOf('Do you take Visa?')).not.toContain('student_visa');
    expect(conceptsOf('Can I attend a trial class?')).not.toContain('attendance');
    expect(conceptsOf('有化学成分吗')).not.toContain('academic_tutoring');
    expect(conceptsOf('想给孩子报个画画班')).toContain('art_class');
    expect(conceptsOf('想给孩子报个画画班')).not.toContain('music_lessons');
    expect(conceptsOf('孩子今年还收吗')).toContain('enrol');
    expect(conceptsOf('When does the next term start?')).toContain('term');
  });
});
