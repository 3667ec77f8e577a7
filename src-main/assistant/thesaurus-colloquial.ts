// Everyday Chinese verbs and words that a dictionary's thesaurus cannot group: one-character verbs (拿 and 取,
// 放 and 存) have too many English glosses for CC-CEDICT's groups to keep (scripts/build-thesaurus-zh.ts leaves
// single characters out), and spoken words (礼拜, 瞅) are glossed apart from the written ones they stand for.
// Written from general usage, for the way a customer of any business says what an FAQ says in writing ("来拿衣服"
// for 取衣服, "放你们那" for 寄存, "弄丢了" for 丢失); matched as thesaurus groups (a weaker synonym than a
// lexicon concept), with the words that contain a form in another sense listed apart (取消 is no fetching).
import type { Concept } from './concept-lexicon.ts';

export const COLLOQUIAL_ZH: Record<string, Concept> = {
  // Fetching one's things from the business.
  'co:fetch': {
    zh: ['拿', '取', '领'],
    en: [],
    zhNot: ['取消', '取决', '争取', '采取', '听取', '吸取', '录取', '取代', '取暖', '取名', '取款', '取钱', '提取', '拿铁', '领导', '领带', '衣领', '领口', '领子', '领域', '领先', '带领', '本领', '拿手'],
  },
  // Bringing something along.
  'co:bring': {
    zh: ['带', '拿来', '拿过来', '拿过去', '拿去', '携带'],
    en: [],
    zhNot: ['带宽', '一带', '地带', '皮带', '腰带', '领带', '带领', '带动', '鞋带', '胶带', '磁带', '安全带', '带子', '热带', '纽带', '带货'],
  },
  // Leaving something (or an animal) in the business's keeping.
  'co:leave_with': {
    zh: ['放', '存', '搁', '寄存', '存放', '寄放', '寄养', '保管'],
    en: [],
    zhNot: ['放心', '放假', '开放', '释放', '播放', '放弃', '放大', '放松', '放学', '发放', '放映', '放过', '放宽', '放行', '放电', '存在', '库存', '存款', '生存', '存疑', '放鞭炮', '存钱', '投放', '放水', '放慢'],
  },
  // Something lost, in any of the ways it is said.
  'co:lose': {
    zh: ['丢', '丢失', '遗失', '弄丢', '搞丢', '不见了', '弄没了', '搞没了', '找不着', '少了一'],
    en: [],
    zhNot: ['丢人', '丢脸', '丢掉', '丢弃'],
  },
  // Cleaning: 刷 and 擦 are how shoes, teeth and cars are washed.
  'co:clean': {
    zh: ['洗', '清洗', '刷', '擦', '清理', '清洁'],
    en: [],
    zhNot: ['刷卡', '刷新', '刷脸', '印刷', '刷单', '刷屏', '刷题', '刷分', '洗牌', '洗手间', '洗钱', '刷码', '擦边'],
  },
  // A week: 礼拜 and 星期 are the spoken 周 (CC-CEDICT files them under "Sunday").
  'co:week': {
    zh: ['礼拜', '星期', '周'],
    en: [],
    zhNot: ['周围', '周到', '周边', '周全', '周转', '周期', '周岁', '周年', '做礼拜'],
  },
  // Times and trips: 跑几趟 is how many visits.
  'co:occasion': {
    zh: ['趟', '次'],
    en: [],
    zhNot: ['次品', '其次', '次要', '主次', '名次', '层次', '档次', '依次', '次数'],
  },
  // Included in the price or the service: 管不管 / 包不包 X, 管饭 and 包吃住 are how a customer asks what 包含 / 包括 list.
  'co:include': {
    zh: ['包含', '包括', '包不包', '含不含', '管不管', '管饭', '管吃', '管住', '包吃', '包住', '包饭', '包餐'],
    en: [],
  },
  // Looking: 瞅 and 瞧 are the spoken 看.
  'co:look': {
    zh: ['看', '瞅', '瞧'],
    en: [],
    zhNot: ['看病', '看牙', '看好', '看法', '好看', '难看', '看来', '看样子'],
  },
  // In a hurry: the spoken ways of asking for the express service.
  'co:rush': {
    zh: ['加急', '急件', '急用', '急需', '赶时间', '尽快', '加快', '快一点', '快点'],
    en: [],
  },
  // Being told: 说一声 and 联系我 are how a customer asks to be notified.
  'co:notify': {
    zh: ['通知', '告诉', '告知', '说一声', '打招呼', '提醒', '联系'],
    en: [],
    zhNot: ['联系方式', '联系电话', '联系地址'],
  },
  // Spoken names of everyday things and people that the dictionary files apart from the written word.
  'co:cockroach': { zh: ['蟑螂', '小强'], en: [] },
  'co:rat': { zh: ['老鼠', '耗子'], en: [] },
  'co:termite': { zh: ['白蚁', '白蚂蚁'], en: [] },
  // One's partner: 对象 is the spoken word, not the "object" of 服务对象.
  'co:partner': {
    zh: ['对象', '男朋友', '女朋友', '男友', '女友', '老公', '老婆', '爱人', '伴侣', '另一半', '媳妇', '情侣'],
    en: [],
    zhNot: ['服务对象', '适用对象', '面向对象', '招生对象', '授课对象', '对象是', '对象为', '对象包括'],
  },
  // A friend: 闺蜜 and 哥们 are how one is named aloud.
  'co:friend': { zh: ['朋友', '好友', '闺蜜', '哥们', '死党'], en: [] },
  'co:tomorrow': { zh: ['明天', '明儿', '明日'], en: [], zhNot: ['明日之'] },
  'co:today': { zh: ['今天', '今儿', '今日'], en: [] },
  // Coming to the customer's home, however it is said.
  'co:home_visit': {
    zh: ['上门', '来家里', '到家里', '来我家', '到我家', '来家', '到府'],
    en: [],
    zhNot: ['送货上门', '送上门', '家里人', '来家里吃'],
  },
  // Is it safe: a parent or a pregnant woman asks whether it harms, hurts or poisons.
  'co:safe': {
    zh: ['安全', '伤人', '伤身体', '伤害', '有害', '有毒', '毒性', '危险', '风险', '副作用'],
    en: [],
    zhNot: ['安全带', '安全感', '信息安全', '数据安全', '隐私安全', '安全期', '安全座椅'],
  },
  // Can it still be saved: 还有救吗 of a stained shirt, a soaked phone, a broken frame.
  'co:salvage': {
    zh: ['还有救', '有救吗', '能救', '救回', '救得回', '修复', '挽救', '补救', '抢救'],
    en: [],
    zhNot: ['救命', '救护车', '急救'],
  },
  // The slip a business hands over to claim something back with: 单子 is how a customer names any of them.
  'co:slip': {
    zh: ['单子', '单据', '票据', '收据', '收条', '凭条', '小票', '回执', '存根', '当票', '取件单', '取衣单', '取货单', '提货单', '寄存单', '寄存牌', '手牌', '维修单', '取号单'],
    en: [],
  },
  // A mistake, named by how it was made: spelt, typed or written wrong.
  'co:mistake': {
    zh: ['错误', '出错', '有误', '弄错', '搞错', '写错', '填错', '打错', '拼错', '输错', '错字', '笔误'],
    en: [],
  },
};
