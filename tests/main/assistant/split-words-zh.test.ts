import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';
import { expectAnsweredFrom, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// A Chinese compound is shortened by dropping a morpheme inside it (专用发票 → 专票) and lengthened by a modifier
// inside it (白蚁 → 白蚂蚁): the customer's word and the FAQ's then share no bigram, only two characters a little apart.
describe('Chinese words split or shortened', () => {
  describe('analyze()', () => {
    it('pairs characters one or two content characters apart', () => {
      const pairs = analyze('白蚂蚁').splitPairs;
      expect(pairs.has('k:白蚁')).toBe(true);
      expect([...analyze('专用发票').splitPairs]).toEqual(expect.arrayContaining(['k:专发', 'k:专票', 'k:用票']));
    });

    it('does not pair across a function character (买的东西 is no word 买东)', () => {
      expect(analyze('买的东西').splitPairs.has('k:买东')).toBe(false);
      expect(analyze('洗了三天').splitPairs.has('k:洗三')).toBe(false);
    });

    it('offers a unit its bigrams as split keys and its pairs across a character as bigrams', () => {
      const text = analyze('白蚂蚁');
      const ant = text.units.indexOf('c:蚁');
      expect(text.unitSplit[ant]).toEqual(expect.arrayContaining(['k:蚂蚁', 'b:白蚁']));
    });
  });

  describe('Retriever', () => {
    const retriever = suiteRetriever([
      faqEntry('invoice', 'zh', '可以开增值税专用发票吗？', ['报销要发票怎么办？'], '可以，下单时填写公司名称和税号，增值税专用发票3个工作日内开出。'),
      faqEntry('termites', 'zh', '你们做白蚁检查吗？', ['房子有白蚁怎么办？'], '做，专业人员上门检查，出具检查报告，发现白蚁当场给出处理方案。'),
      faqEntry('shipping', 'zh', '发货要多久？', ['什么时候能寄出？'], '付款后48小时内发货，快递一般2到3天送达。'),
      faqEntry('returns', 'zh', '可以退货吗？', ['不想要了能退吗？'], '签收后7天内可以无理由退货，商品需保持完好。'),
      faqEntry('payment', 'zh', '有哪些付款方式？', ['能刷信用卡吗？'], '支持微信、支付宝和银行卡付款。'),
      faqEntry('frames', 'zh', '镜框坏了能修吗？', ['眼镜架断了怎么办？'], '镜框可以免费调整，断了的可以焊接，费用视材质而定。'),
      faqEntry('ready', 'zh', '配眼镜要多久能取？', ['当天能拿到吗？'], '验光选框后约1小时可取，定制片7到10个工作日。'),
    ]);

    // Without split words: handed off (0.39), and answered from the repairs entry, whose question has 镜框.
    it.each([
      ['老家的木地板里有白蚂蚁', 'termites'],
      ['上午选好镜框，中午能戴上吗', 'ready'],
    ])('answers %s from %s', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });
});
