import { describe, it } from 'vitest';
import { expectAnsweredFrom, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// How customers of a phone repair shop, a physio clinic, a photo studio, a tailor, an optician, a laundry, a mover
// and an escape room say what the FAQ says in
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

  describe('an optician, a laundry, a mover and an escape room', () => {
    const retriever = suiteRetriever([
      faqEntry('eye-exam', 'zh', '验光收费吗？', [], '验光免费，配镜前请预留30分钟。'),
      faqEntry('lenses', 'zh', '有隐形眼镜卖吗？', [], '有日抛、月抛和彩色隐形，需先验光。'),
      faqEntry('stain', 'zh', '衣服上的污渍能洗掉吗？', [], '大部分油渍、血渍可以处理，送来越早越好。'),
      faqEntry('shoes', 'zh', '可以洗鞋吗？', [], '运动鞋、板鞋都可以洗，39元一双，三天取。'),
      faqEntry('storage', 'zh', '你们有仓储服务吗？', [], '有恒温仓库，按立方每月收费，最短一个月。'),
      faqEntry('scare', 'zh', '密室恐怖吗？', [], '我们有不恐怖的纯解谜主题，也有惊悚主题，预订时可选。'),
      faqEntry('hints', 'zh', '游戏中可以要提示吗？', [], '每场可以免费要三次提示，对讲机呼叫主持人即可。'),
      faqEntry('overtime', 'zh', '超时怎么收费？', [], '超时按半小时计费，每半小时50元。'),
    ]);

    it.each([
      ['想测个度数', 'eye-exam'],
      ['有没有那种戴完直接扔的', 'lenses'],
      ['衬衫溅了红油还有救吗', 'stain'],
      ['小白鞋穿脏了能刷吗', 'shoes'],
      ['装修期间家具想找地方放两三个月', 'storage'],
      ['胆小的人能玩吗', 'scare'],
      ['实在想不出来怎么办', 'hints'],
      ['想续一小时', 'overtime'],
    ])('answers %s from its entry', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('a dental clinic, a pet hotel and a gym', () => {
    const retriever = suiteRetriever([
      faqEntry('braces', 'zh', '做牙齿矫正要多久复诊一次？', [], '一般四到六周复诊一次，调整弓丝。'),
      faqEntry('whitening', 'zh', '可以做牙齿美白吗？', [], '可以，冷光美白一次约一小时。'),
      faqEntry('checkup', 'zh', '多久洗一次牙？', [], '建议半年洗一次牙。'),
      faqEntry('updates', 'zh', '寄养期间能看到宠物的情况吗？', [], '每天会在微信群发照片和视频，也欢迎预约来探视。'),
      faqEntry('nervous', 'zh', '猫咪很紧张怎么办？', [], '我们有猫咪专用安静区，必要时分次完成。'),
      faqEntry('locker', 'zh', '可以租储物柜吗？', [], '长期储物柜每月50元，会员可租。'),
      faqEntry('plans', 'zh', '会员卡有哪些？', [], '月卡、季卡和年卡。'),
    ]);

    it.each([
      ['戴上钢丝以后要多久去调', 'braces'],
      ['牙齿越来越暗，能变亮吗', 'whitening'],
      ['我家猫一碰水就挣扎', 'nervous'],
      ['想留个专用的箱子放鞋', 'locker'],
    ])('answers %s from its entry', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('a mover, an optician and a salon', () => {
    const retriever = suiteRetriever([
      faqEntry('packing', 'zh', '你们提供打包服务吗？', [], '提供，按小时收费，纸箱和胶带另计。'),
      faqEntry('storage', 'zh', '有仓储服务吗？', [], '有，按立方每月收费。'),
      faqEntry('repair', 'zh', '眼镜坏了能修吗？', [], '换鼻托、紧螺丝免费，镜腿断了可以更换配件。'),
      faqEntry('myopia', 'zh', '孩子近视怎么防控？', [], '可以配离焦镜片或角膜塑形镜，每三个月复查一次。'),
      faqEntry('redo', 'zh', '做完不满意可以返工吗？', [], '七天内免费调整一次。'),
      faqEntry('perm', 'zh', '烫发多少钱？', [], '烫发398元起，含洗剪吹。'),
      faqEntry('players', 'zh', '密室一场几个人？', [], '每场2到8人，人少可以拼场。'),
    ]);

    it.each([
      ['镜腿松了能弄吗', 'repair'],
      ['孩子度数涨得太快了', 'myopia'],
      ['烫完才一个礼拜卷就没了', 'redo'],
      ['最少要几个人才能玩', 'players'],
    ])('answers %s from its entry', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('a clinic and a school', () => {
    const retriever = suiteRetriever([
      faqEntry('first', 'zh', '第一次来要多少钱？', [], '首次评估加治疗380元。'),
      faqEntry('later', 'zh', '后续治疗怎么收费？', [], '复诊每次280元，十次卡2400元。'),
      faqEntry('prepare', 'zh', '第一次来需要准备什么？', [], '穿宽松的衣服，带上以前的检查报告。'),
      faqEntry('card', 'zh', '疗程卡可以给家人用吗？', [], '疗程卡可以直系亲属共用，有效期一年。'),
      faqEntry('leave', 'zh', '请假了能补课吗？', [], '提前24小时请假可以安排补课。'),
      faqEntry('online', 'zh', '有网课吗？', [], '所有课程都可以线上上课。'),
      faqEntry('teachers', 'zh', '老师是什么背景？', [], '老师都有教师资格证和三年以上教学经验。'),
    ]);

    it.each([
      ['第二次开始怎么算钱', 'later'],
      ['来之前要注意什么', 'prepare'],
      ['我爸能刷我的卡吗', 'card'],
      ['明天孩子来不了，要跟老师说一声吗', 'leave'],
      ['能不能视频跟老师上课', 'online'],
    ])('answers %s from its entry', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });
});
