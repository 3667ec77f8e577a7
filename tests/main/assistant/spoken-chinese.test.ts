import { describe, expect, it } from 'vitest';
import { analyze, unitSpecificity } from '../../../src-main/assistant/text-analysis.ts';
import { expectAnsweredFrom, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// How a customer says a question aloud (收不收, 还能退不, 干嘛, 两张, 拿 for 取) is no topic of its own: it must not be the
// part of the question no entry explains, and an everyday verb must meet the FAQ's written one.
describe('spoken Chinese', () => {
  const units = (text: string) => analyze(text).units.map((unit) => unit.slice(2)).join('');

  describe('analyze()', () => {
    it.each([
      ['你们修不修旧手表', '修旧手表'],
      ['拉链坏了还能换不？', '拉链坏换'],
      ['到了没有', '到'],
      ['攒的积分能干嘛', '攒积分'],
      ['拉链的事咋回事', '拉链事'],
      ['爬楼怎么算', '爬楼'],
      ['这个咋整啊', ''],
      // A character said twice is one word.
      ['想看看泡泡纸', '想看泡纸'],
      ['有娃娃椅不', '娃椅'],
      // 行 closing the question asks whether it is all right; 银行 is a word.
      ['红木家具能抵押 行不', '红木家具抵押'],
      ['刷银行卡行吗', '刷银行卡'],
    ])('keeps only the topic of %s', (question, topic) => {
      expect(units(question)).toBe(topic);
    });

    it.each([
      ['还没发货', '没发货'],
      ['我也不知道', '不知道'],
      ['怎么算钱', '算钱'],
    ])('keeps a real negation or verb: %s', (question, topic) => {
      expect(units(question)).toBe(topic);
    });

    // 过去 / 一下 after a verb only say which way and soften; 去年, 朋友, 特别, 那边 are when, who, how much and where
    // any customer speaks of. Without the rule they counted as the question's topic (明, 女朋友, 特, 边 at weight 1).
    it.each([
      ['有没有真人可以聊一下', '真人聊', '真聊'],
      ['明天拿过去能换吗', '明天拿换', '拿换'],
      ['去年攒的分明年还在吗', '去年攒分明年', '攒'],
      ['女朋友特别怕冷', '女朋友特别怕冷', '怕冷'],
      ['你们那边能寄过来吗', '边寄过来', '寄'],
      ['能帮我弄一下拉链吗', '帮弄拉链', '拉链'],
      // A concept reads 几个朋友 as a group's size: a topic. 一下子 and 过去式 are words of their own.
      ['我们几个朋友一起来', '几朋友一起来', '朋友'],
      ['一下子就坏了', '一下子坏', '坏'],
    ])('reads %s as units %s, topic %s', (question, kept, topic) => {
      const text = analyze(question);
      expect(units(question)).toBe(kept);
      const topical = text.units.filter((unit, i) => !text.everyday.includes(i) && unitSpecificity(unit) === 1);
      expect(topical.map((unit) => unit.slice(2)).join('')).toBe(topic);
    });

    it('counts a measure word after a number, and the number, as everyday words', () => {
      const text = analyze('两张券，三双鞋');
      expect(text.everyday.map((unit) => text.units[unit])).toEqual(['c:张', 'c:双']);
      expect(unitSpecificity('c:两')).toBeLessThan(1);
      // Not a measure word where no number comes before it.
      expect(analyze('鞋底张开了').everyday).toEqual([]);
    });

    // 十盆 is how many plants, not a flowerpot: counted in full, it ranked a repotting entry (换盆) first.
    it.each([
      ['我有十盆小多肉', 'c:盆'],
      ['5顶帽子', 'c:顶'],
      ['两棵发财树', 'c:棵'],
      ['做30件衫', 'c:件'],
    ])('counts the measure word of %s as everyday', (question, unit) => {
      const text = analyze(question);
      expect(text.everyday.map((i) => text.units[i])).toContain(unit);
    });

    // 啥 and 咋 are the spoken 什么 and 怎么: every lexicon form written with the one reads the other.
    it.each([
      ['外套啥时候能好', 'turnaround'],
      ['你们店咋走', 'directions'],
      ['正常要几个礼拜', 'duration'],
    ])('reads %s as %s', (question, concept) => {
      expect([...analyze(question).concepts.keys()]).toContain(concept);
    });

    // CC-CEDICT files 不是 under "blame", 东西 under "person", 过去 under "previous": scaffolding, no synonym.
    it('leaves words made only of grammar characters out of dictionary groups', () => {
      const groups = [...analyze('东西不是我的，过去一直这样').synonyms.keys()];
      expect(groups.filter((group) => group.startsWith('cd:'))).toEqual([]);
    });

    it('gives the verb kept of 换不换 the words its repeat forms', () => {
      const text = analyze('能换不换拉链');
      expect(text.units.map((unit) => unit.slice(2))).toEqual(['换', '拉', '链']);
      expect(text.unitKeys[0]).toContain('b:换拉');
    });
  });

  // A tailor: a business no lexicon is written for.
  describe('ranking', () => {
    const retriever = suiteRetriever([
      faqEntry('pickup', 'zh', '改好的衣服怎么取？', ['取衣服要带什么？'], '凭取衣单到店领取，营业时间内都可以。'),
      faqEntry('alter-price', 'zh', '改裤脚多少钱？', ['裤子改短怎么收费？'], '改裤脚20元一条，改腰围30元起。'),
      faqEntry('lost', 'zh', '衣服丢失了怎么赔偿？', [], '因本店原因丢失的衣物按价赔偿，最高为加工费的十倍。'),
      faqEntry('keep', 'zh', '衣服可以寄存在店里吗？', [], '改好的衣服免费保管30天，超过后每月收10元保管费。'),
      faqEntry('rush', 'zh', '能加急吗？', [], '加急当天可取，另收50%加急费。'),
      faqEntry('hours', 'zh', '营业时间是几点到几点？', [], '每天9:00–20:00营业。'),
      faqEntry('zipper', 'zh', '拉链坏了能换吗？', [], '可以，换拉链30元起，当天可取。'),
    ]);

    it.each([
      // 搞没了 is 丢失 (thesaurus-colloquial.ts), 怎么算 only asks.
      ['你们要是把我衣服搞没了怎么算', 'lost'],
      // 快一点 / 急用 is 加急.
      ['有没有快一点的，我急用', 'rush'],
      // 放 is leaving it in the shop's keeping; 三件, 两条 are how many.
      ['三件衬衫两条裤子放店里可以吗', 'keep'],
    ])('answers %s from its entry', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });

    it.each([
      ['能加急不', '能加急吗', 'rush'],
      ['能寄存不', '可以寄存吗', 'keep'],
      ['改裤脚行不行', '改裤脚可以吗', 'alter-price'],
    ])('is as sure of %s as of %s', (spoken, plain, ref) => {
      const asked = retriever().retrieve(spoken);
      expect(asked.hits[0]?.ref).toBe(ref);
      expect(asked.confidence).toBe(retriever().retrieve(plain).confidence);
    });
  });

  // A short question often says its point in one character between question words (要票咋弄: 票 is 发票, 看一下要钱不:
  // 钱 is 收费): the FAQ has it inside a longer word, which is more than a chance shared character.
  describe('one-character words', () => {
    it.each([
      ['要票咋弄', ['票']],
      ['看一下要钱不', ['钱']],
      // Not an everyday character (好), nor one inside a longer word (花瓶), nor in a long question.
      ['你好', []],
      ['花瓶碎了', []],
      ['上周买的那条裙子洗了一次就掉色了，能退吗', []],
    ])('reads %s as one-character words %j', (question, words) => {
      const text = analyze(question);
      expect(text.lone.map((unit) => text.units[unit].slice(2))).toEqual(words);
    });

    // A key cutter's FAQ: no lexicon reads 票 or 钱 alone.
    const retriever = suiteRetriever([
      faqEntry('invoice', 'zh', '配钥匙能开发票吗？', [], '可以开电子发票，付款后把抬头和税号发给店员。'),
      faqEntry('price', 'zh', '配一把钥匙收费多少？', ['配钥匙怎么收费？'], '普通钥匙10元一把，芯片钥匙80元起。'),
      faqEntry('hours', 'zh', '几点开门？', [], '每天8:00–20:00营业。'),
      faqEntry('lockout', 'zh', '门锁打不开能上门吗？', [], '可以上门开锁，市区30分钟内到。'),
    ]);

    it('answers 要票咋弄 from the entry on 发票', () => {
      expectAnsweredFrom(retriever(), '要票咋弄', 'invoice');
    });
  });

  // A character said twice is one word: 娃娃 weighed as two topic words, of which 宝宝座椅 explained one at most.
  describe('characters said twice', () => {
    const retriever = suiteRetriever([
      faqEntry('child-seat', 'zh', '有儿童安全座椅吗？', ['可以提供宝宝座椅吗？'], '免费提供儿童安全座椅，适合9个月至6岁，请提前12小时备注。'),
      faqEntry('luggage', 'zh', '后备箱能放几个箱子？', [], '轿车可放两个28寸行李箱。'),
      faqEntry('invoice', 'zh', '可以开发票吗？', [], '行程结束后在小程序申请电子发票。'),
    ]);

    it('answers 有娃娃椅不 from the entry on 宝宝座椅', () => {
      expectAnsweredFrom(retriever(), '有娃娃椅不', 'child-seat');
    });
  });

  // 单子 is how a customer names whatever slip the business hands over (收据, 当票, 手牌; thesaurus-colloquial.ts).
  describe('the slip to claim something back with', () => {
    it.each(['单子找不到了', '收据丢了', '手牌呢'])('reads %s as naming the slip', (question) => {
      expect([...analyze(question).synonyms.keys()]).toContain('co:slip');
    });

    // A pawnshop: no lexicon knows its 当票.
    const retriever = suiteRetriever([
      faqEntry('lost-slip', 'zh', '当票丢了怎么办？', ['当票遗失能补吗？'], '请带身份证到店办理挂失，7天后补办。'),
      faqEntry('fee', 'zh', '每个月要交多少费用？', [], '月综合费率2%。'),
      faqEntry('hours', 'zh', '几点开门？', [], '每天9:00–18:00。'),
    ]);

    it('answers 收据找不到了 from the entry on 当票', () => {
      expectAnsweredFrom(retriever(), '收据找不到了', 'lost-slip');
    });
  });
});
