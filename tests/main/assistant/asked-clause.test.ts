import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

/** The units of the clauses that ask, as analyze() reads a customer's message. */
const askedOf = (question: string): string[] => {
  const text = analyze(question, { dates: true });
  return text.asked.map((unit) => text.units[unit]);
};

describe('analyze(): the clauses that ask', () => {
  it('reads the clause with the question, not the story before it', () => {
    expect(askedOf('after i skip a week, can i undo it and get the delivery back')).toEqual(['w:undo', 'w:deliveri', 'w:back']);
    expect(askedOf('能开发票吗 公司要报销')).toEqual(['c:开', 'c:发', 'c:票']);
  });

  it('starts an English question at its inverted auxiliary, not at a clause telling when', () => {
    expect(askedOf('when I renew can I borrow a bit more')).toEqual(['w:borrow', 'w:bit', 'w:more']);
  });

  it('reads every clause that asks', () => {
    expect(askedOf('Is there a rooftop bar, and when does it open?')).toEqual(['w:rooftop', 'w:bar', 'w:open']);
  });

  // A short clause pointing back at what was said asks that clause; "it" names a thing, which keeps its own clause.
  it('reads the clause before a short asked clause that points back at it', () => {
    expect(askedOf("flight got delayed, i'll be 3 days late getting my plants, is that a problem")).toEqual(['w:3', 'w:dai', 'w:late', 'w:get', 'w:plant']);
    expect(askedOf('need 5 caps by friday, can you do that?')).toEqual(['w:5', 'w:cap', 'w:fridai']);
    expect(askedOf('my lemon tree has scale, can it still stay with you')).toEqual(['w:stai']);
  });

  // 会收费不, 有邮箱没: a 不 / 没 closing a clause after a verb is the spoken yes-no question (收费吗), not a negation.
  it('reads a clause closed by a spoken 不 / 没 tag as asking', () => {
    expect(askedOf('那单我不想要了，会收费不')).toEqual(['c:收', 'c:费']);
    expect(askedOf('文件太大了 有邮箱没')).toEqual(['c:邮', 'c:箱']);
    expect(askedOf('那单还没做 我也不')).toEqual([]);
  });

  it('reads none in a message that asks nothing', () => {
    expect(askedOf('拆开箱子发现里面的玻璃杯碎了两个')).toEqual([]);
    expect(askedOf('the glass arrived broken')).toEqual([]);
  });
});

// The story told around a question (who, when, why) is detail when the best entry explains what the question asks;
// a lexicon topic no entry has in the clause that asks is its point, however much story surrounds it.
describe('Retriever: the clause that asks and the story around it', () => {
  const laundry = suiteRetriever(new URL('../../fixtures/faq-laundry.json', import.meta.url));
  const moving = suiteRetriever(new URL('../../fixtures/faq-moving.json', import.meta.url));
  const dental = suiteRetriever(new URL('../../fixtures/faq-dental.json', import.meta.url));
  const escapeRooms = suiteRetriever(new URL('../../fixtures/faq-blind9-e.json', import.meta.url));

  it('answers a question whose story the entry does not explain', () => {
    expectAnsweredFrom(laundry(), 'I need my shirt for an interview on Friday, dropping it off today, will it be ready?', 'turnaround-express');
    expectAnsweredFrom(moving(), '两边都是四楼步行上去的，爬楼怎么算', 'stairs-fee');
  });

  // A guard: it passes without the change too, and fails if a topic no entry has is set aside as story.
  it('sets aside no topic no entry has told before the question', () => {
    expectHandedOff(dental(), '我妈想配一副活动假牙，你们能做吗');
  });

  it('hands off a question whose asked clause names a topic no entry has', () => {
    expectHandedOff(escapeRooms(), '办会员卡或者充值有折扣吗');
  });
});

// A plant shop that also boards plants: a long story about leaves that fell matches the boarding-damage entry's
// words, but the clause that asks wants the plant exchanged (RANKING.askedClause).
describe('Retriever: a long Chinese story ranks the entry of the clause that asks', () => {
  const retriever = suiteRetriever([
    faqEntry('guarantee', 'zh', '买的植物死了怎么办？', ['买回去蔫了能换吗？', '刚买的绿植不行了可以退吗？'], '购买后30天内非人为原因死亡可免费换一盆同款。'),
    faqEntry('damage', 'zh', '植物在寄养期间死了怎么赔？', ['寄养期间植物掉叶子算你们的吗？', '寄养的植物被养坏了怎么办？'], '寄养期间因照料不当死亡按购买价赔偿，正常落叶不赔。'),
    faqEntry('repot', 'zh', '你们提供换盆服务吗？', ['换盆多少钱？'], '提供换盆，小盆30元，大盆80元，含土。'),
    faqEntry('hours', 'zh', '你们几点开门？', [], '每天10:00–19:00。'),
  ]);

  it('answers an exchange asked after a story of leaves falling', () => {
    expectAnsweredFrom(retriever(), '在你们店买的兰花放家里叶子全掉光了，能换吗', 'guarantee');
  });
});

// The entry explains the clause that asks but for one word, and a word it explains there carries a lexicon topic:
// the story around it (who went home, what money is short) is set aside as when it explains all of the clause. Not
// when what it explains is a word no lexicon reads (处理), nor when the story tells what the customer wants to do.
describe('Retriever: a story around a clause the entry explains but for one word', () => {
  const print = suiteRetriever(new URL('../../fixtures/faq-blind13-q.json', import.meta.url));
  const laundry = suiteRetriever(new URL('../../fixtures/faq-laundry.json', import.meta.url));

  it('answers 人已经回老家了 印好的能寄给我吗 from the delivery entry', () => {
    expectAnsweredFrom(print(), '人已经回老家了 印好的能寄给我吗', 'zh-delivery');
  });

  it('hands off a story of pilling asked as 能帮忙处理一下吗', () => {
    expectHandedOff(laundry(), '毛衣起球严重，能帮忙处理一下吗');
  });
});

// A print shop: a long English story of a pick-up this morning matches the turnaround entry's words (picked up,
// morning), but the clause that asks wants the job redone (RANKING.askedClause, English).
describe('Retriever: a long English story ranks the entry of the clause that asks', () => {
  const retriever = suiteRetriever([
    faqEntry('misprint', 'en', 'What if my prints come out wrong?', [], "If the colours, cropping or binding don't match the file you approved, tell us within 3 days and we redo the job for free."),
    faqEntry('turnaround', 'en', 'How fast can you print my order?', [], 'Most jobs are ready the same day: files sent by noon can be picked up from 5pm, larger runs the next morning.'),
    faqEntry('colour-price', 'en', 'How much is colour printing?', [], 'Colour pages are 1 yuan each on plain paper and 2 yuan on glossy paper.'),
    faqEntry('files', 'en', 'How do I send you my files?', [], 'Email a PDF to print@example.com or bring it on a USB stick.'),
  ]);

  it('answers a redo asked after a story of the pick-up', () => {
    expectAnsweredFrom(retriever(), 'picked up my posters this morning and the colours look dull and washed out next to the file, will you redo them?', 'misprint');
  });
});
