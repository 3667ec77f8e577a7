import { describe, it } from 'vitest';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { expectAnsweredFrom, faqEntry as entry, suiteRetriever } from './lexicon-kb.ts';

// A photo studio and a piano tuner, kinds of business no lexicon is written for, asked in the spoken words customers
// of any trade use: 占位费 for the deposit, 剩下的钱…补齐 for the balance, 起晚了 / 没赶上 / 错过集合 for being late, and
// 白跑一趟 for a visit wasted because nobody was home.
const STUDIO_ZH: FaqDraft[] = [
  entry('deposit', 'zh', '定金交多少？尾款什么时候付？', [], '预约时付定金200元，尾款在拍摄当天结清。'),
  entry('late', 'zh', '迟到了怎么办？', [], '摄影师最多等20分钟，超时按改期处理。'),
  entry('booking', 'zh', '怎么预约拍摄？', [], '在小程序选择日期和套餐即可。'),
  entry('meeting', 'zh', '外景在哪里集合？', [], '外景拍摄在公园南门集合，早上8点出发。'),
  entry('cancel', 'zh', '预约后可以退款吗？', [], '拍摄前3天取消全额退款。'),
  entry('price', 'zh', '套餐价格是多少？', [], '基础套餐599元，精修20张。'),
];
const TUNER_ZH: FaqDraft[] = [
  entry('no-home', 'zh', '师傅上门时没人开门怎么办？', [], '师傅到达后联系不上的，收取50元路费。'),
  entry('arrival', 'zh', '师傅几点上门？', [], '预约时段内到达，出发前电话通知。'),
  entry('price', 'zh', '调音多少钱？', [], '立式钢琴调音300元。'),
  entry('cancel', 'zh', '可以取消预约吗？', [], '上门前一天取消免费。'),
];

describe('spoken Chinese for money and time', () => {
  const studio = suiteRetriever(STUDIO_ZH);
  const tuner = suiteRetriever(TUNER_ZH);

  it('reads 占位费 and 剩下的钱…补齐 as the deposit and the balance', () => {
    expectAnsweredFrom(studio(), '占位费要交多少', 'deposit');
    expectAnsweredFrom(studio(), '剩下的钱拍完再补齐行吗', 'deposit');
  });

  it('reads 起晚了, 没赶上 and 错过集合 as being late', () => {
    expectAnsweredFrom(studio(), '早上起晚了咋办', 'late');
    expectAnsweredFrom(studio(), '错过集合了咋办', 'late');
  });

  it('reads 白跑一趟 as a visit nobody was home for', () => {
    expectAnsweredFrom(tuner(), '白跑一趟收费吗', 'no-home');
  });
});

// A piano teacher: the day a lesson is moved to is the customer's date, not the teacher's hours; a day of the
// business's own (周末上课吗) still is.
const PIANO_ZH: FaqDraft[] = [
  entry('reschedule', 'zh', '可以改约吗？', [], '上课前一天可以免费改约一次。'),
  entry('hours', 'zh', '周末上课吗？', [], '周末和周三晚上有课，周一休息。'),
  entry('price', 'zh', '一节课多少钱？', [], '一对一课程每节200元。'),
  entry('booking', 'zh', '怎么约课？', [], '在公众号选择老师和时间即可。'),
];

describe('a day the customer picks', () => {
  const piano = suiteRetriever(PIANO_ZH);

  it('is a detail of moving a lesson, not the business hours', () => {
    expectAnsweredFrom(piano(), '挪到下周末行不行', 'reschedule');
    expectAnsweredFrom(piano(), '周末上课吗', 'hours');
  });
});

// A bookkeeping service: 留底 (keeping a copy) and 一直存着 are how a customer asks whether their papers are kept.
const BOOKKEEPING_ZH: FaqDraft[] = [
  entry('privacy', 'zh', '客户资料会保密吗？', [], '资料办完后30天内统一删除，只有经办会计能查看。'),
  entry('documents', 'zh', '需要提供哪些材料？', [], '营业执照、银行流水和上月发票。'),
  entry('price', 'zh', '代理记账多少钱？', [], '小规模纳税人每月200元。'),
  entry('time', 'zh', '多久能办完？', [], '一般3个工作日。'),
];

describe('spoken Chinese for keeping a customer\'s papers', () => {
  const bookkeeping = suiteRetriever(BOOKKEEPING_ZH);

  it('reads 留底 as the personal-data question', () => {
    expectAnsweredFrom(bookkeeping(), '你们会留底吗', 'privacy');
  });
});

// A summer camp: 成团 for the minimum number of people, 管不管 X for what the fee includes.
const CAMP_ZH: FaqDraft[] = [
  entry('min', 'zh', '人数不够会取消吗？', [], '每期满8人开课，人数不足提前3天通知并全额退款。'),
  entry('included', 'zh', '学费包括哪些？', [], '学费包括材料费和午餐，不包括往返交通。'),
  entry('price', 'zh', '一期多少钱？', [], '每期1200元。'),
  entry('pay', 'zh', '怎么付款？', [], '微信或支付宝付款，不收现金。'),
  entry('food', 'zh', '有什么吃的？', [], '午餐是简餐，可以提前说忌口。'),
];

describe('spoken Chinese for a group and its fee', () => {
  const camp = suiteRetriever(CAMP_ZH);

  it('reads 成团 as the minimum number of people', () => {
    expectAnsweredFrom(camp(), '多少人成团', 'min');
  });

  it('reads 管不管 X as what the fee includes', () => {
    expectAnsweredFrom(camp(), '管不管交通', 'included');
  });
});
