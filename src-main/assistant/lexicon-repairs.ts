// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Repairs and vehicles: phone, laptop and appliance repair (screens, batteries, water damage, data, quotes, parts, trade-ins) and garages (servicing, tyres, inspections, insurance claims, breakdowns, courtesy cars).
// Written from how customers of such businesses talk, not from any one FAQ. Ids the shop and services lexicons
// already have (fault, warranty, estimate, password, contact, reschedule, hours…) take extra forms here. Vehicles and
// a device's settings stay foreign domains for a shop (foreign-domains.ts): a repairer's own entries name them.
import type { Concept } from './concept-lexicon.ts';

export const REPAIR_CONCEPTS: Record<string, Concept> = {
  // Devices: what breaks and how customers describe it.
  screen: {
    zh: ['屏幕', '碎屏', '屏碎', '换屏', '修屏', '屏坏', '屏裂', '屏幕裂', '显示屏', '触摸屏', '触屏', '外屏', '内屏', '花屏', '黑屏', '白屏', '闪屏', '绿屏', '绿线', '彩线', '屏幕有线', '乱跳', '触摸不灵', '显示不出', '不显示', '屏摔', '屏幕摔'],
    en: ['screen', 'screens', 'display', 'touchscreen', 'touch screen', 'lcd', 'oled', 'cracked glass', 'front glass', 'lines on the', 'black screen', 'blank screen', 'flickering', 'flickers', 'ghost touch', 'touch not working', 'dead pixels'],
    zhNot: ['屏蔽', '屏保', '屏风'],
  },
  screen_protector: {
    zh: ['贴膜', '钢化膜', '保护膜', '手机膜', '屏幕膜', '水凝膜', '防窥膜', '保护壳', '手机壳'],
    en: ['screen protector', 'tempered glass', 'protective film', 'phone case', 'protective case'],
  },
  battery: {
    zh: ['电池', '电瓶', '续航', '掉电', '耗电', '费电', '不耐用', '不经用', '没电快', '电用得快', '一会就没电', '鼓包', '电池鼓', '膨胀', '顶起来', '电池健康', '电池效率', '电量', '亏电', '换电池', '撑不到', '撑不住', '撑不了', '充满电', '满电'],
    en: ['battery', 'batteries', 'batt', 'low batt', 'batt low', 'battery life', 'battery health', 'swollen', 'swelling', 'bulging', 'puffed up', "doesn't hold a charge", "won't hold a charge", 'hold charge', 'holds charge', 'dies quickly', 'runs out fast', 'flat battery', 'dead battery', 'battery drain', 'drains fast', 'drains quickly', 'drains overnight', 'draining fast'],
  },
  charging: {
    zh: ['充电', '充不进', '充不上', '充电口', '充电接口', '尾插', '充电器', '充电头', '数据线', '快充', '无线充', '充电慢', '充得慢', '接触不良', '充电没反应'],
    en: ['charger', 'charging port', 'charge port', 'lightning port', 'usb-c', 'usb port', 'charging cable', 'fast charging', 'wireless charging', 'charges slowly', 'slow charging', 'loose connection'],
    zhNot: ['充电桩', '充电站', '充电宝'],
  },
  water_damage: {
    zh: ['进水', '泡水', '浸水', '掉水里', '掉进水', '掉到水', '掉进马桶', '掉马桶', '受潮', '淋雨', '淋湿', '弄湿', '打湿', '洒了水', '洒上', '泼了', '撒了', '水渍', '溅水', '泡过水', '水淹', '泡水车', '涉水', '湿透', '湿了', '淋透', '被雨淋'],
    en: ['water damage', 'water-damaged', 'water damaged', 'liquid damage', 'got wet', 'dropped it in', 'fell in the', 'in the toilet', 'in the pool', 'in the sink', 'spilled', 'spilt', 'spill', 'soaked', 'submerged', 'moisture', 'flood', 'flooded', 'flood-damaged', 'rain damage', 'wet'],
  },
  fault: {
    zh: ['开不开机', '不开机', '无法开机', '开机没反应', '重启', '反复重启', '自动重启', '卡开机', '卡在开机', '卡logo', '卡白苹果', '死机', '卡死', '发烫', '发热严重', '打不着', '点不着', '启动不了', '无法启动'],
    en: ["won't boot", "doesn't boot", 'boot loop', 'bootloop', 'keeps restarting', 'restarts', 'reboots', 'stuck on the logo', 'unresponsive', 'gets hot', 'runs hot', "won't start", "doesn't start", "won't turn over", 'not starting', 'froze', 'keeps freezing', 'freezes up', "won't drain", 'not draining', "won't spin", 'not spinning', 'not cooling', "doesn't cool", 'leaks water', 'leaking water', 'no hot water'],
  },
  // Damage the customer caused, which a repairer quotes for and a warranty rarely covers.
  accidental_damage: {
    zh: ['掉地上', '摔地上', '跌落', '掉了一下', '坐坏', '踩坏', '人为损坏', '人为', '自己弄坏', '自己摔'],
    en: ['dropped it', 'dropped my', 'fell off', 'sat on', 'stepped on', 'accidental damage', 'my fault', 'i broke', 'knocked over', 'knocked it'],
  },
  // The parts of a device a customer names, each its own concept: a camera is no speaker.
  camera: {
    zh: ['摄像头', '镜头', '后摄', '前摄', '后置摄像', '前置摄像', '拍照模糊', '拍照糊', '对不上焦'],
    en: ['camera', 'rear camera', 'front camera', 'lens', 'blurry photos', "won't focus"],
  },
  audio: {
    zh: ['听筒', '扬声器', '喇叭', '麦克风', '话筒', '耳机孔', '声音小', '听不到对方', '对方听不到', '杂音'],
    en: ['earpiece', 'loudspeaker', 'microphone', 'mic', 'headphone jack', "can't hear", 'cannot hear', "can't hear me", 'muffled', 'crackling'],
  },
  buttons: {
    zh: ['按键', '电源键', '开机键', '音量键', '侧键', 'home键', '按键失灵', '按不动', '按下去没反应'],
    en: ['power button', 'volume button', 'home button', 'side button', 'button is stuck', 'button stuck', "button doesn't work"],
  },
  biometrics: {
    zh: ['指纹', '面容', '面部识别', '人脸解锁', '指纹解锁'],
    en: ['fingerprint', 'face id', 'touch id', 'face unlock', 'fingerprint sensor'],
  },
  back_housing: {
    zh: ['后盖', '后壳', '背板', '中框', '外壳', '后玻璃'],
    en: ['back glass', 'back cover', 'back panel', 'rear glass', 'frame is bent'],
  },
  hinge: {
    zh: ['转轴', '屏轴', '合页'],
    en: ['hinge', 'hinges'],
  },
  trackpad: {
    zh: ['触控板', '触摸板'],
    en: ['trackpad', 'touchpad'],
  },
  motherboard: {
    zh: ['主板', '芯片级', '板级', '飞线', '焊接', '短路', '烧了', '烧坏', '烧主板', '进水主板', '电路板'],
    en: ['motherboard', 'logic board', 'mainboard', 'board-level', 'board level', 'micro soldering', 'microsoldering', 'soldering', 'short circuit', 'circuit board'],
  },
  // Devices by kind, not by brand: an iPhone entry says nothing about a Huawei.
  device_phone: {
    zh: ['手机', '苹果手机', '安卓手机', '智能手机', '安卓'],
    en: ['iphone', 'android phone', 'smartphone', 'mobile phone', 'cell phone', 'cellphone', 'handset', 'my mobile'],
    zhNot: ['手机号', '手机号码'],
  },
  laptop: {
    zh: ['电脑', '笔记本', '笔记本电脑', '苹果电脑', '游戏本', '轻薄本'],
    en: ['laptop', 'laptops', 'notebook', 'computer', 'computers', 'pc', 'macbook', 'chromebook'],
  },
  desktop: {
    zh: ['台式机', '台式电脑', '电脑主机', '一体机', '组装机'],
    en: ['desktop', 'desktop pc', 'imac', 'all-in-one'],
  },
  tablet: {
    zh: ['平板', '平板电脑'],
    en: ['tablet', 'ipad'],
  },
  // The kind only: a fridge is no washing machine, and each already matches its own name.
  appliance: {
    zh: ['家电', '电器', '家用电器', '大家电', '小家电', '白电'],
    en: ['appliance', 'appliances', 'home appliance', 'household appliance', 'white goods'],
  },
  device_data: {
    zh: ['数据', '资料', '照片', '相片', '相册', '通讯录', '文件', '备忘录', '短信记录', '导数据', '数据迁移', '换机', '数据会丢', '丢数据', '数据丢失', '资料会丢', '丢资料', '保留数据', '保留资料', 'u盘', '移动硬盘', '内存卡', 'sd卡', 'tf卡'],
    en: ['data', 'photos', 'contact list', 'phone contacts', 'address book', 'files', 'my files', 'lose my data', 'lose data', 'lost data', 'keep my data', 'data transfer', 'transfer my data', 'move my data', 'text messages', 'my messages', 'my pictures'],
    zhNot: ['数据线', '资料费'],
  },
  backup: {
    zh: ['备份', '备个份', '云备份', '先备份'],
    en: ['backup', 'back up', 'backed up', 'backing up', 'cloud backup', 'save my photos', 'save my data'],
  },
  data_recovery: {
    zh: ['数据恢复', '恢复数据', '恢复照片', '找回照片', '找回数据', '找回资料', '救数据', '导出数据', '提取数据', '恢复文件', '硬盘坏', '误删', '导出照片', '照片导出来', '资料导出来', '把数据弄出来', '数据弄出来', '提示格式化', '要格式化', '让格式化', '需要格式化', '读不出来', '读不出'],
    en: ['data recovery', 'recover data', 'recover my data', 'recover my photos', 'recover files', 'retrieve data', 'retrieve my photos', 'get my photos back', 'get my data back', 'get my files back', 'deleted by mistake', 'accidentally deleted', 'recover the data', 'get my photos', 'get my pictures', 'get my data', 'get the data off', 'photos off', 'pictures off', 'data off', 'off a dead', 'off my dead', 'off my broken'],
  },
  password: {
    zh: ['锁屏密码', '开机密码', '解锁密码', '屏幕密码', '手机密码', '密码锁', '图案锁', '锁屏', '屏保', '解锁码'],
    en: ['unlock code', 'screen lock', 'lock screen', 'pin code', 'passcode', 'pattern lock'],
  },
  delete_account: {
    zh: ['泄露', '泄漏', '偷看', '翻看', '翻我', '信息安全', '数据安全', '隐私安全', '个人资料', '私人照片', '私密照片'],
    en: ['snoop', 'snooping', 'look through my', 'go through my', 'see my photos', 'access my data', 'access my photos', 'data safe', 'data secure', 'confidential', 'personal information'],
  },
  hardware_upgrade: {
    zh: ['加内存', '内存条', '升级内存', '扩内存', '扩容', '固态', '固态硬盘', '机械硬盘', '换硬盘', '加硬盘', '加装', '升级配置', '加配置', '显卡', '扩到', '内存不够', '内存太小'],
    en: ['ssd', 'hard drive', 'hard disk', 'hdd', 'solid state', 'ram', 'memory upgrade', 'upgrade the memory', 'upgrade my memory', 'more memory', 'add memory', 'more storage', 'storage upgrade', 'upgrade the storage', 'bigger drive', 'graphics card'],
  },
  performance: {
    zh: ['卡顿', '很卡', '太卡', '变卡', '好卡', '变慢', '越来越慢', '运行慢', '反应慢', '开机慢', '卡得'],
    en: ['sluggish', 'laggy', 'lagging', 'lags', 'slowed down', 'slows down', 'running slow', 'runs slow', 'got slow', 'gotten slow', 'so slow', 'really slow', 'very slow', 'takes ages to'],
  },
  cleaning: {
    zh: ['清灰', '除尘', '清洁', '清理灰尘', '灰尘', '换硅脂', '硅脂', '深度清洁', '清洗', '脏兮兮', '弄脏', '很脏', '太脏', '脏了', '有点脏', '脏的', '积灰', '全是灰', '都是灰', '很多灰', '落灰', '进灰'],
    en: ['clean', 'cleaning', 'clean out', 'dust', 'dusty', 'thermal paste', 'deep clean', 'cleaned'],
  },
  // Around a repair: diagnosis, quote, approval, parts, time, how the device gets there, afterwards.
  diagnosis: {
    zh: ['检测', '诊断', '排查', '查查', '查一下', '查一查', '检查一下', '看一下什么问题', '什么毛病', '啥毛病', '什么问题', '啥问题', '哪里坏', '哪坏了', '什么原因', '啥原因', '找原因', '测一下'],
    en: ['diagnose', 'diagnosis', 'diagnostic', 'diagnostics', 'troubleshoot', "what's wrong", 'what is wrong', 'find out what', 'figure out what', 'work out what', 'take a look', 'have a look', 'look at it', 'check it out'],
    zhNot: ['检测站', '检测场', '检测线', '上线检测'],
  },
  estimate: {
    zh: ['报个价', '估个价', '报价单', '先报价', '列明细', '多少钱能修', '修要多少钱', '修一下多少钱', '修好要多少', '维修费', '维修费用', '修理费', '要花多少', '大概啥价', '啥价', '费用明细', '报价明细', '维修清单', '明细单'],
    zhNot: ['要花多少时间'],
    en: ['how much to fix', 'how much to repair', 'cost to fix', 'cost to repair', 'repair cost', 'repair costs', 'repair price', 'price to fix', 'itemised quote', 'itemized quote', 'itemised bill', 'itemized bill', 'itemised invoice', 'itemized invoice', 'breakdown of the cost', 'written quote', 'quote first', 'set me back', 'roughly cost'],
  },
  work_approval: {
    zh: ['先确认', '确认后', '同意后', '同意才', '签字后', '经过我同意', '不经同意', '没经过同意', '乱加', '加项', '增项', '加项目', '私自', '擅自', '突然加钱', '还得加钱', '隐形消费'],
    en: ['without my approval', 'without approval', 'without asking', 'without my permission', 'my permission', 'my approval', 'go-ahead', 'sign off', 'ok it first', 'okay it first', 'extra work', 'additional work', 'hidden costs', 'hidden charges', 'surprise charges', 'upsell', 'your approval'],
  },
  old_parts: {
    zh: ['旧件', '旧零件', '旧配件', '换下来', '拆下来', '换下的', '旧的零件', '旧电池'],
    en: ['old parts', 'old part', 'replaced parts', 'parts you replace', 'parts you take out', 'keep the old', 'old battery', 'removed parts'],
  },
  parts: {
    zh: ['零件', '配件', '零部件', '部件', '备件', '原厂', '原装', '正厂', '纯正', '副厂', '品牌件', '拆车件', '拆机件', '国产件', '进口件', '替代件', '非原装', '组装屏', '高仿', '第三方配件', '兼容件', '兼容屏', '兼容电池'],
    en: ['spare part', 'spare parts', 'replacement part', 'replacement parts', 'genuine', 'genuine parts', 'oem', 'aftermarket', 'original part', 'original parts', 'original screen', 'original battery', 'factory parts', 'third-party parts', 'third party parts', 'non-original', 'copy parts', 'the part', 'the parts', 'new part', 'parts for', 'compatible parts', 'compatible screen', 'compatible battery'],
  },
  own_parts: {
    zh: ['自带配件', '自带零件', '自带机油', '自带轮胎', '自带电池', '自带屏幕', '自备配件', '自己买的', '自己买', '网上买的', '网购的', '自己网购', '自己备', '拿过来换', '自己准备', '淘宝买的', '京东买的'],
    en: ['bring my own', 'bring our own', 'supply my own', 'my own parts', 'own parts', 'bought online', 'i bought it online', 'bought it myself', 'i already have the', 'provide the part'],
  },
  labour: {
    zh: ['工时费', '工时', '手工费', '人工费', '工费', '出个工', '安装费', '手工钱', '维修工费'],
    en: ['labour', 'labor', 'labour cost', 'labor cost', 'labour charge', 'fitting fee', 'fitting charge', 'installation fee', 'workmanship', 'hourly rate'],
  },
  contact: {
    zh: ['找师傅', '联系师傅', '跟师傅', '和师傅沟通', '问问师傅', '技术员'],
    en: ['talk to the technician', 'speak to the technician', 'talk to the mechanic', 'speak to the mechanic', 'technician'],
    zhNot: ['人工费'],
  },
  turnaround: {
    zh: ['修多久', '多久修好', '几天修好', '多久能修好', '什么时候修好', '什么时候能修好', '当天修好', '当天能修', '当天取', '当天交车', '当场修', '现场修', '立等可取', '等着修', '在店里等', '多久能拿', '多久能取', '交车', '提车', '取车时间', '修好了通知'],
    en: ['turnaround', 'turn-around', 'ready', 'while you wait', 'while i wait', 'wait for it', 'same-day repair', 'same day repair', 'on the spot', 'how long does the repair', 'how long will the repair', 'how long to fix', 'how long to repair', 'leave it all day', 'leave the car all day', 'express repair'],
  },
  waiting_area: {
    zh: ['休息区', '休息室', '等候区', '等候室', '坐着等', '坐一会', '喝杯'],
    en: ['waiting area', 'waiting room', 'lounge', 'somewhere to sit', 'place to sit', 'sit and wait', 'comfortable to sit', 'wait there', 'wait on site'],
  },
  mail_in: {
    zh: ['寄修', '邮寄维修', '寄过来修', '寄给你们修', '快递过来修', '寄到店', '快递给你们'],
    en: ['mail-in', 'mail in', 'post it to you', 'send it to you', 'ship it to you', 'courier it', 'by post', 'by mail', 'send my phone', 'send my laptop', 'send it in', "don't live nearby", 'out of town'],
  },
  drop_off: {
    zh: ['送修', '拿过去', '拿过来', '送过去', '送过来修', '开过去', '开过来', '把车开来', '放店里', '放你们那', '放你们店', '留在店里', '车放', '交给你们'],
    en: ['drop off', 'drop it off', 'drop-off', 'drop my car', 'drop the car', 'bring it in', 'bring my car in', 'bring it to you', 'leave it with you', 'leave my car', 'leave the car', 'leave the key', 'leave the keys'],
  },
  pickup_service: {
    zh: ['上门取', '上门接', '上门维修', '上门修', '上门服务', '取送', '接送车', '送车上门', '送车到家', '派个师傅', '派师傅', '派人来', '代驾', '来接车', '来取车', '把车开走', '开回来', '送回家', '接车服务', '上门收'],
    en: ['collection and delivery', 'collect and deliver', 'pick-up and drop-off', 'pickup and delivery', 'collect my car', 'collect the car', 'pick up my car', 'pick my car up', 'come and get my', 'come to my home', 'come to my house', 'come to me', 'home visit', 'house call', 'on-site', 'onsite', 'drive it back', 'deliver it back', 'bring it back to me', 'drop it back', 'send a driver'],
  },
  trade_in: {
    zh: ['以旧换新', '旧机回收', '回收', '置换', '卖给你们', '收二手', '收旧', '旧手机', '旧电脑', '折价回收', '旧机折价', '旧车折价', '换多少钱', '值多少钱', '能卖多少', '卖多少钱', '回收价', '旧换新', '旧ipad', '旧平板', '旧笔记本', '旧机', '旧设备', '卖几个钱', '能卖几', '还能卖'],
    en: ['trade-in', 'trade in', 'part exchange', 'part-exchange', 'buy back', 'buyback', 'sell my old', 'sell you my', 'recycle', 'recycling', 'what is my old', "what's my old", 'buy my old', 'buy my car', 'buy my phone', 'buy it from me', 'buy it off me', 'how much is my old', 'how much for my old', 'what would you give me', 'value of my old', 'old phone', 'old laptop', 'old ipad', 'old device'],
  },
  second_hand: {
    zh: ['二手机', '二手手机', '二手电脑', '二手笔记本', '翻新', '翻新机', '官翻', '准新', '别人用过', '转手的', '九五新', '九成新', '九九新', '95新', '99新', '9成新', '几成新', '成色'],
    en: ['second-hand', 'second hand', 'secondhand', 'used phone', 'used laptop', 'pre-owned', 'preowned', 'refurbished', 'refurb'],
  },
  warranty: {
    zh: ['返修', '又坏', '又漏', '又出现', '又出问题', '又不行', '又亮', '复发', '同样的问题', '同一个问题', '老毛病', '管不管', '负不负责', '算谁的', '保多久', '能保多久', '维修保障', '碎屏险', '延保'],
    en: ['problem came back', 'problem comes back', 'issue came back', 'fault came back', 'came back again', 'happened again', 'happens again', 'same problem', 'same issue', 'same fault', 'broke again', 'broken again', 'failed again', 'again after', 'fails after', 'am i covered', 'repair guarantee', 'workmanship guarantee', 'extended warranty', 'applecare'],
  },

  unrepairable: {
    zh: ['修不好', '修不了', '没法修', '不能修', '无法修复', '无法维修', '修不成', '修复不了', '救不回来'],
    en: ["can't be fixed", 'cannot be fixed', "can't be repaired", 'cannot be repaired', "can't fix it", 'cannot fix it', 'unrepairable', 'beyond repair', 'not fixable', 'no fix no fee', 'no fix no charge', "if you can't fix"],
    zhNot: ['不能修改'],
  },
  repair_or_replace: {
    zh: ['值不值得修', '值得修', '修还是换', '还是换新', '不如买新', '不如换新', '不如买个新', '修划算'],
    en: ['worth repairing', 'worth fixing', 'worth it to fix', 'worth it to repair', 'repair or replace', 'fix or replace', 'buy a new one', 'cheaper to replace', 'cheaper to buy new'],
  },
  software: {
    zh: ['系统问题', '软件问题', '软件故障', '刷机', '重装系统', '装系统', '系统崩溃', '系统坏了', '升级系统', '系统升级', '杀毒', '中病毒'],
    en: ['software', 'operating system', 'reinstall', 'os reinstall', 'virus removal', 'software problem', 'software issue', 'software update', 'factory reset', 'firmware'],
  },
  unclaimed: {
    zh: ['逾期未取', '一直没取', '没来取', '不来取', '保管多久', '保管期', '超期未取', '无人认领'],
    en: ['uncollected', 'unclaimed', "don't collect", "didn't collect", 'not collected', 'never collected', 'how long do you keep', 'abandoned'],
  },
  wear_and_tear: {
    zh: ['易损件', '消耗件', '损耗件', '自然磨损', '正常磨损', '磨损', '老化', '雨刮', '雨刷', '灯泡'],
    en: ['wear and tear', 'wear items', 'wear parts', 'consumables', 'normal wear', 'worn out', 'wiper blades', 'wipers', 'bulbs'],
  },
  brand_model: {
    zh: ['品牌', '牌子', '型号', '机型', '哪些品牌', '什么牌子', '哪些型号', '车型'],
    en: ['which brand', 'what brand', 'which brands', 'what brands', 'all brands', 'other brands', 'any brand', 'car brands', 'phone brands', 'which makes', 'what makes', 'which models', 'what models', 'my model', 'this model', 'older models'],
  },

  // Vehicles: a garage's services. A car named in the garage's own entries ("车辆", "car") also tells that
  // "修车" in a question is this business's topic, not a domain it does not serve (foreign-domains.ts).
  vehicle: {
    zh: ['修车', '汽修', '汽车', '车辆', '爱车', '私家车', '轿车', '小车', '车子', '我的车', '我车', '这车', '这台车', '这辆车', '把车', '拖车', '取车', '送车', '交车', '提车', '接车', '车况', '车型', '车主', '车坏', '车身', '车漆', '车门', '车钥匙', '事故车'],
    en: ['car', 'cars', 'vehicle', 'vehicles', 'automobile', 'car repair', 'car repairs'],
  },
  servicing: {
    zh: ['保养', '小保养', '大保养', '做保养', '首保', '定保', '机油', '换油', '换机油', '机滤', '机油滤芯', '滤芯', '空滤', '空调滤', '火花塞', '保养手册', '里程', '保养灯', '里程数'],
    en: ['car service', 'regular service', 'minor service', 'major service', 'basic service', 'full service', 'annual service', 'interim service', 'service interval', 'service due', 'due for a service', 'service my car', 'service the car', 'maintenance', 'tune-up', 'tune up', 'check-up', 'checkup', 'oil change', 'change the oil', 'change my oil', 'oil and filter', 'engine oil', 'motor oil', 'oil filter', 'air filter', 'cabin filter', 'spark plug', 'spark plugs', 'mileage', 'keep it running', 'keep them running', 'keep it in good', 'keep them in good'],
  },
  tyre: {
    zh: ['轮胎', '车胎', '补胎', '换胎', '扎胎', '扎钉', '钉子', '漏气', '慢撒气', '撒气', '爆胎', '没气', '胎压', '打气', '备胎', '胎侧', '胎纹', '雪地胎', '冬季胎', '冬胎', '夏季胎', '四季胎', '轮毂', '气门嘴', '动平衡', '扎了钉', '被扎', '胎侧鼓包', '轮胎鼓包'],
    en: ['tyre', 'tyres', 'tire', 'tires', 'puncture', 'punctured', 'flat tyre', 'flat tire', 'got a flat', 'had a flat', 'have a flat', 'fix a flat', 'nail in', 'screw in', 'losing air', 'slow leak', 'tyre pressure', 'tire pressure', 'blowout', 'blew out', 'spare tyre', 'spare tire', 'spare wheel', 'winter tyres', 'winter tires', 'snow tyres', 'summer tyres', 'wheels', 'rims', 'wheel balancing', 'tyre balancing', 'tire balancing', 'patch it', 'patch the'],
  },
  alignment: {
    zh: ['四轮定位', '做定位', '跑偏', '方向盘不正', '方向跑偏', '往右跑', '往左跑', '往右拽', '往左拽', '吃胎', '偏磨', '做个定位', '做一下定位'],
    en: ['alignment', 'wheel alignment', 'pulls to the', 'pulling to the', 'pulls to one side', 'steering wheel is off', 'off-centre', 'off-center', 'uneven wear'],
    zhNot: ['定位置', '定位到', '定位信息', '地图定位', '手机定位'],
  },
  brakes: {
    zh: ['刹车', '刹车片', '刹车盘', '刹车油', '制动', '刹不住', '刹车软', '刹车响', '刹车异响', '卡钳'],
    en: ['brake', 'brakes', 'brake pads', 'brake discs', 'rotors', 'brake fluid', 'braking', 'squealing', 'squeaky brakes', 'calipers'],
  },
  // A car's systems, each its own concept.
  engine: {
    zh: ['发动机', '引擎', '机头', '缺缸', '烧机油', '抖动'],
    en: ['engine', 'misfire', 'misfiring', 'burning oil'],
  },
  gearbox: {
    zh: ['变速箱', '波箱', '离合', '离合器', '换挡', '顿挫', '打滑'],
    en: ['gearbox', 'transmission', 'clutch', 'gear change', 'gears slipping', 'jerky shifting'],
  },
  suspension: {
    zh: ['悬挂', '减震', '避震', '底盘', '底盘异响', '球头', '摆臂'],
    en: ['suspension', 'shock absorbers', 'shocks', 'struts', 'bushings', 'clunking over bumps'],
  },
  cooling: {
    zh: ['冷却液', '防冻液', '水箱', '水泵', '水温高', '开锅'],
    en: ['coolant', 'antifreeze', 'radiator', 'water pump', 'overheating engine', 'temperature gauge'],
  },
  exhaust: {
    zh: ['排气管', '三元催化', '尾气', '冒黑烟', '冒白烟', '冒蓝烟'],
    en: ['exhaust', 'catalytic converter', 'exhaust fumes', 'smoke from the exhaust'],
  },
  starting_charging: {
    zh: ['发电机', '起动机', '启动机', '马达'],
    en: ['alternator', 'starter motor', 'starter motors'],
  },
  mechanical: {
    zh: ['机修', '机械维修', '机械故障', '机电'],
    en: ['mechanical', 'mechanical repair', 'mechanical repairs', 'mechanical work'],
  },
  warning_light: {
    zh: ['故障灯', '报警灯', '警示灯', '指示灯', '亮灯', '灯亮了', '亮了个灯', '仪表盘', '仪表', '发动机灯', '胎压灯', '电瓶灯', '保养提示'],
    en: ['warning light', 'check engine', 'engine light', 'dashboard light', 'dash light', 'battery light', 'service light', 'light came on', 'light is on', 'light on the dash', 'dashboard says', 'dashboard', 'warning on the'],
  },
  annual_inspection: {
    zh: ['年检', '年审', '验车', '审车', '车检', '检测站', '检测场', '检测线', '上线检测', '免检', '免上线', '检验标志', '环保标志', '该验了', '年检标'],
    en: ['annual inspection', 'yearly inspection', 'annual test', 'yearly test', 'yearly check', 'mot', 'roadworthy', 'roadworthiness', 'inspection sticker', 'testing station', 'test station', 'safety inspection', 'emissions test', 'smog check', 'physical test', 'state inspection'],
  },
  insurance: {
    zh: ['保险', '理赔', '出险', '定损', '报案', '走保险', '全险', '交强险', '商业险', '三者险', '免赔', '直赔', '垫付', '垫钱', '先出钱', '谁先出', '赔付', '保险公司出', '保单', '人保', '平安保险', '太平洋保险', '大地保险'],
    en: ['insurance', 'insurer', 'insurers', 'insured', 'insurance claim', 'claim on my insurance', 'through my insurance', 'my insurance', 'excess', 'my deductible', 'the deductible', 'loss adjuster', 'assessor', 'damage assessment', 'bill my insurance', 'my policy'],
  },
  accident: {
    zh: ['事故', '出事故', '事故车', '交通事故', '车祸', '撞车', '撞了', '被撞', '撞到', '撞上', '撞坏', '相撞', '追尾', '剐蹭', '刮蹭', '蹭了', '蹭到', '蹭坏', '碰撞', '碰了一下', '全责', '对方全责'],
    en: ['accident', 'crash', 'crashed', 'collision', 'hit my car', 'someone hit', 'rear-ended', 'rear ended', 'bumped', 'fender bender', 'scraped', 'at fault', 'their fault', 'third party', 'write-off', 'written off'],
  },
  bodywork: {
    zh: ['钣金', '板金', '喷漆', '补漆', '漆面', '掉漆', '起皮', '起泡', '划痕', '刮痕', '凹陷', '凹坑', '修凹', '保险杠', '前杠', '后杠', '车门', '车身', '叶子板', '抛光', '镀晶'],
    en: ['bodywork', 'body work', 'body shop', 'panel beating', 'paint', 'paintwork', 'respray', 'repaint', 'touch up', 'touch-up', 'dent repair', 'dents', 'bumper', 'panel', 'panels', 'door panel', 'peeling', 'bubbling', 'scratch repair'],
  },
  windscreen: {
    zh: ['挡风玻璃', '前挡', '后挡', '车窗', '玻璃裂', '玻璃破'],
    en: ['windscreen', 'windshield', 'window chip', 'stone chip', 'chip in the', 'cracked windscreen', 'cracked windshield'],
  },
  breakdown: {
    zh: ['抛锚', '趴窝', '熄火', '打不着火', '打不着', '点不着火', '启动不了', '坏在路上', '路上坏了', '半路', '高速上', '拖车', '救援', '道路救援', '搭电', '搭火', '接电', '送油', '没油了', '亏电', '换备胎', '爆胎', '动不了'],
    en: ['breakdown', 'broken down', 'break down', 'broke down', 'tow', 'towing', 'tow truck', 'towed', 'recovery truck', 'roadside', 'roadside assistance', 'rescue', 'jump start', 'jump-start', 'jumpstart', 'stranded', 'stuck on the road', 'blowout', 'blew out', 'ran out of fuel', 'out of petrol', "won't start", 'flat battery'],
  },
  // Something to use while one's own car or phone is being repaired.
  loaner: {
    zh: ['备用机', '备用手机', '借用手机', '借个手机', '临时用的手机', '代步车', '备用车', '替换车', '借车', '借辆车', '借一辆', '借个车', '借你们的车', '临时用车', '车先用着', '没车开', '没车用', '安排一辆车', '安排辆车', '给辆车'],
    en: ['courtesy car', 'courtesy vehicle', 'loan car', 'loaner', 'loaners', 'replacement car', 'replacement vehicle', 'temporary car', 'spare car', 'spare vehicle', 'borrow a car', 'car while mine', 'something to drive', 'get around while', 'loaner phone', 'loan phone', 'spare phone', 'temporary phone', 'loaner device', 'something to use while', 'lend a phone', 'lend me a phone', 'lend me a device', 'lend me a car', 'lend me one'],
  },
  ev: {
    zh: ['新能源', '电动车', '电动汽车', '纯电', '混动', '插混', '油电混合', '增程', '三电', '高压电', '动力电池', '电机', '电控', '特斯拉', '比亚迪', '蔚来', '小鹏', '极氪', '问界'],
    en: ['an ev', 'my ev', 'ev repair', 'electric car', 'electric vehicle', 'hybrid', 'phev', 'tesla', 'byd', 'nio', 'battery pack', 'high voltage', 'high-voltage', 'plug-in hybrid'],
  },
  imported_car: {
    zh: ['进口车', '进口的车', '进口品牌', '外国车', '欧系', '德系', '日系', '美系', '韩系', '欧洲车', '合资'],
    en: ['imported car', 'imported cars', 'import car', 'european cars', 'european car', 'japanese cars', 'german cars', 'american cars', 'foreign cars', 'foreign car'],
  },
  pre_purchase: {
    zh: ['买车前', '买二手车', '买辆二手', '买个二手', '二手车检测', '检测二手车', '看二手车', '验二手车', '看车', '验车况', '车况', '查车况', '查一下车', '想买一辆', '事故车', '泡水车', '调表', '第三方检测'],
    en: ['pre-purchase', 'pre purchase', 'before i buy', 'before buying', 'before i pay', 'thinking of buying', 'looking to buy', "i'm buying", 'look it over', 'check a car', 'inspect a car', 'used car inspection', 'buying a car', 'buy a car'],
  },
  credit_terms: {
    zh: ['赊账', '月结', '挂账', '记账', '先修后付', '后付', '月底再', '月底付', '欠着', '打款'],
    en: ['credit terms', 'on account', 'monthly billing', 'bill us monthly', 'invoice us', 'invoice monthly', 'settle later', 'net 30'],
  },
  corporate: {
    zh: ['公司的车', '公司车', '车队', '单位的车', '公务车'],
    en: ['fleet', 'company car', 'company cars', 'fleet account'],
  },
  language_support: {
    zh: ['说英语', '讲英语', '会英语', '英语服务', '英文服务', '英文报告', '用英文', '中文不好', '不会中文', '不懂中文', '不会说中文', '外国客户', '外语'],
    en: ['english-speaking', 'speak english', 'speaks english', 'in english', "don't speak chinese", 'language barrier', 'interpreter'],
  },
  reschedule: {
    zh: ['换个日期', '改日期', '改个日子', '换一天去'],
    en: ['change the day', 'change the date', 'another date', 'different date', 'move it to'],
  },
  hours: {
    zh: ['最早几点', '收车', '几点收车', '几点交车'],
    en: ['too late to', 'drop off by', 'latest drop-off'],
  },
};
