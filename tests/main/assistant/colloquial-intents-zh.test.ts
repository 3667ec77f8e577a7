import { describe, expect, it } from 'vitest';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';
import { expectAnsweredFrom, faqEntry as entry, suiteRetriever } from './lexicon-kb.ts';

// A picture-framing shop, a kind of business no lexicon is written for, asked the way customers of any small
// business talk: where to park when driving over, where to place an order, paying more to have it faster, a company
// settling once a month, whether my files are kept, 负责到底 for a guarantee, 有没有风险 for safety, and a purpose
// clause (我好请假) that says why the customer asks, not what about.
const FRAMING_ZH: FaqDraft[] = [
  entry('parking', 'zh', '店里方便停车吗？', [], '商场地下停车场，消费满100元免费停2小时。'),
  entry('booking', 'zh', '怎么预约上门量尺寸？', [], '微信小程序选好时间即可，师傅按时上门。'),
  entry('turnaround', 'zh', '装裱要多久？', [], '普通装裱3个工作日，大幅作品7天。'),
  entry('rush', 'zh', '可以加急吗？', [], '加急次日可取，加收30%。'),
  entry('payment', 'zh', '怎么付款？', [], '支持微信、支付宝和对公转账，企业客户可以月结。'),
  entry('guarantee', 'zh', '装裱有质保吗？', [], '一年内开胶、起鼓免费重做。'),
  entry('privacy', 'zh', '我的照片会保密吗？', [], '电子照片只用于本次制作。'),
  entry('safety', 'zh', '用的胶水对孩子安全吗？', [], '使用无醛环保胶，对孩子和宠物无害。'),
  entry('hours', 'zh', '几点营业？', [], '每天10点到21点营业。'),
  entry('pickup', 'zh', '做好以后怎么拿？', [], '可到店自取，也可以快递到付。'),
];

describe('colloquial Chinese intents', () => {
  const framing = suiteRetriever(FRAMING_ZH);

  it('answers everyday wordings from their entries', () => {
    const cases: [string, string][] = [
      ['开车过去车停哪', 'parking'], // 开车过去 is parking, not a vehicle question
      ['这个在哪儿下单啊', 'booking'], // 在哪下单
      ['有没有更快的，多付点钱也行', 'rush'], // willing to pay more
      ['我们单位想每个月统一结一次账，可以吗', 'payment'], // monthly company billing
      ['要是没弄好，你们负责到底吗', 'guarantee'], // 负责到底
      ['做完以后我发的文件你们会一直留着吗', 'privacy'], // files kept
      ['我老婆怀孕了，用的胶有没有风险', 'safety'], // 有没有风险 is 安全吗
      ['装裱大概花多长时间，我好请假', 'turnaround'], // 我好请假 says why, 花多长时间 is no price
      ['做好以后我下班顺路过去取行吗', 'pickup'], // 顺路过去取
    ];
    const missed = cases.filter(([question, ref]) => {
      const retrieval = framing().retrieve(question);
      return retrieval.hits[0]?.ref !== ref || retrieval.confidence < 0.4;
    });
    expect(missed).toEqual([]);
    for (const [question, ref] of cases) expectAnsweredFrom(framing(), question, ref);
  });

  it('drops a purpose clause after the question, not 我好久 / 我好想', () => {
    const units = (text: string) => analyze(text).units.map((unit) => unit.slice(2)).join('');
    expect(units('要多久？我好安排晚饭')).not.toContain('饭');
    expect(units('多久能好，我好想早点拿')).toContain('想');
    expect(units('你好，我好久没来了')).toContain('久');
  });
});

// A children's party venue, a kind of business no lexicon is written for, asked in words its FAQ does not use: moving
// the date once more (再挪), how many fit (装得下), photos sent (拍…图), ordering food in (叫外卖, a fast-food chain),
// being in time (来得及), work gone crooked (歪了), all the money back (全退), decorating (礼炮, 彩纸), socks to wear
// (袜子) and staying on (多待).
const PARTY_ZH: FaqDraft[] = [
  entry('reschedule', 'zh', '可以改派对日期吗？', ['改期要收费吗？'], '活动前7天可免费改期一次。'),
  entry('guests', 'zh', '超过套餐人数怎么收费？', ['加一个孩子多少钱？'], '套餐含10位小朋友，每加1位收80元，最多加人到25位。'),
  entry('photos', 'zh', '派对当天会发照片吗？', [], '工作人员会拍照，结束后微信发给家长。'),
  entry('food', 'zh', '可以自带食物吗？', ['可以带蛋糕吗？'], '可以自带蛋糕和零食，不收服务费。'),
  entry('packages', 'zh', '派对套餐多少钱？', [], '基础套餐1880元，豪华套餐2880元。'),
  entry('hours', 'zh', '周末几点开门？', [], '周末9:00–20:00。'),
];

describe('spoken Chinese at a party venue', () => {
  const retriever = suiteRetriever(PARTY_ZH);

  it.each([
    ['日子已经挪过一回了，还能再挪吗', 'reschedule'],
    ['当天多久拍一次图给我们', 'photos'],
    ['想给孩子们叫几份肯德基，行吗', 'food'],
  ])('answers %s from the %s entry', (question, ref) => {
    expectAnsweredFrom(retriever(), question, ref);
  });

  it('does not read homework set (布置作业) as decorating', () => {
    expect([...analyze('布置作业多吗').concepts.keys()]).not.toContain('decorating');
  });

  it.each([
    ['婚礼前正常做来得及吗', 'turnaround'],
    ['场地能装得下三十个小朋友不', 'occupancy'],
    ['有两件logo绣歪了', 'redo'],
    ['定制的还没开工，能全退吗', 'refund'],
    ['可以放礼炮和彩纸吗', 'decorating'],
    ['进去要穿袜子吗', 'dress_code'],
    ['结束了能多待一会吗', 'overtime'],
    ['绣花衬衫能机洗吗', 'laundry'],
    ['狗狗放你们那一晚几块', 'price'],
    ['几块一次啊', 'price'],
  ])('reads %s as %s', (question, concept) => {
    expect([...analyze(question).concepts.keys()]).toContain(concept);
  });
});
