import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { describe, expect, it } from 'vitest';
import { conceptsOf, expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

// Repair and garage wording (lexicon-repairs.ts) in real SQLite knowledge bases: a garage's FAQ and a small phone
// repair shop's. Rephrasings that share no topic word with their entry (跑偏 for 四轮定位, "replacement car" for a
// courtesy car, 掉进马桶 for water damage, "photos" for 数据; each ranked wrong or handed off without this lexicon)
// must rank it first and be answered, and questions from the neighbourhood that neither business answers must
// still be handed off.
const GARAGE_FAQ = new URL('../../fixtures/faq-garage.json', import.meta.url);

const PHONE_REPAIR: FaqDraft[] = [
  {
    ref: 'screen',
    lang: 'en',
    question: 'How much does a screen replacement cost?',
    answer: 'A new display for recent iPhones and Android phones is 600–1,500 yuan depending on the model, fitted in about an hour.',
    paraphrases: ['Can you replace a cracked screen?'],
  },
  {
    ref: 'battery',
    lang: 'zh',
    question: '电池不耐用了，换电池要多久？',
    answer: '电池健康低于80%建议更换，换电池约30分钟，可以在店里等。电池鼓包请立即停止使用并尽快送来。',
    paraphrases: ['电池鼓包了怎么办？'],
  },
  {
    ref: 'water',
    lang: 'en',
    question: 'My phone got wet. Can you fix water damage?',
    answer: 'Switch it off, do not charge it and bring it in as soon as possible. We clean and dry the board and test every part; the check is free.',
    paraphrases: [],
  },
  {
    ref: 'data',
    lang: 'zh',
    question: '维修时我的数据会丢吗？',
    answer: '大部分维修不会影响数据，但主板维修有风险，建议送修前先备份。我们也提供数据恢复服务。',
    paraphrases: [],
  },
  {
    ref: 'parts',
    lang: 'en',
    question: 'Do you use original parts?',
    answer: 'We offer genuine parts and cheaper high-quality compatible parts; the quote names which one you get, and you choose.',
    paraphrases: [],
  },
  {
    ref: 'mail-in',
    lang: 'zh',
    question: '可以邮寄维修吗？',
    answer: '可以，寄到店里即可，请附上联系方式和故障说明。修好后我们包邮寄回。',
    paraphrases: [],
  },
  {
    ref: 'trade-in',
    lang: 'en',
    question: 'Do you offer trade-ins?',
    answer: 'Yes: bring your old phone or laptop and we take its value off a new or refurbished device.',
    paraphrases: [],
  },
  {
    ref: 'upgrade',
    lang: 'en',
    question: 'Can you upgrade my laptop?',
    answer: 'We fit more RAM and faster SSDs in most laptops that are not soldered; bring the model number for a quote.',
    paraphrases: [],
  },
];

describe('repair and garage lexicon', () => {
  const garage = suiteRetriever(GARAGE_FAQ);
  const phones = suiteRetriever(PHONE_REPAIR);

  it.each([
    ['车老是跑偏，能帮我调一下吗', 'tyres-zh'],
    ['仪表盘亮了个黄灯，查一下要钱吗', 'repair-estimate-zh'],
    ['买二手车之前能帮我检查一下吗', 'pre-purchase-inspection'],
    ['My car broke down on the highway, can you tow it?', 'roadside-rescue-zh'],
    ['Will you give me a replacement car while you fix mine?', 'courtesy-car'],
    ["Can you look after my Tesla's routine maintenance?", 'ev-repair-zh'],
    ['Someone rear-ended me, can you repair it and sort it out with Ping An?', 'insurance-claims'],
  ])('answers a garage rephrasing from its entry: %s', (question, ref) => expectAnsweredFrom(garage(), question, ref));

  it.each([
    ['手机显示屏碎成蜘蛛网了，换个要多少', 'screen'],
    ['The battery drains fast and it has swollen a bit', 'battery'],
    ['手机掉进马桶里了还能救吗', 'water'],
    ['Will I lose my photos when you fix it?', 'data'],
    ['换的是原装配件吗', 'parts'],
    ["I'm out of town, can I mail it in?", 'mail-in'],
    ['旧手机能回收抵钱吗', 'trade-in'],
    ['笔记本能加内存条吗', 'upgrade'],
  ])('answers a phone-repair rephrasing from its entry: %s', (question, ref) => expectAnsweredFrom(phones(), question, ref));

  it.each(['附近哪里有加油站', '今天油价涨了吗', 'Can you teach me to drive?', 'Can you recommend a car wash nearby?', 'Do you rent out cars for a weekend trip?'])(
    'still hands off a neighbouring question the garage does not answer: %s',
    (question) => expectHandedOff(garage(), question),
  );

  it.each(['手机话费怎么充值', '微信聊天记录删了能恢复吗', '我想学修手机，你们收徒弟吗', 'How do I change my mobile data plan?', 'Are you hiring repair technicians?'])(
    'still hands off a neighbouring question the phone repairer does not answer: %s',
    (question) => expectHandedOff(phones(), question),
  );

  it('keeps words that only look like a repair word out of its concepts', () => {
    // 手机号 is no phone, 发个定位 no wheel alignment, 数据线 no data, "balance" no wheel balancing, Christmas Eve no EV.
    expect(conceptsOf('请留下手机号')).not.toContain('device_phone');
    expect(conceptsOf('给我发个定位')).not.toContain('alignment');
    expect(conceptsOf('数据线坏了')).not.toContain('device_data');
    expect(conceptsOf('What is the balance on my card?')).not.toContain('tyre');
    expect(conceptsOf('Are you open on Christmas Eve?')).not.toContain('ev');
    expect(conceptsOf('I need wheel balancing')).toContain('tyre');
  });
});
