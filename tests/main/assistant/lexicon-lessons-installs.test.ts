import { describe, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// Wordings read in the failures of a music school's, a driving school's and a solar installer's questions
// (session 18), on small FAQs of the same kinds written here: a course quit because the child lost interest, a
// lesson forgotten or missed with the flu, lessons given to a sister, trying before committing, an age said without "years old" (我爸今年62了,
// "my boys are 6"), never having touched an instrument, a deposit said as 押的钱, a failed exam taken again (考砸了),
// what the fee includes (包不包), buying the rented instrument after renting it a while, not getting along with the
// teacher ("rather have someone else"), seeing whether a child suits it before enrolling, a course crammed into a fortnight; paying back by the month (每个月还), settling the rest (结清), a visit to look at the roof ("pop over"),
// a day off work for the installation, a warning light (亮红灯, "red light"), the business going bust, keeping the
// system running, the amount paid upfront, how many weeks the queue is (得排几周); and how long after delivery a return is
// still accepted (过了两周还能退吗). Each ranks another entry first, or is handed off, without them.
const MUSIC_SCHOOL = [
  faqEntry('price', 'en', 'How much are lessons?', ['What do lessons cost?'], 'Lessons cost $30 for 30 minutes.'),
  faqEntry('trial', 'en', 'Can I book a trial lesson?', ['Is the first lesson free?'], 'A 30-minute trial lesson costs $10.'),
  faqEntry('missed', 'en', 'What if I miss a lesson?', ['Can I reschedule a lesson?'], 'Tell us 24 hours ahead and we move it for free.'),
  faqEntry('quit-refund', 'en', 'Can I get my money back if I stop halfway through the course?', ['Can I transfer my lessons to someone else?'], 'Unused lessons are refunded at the full price less 10%, or passed on to another student.'),
  faqEntry('age', 'en', 'What age can children start?', ['Do you teach adults?'], 'From age 4; adults of any age are welcome.'),
  faqEntry('teacher', 'en', 'Can I change my teacher?', [], 'Yes, ask at reception and we find another teacher.'),
  faqEntry('rental-deposit', 'en', 'Is there a deposit for instrument rental?', [], 'The deposit is $200, returned when the instrument comes back.'),
  faqEntry('zh-price', 'zh', '上课怎么收费？', ['一节课多少钱？'], '30分钟一节180元。'),
  faqEntry('zh-tuition', 'zh', '学费是多少？', ['学费包括哪些？', '有没有其他费用？'], '一学期4800元，含教材。'),
  faqEntry('zh-age', 'zh', '多大可以来学？', ['大人能学吗？', '零基础可以学吗？'], '4岁以上都可以，成人也欢迎。'),
  faqEntry('zh-deposit', 'zh', '租乐器要交押金吗？', [], '押金1000元，还琴后退。'),
  faqEntry('zh-rent-price', 'zh', '租乐器多少钱？', [], '每月150元起。'),
  faqEntry('zh-buyout', 'zh', '租的乐器可以买下来吗？', ['先租后买怎么算？'], '可以，已付租金的一半抵购琴款。'),
  faqEntry('zh-exam', 'zh', '考级没过可以补考吗？', [], '可以，补考只收报名费。'),
  faqEntry('zh-coach', 'zh', '可以换教练吗？', [], '可以，跟前台说一声。'),
  faqEntry('zh-trial', 'zh', '可以先试听一节课吗？', [], '可以，试听课50元。'),
  faqEntry('intensive', 'en', 'Do you offer intensive courses?', [], 'Yes, ten lessons over two weeks in the summer.'),
];

const SOLAR_INSTALLER = [
  faqEntry('survey', 'en', 'How do I book a home survey?', ['Can someone come and look at my house?'], 'Book a free survey online.'),
  faqEntry('install-day', 'en', 'How long does the installation take?', ['Do I need to be home on installation day?'], 'Usually one day; an adult needs to be home.'),
  faqEntry('fault', 'en', 'What should I do if my system stops working?', [], 'Call our service line and we send an engineer.'),
  faqEntry('workmanship', 'en', 'Do you guarantee your installation work?', ['What happens if your company goes bust?'], 'Our work is guaranteed for 10 years and insured.'),
  faqEntry('maintenance', 'en', 'Do solar panels need maintenance?', [], 'An annual service is recommended.'),
  faqEntry('payment', 'en', 'How do I pay for my installation?', ['What deposit do you need?'], 'A 25% deposit, the rest on completion.'),
  faqEntry('zh-finance', 'zh', '可以分期付款吗？', [], '可以分12期。'),
  faqEntry('zh-payment', 'zh', '怎么付款？', ['尾款什么时候付？'], '签约付30%，验收后付清。'),
  faqEntry('zh-fault', 'zh', '系统不发电了怎么办？', [], '请拨打售后电话。'),
  faqEntry('zh-maintenance', 'zh', '光伏需要定期维护吗？', [], '建议每年清洗一次。'),
  faqEntry('zh-leadtime', 'zh', '签约后多久能安装？', ['要排队多久？'], '一般4到6周。'),
];

const SHOP = [
  faqEntry('returns', 'zh', '如何申请退货？', ['退货有时间限制吗？'], '签收后30天内可申请退货。'),
  faqEntry('shipping-time', 'zh', '下单后多久发货？', [], '48小时内发货。'),
];

describe('lesson and rental wording on a music school FAQ', () => {
  const retriever = suiteRetriever(MUSIC_SCHOOL);

  it.each([
    ['my son has lost interest after two months, what are our options', 'quit-refund'],
    ['give my lessons to my sister?', 'quit-refund'],
    ['I forgot about my class yesterday, is it gone?', 'missed'],
    ['got the flu, do I still have to pay for tomorrow?', 'missed'],
    ['can we move wednesdays session to friday', 'missed'],
    ['can my daughter try it before we commit?', 'trial'],
    ['my boys are 6, can they start?', 'age'],
    ["I'd rather have someone else teaching him", 'teacher'],
    ['我爸今年62了还能学吗', 'zh-age'],
    ['完全没碰过钢琴能学吗', 'zh-age'],
    ['押的钱能少点吗', 'zh-deposit'],
    ['考砸了还能再考吗', 'zh-exam'],
    ['这个价包不包书本', 'zh-tuition'],
    ['租了半年了再买能便宜点吗', 'zh-buyout'],
    ['想先让老师看看孩子适不适合再报名', 'zh-trial'],
    ['can I cram ten lessons into a fortnight?', 'intensive'],
    ['is there a crash course?', 'intensive'],
  ])('answers a rephrasing from its entry: %s', (question, ref) => expectAnsweredFrom(retriever(), question, ref));

  it('hands off a teacher asking for a job', () => expectHandedOff(retriever(), '你们现在招教练吗'));
});

describe('installation wording on a solar installer FAQ', () => {
  const retriever = suiteRetriever(SOLAR_INSTALLER);

  it.each([
    ['每个月还一点行不行', 'zh-finance'],
    ['剩的钱啥时候结', 'zh-payment'],
    ['could someone pop over and check our roof first?', 'survey'],
    ['should I take time off work for the fitters?', 'install-day'],
    ['there is a red light on the inverter', 'fault'],
    ['机器一直亮红灯', 'zh-fault'],
    ['what if you go under in a few years', 'workmanship'],
    ['anything I should do to keep them running?', 'maintenance'],
    ['how much is due upfront?', 'payment'],
    ['大概得排几个月', 'zh-leadtime'],
  ])('answers a rephrasing from its entry: %s', (question, ref) => expectAnsweredFrom(retriever(), question, ref));
});

describe('the time left to return an order on a shop FAQ', () => {
  const retriever = suiteRetriever(SHOP);

  it.each([
    ['过了两周还能退吗', 'returns'],
  ])('answers a rephrasing from its entry: %s', (question, ref) => expectAnsweredFrom(retriever(), question, ref));
});
