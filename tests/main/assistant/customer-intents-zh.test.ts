import { describe, expect, it } from 'vitest';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { conceptsOf, expectAnsweredFrom, faqEntry as entry, suiteRetriever } from './lexicon-kb.ts';

// A costume rental shop, a kind of business no lexicon is written for, asked in the words customers of any small
// business use for what they want done rather than the FAQ's terms: 押 for a deposit, 挪到下周 for a new date,
// 不想去了 + 钱能还我吗 for cancelling with money back, 替他去拿 for someone else collecting, 晚还 for a late return,
// 发霉 for spoiled goods, 往卡里存钱 for stored value, 当钱花 for points, 真人 for a human agent.
const COSTUMES_ZH: FaqDraft[] = [
  entry('deposit', 'zh', '租衣服要交押金吗？', ['押金多少？'], '每套押金200元，归还检查无误后原路退回。'),
  entry('price', 'zh', '租一套衣服多少钱？', ['租金怎么算？'], '日租50元起，三天以上八折。'),
  entry('reschedule', 'zh', '预约了可以改时间吗？', ['怎么改期？'], '取衣前一天可免费改期一次。'),
  entry('cancel-refund', 'zh', '取消预约定金能退吗？', [], '取衣前48小时取消全额退定金，之后不退。'),
  entry('proxy', 'zh', '可以让朋友代取吗？', ['代取要带什么？'], '代取请带预约人身份证照片和取衣码。'),
  entry('late-return', 'zh', '晚还了怎么收费？', ['逾期归还怎么算？'], '每晚还一天加收一天租金，从押金扣除。'),
  entry('cleaning', 'zh', '还衣服之前要自己洗吗？', ['清洁费怎么收？'], '不用自己洗，正常穿着免清洁费，严重污渍收50元。'),
  entry('damaged', 'zh', '收到的衣服有破损怎么办？', [], '收到后24小时内拍照联系我们，免费换一套。'),
  entry('stored-value', 'zh', '会员储值有优惠吗？', [], '储值500送50，储值1000送150。'),
  entry('points', 'zh', '积分有什么用？', [], '每消费1元积1分，100分可抵1元。'),
  entry('human', 'zh', '怎么联系人工客服？', [], '工作日9点到21点可在公众号转人工。'),
  entry('hours', 'zh', '门店几点开门？', [], '每天10点到21点营业。'),
];

describe('customer wording of common intents (zh)', () => {
  const costumes = suiteRetriever(COSTUMES_ZH);

  // Each is answered from another entry, or handed off, without the lexicon forms it names.
  it('answers intents told in everyday words from their entries', () => {
    const cases: [string, string][] = [
      ['借一套演出服，得先押多少', 'deposit'], // 押
      ['本来约的这周五，能往后挪到下周吗', 'reschedule'], // 挪到下
      ['临时有事不想去了，交的钱能还我吗', 'cancel-refund'], // 不想去了, 能还我
      ['我订的，但我没空，我老婆能替我去拿衣服吗', 'proxy'], // 替我去拿: someone else collecting
      ['衣服晚两天还会怎么样', 'late-return'], // 晚两天还
      ['衣服弄得脏兮兮的还回来行不行', 'cleaning'], // 脏兮兮
      ['拿回家发现衣服发霉了', 'damaged'], // 发霉
      ['往卡里存钱有没有额外送的', 'stored-value'], // 往卡里存, not banking
      ['我账户里攒的分能当钱花吗', 'points'], // 当钱花; 账户里 is no sign-in
      ['不想跟机器人聊了，找个真人', 'human'], // 跟机器人, 找个真人
    ];
    const missed = cases.filter(([question, ref]) => {
      const hit = costumes().retrieve(question).hits[0]?.ref;
      return hit !== ref;
    });
    expect(missed).toEqual([]);
    for (const [question, ref] of cases) expectAnsweredFrom(costumes(), question, ref);
  });

  it('keeps look-alike words out of those concepts', () => {
    expect(conceptsOf('刚才还能用，现在坏了')).not.toContain('overtime'); // 刚才还 is "just now", no late return
    expect(conceptsOf('能直接打包带走吗')).not.toContain('contact');
    expect(conceptsOf('钱打过去了没收到')).not.toContain('contact'); // a transfer, not a call
    expect(conceptsOf('行李寄存以后能送到酒店吗')).not.toContain('stored_value'); // 存…送 is no top-up
    expect(conceptsOf('账户里的积分怎么用')).not.toContain('login');
    expect(conceptsOf('往卡里存钱有赠送吗')).toContain('stored_value');
  });
});
