// A Chinese question whose asked clause names a topic in a word none of whose characters the KB writes is handed
// off, however well its other word matches an entry (RANKING.unwrittenAskedTopic).
import { describe, expect, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

const EMBROIDERY = [
  faqEntry('zh-order', 'zh', '怎么下单定制刺绣？', ['想定做刺绣怎么联系？', '可以线上下单吗？'], '把图案、要绣的物品和数量发微信给我们，一个工作日内报价，付定金后确认订单。'),
  faqEntry('zh-price', 'zh', '刺绣一件多少钱？', ['绣名字怎么收费？', '有价格表吗？'], '名字每件25元，小Logo每个位置35元，满20件九折。'),
  faqEntry('zh-wash', 'zh', '刺绣衣物怎么洗？', ['绣花的衣服能机洗吗？'], '翻面后用30度以下的水轻柔洗涤，不要用漂白剂，不要烘干。'),
  faqEntry('zh-time', 'zh', '做好要几天？', ['多久能拿到？'], '确认效果图后一般5个工作日完成，旺季7个工作日。'),
];

describe('a topic asked in a word the KB never writes', () => {
  const retriever = suiteRetriever(EMBROIDERY);

  it('hands off a class asked of a shop that never writes 课', () => {
    expectHandedOff(retriever(), '想学刺绣有课吗');
  });

  it('reads the topic from the asked clause, in a word all of whose characters are new', () => {
    expect(retriever().retrieve('刺绣有入门课吗').signals?.unwritten).toBe(true);
    // 手机 shares 机 with 机洗: a word the KB half writes is no sign of a thing it never speaks of.
    expect(retriever().retrieve('刺绣能用手机下单吗').signals?.unwritten).toBe(false);
  });

  it('still answers a question whose asked words the KB writes', () => {
    expectAnsweredFrom(retriever(), '刺绣衣服能放烘干机吗', 'zh-wash');
    expect(retriever().retrieve('刺绣衣服能放烘干机吗').signals?.unwritten).toBe(false);
  });
});
