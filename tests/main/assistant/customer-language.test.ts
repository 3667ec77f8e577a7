import { describe, expect, it } from 'vitest';
import { conceptsOf, expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// A bilingual flower delivery FAQ, a Chinese entry first, in a real SQLite knowledge base. The Chinese entry on
// leaving flowers at the door is no twin of the English one on nobody being home (entry-twins.ts): the English
// door entry is its closest.
const entries = [
  faqEntry('zh-door', 'zh', '可以放门口吗？', [], '可以，备注“放门口”即可，放好后拍照给您。'),
  faqEntry('zh-care', 'zh', '花怎么养护？', [], '每两天换一次水并修剪根部。'),
  faqEntry('not-home', 'en', 'What happens if nobody is home for the delivery?', ['What if I miss the delivery?'], 'The courier calls 30 minutes ahead; if we cannot reach you we leave the flowers with the guard.'),
  faqEntry('door', 'en', 'Can you leave the flowers at my door?', [], 'Yes, note it in your order and we send a photo.'),
  faqEntry('care', 'en', 'How should I care for my flowers?', [], 'Change the water and trim the stems every two days.'),
];

describe('a question entries of both languages explain equally', () => {
  const retriever = suiteRetriever(entries);

  it('reads "if I’m out" as nobody home', () => {
    expect(conceptsOf("what if i'm out")).toContain('no_show');
    expect(conceptsOf('what if im out')).toContain('no_show');
  });

  it('is answered from the entry in the customer’s language when the two rank equal', () => {
    expectAnsweredFrom(retriever(), 'what if im out', 'not-home');
  });
});

// An entry in the other language that a question meets only through its answer, in translation (its questions share
// nothing with the customer's): the English payment answer mentions an invoice, its Chinese twin does not, and "能开
// 发票吗" is no question the business answers. An entry in the customer's language met so is still answered.
describe('an answer met only in the other language', () => {
  const retriever = suiteRetriever([
    faqEntry('zh-pay', 'zh', '怎么付款？', ['可以用微信付吗？'], '完成保洁后在小程序里用微信或支付宝付款。'),
    faqEntry('pay', 'en', 'How do I pay?', ['Can I pay by card?'], 'Pay in the app after the clean; an invoice is emailed to you for your records.'),
    faqEntry('zh-tools', 'zh', '需要自己准备清洁工具吗？', [], '不需要，阿姨自带全套工具和清洁剂。'),
    faqEntry('tools', 'en', 'Do I need to provide cleaning products?', [], 'No, the cleaner brings everything.'),
  ]);

  it('hands off a Chinese question that only the English answer explains', () => {
    expectHandedOff(retriever(), '能开发票吗，公司要报销');
  });

  it('still answers from the entry in the customer’s language', () => {
    expectAnsweredFrom(retriever(), '阿姨来打扫要我准备工具吗', 'zh-tools');
  });
});
