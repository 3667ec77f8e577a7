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

/**
 * Concepts that name what is asked (how long, how much), not what it is about: a question made only of them
 * ("how much?", "多久？") takes its topic from the conversation.
 */
export const ATTRIBUTE_CONCEPTS: ReadonlySet<string> = new Set(['duration', 'price']);

export const CONCEPTS: Record<string, Concept> = {
  return: {
    zh: ['退货', '退回', '寄回', '退还', '送回', '还给', '退掉', '退了', '无理由', '不想要', '不喜欢', '不满意', '不合心意', '可以退', '能退', '还能退', '退吗', '退回去', '退件', '七天无理由', '退换'],
    en: ['return', 'send back', 'sent back', 'ship back', 'mail back', 'mailed back', 'take back', 'give back', 'bring back', 'unwanted', 'change my mind', 'changed my mind', "don't want", 'do not want', 'not happy', 'dissatisfied', 'no longer want', 'returns', 'return policy', 'send it back'],
    zhNot: ['退货运费'],
  },
  refund: {
    zh: ['退款', '退钱', '返款', '款项', '到账', '返还', '退回的钱', '钱', '款', '原路', '回款'],
    en: ['refund', 'money back', 'reimburse', 'reimbursement', 'credited', 'credit back', 'paid back', 'cash back', 'get my money', 'refunded', 'my money', 'paid back'],
    zhNot: ['付款', '款式', '新款', '同款', '款号', '爆款', '货到付款', '钱包', '多少钱', '定金', '订金', '预售款'],
  },
  exchange: {
    zh: ['换货', '更换', '调换', '换成', '换个', '换一', '换大', '换小', '换码', '换尺', '能换', '可以换', '换吗', '换一个', '换一件', '换一双', '换新'],
    en: ['exchange', 'swap', 'switch size', 'different size', 'another size', 'replace with', 'exchange for'],
  },
  size: {
    zh: ['尺码', '尺寸', '大码', '小码', '码', '大小', '偏小', '偏大', '太松', '太小', '太大', '不合身', '不合脚', '合身', '大一号', '小一号', '大一码', '小一码'],
    en: ['size', 'fit', "doesn't fit", 'too small', 'too big', 'too tight', 'too loose', 'larger', 'smaller', 'bigger'],
    zhNot: ['密码', '号码', '验证码', '条码', '二维码', '优惠码', '码头', '热码'],
  },
  duration: {
    zh: ['多久', '几天', '多长时间', '多少天', '什么时候', '哪天', '几号', '何时', '多快', '要等', '时效', '几时', '几个工作日', '要多久', '多长'],
    en: ['how long', 'how many days', 'how soon', 'how quickly', 'when will', 'when does', 'when do', 'until', 'days', 'weeks', 'how many', 'by when'],
  },
  price: {
    zh: ['多少钱', '价格', '价钱', '费用', '收费', '贵不贵', '贵吗', '几块钱', '花多少'],
    en: ['how much', 'price', 'cost', 'fee', 'charge', 'pricing'],
  },
  dispatch: {
    zh: ['发货', '寄出', '发出', '出库', '寄', '发走', '发吗', '发快递', '出货', '打包'],
    en: ['ship', 'dispatch', 'send out', 'sent out', 'posted', 'go out', 'shipped', 'leave the warehouse', 'send it'],
    zhNot: ['寄回', '寄件信息'],
  },
  delivery: {
    zh: ['送达', '送到', '配送', '到货', '收到货', '收货', '快递', '运送', '派送', '送货', '到手', '签收', '送来', '送上门', '上门'],
    en: ['deliver', 'delivery', 'arrive', 'arrival', 'courier', 'get my order', 'receive', 'parcel', 'package', 'delivered'],
  },
  tracking: {
    zh: ['物流', '单号', '运单', '到哪', '在哪里', '配送进度', '快递进度', '查看物流', '跟踪', '没更新', '不更新', '进度', '没有消息', '没消息', '没有更新', '停滞', '卡住', '走到哪', '运到哪', '到哪儿', '在哪儿', '查件', '查快递', '追踪'],
    en: ['track', 'tracking', 'where is my', "where's my", 'status', 'whereabouts', 'in transit', 'stuck', 'no update', 'not moved', 'trace', 'shipment', 'location of', 'whereabouts'],
  },
  shipping_fee: {
    zh: ['运费', '邮费', '包邮', '免邮', '快递费', '配送费', '运输费', '邮资', '邮寄费', '运输费用'],
    en: ['shipping cost', 'shipping fee', 'postage', 'delivery charge', 'delivery fee', 'free shipping', 'shipping charge', 'free delivery', 'delivery cost', 'shipping price', 'pay for shipping', 'postage cost'],
  },
  remote_area: {
    zh: ['偏远', '新疆', '西藏', '内蒙', '青海', '宁夏', '甘肃', '海南', '港澳台'],
    en: ['remote', 'rural', 'island'],
  },
  presale: {
    zh: ['预售', '预订', '预定', '定金', '订金', '尾款', '首发', '发售', '开售', '预约', '新品', '到货后发'],
    en: ['pre-order', 'preorder', 'pre order', 'upcoming release', 'not yet released', 'deposit', 'release date', 'coming soon', 'launch', 'not out yet'],
  },
  in_stock: {
    zh: ['现货', '有货'],
    en: ['in stock', 'available now'],
  },
  invoice: {
    zh: ['发票', '专票', '普票', '报销', '抬头', '税号', '开票', '开个票', '增值税', '票据', '收据', '纳税人', '开具'],
    en: ['invoice', 'receipt', 'vat', 'tax invoice', 'billing document', 'proof of purchase', 'expense', 'bill', 'vat number'],
  },
  coupon: {
    zh: ['优惠券', '满减', '代金券', '折扣券', '红包', '优惠码', '券', '抵用券', '券码', '兑换码', '新人券', '优惠卷'],
    en: ['coupon', 'promo code', 'discount code', 'promotion code', 'voucher code', 'promo', 'coupon code', 'voucher code', 'code'],
  },
  discount: {
    zh: ['折扣', '打折', '优惠', '便宜', '减价', '特价', '促销', '活动价'],
    en: ['discount', 'cheaper', 'sale', 'reduction', 'deal', 'percent off', '% off', 'lower price', 'money off', 'markdown'],
  },
  points: {
    zh: ['积分', '会员', '积点', '抵现', '抵钱', '点数', '累积', '累计', '积分卡'],
    en: ['points', 'loyalty', 'rewards', 'reward', 'membership', 'member', 'loyalty points', 'points balance'],
  },
  expiry: {
    zh: ['过期', '有效期', '失效', '到期', '清零', '作废', '过了期'],
    en: ['expire', 'expiry', 'expiration', 'valid', 'time limit', 'still good', 'run out', 'expires', 'lapse'],
  },
  cancel: {
    zh: ['取消', '撤销', '撤回', '作废', '不要了', '撤单', '拍错', '下错', '不想买了', '退单', '取消掉', '买错'],
    en: ['cancel', 'cancellation', 'call off', 'withdraw', 'ordered by mistake', 'by accident', "don't want it anymore", 'stop my order', 'changed my mind about', 'undo my order', 'cancelled'],
  },
  order: {
    zh: ['订单', '单子', '下单', '这单', '拍的', '购买', '买的'],
    en: ['order', 'purchase', 'bought', 'buy'],
  },
  address: {
    zh: ['地址', '住址', '收件人', '收货人', '搬家', '街道', '改寄', '收件信息'],
    en: ['address', 'moved house', 'moving house', 'postcode', 'zip code', 'apartment number', 'recipient', 'new address', 'different address', 'ship to my work', 'house number'],
  },
  modify: {
    zh: ['修改', '更改', '改', '更正', '写错', '填错', '输错', '弄错', '变更'],
    en: ['change', 'modify', 'update', 'correct', 'edit', 'typo', 'mistake', 'wrong address'],
    zhNot: ['改善'],
  },
  damage: {
    zh: ['破损', '坏', '碎', '裂', '压扁', '摔', '损坏', '瑕疵', '划痕', '变形', '漏液', '凹', '质量问题', '次品', '刮花', '划花', '刮伤', '缺口', '磕碰', '碎了', '裂缝', '裂痕', '赔', '压坏', '摔坏', '磕坏'],
    en: ['damaged', 'damage', 'broken', 'broke', 'cracked', 'crack', 'smashed', 'shattered', 'dented', 'scratched', 'torn', 'crushed', 'leaking', 'arrived broken', 'chipped', 'bent'],
  },
  fault: {
    zh: ['故障', '不工作', '不能用', '用不了', '失灵', '坏了', '不亮', '开不了机', '充不进电', '维修', '修', '坏掉', '没反应', '不能充电', '充不了电'],
    en: ['faulty', 'fault', 'defect', 'defective', 'stopped working', 'not working', "doesn't work", "won't turn on", 'malfunction', 'repair', 'fix', 'no longer works', 'broke down', 'dead'],
    zhNot: ['修改'],
  },
  warranty: {
    zh: ['保修', '质保', '保障', '三包', '保固', '保修期', '包修'],
    en: ['warranty', 'guarantee', 'covered', 'cover', 'claim', 'protected', 'replace', 'replacement', 'warranty period'],
  },
  contact: {
    zh: ['客服', '人工', '联系', '电话', '热线', '留言', '找人', '号码', '回复', '回消息', '打电话', '在线咨询', '咨询', '人工服务'],
    en: ['contact', 'reach', 'call', 'phone', 'telephone', 'email', 'e-mail', 'get in touch', 'talk to', 'speak to', 'human', 'agent', 'person', 'support', 'live chat', 'reply', 'respond', 'get hold of', 'chat', 'customer service'],
  },
  hours: {
    zh: ['工作时间', '营业时间', '几点', '上班', '下班', '周末', '晚上', '夜里', '开门', '关门', '节假日', '在线时间', '凌晨', '几点到几点', '上午', '24小时', '营业'],
    en: ['opening hours', 'open', 'close', 'closed', 'shut', 'hours', 'weekday', 'weekend', 'sunday', 'saturday', 'monday', 'holiday', 'what time', 'until what time', 'tonight', 'public holiday'],
  },
  price_protection: {
    zh: ['价保', '保价', '价格保护', '差价', '降价', '补差', '便宜了', '差额', '补差价', '价格变低'],
    en: ['price drop', 'price adjustment', 'price match', 'price protection', 'difference', 'dropped in price', 'cheaper now', 'went on sale', 'price went down', 'price dropped', 'lower price', 'refund the difference'],
  },
  login: {
    zh: ['登录', '登陆', '登入', '进不了', '账号', '账户', '帐号', '帐户', '锁定', '被锁', '解锁', '验证码', '登不上', '登不进', '进不去', '封号', '冻结', '登录异常'],
    en: ['login', 'log in', 'sign in', 'signing in', 'locked out', 'account', 'access', 'credentials', 'get in', 'sign-in', 'locked', 'lost access', 'login details', "can't get into"],
  },
  password: {
    zh: ['密码', '忘记', '重置', '找回', '改密码', '新密码', '密码错'],
    en: ['password', 'forgot', 'forgotten', 'reset', 'recover', 'passcode', 'new password', 'change password'],
  },
  payment: {
    zh: ['支付', '付款', '付钱', '结账', '结算', '支付宝', '微信', '银行卡', '信用卡', '花呗', '货到付款', '刷卡', '付款方式', '支付方式', '怎么付'],
    en: ['pay', 'payment', 'checkout', 'my card', 'bank card', 'pay by card', 'visa', 'mastercard', 'amex', 'american express', 'paypal', 'apple pay', 'google pay', 'cash on delivery', 'pay in cash', 'cheque', 'check', 'credit card', 'debit card', 'bank transfer', 'digital wallet', 'wallet', 'e-wallet', 'paying', 'pay with', 'payment option'],
  },
  declined: {
    zh: ['支付失败', '付款失败', '付不了', '扣款失败', '被拒', '付不上', '支付不成功', '重复扣款', '扣了钱', '没付成功', '支付异常'],
    en: ['declined', 'rejected', 'refused', 'failed', "didn't go through", 'did not go through', "won't work", 'error', 'authorisation', 'authorization', 'charged twice', 'double charged', "wouldn't take", "won't take", "doesn't accept", 'not accepted', 'not approved', 'not go through', 'unsuccessful', 'payment problem'],
  },
  international: {
    zh: ['国际', '海外', '国外', '境外', '出国', '关税', '海关', '清关', '外国', ...regionNames('zh'), '寄到国外', '国际快递', '海外直邮'],
    en: ['international', 'internationally', 'abroad', 'overseas', 'foreign', 'country', 'countries', 'worldwide', 'customs', 'duty', 'duties', 'import tax', 'outside the', 'uk', 'usa', 'europe', 'asia', 'africa', 'south america', ...regionNames('en'), 'ship abroad', 'import', 'another country'],
  },
  showroom: {
    zh: ['门店', '实体店', '店铺', '展厅', '线下', '到店', '店里', '门市', '线下店'],
    en: ['store', 'shop', 'showroom', 'visit', 'in person', 'in-person', 'come by', 'physical', 'walk in', 'retail store', 'brick and mortar'],
  },
  pickup: {
    zh: ['自提', '自取', '到店取', '上门取', '自己取', '自己去拿', '到店自提', '门店取货'],
    en: ['pick up', 'pickup', 'pick-up', 'collect', 'collection', 'click and collect', 'come and get', 'collect it myself'],
  },
  gift: {
    zh: ['礼物', '送人', '礼品', '生日', '送给'],
    en: ['gift', 'present', 'birthday', 'someone else as', 'for my friend', 'for a friend'],
  },
  wrapping: {
    zh: ['包装', '礼盒', '贺卡', '留言卡', '卡片', '包起来', '礼品包装'],
    en: ['wrap', 'wrapping', 'message card', 'personal message', 'wrapped', 'wrapping paper', 'gift box', 'gift-wrapped'],
  },
  gift_card: {
    zh: ['礼品卡', '购物卡', '储值卡', '礼券'],
    en: ['gift card', 'voucher', 'store credit', 'e-gift', 'gift certificate', 'gift voucher', 'e-gift card'],
  },
  bulk: {
    zh: ['批发', '批量', '大量', '团购', '企业采购', '大宗', '大批', '采购'],
    en: ['bulk', 'wholesale', 'large quantity', 'large quantities', 'volume', 'units', 'business', 'company', 'quote', 'office', 'large order', 'many units'],
  },
  newsletter: {
    zh: ['退订', '订阅', '广告短信', '营销短信', '推送', '骚扰', '广告邮件', '营销邮件', '别再发'],
    en: ['unsubscribe', 'newsletter', 'mailing list', 'marketing', 'promotional', 'opt out', 'too many emails', 'email list', 'promo emails', 'marketing emails'],
  },
  delete_account: {
    zh: ['注销', '删除账号', '删除帐号', '个人信息', '隐私', '销户', '删除账户', '删掉账号', '注销账户'],
    en: ['delete my account', 'close my account', 'erase', 'remove my', 'personal data', 'privacy', 'my details', 'my data', 'delete account', 'delete my profile', 'get rid of', 'close account', 'forget me', 'remove my profile', 'close my profile'],
  },
  stock: {
    zh: ['缺货', '补货', '到货通知', '售罄', '没货', '卖完', '断货', '再上架', '没库存', '无货', '补仓'],
    en: ['out of stock', 'sold out', 'restock', 'back in stock', 'available again', 'unavailable', 'greyed out', 'notify me', 'in stock again', 'back on the shelves', 'restocked', 'none left', 'out of'],
  },
  wrong_item: {
    zh: ['发错', '少发', '漏发', '错发', '不是我买的', '不是我要的', '颜色不对', '缺件', '少了一件', '货不对板', '不是我订的', '送错'],
    en: ['wrong item', 'wrong colour', 'wrong color', 'missing', 'left out', 'not what i ordered', "someone else's", 'incorrect item', 'different item', 'was not in', 'different product', 'wrong product', 'not the one', 'not the product', 'sent the wrong', 'wrong one'],
  },
};
