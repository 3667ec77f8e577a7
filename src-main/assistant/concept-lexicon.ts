// A small bilingual lexicon of customer-service concepts. Customers rarely reuse the FAQ's words
// ("寄回去" for 退货, "money back" for refund); mapping both sides onto shared concept ids lets a
// rephrasing match an entry it shares no word with, and lets a Chinese question find an English entry.
// It is written from general online-shop vocabulary, not from any one FAQ.
import { regionNames } from './region-names.ts';

export interface Concept {
  /** Substrings of Chinese text. Single characters are allowed; `zhNot` lists words that contain them but mean something else. */
  zh: string[];
  /** English words or phrases, matched on stemmed words ("returned" matches "return"). */
  en: string[];
  zhNot?: string[];
}

export const CONCEPTS: Record<string, Concept> = {
  return: {
    zh: ['退货', '退回', '寄回', '退还', '送回', '还给', '退掉', '退了', '无理由', '不想要', '不喜欢', '不满意', '不合心意', '可以退', '能退', '还能退', '退吗'],
    en: ['return', 'send back', 'sent back', 'ship back', 'mail back', 'mailed back', 'take back', 'give back', 'bring back', 'unwanted', 'change my mind', 'changed my mind', "don't want", 'do not want', 'not happy', 'dissatisfied', 'no longer want'],
    zhNot: ['退货运费'],
  },
  refund: {
    zh: ['退款', '退钱', '返款', '款项', '到账', '返还', '退回的钱', '钱', '款'],
    en: ['refund', 'money back', 'reimburse', 'reimbursement', 'credited', 'credit back', 'paid back', 'cash back', 'get my money'],
    zhNot: ['付款', '款式', '新款', '同款', '款号', '爆款', '货到付款', '钱包', '多少钱', '定金', '订金', '预售款'],
  },
  exchange: {
    zh: ['换货', '更换', '调换', '换成', '换个', '换一', '换大', '换小', '换码', '换尺', '能换', '可以换', '换吗'],
    en: ['exchange', 'swap', 'switch size', 'different size', 'another size'],
  },
  size: {
    zh: ['尺码', '尺寸', '大码', '小码', '码', '大小', '偏小', '偏大', '太松', '太小', '太大', '不合身', '不合脚', '合身', '大一号', '小一号', '大一码', '小一码'],
    en: ['size', 'fit', "doesn't fit", 'too small', 'too big', 'too tight', 'too loose', 'larger', 'smaller', 'bigger'],
    zhNot: ['密码', '号码', '验证码', '条码', '二维码', '优惠码', '码头', '热码'],
  },
  duration: {
    zh: ['多久', '几天', '多长时间', '多少天', '什么时候', '哪天', '几号', '何时', '多快', '要等', '时效', '几时'],
    en: ['how long', 'how many days', 'how soon', 'how quickly', 'when will', 'when does', 'when do', 'until', 'days', 'weeks'],
  },
  dispatch: {
    zh: ['发货', '寄出', '发出', '出库', '寄', '发走', '发吗', '发快递'],
    en: ['ship', 'dispatch', 'send out', 'sent out', 'posted', 'go out'],
    zhNot: ['寄回', '寄件信息'],
  },
  delivery: {
    zh: ['送达', '送到', '配送', '到货', '收到货', '收货', '快递', '运送', '派送', '送货', '到手', '签收', '送来'],
    en: ['deliver', 'delivery', 'arrive', 'arrival', 'courier', 'get my order', 'receive', 'parcel', 'package'],
  },
  tracking: {
    zh: ['物流', '单号', '运单', '到哪', '在哪里', '配送进度', '快递进度', '查看物流', '跟踪', '没更新', '不更新', '进度', '没有消息', '没消息', '没有更新', '停滞', '卡住'],
    en: ['track', 'tracking', 'where is my', "where's my", 'status', 'whereabouts', 'in transit', 'stuck', 'no update', 'not moved'],
  },
  shipping_fee: {
    zh: ['运费', '邮费', '包邮', '免邮', '快递费', '配送费', '运输费', '邮资'],
    en: ['shipping cost', 'shipping fee', 'postage', 'delivery charge', 'delivery fee', 'free shipping', 'shipping charge', 'free delivery'],
  },
  remote_area: {
    zh: ['偏远', '新疆', '西藏', '内蒙', '青海', '宁夏', '甘肃', '海南', '港澳台'],
    en: ['remote', 'rural', 'island'],
  },
  presale: {
    zh: ['预售', '预订', '预定', '定金', '订金', '尾款', '首发', '发售', '开售', '预约', '新品'],
    en: ['pre-order', 'preorder', 'pre order', 'upcoming release', 'not yet released', 'deposit'],
  },
  in_stock: {
    zh: ['现货', '有货'],
    en: ['in stock', 'available now'],
  },
  invoice: {
    zh: ['发票', '专票', '普票', '报销', '抬头', '税号', '开票', '开个票', '增值税'],
    en: ['invoice', 'receipt', 'vat', 'tax invoice', 'billing document', 'proof of purchase', 'expense'],
  },
  coupon: {
    zh: ['优惠券', '满减', '代金券', '折扣券', '红包', '优惠码', '券'],
    en: ['coupon', 'promo code', 'discount code', 'promotion code', 'voucher code', 'promo'],
  },
  discount: {
    zh: ['折扣', '打折', '优惠', '便宜', '减价', '特价', '促销', '活动价'],
    en: ['discount', 'cheaper', 'sale', 'reduction', 'deal', 'percent off', '% off', 'lower price'],
  },
  points: {
    zh: ['积分', '会员', '积点', '抵现', '抵钱', '点数', '累积', '累计'],
    en: ['points', 'loyalty', 'rewards', 'reward', 'membership', 'member'],
  },
  expiry: {
    zh: ['过期', '有效期', '失效', '到期'],
    en: ['expire', 'expiry', 'expiration', 'valid', 'time limit', 'still good'],
  },
  cancel: {
    zh: ['取消', '撤销', '撤回', '作废', '不要了', '撤单', '拍错', '下错'],
    en: ['cancel', 'cancellation', 'call off', 'withdraw', 'ordered by mistake', 'by accident', "don't want it anymore", 'stop my order'],
  },
  order: {
    zh: ['订单', '单子', '下单', '这单', '拍的', '购买', '买的'],
    en: ['order', 'purchase', 'bought', 'buy'],
  },
  address: {
    zh: ['地址', '住址', '收件人', '收货人'],
    en: ['address', 'moved house', 'moving house', 'postcode', 'zip code', 'apartment number', 'recipient'],
  },
  modify: {
    zh: ['修改', '更改', '改', '更正', '写错', '填错', '输错', '弄错', '变更'],
    en: ['change', 'modify', 'update', 'correct', 'edit', 'typo', 'mistake', 'wrong address'],
    zhNot: ['改善'],
  },
  damage: {
    zh: ['破损', '坏', '碎', '裂', '压扁', '摔', '损坏', '瑕疵', '划痕', '变形', '漏液', '凹', '质量问题', '次品', '刮花', '划花', '刮伤', '缺口', '磕碰'],
    en: ['damaged', 'damage', 'broken', 'broke', 'cracked', 'crack', 'smashed', 'shattered', 'dented', 'scratched', 'torn', 'crushed', 'leaking'],
  },
  fault: {
    zh: ['故障', '不工作', '不能用', '用不了', '失灵', '坏了', '不亮', '开不了机', '充不进电', '维修', '修'],
    en: ['faulty', 'fault', 'defect', 'defective', 'stopped working', 'not working', "doesn't work", "won't turn on", 'malfunction', 'repair', 'fix'],
    zhNot: ['修改'],
  },
  warranty: {
    zh: ['保修', '质保', '保障', '三包', '保固'],
    en: ['warranty', 'guarantee', 'covered', 'cover', 'claim', 'protected'],
  },
  contact: {
    zh: ['客服', '人工', '联系', '电话', '热线', '留言', '找人', '号码', '回复', '回消息'],
    en: ['contact', 'reach', 'call', 'phone', 'telephone', 'email', 'e-mail', 'get in touch', 'talk to', 'speak to', 'human', 'agent', 'person', 'support', 'live chat', 'reply', 'respond'],
  },
  hours: {
    zh: ['工作时间', '营业时间', '几点', '上班', '下班', '周末', '晚上', '夜里', '开门', '关门', '节假日', '在线时间'],
    en: ['opening hours', 'open', 'close', 'closed', 'shut', 'hours', 'weekday', 'weekend', 'sunday', 'saturday', 'monday', 'holiday', 'what time', 'until what time', 'tonight'],
  },
  price_protection: {
    zh: ['价保', '保价', '价格保护', '差价', '降价', '补差'],
    en: ['price drop', 'price adjustment', 'price match', 'price protection', 'difference', 'dropped in price', 'cheaper now', 'went on sale'],
  },
  login: {
    zh: ['登录', '登陆', '登入', '进不了', '账号', '账户', '帐号', '帐户', '锁定', '被锁', '解锁', '验证码'],
    en: ['login', 'log in', 'sign in', 'signing in', 'locked out', 'account', 'access', 'credentials', 'get in'],
  },
  password: {
    zh: ['密码', '忘记', '重置', '找回'],
    en: ['password', 'forgot', 'forgotten', 'reset', 'recover', 'passcode'],
  },
  payment: {
    zh: ['支付', '付款', '付钱', '结账', '结算', '支付宝', '微信', '银行卡', '信用卡', '花呗', '货到付款', '刷卡'],
    en: ['pay', 'payment', 'checkout', 'my card', 'bank card', 'pay by card', 'visa', 'mastercard', 'amex', 'american express', 'paypal', 'apple pay', 'google pay', 'cash on delivery', 'pay in cash', 'cheque', 'check', 'credit card', 'debit card', 'bank transfer', 'digital wallet', 'wallet', 'e-wallet'],
  },
  declined: {
    zh: ['支付失败', '付款失败', '付不了', '扣款失败', '被拒', '付不上', '支付不成功', '重复扣款', '扣了钱'],
    en: ['declined', 'rejected', 'refused', 'failed', "didn't go through", 'did not go through', "won't work", 'error', 'authorisation', 'authorization', 'charged twice', 'double charged', "wouldn't take", "won't take", "doesn't accept", 'not accepted', 'not approved', 'not go through'],
  },
  international: {
    zh: ['国际', '海外', '国外', '境外', '出国', '关税', '海关', '清关', '外国', ...regionNames('zh')],
    en: ['international', 'internationally', 'abroad', 'overseas', 'foreign', 'country', 'countries', 'worldwide', 'customs', 'duty', 'duties', 'import tax', 'outside the', 'uk', 'usa', 'europe', 'asia', 'africa', 'south america', ...regionNames('en')],
  },
  showroom: {
    zh: ['门店', '实体店', '店铺', '展厅', '线下', '到店', '店里'],
    en: ['store', 'shop', 'showroom', 'visit', 'in person', 'in-person', 'come by', 'physical', 'walk in'],
  },
  pickup: {
    zh: ['自提', '自取', '到店取', '上门取', '自己取', '自己去拿'],
    en: ['pick up', 'pickup', 'pick-up', 'collect', 'collection', 'click and collect', 'come and get'],
  },
  gift: {
    zh: ['礼物', '送人', '礼品', '生日', '送给'],
    en: ['gift', 'present', 'birthday', 'someone else as', 'for my friend', 'for a friend'],
  },
  wrapping: {
    zh: ['包装', '礼盒', '贺卡', '留言卡', '卡片'],
    en: ['wrap', 'wrapping', 'message card', 'personal message'],
  },
  gift_card: {
    zh: ['礼品卡', '购物卡', '储值卡', '礼券'],
    en: ['gift card', 'voucher', 'store credit', 'e-gift'],
  },
  bulk: {
    zh: ['批发', '批量', '大量', '团购', '企业采购', '大宗'],
    en: ['bulk', 'wholesale', 'large quantity', 'large quantities', 'volume', 'units', 'business', 'company', 'quote', 'office', 'large order'],
  },
  newsletter: {
    zh: ['退订', '订阅', '广告短信', '营销短信', '推送', '骚扰'],
    en: ['unsubscribe', 'newsletter', 'mailing list', 'marketing', 'promotional', 'opt out', 'too many emails'],
  },
  delete_account: {
    zh: ['注销', '删除账号', '删除帐号', '个人信息', '隐私', '销户'],
    en: ['delete my account', 'close my account', 'erase', 'remove my', 'personal data', 'privacy', 'my details', 'my data', 'delete account', 'delete my profile', 'get rid of', 'close account'],
  },
  stock: {
    zh: ['缺货', '补货', '到货通知', '售罄', '没货', '卖完', '断货', '再上架'],
    en: ['out of stock', 'sold out', 'restock', 'back in stock', 'available again', 'unavailable', 'greyed out', 'notify me', 'in stock again'],
  },
  wrong_item: {
    zh: ['发错', '少发', '漏发', '错发', '不是我买的', '不是我要的', '颜色不对', '缺件', '少了一件', '货不对板'],
    en: ['wrong item', 'wrong colour', 'wrong color', 'missing', 'left out', 'not what i ordered', "someone else's", 'incorrect item', 'different item', 'was not in', 'different product', 'wrong product', 'not the one', 'not the product'],
  },
};
