import { describe, it } from 'vitest';
import { expectAnsweredFrom, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// How customers of a phone repair shop, a physio clinic, a photo studio and a tailor say what the FAQ says in
// writing (lexicon-repairs.ts, lexicon-care.ts, lexicon-services.ts, lexicon-general.ts): each question shares no
// topic word with its entry and ranked another entry first, or was handed off, before its forms were added.
describe('trade wording', () => {
  describe('a phone repair shop', () => {
    const retriever = suiteRetriever([
      faqEntry('battery', 'zh', '换电池多少钱？', [], '原装品质电池199元起，半小时换好。'),
      faqEntry('used', 'zh', '有二手手机卖吗？', [], '店里有检测过的二手机和翻新机出售，保修三个月。'),
      faqEntry('cleaning', 'zh', '笔记本电脑发烫、风扇很响怎么办？', [], '多半是散热不好，清灰换硅脂80元，一小时左右。'),
      faqEntry('trade', 'zh', '旧手机回收吗？', [], '可以回收，按成色和型号估价，也能抵扣换新。'),
      faqEntry('hours', 'zh', '店在哪里？几点开门？', [], '人民路12号，每天10:00–21:00。'),
    ]);

    it.each([
      ['手机早上充满电，撑不到下午就没了', 'battery'],
      ['有没有99新的', 'used'],
      ['成色好点的有吗', 'used'],
    ])('answers %s from its entry', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('a physio clinic', () => {
    const retriever = suiteRetriever([
      faqEntry('booking', 'zh', '怎么预约？', [], '公众号里选好时间就能预约，也可以打电话。'),
      faqEntry('insurance', 'zh', '可以刷医保吗？', [], '目前不能用医保，可以开发票给商业保险报销。'),
      faqEntry('therapist', 'zh', '可以指定治疗师吗？', [], '可以，预约时备注想要的治疗师即可。'),
      faqEntry('postnatal', 'zh', '产后修复什么时候可以做？', [], '顺产六周、剖腹产八周后可以开始盆底肌和腹直肌的评估。'),
      faqEntry('price', 'zh', '第一次来要多少钱？', [], '首次评估加治疗380元，约一小时。'),
    ]);

    it.each([
      ['约号', 'booking'],
      ['能走统筹吗', 'insurance'],
      ['能自己挑人吗', 'therapist'],
      ['生完孩子以后有点漏尿，你们能做吗', 'postnatal'],
    ])('answers %s from its entry', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('a tailor and a photo studio', () => {
    const retriever = suiteRetriever([
      faqEntry('fittings', 'zh', '中间需要试穿几次？', [], '一般两次：毛样一次，成衣前一次。'),
      faqEntry('payment', 'zh', '怎么付款？要交定金吗？', [], '下单付50%定金，取衣时付清尾款。'),
      faqEntry('lead-time', 'zh', '定制一套西装要多久？', [], '量体后四到六周完成。'),
      faqEntry('photos', 'zh', '多久能拿到照片？', [], '拍完选片后7个工作日出精修。'),
    ]);

    it.each([
      ['下单以后还得去几回', 'fittings'],
      ['剩下的钱是取衣服的时候再结吗', 'payment'],
      ['拍好以后几天能收到成片', 'photos'],
    ])('answers %s from its entry', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });
});
