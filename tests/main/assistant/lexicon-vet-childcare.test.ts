import { describe, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// Wording customers of a vet and of an after-school club use for topics the lexicons name another way: an animal by
// its kind for "exotic pets", sutures for stitches, bloodwork and 验血 for test results, antibiotics for medicine, a
// fever for being off sick, "full-time" and "part-time" for days a week, 最晚哪天交 for when fees are due, 歇业 and "off work at" for
// the hours, "what street" for the address, and personal data "off your system". Each question shares no topic word with its entry.
const VET = [
  faqEntry('species', 'en', 'Which animals do you treat?', ['Do you see rabbits?', 'Do you treat exotic pets?'], 'Dogs, cats, rabbits and most small mammals; reptiles on Tuesdays.'),
  faqEntry('zh-species', 'zh', '你们看哪些动物？', ['能看兔子吗？', '接诊异宠吗？'], '猫狗、兔子和小型哺乳动物都可以看，爬行类每周二接诊。'),
  faqEntry('prep', 'en', 'How should I prepare my pet for surgery?', ['Does my pet need to fast before surgery?'], 'No food after 8pm the night before; water is fine until the morning.'),
  faqEntry('recovery', 'en', 'When can I take my pet home after surgery?', ['When are the stitches removed?'], 'Most pets go home the same evening; stitches come out after ten days, free of charge.'),
  faqEntry('results', 'en', 'How long do test results take?', ['How will I get the lab report?'], 'Most results are back within two working days; we phone you with them.'),
  faqEntry('zh-results', 'zh', '检查报告多久出来？', ['报告怎么拿？'], '一般两个工作日内出报告，我们会电话通知您。'),
  faqEntry('hours', 'zh', '营业时间是几点到几点？', ['周末营业吗？', '节假日开不开门？'], '每天9点到19点，节假日照常营业。'),
  faqEntry('location', 'en', 'Where are you located?', ['Where can I park?'], '12 Willow Road, next to the library; parking behind the building.'),
  faqEntry('fees', 'en', 'How much is a consultation?', ['Do you charge for follow-up visits?'], 'A consultation is ¥120; a follow-up within a week is free.'),
];

const CLUB = [
  faqEntry('monthly-fee', 'en', 'How much is the after-school programme?', ['Can I pay for just some days a week?'], 'Five days a week is ¥2,400 a month; three days ¥1,600.'),
  faqEntry('zh-monthly-fee', 'zh', '课后托管一个月多少钱？', ['每周只来三天怎么收费？'], '每周五天每月2400元，每周三天1600元。'),
  faqEntry('payment', 'en', 'How do I pay?', ['When are fees due?', 'Do you take cash?'], 'By bank transfer or cash, before the 5th of each month.'),
  faqEntry('zh-payment', 'zh', '怎么付款？', ['每月什么时候交费？', '收现金吗？'], '转账或现金，每月5号前交。'),
  faqEntry('illness', 'en', 'What if my child is sick?', ['Will you give my child medicine?', 'When should I keep my child at home?'], 'Keep them home for 24 hours after being unwell; we give medicine only with a signed form.'),
  faqEntry('zh-illness', 'zh', '孩子生病了还能来吗？', ['什么情况需要在家休息？'], '生病后请在家休息24小时再来。'),
  faqEntry('camp', 'en', 'When does holiday camp run?', ['What time does camp start each day?'], 'Camp runs every school holiday, 8am to 6pm.'),
  faqEntry('privacy', 'en', 'How do I have my data deleted?', ['Do you keep my details?'], 'Email us and we delete your records within 30 days.'),
  faqEntry('restock', 'en', 'Can you tell me when the uniform is in stock again?', ['Do you have a waiting list for sold-out items?'], 'Yes, leave your number and we message you when it is back.'),
];

describe('vet and after-school wording', () => {
  const retrievers = { vet: suiteRetriever(VET), club: suiteRetriever(CLUB) };

  it.each([
    ['vet', '我养了只鹦鹉，你们能看吗', 'zh-species'],
    ['vet', '验血的结果什么时候能知道', 'zh-results'],
    ['club', 'full-time price per month?', 'monthly-fee'],
    ['club', '这个月的钱最晚哪天交', 'zh-payment'],
    ['club', 'he is on antibiotics, can someone give him the dose at lunch?', 'illness'],
    ['club', '孩子发烧了明天还能去吗', 'zh-illness'],
    ['club', "we're leaving the area, please take everything about me off your system", 'privacy'],
    ['vet', 'we have a hamster, can you help?', 'species'],
    ['vet', 'do I wait around after the bloodwork or do you ring me?', 'results'],
    ['club', 'how much is it part-time?', 'monthly-fee'],
    ['vet', 'how much to have the sutures taken out?', 'recovery'],
    ['vet', '过年那几天你们歇业吗', 'hours'],
    ['vet', 'what street are you on?', 'location'],
    ['vet', 'I get off work at 6, can I still bring her in?', 'hours'],
  ] as const)('answers a rephrasing from its entry (%s): %s', (kb, question, ref) => expectAnsweredFrom(retrievers[kb](), question, ref));

  it.each([
    ['vet', 'What is the operating system on your booking tablet?'],
    ['club', 'Can you recommend a good full-time job for a parent?'],
  ] as const)('hands off a question neither business answers (%s): %s', (kb, question) => expectHandedOff(retrievers[kb](), question));

  // 招…助理 is a role being recruited (foreign-domains.ts): a vet clinic that names 兽医 still hands it off.
  const clinic = suiteRetriever(new URL('../../fixtures/faq-blind15-x.json', import.meta.url));
  it.each(['你们医院招兽医助理吗', '现在还招宠物护理助理吗'])('hands off a job asked of a vet clinic: %s', (question) => expectHandedOff(clinic(), question));

  // "batt" is the battery, as a lock's or phone's screen shortens it.
  const locksmith = suiteRetriever([
    faqEntry('battery', 'en', 'My smart lock battery died, how do I get in?', ['How do I change the batteries?'], 'Hold a power bank to the USB-C port under the keypad and enter your code.'),
    faqEntry('install', 'en', 'How long does a smart lock installation take?', [], 'About 90 minutes on a standard door.'),
  ]);
  it('answers a lock that says batt low from the battery entry', () => expectAnsweredFrom(locksmith(), 'keypad keeps flashing batt low, what now?', 'battery'));
});
