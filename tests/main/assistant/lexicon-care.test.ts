import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { describe, expect, it } from 'vitest';
import { conceptsOf, expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

// Clinic and pet-care wording (lexicon-care.ts) on two small bilingual FAQs in real SQLite knowledge bases, a dental
// clinic's and a pet groomer's: rephrasings that share no topic word with their entry (牙结石 for 洗牙, "jabs" for
// 疫苗, 爪子 for nails, 出差 for boarding), several across languages, must rank it first and be answered; questions
// from the neighbourhood that neither business answers must still be handed off.
const draft = (ref: string, lang: 'zh' | 'en', question: string, answer: string): FaqDraft => ({ ref, lang, question, answer });

const DENTAL: FaqDraft[] = [
  draft('cleaning', 'zh', '洗牙多少钱？多久洗一次？', '超声波洁治加抛光280元，约40分钟。建议每6到12个月洗一次，牙龈容易出血的可以缩短到半年。'),
  draft('braces', 'en', 'Do you offer braces or clear aligners?', 'Yes. Metal braces start at ¥15,000 and clear aligners at ¥28,000; a first orthodontic assessment with photos is ¥200.'),
  draft('extraction', 'zh', '拔智齿疼不疼？', '拔之前会打局部麻药，过程中基本没有痛感。术后当天可能会有些肿，按医嘱冰敷、吃软食，一周左右拆线。'),
  draft('emergency', 'en', 'What should I do if I have a toothache at night?', 'Call our after-hours line 138-0000-1234; the dentist on duty will advise you and fit you in first thing the next morning.'),
  draft('insurance', 'zh', '可以用医保吗？', '本诊所是医保定点机构，基础治疗可以刷医保卡直接结算；种植和正畸属于自费项目。商业保险可提供发票和病历用于理赔。'),
  draft('first-visit', 'en', 'What should I bring to my first appointment?', 'Please bring your ID, your insurance card and any earlier x-rays, and arrive ten minutes early to fill in the patient form.'),
];

const GROOMER: FaqDraft[] = [
  draft('bath', 'zh', '给狗狗洗澡多少钱？', '按体型收费：小型犬80元，中型犬120元，大型犬180元起，含吹干、梳毛和清洁耳朵。'),
  draft('boarding', 'en', 'Do you offer boarding?', 'Yes, dogs and cats can stay overnight in our kennels from ¥150 a night; we send you photos every evening.'),
  draft('vaccines', 'zh', '来店需要打过疫苗吗？', '需要。请带上宠物的免疫本，狂犬疫苗和联苗都要在有效期内，幼犬要打完第二针后一周才能来。'),
  draft('nails', 'en', "Can you trim my dog's nails?", 'Yes, a nail trim is ¥30 without an appointment, or free with any full groom.'),
  draft('anxious', 'zh', '狗狗胆小怕生可以来吗？', '可以。我们会安排安静的单独区域，由同一位美容师慢慢来，必要时分两次完成。'),
  draft('fleas', 'en', 'My dog has fleas, can you still groom him?', 'Yes, we do a flea bath first (¥60 extra) and clean the table afterwards; please tell us when you book.'),
];

describe('care lexicon on a dental clinic and a pet groomer', () => {
  const retrievers = { dental: suiteRetriever(DENTAL), groomer: suiteRetriever(GROOMER) };

  it.each([
    ['dental', '牙结石很多，想清理一下', 'cleaning'],
    ['dental', 'Can I get my teeth scaled and polished?', 'cleaning'],
    ['dental', '想戴牙套把牙齿弄整齐', 'braces'],
    ['dental', 'Will it hurt to have a wisdom tooth out?', 'extraction'],
    ['dental', '半夜牙痛得受不了怎么办', 'emergency'],
    ['dental', 'Do you take medical insurance?', 'insurance'],
    ['dental', '初诊需要携带哪些东西', 'first-visit'],
    ['groomer', 'How much is a bath for a small dog?', 'bath'],
    ['groomer', '出差一周，猫能放你们那住几天吗', 'boarding'],
    ['groomer', 'Are rabies jabs required for puppies?', 'vaccines'],
    ['groomer', '能帮猫咪剪爪子吗', 'nails'],
    ['groomer', 'My dog gets really nervous around strangers, is that ok?', 'anxious'],
    ['groomer', '狗身上长了蜱虫还能来美容吗', 'fleas'],
  ] as const)('answers a rephrasing from its entry (%s): %s', (kb, question, ref) => expectAnsweredFrom(retrievers[kb](), question, ref));

  it.each([
    ['dental', '附近哪家医院能做近视手术'],
    ['dental', 'Do you sell electric toothbrushes?'],
    ['groomer', '我家猫两天不吃饭了，是不是生病了'],
    ['groomer', 'Can you recommend a vet for my dog’s surgery?'],
  ] as const)('still hands off a neighbouring question the business does not answer (%s): %s', (kb, question) => expectHandedOff(retrievers[kb](), question));

  it('keeps words that only look like a care word out of its concepts', () => {
    // 牙膏 is no tooth, 拔掉插头 no extraction, 心疼 no pain, 保险箱 no insurance, a form to fill in no filling, a yoga mat
    // no matted coat, a walk-in no dog walk.
    expect(conceptsOf('牙膏有货吗')).not.toContain('tooth');
    expect(conceptsOf('拔掉插头再试一次')).not.toContain('extraction');
    expect(conceptsOf('心疼这个价格')).not.toContain('pain');
    expect(conceptsOf('房间有保险箱吗')).not.toContain('insurance');
    expect(conceptsOf('Do I fill in a form for returns?')).not.toContain('filling');
    expect(conceptsOf('Do you sell yoga mats?')).not.toContain('matting');
    expect(conceptsOf('Do you take walk-ins?')).not.toContain('dog_walk');
    expect(conceptsOf('I need a filling')).toContain('filling');
  });
});
