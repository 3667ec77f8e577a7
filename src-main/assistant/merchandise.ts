// Names of everyday goods a shop sells. In a customer-service question the item is a detail and what happened
// to it is the point ("the blender won't start", "杯子碎了"): its words count as everyday words
// (GENERIC_WEIGHT), so a question naming a product the FAQ never mentions is judged by whether its point is
// explained. The entries' own product words still match exactly when both sides use them.
//
// Written from general shop categories, not from any FAQ or eval question. Phones are left out ("phone" is a
// way to contact the shop), and so are food and anything a foreign domain names (foreign-domains.ts).
import type { Concept } from './concept-lexicon.ts';

export const MERCHANDISE: Record<string, Concept> = {
  clothing: {
    zh: ['衣服', '裙子', '连衣裙', '裤子', '牛仔裤', '外套', '上衣', '衬衫', 't恤', '卫衣', '毛衣', '羽绒服', '大衣', '夹克', '内衣', '袜子', '帽子', '围巾', '手套', '鞋子', '鞋', '靴子', '运动鞋', '拖鞋', '凉鞋', '皮带'],
    en: ['shirt', 't-shirt', 'tshirt', 'dress', 'skirt', 'trousers', 'pants', 'jeans', 'shorts', 'jacket', 'coat', 'jumper', 'sweater', 'hoodie', 'blouse', 'socks', 'hat', 'scarf', 'gloves', 'shoes', 'boots', 'trainers', 'sneakers', 'sandals', 'slippers', 'belt'],
    zhNot: ['鞋码'],
  },
  home: {
    zh: ['杯子', '水杯', '马克杯', '碗', '盘子', '锅', '水壶', '台灯', '灯泡', '桌子', '椅子', '沙发', '床垫', '柜子', '被子', '枕头', '毛巾', '床单', '窗帘', '地毯', '花瓶', '镜子', '箱子', '盒子'],
    en: ['mug', 'cup', 'bowl', 'plate', 'pan', 'pot', 'kettle', 'lamp', 'light bulb', 'table', 'chair', 'chairs', 'sofa', 'couch', 'mattress', 'wardrobe', 'cupboard', 'pillow', 'towel', 'duvet', 'sheets', 'curtains', 'rug', 'carpet', 'vase', 'mirror', 'box'],
  },
  electronics: {
    zh: ['耳机', '音箱', '音响', '充电器', '数据线', '充电宝', '键盘', '鼠标', '平板', '手表', '吹风机', '电饭煲', '吸尘器', '风扇', '微波炉', '烤箱', '榨汁机', '电水壶', '加湿器', '剃须刀', '电动牙刷'],
    en: ['headphones', 'earphones', 'earbuds', 'speaker', 'charger', 'cable', 'power bank', 'keyboard', 'mouse', 'tablet', 'watch', 'hair dryer', 'hairdryer', 'blender', 'toaster', 'vacuum', 'vacuum cleaner', 'fan', 'microwave', 'oven', 'juicer', 'humidifier', 'shaver', 'electric toothbrush'],
  },
  other: {
    zh: ['玩具', '化妆品', '口红', '香水', '项链', '戒指', '耳环', '眼镜', '背包', '书包', '钱包', '行李箱', '雨伞'],
    en: ['toy', 'toys', 'lipstick', 'perfume', 'necklace', 'earrings', 'glasses', 'sunglasses', 'backpack', 'handbag', 'purse', 'suitcase', 'umbrella'],
  },
};
