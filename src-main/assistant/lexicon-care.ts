// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Clinics (dental, medical check-ups, physiotherapy and postnatal care, eye tests and contact lenses), vets (animals by kind, an operation,
// stitches, test results, medicine staff give), pet care (grooming, boarding, day care) and beauty and wellness (hair, massage, nails,
// lashes, spa): their treatments and services as the business's own topics.
// Written from how customers of such businesses talk, not from any one FAQ.
//
// Health words stay a foreign domain for a shop (foreign-domains.ts): a clinic's or groomer's own entries name
// them (牙医, 疫苗, vaccine), which exempts them there. Single characters are kept inside longer forms or guarded
// (牙 is not 牙膏 or 西班牙, 疼 not 心疼), and English forms were checked for stems that meet other words:
// 'filling' stems to "fill" (fill in a form), 'matted' to "mat" (a yoga mat), 'scaling' to "scale", so those
// come only inside phrases or where the other sense cannot be meant; so does "walk", which is also a walk-in.
import type { Concept } from './concept-lexicon.ts';

export const CARE_CONCEPTS: Record<string, Concept> = {
  // ── Dental ──
  tooth: {
    zh: ['牙齿', '牙', '口腔', '门牙', '大牙', '后槽牙', '槽牙', '磨牙', '虎牙', '刷牙', '看牙', '牙釉质', '釉质'],
    en: ['tooth', 'teeth', 'dental', 'molar', 'molars', 'front tooth', 'front teeth', 'oral', 'enamel'],
    zhNot: ['牙膏', '牙刷', '牙签', '象牙', '西班牙', '葡萄牙', '牙买加', '匈牙利', '咬牙', '爪牙', '牙线棒'],
  },
  gums: {
    zh: ['牙龈', '牙周', '牙周炎', '牙龈炎', '牙龈出血', '牙龈萎缩', '牙肉', '牙床'],
    en: ['gums', 'gum disease', 'gum line', 'bleeding gums', 'receding gums', 'periodontal', 'periodontitis', 'gingivitis'],
  },
  checkup: {
    zh: ['口腔检查', '检查牙齿', '检查一下牙', '查一下牙', '定期检查', '例行检查', '常规检查', '全面检查', '复查', '复诊', '回访', '半年检查', '一年检查', '定期看牙'],
    en: ['check-up', 'checkup', 'dental check', 'routine check', 'dental exam', 'routine exam', 'examination', 'recall appointment', 'follow-up', 'follow up appointment', 'review appointment', 'six-monthly', 'every six months'],
  },
  teeth_cleaning: {
    zh: ['洗牙', '洁牙', '洁治', '牙结石', '结石', '牙石', '牙垢', '烟渍', '茶渍', '牙渍', '喷砂', '刮牙', '清洁牙齿', '牙齿清洁', '牙齿抛光'],
    en: ['teeth cleaning', 'teeth cleaned', 'tooth cleaning', 'clean my teeth', 'dental cleaning', 'scale and polish', 'scaling', 'hygienist', 'hygiene appointment', 'tartar', 'plaque', 'teeth polished', 'stain removal'],
    zhNot: ['肾结石', '胆结石', '尿结石'],
  },
  filling: {
    zh: ['补牙', '补个牙', '补一颗', '补颗牙', '补过的牙', '补的牙', '蛀牙', '蛀了', '龋齿', '虫牙', '牙洞', '蛀洞', '烂牙'],
    en: ['a filling', 'the filling', 'my filling', 'new filling', 'tooth filled', 'cavity', 'cavities', 'decay', 'tooth decay', 'rotten tooth', 'composite', 'amalgam'],
  },
  extraction: {
    zh: ['拔牙', '拔除', '拔颗', '拔一颗', '拔个牙', '拔智齿', '拔完牙', '拔牙后'],
    en: ['extraction', 'extractions', 'extract', 'extracted', 'tooth pulled', 'teeth pulled', 'pull a tooth', 'pull my tooth', 'pull out', 'tooth out', 'teeth out', 'tooth removed', 'teeth removed', 'remove a tooth', 'tooth taken out', 'teeth taken out'],
  },
  wisdom_tooth: {
    zh: ['智齿', '尽头牙', '阻生齿', '阻生'],
    en: ['wisdom tooth', 'wisdom teeth', 'impacted tooth', 'impacted'],
  },
  root_canal: {
    zh: ['根管', '根管治疗', '杀神经', '抽神经', '牙神经', '牙髓', '神经痛'],
    en: ['root canal', 'root canals', 'nerve', 'pulp', 'endodontic'],
  },
  orthodontics: {
    zh: ['矫正', '正畸', '牙套', '箍牙', '隐适美', '隐形矫正', '钢牙', '保持器', '牙齿不齐', '牙不齐', '龅牙', '地包天', '歪牙', '牙齿歪', '整牙', '戴牙套', '长歪', '牙齿整齐', '不整齐', '参差不齐', '戴上钢丝', '牙齿钢丝', '钢丝…调'],
    en: ['braces', 'brace', 'aligner', 'aligners', 'invisalign', 'clear aligners', 'orthodontic', 'orthodontics', 'orthodontist', 'retainer', 'straighten my teeth', 'straighter teeth', 'straight teeth', 'crooked', 'overbite', 'underbite', 'buck teeth', 'uneven teeth', 'gappy teeth', 'gap between my teeth'],
    zhNot: ['视力矫正'],
  },
  whitening: {
    zh: ['美白', '牙齿美白', '冷光', '漂白', '牙黄', '牙齿黄', '牙齿发黄', '变白', '亮白', '牙…变亮', '牙…变白', '牙…暗', '牙…发黄'],
    en: ['whitening', 'whiten', 'whiter', 'teeth bleaching', 'yellow teeth', 'stained teeth', 'brighter smile'],
  },
  implant: {
    zh: ['种植牙', '种牙', '植牙', '种植体', '缺牙', '少了颗牙', '掉了颗牙'],
    en: ['implant', 'implants', 'dental implant', 'missing tooth', 'missing teeth', 'lost a tooth'],
  },
  crown: {
    zh: ['牙冠', '烤瓷', '全瓷', '瓷牙', '嵌体', '贴面', '瓷贴面', '戴冠', '套冠'],
    en: ['crown', 'crowns', 'veneer', 'veneers', 'onlay', 'inlay', 'cap on my tooth'],
  },
  denture: {
    zh: ['假牙', '义齿', '活动假牙', '全口假牙', '镶牙', '补假牙'],
    en: ['denture', 'dentures', 'false teeth', 'partial denture'],
  },
  toothache: {
    zh: ['牙疼', '牙痛', '牙齿疼', '牙齿痛', '牙齿酸', '牙酸', '牙龈肿', '牙肿', '牙齿松动', '牙松'],
    en: ['toothache', 'tooth ache', 'tooth pain', 'tooth hurts', 'teeth hurt', 'loose tooth', 'wobbly tooth', 'abscess'],
  },
  emergency: {
    zh: ['急诊', '紧急', '急症', '等不了', '挂急诊', '马上看', '当天能看', '牙崩', '崩了一块', '牙齿断', '门牙断', '磕掉', '磕断', '马上来看', '尽快', '今天能看', '立刻'],
    en: ['emergency', 'emergencies', 'urgent', 'urgently', 'asap', 'as soon as possible', 'out of hours', 'after-hours', 'after hours', "can't wait", 'knocked out', 'broken tooth', 'chipped tooth', 'cracked tooth', 'same day appointment'],
  },
  pain: {
    zh: ['疼', '痛', '疼痛', '酸痛', '胀痛', '难受', '不舒服', '怕疼', '怕痛', '疼不疼', '痛不痛', '会疼', '会痛'],
    en: ['pain', 'painful', 'hurt', 'hurts', 'hurting', 'ache', 'aching', 'sore', 'soreness', 'tender', 'discomfort', 'uncomfortable'],
    zhNot: ['心疼', '疼爱', '痛快', '头痛欲裂', '痛心'],
  },
  anaesthesia: {
    zh: ['麻药', '打麻药', '麻醉', '局麻', '全麻', '无痛', '笑气', '镇静', '打麻', '麻针'],
    en: ['anaesthetic', 'anesthetic', 'anaesthesia', 'anesthesia', 'numb', 'numbing', 'local anaesthetic', 'sedation', 'sedated', 'sedate', 'laughing gas', 'painless', 'pain-free', 'put under'],
  },
  aftercare: {
    zh: ['注意事项', '注意什么', '要注意', '术后护理', '护理方法', '做完之后', '做完以后', '做完后', '之后能不能', '当天能不能', '多久能', '忌口', '不能吃', '能吃东西', '多久可以吃', '恢复期', '恢复多久'],
    en: ['aftercare', 'after-care', 'after care', 'care instructions', 'afterwards', 'after the treatment', 'after my appointment', 'after the procedure', 'what to avoid', 'should i avoid', 'avoid', 'recovery', 'recover', 'heal', 'healing'],
  },
  bleeding: {
    zh: ['出血', '流血', '止血', '渗血', '血止不住'],
    en: ['bleed', 'bleeding', 'bled', 'blood'],
  },
  swelling: {
    zh: ['肿', '肿了', '消肿', '红肿', '肿胀', '脸肿'],
    en: ['swollen', 'swelling', 'puffy', 'swell'],
    zhNot: ['臃肿', '肿瘤'],
  },
  sensitivity: {
    zh: ['敏感', '敏感肌', '牙齿敏感', '冷热酸', '遇冷', '怕冷怕热'],
    en: ['sensitive', 'sensitivity', 'sensitive teeth', 'sensitive skin', 'sensitive scalp'],
  },
  preventive: {
    zh: ['涂氟', '氟化物', '窝沟封闭', '乳牙', '换牙', '恒牙', '儿童牙科', '儿牙'],
    en: ['fluoride', 'sealant', 'sealants', 'fissure sealant', 'baby teeth', 'milk teeth', 'baby tooth', 'adult teeth', 'paediatric dentist', 'pediatric dentist', "children's dentist", 'kids dentist'],
  },

  // ── Clinics' front desk ──
  clinician: {
    zh: ['医生', '牙医', '大夫', '医师', '主任', '专家', '兽医', '护士', '口腔医生', '主治'],
    en: ['dentist', 'dentists', 'doctor', 'doctors', 'dr', 'vet', 'vets', 'veterinarian', 'hygienist', 'nurse', 'specialist', 'clinician', 'physician', 'physiotherapist', 'physio'],
  },
  choose_staff: {
    zh: ['指定医生', '指定牙医', '选医生', '挑医生', '换医生', '换个医生', '同一个医生', '同一位医生', '固定医生', '指定美容师', '指定美甲师', '指定按摩师', '挑人', '选人', '指定治疗师', '挑治疗师', '选治疗师', '指定康复师'],
    en: ['same dentist', 'same doctor', 'same vet', 'same groomer', 'same therapist', 'specific dentist', 'specific doctor', 'particular dentist', 'particular doctor', 'choose my dentist', 'choose my doctor', 'choose my groomer', 'change my dentist', 'change my doctor', 'different dentist', 'different doctor', 'preferred dentist', 'preferred groomer'],
  },
  patient_registration: {
    zh: ['挂号', '挂号费', '建档', '建卡', '就诊卡', '诊疗卡', '病历卡', '登记信息', '填表', '填资料', '初诊表'],
    en: ['patient registration', 'register as a patient', 'register with you', 'new patient form', 'registration form', 'intake form', 'medical history form', 'patient form', 'fill in a form', 'fill out a form'],
  },
  beginner: {
    zh: ['初诊', '首诊', '首次就诊', '第一次看', '第一次做', '新患者', '新病人', '新客人', '新顾客', '头一次'],
    en: ['new patient', 'new patients', 'new client', 'new clients', 'first-time client', 'first time client', 'never had', 'first ever'],
  },
  consultation: {
    zh: ['面诊', '问诊', '看诊', '初诊费', '诊金', '诊费', '问诊费', '面诊费', '咨询费', '检查费'],
    en: ['consultation', 'consult', 'consultation fee', 'exam fee', 'examination fee', 'initial assessment', 'initial consultation', 'assessment appointment'],
  },
  // Insurance itself, not what is claimed back: 报销 and "reimburse" are the shop's invoice and refund, and sharing
  // them would let "医保报销" (a public service) pass for a shop's invoice entry.
  insurance: {
    zh: ['医保', '医保卡', '社保卡', '保险', '商保', '商业保险', '医疗保险', '宠物保险', '走医保', '刷医保', '直赔', '理赔', '统筹', '走统筹', '医保统筹'],
    en: ['insurance', 'insurer', 'insured', 'medical insurance', 'dental insurance', 'health insurance', 'pet insurance', 'health fund', 'direct billing', 'bill my insurance', 'insurance claim'],
    zhNot: ['保险箱', '保险柜', '保险丝', '保险杠'],
  },
  report: {
    zh: ['报告', '检查报告', '检查结果', '化验单', '化验结果', '诊断书', '诊断证明', '病假条', '病假证明', '证明材料', '出报告', '拿报告', '取报告', '验血', '化验', '病理', '活检', '出结果'],
    en: ['report', 'reports', 'test results', 'my results', 'lab results', 'medical certificate', 'sick note', "doctor's note", 'medical report', 'written report', 'bloodwork', 'blood work', 'blood test', 'blood tests', 'lab work', 'biopsy', 'results back'],
  },
  xray: {
    zh: ['辐射', '拍片', '牙片', '片子', 'x光', '全景片', '曲面断层', '拍个片', '影像'],
    en: ['x-ray', 'x-rays', 'xray', 'xrays', 'radiograph', 'ct scan', 'panoramic', 'radiation'],
  },
  medical_records: {
    zh: ['病历', '病历本', '就诊记录', '病史', '既往病历', '以前的片子', '免疫记录', '疫苗本', '免疫本', '疫苗证明', '免疫证', '疫苗记录', '接种记录', '接种证明', '健康证明', '体检证明'],
    en: ['medical records', 'records', 'vaccination record', 'vaccination records', 'vaccine card', 'vaccination card', 'vaccination certificate', 'vaccine certificate', 'vet records', 'health record', 'health certificate', 'proof of vaccination', 'medical history', 'previous x-rays'],
  },
  what_to_bring: {
    zh: ['带哪些', '要带哪些', '需要带哪些', '携带'],
    en: ['what do i need to bring', 'should i bring', 'bring with me', 'bring along', 'what to prepare', 'take with me'],
  },
  physio: {
    zh: ['理疗', '物理治疗', '康复训练', '康复治疗', '针灸', '拔罐', '正骨', '推拿', '颈椎', '腰椎', '肩周', '腰疼', '腰痛', '颈椎病', '扭伤', '拉伤', '劳损', '落枕', '运动损伤', '膝盖', '脖子疼', '脖子痛', '脖子僵', '脖子硬', '肩膀疼', '肩膀痛', '腿疼', '膝盖疼', '脖子…僵', '脖子…疼', '脖子…痛', '肩膀…疼', '肩膀…痛'],
    en: ['physiotherapy', 'physical therapy', 'rehab', 'rehabilitation', 'sports injury', 'back pain', 'neck pain', 'shoulder pain', 'knee pain', 'acupuncture', 'chiropractor', 'chiropractic', 'osteopath', 'sprain', 'sprained', 'strain', 'pulled a muscle', 'cupping'],
  },

  // Other concepts' wording as clinic, salon and groomer customers say it.
  booking: {
    zh: ['占个位', '占位子', '订个位子', '约个时间', '排个号', '排个时间'],
    en: ['fit me in', 'fit him in', 'fit her in', 'squeeze me in', 'get me in'],
  },
  duration: {
    zh: ['几个小时', '几小时', '多少个小时', '多少小时', '多少分钟', '做多久', '要做多久', '从开始到结束'],
    en: ['how many hours', 'how many minutes', 'block out', 'take long', 'start to finish'],
  },
  shower: {
    zh: ['冲头', '洗头发', '碰水', '沾水', '遇水'],
    en: ['get it wet', 'get wet', 'wash my face'],
  },
  membership: {
    zh: ['老顾客', '老客户', '熟客', '常客', '回头客'],
    en: ['regulars', 'regular customer', 'regular customers', 'regular client', 'loyal customer', 'loyal customers'],
  },

  // After giving birth: what a clinic's postnatal care is asked, said as the mother notices it.
  postpartum: {
    zh: ['产后', '生完孩子', '生完宝宝', '生完小孩', '生孩子后', '生完', '坐完月子', '出了月子', '漏尿', '盆底', '腹直肌', '妊娠纹', '肚子瘪不下去', '肚子收不回去'],
    en: ['postpartum', 'postnatal', 'post-natal', 'after giving birth', 'after the baby', 'since the baby', 'pelvic floor', 'diastasis', 'leaking when i cough', 'leak when i cough'],
  },
  // The visits after the first, priced apart from it at clinics, salons and studios.
  follow_up: {
    zh: ['之后每次', '以后每次', '后面每次', '第二次以后', '第二次开始', '第二次来', '复诊', '后续治疗', '后续的', '以后再来', '之后再来'],
    en: ['follow-up', 'follow up session', 'follow-up session', 'follow-up visit', 'subsequent session', 'subsequent sessions', 'after the first session', 'after the first visit', 'second visit'],
  },
  // ── Eye care ──
  eye_exam: {
    zh: ['验光', '验个光', '测度数', '测个度数', '查度数', '测视力', '查视力', '检查视力', '眼睛度数', '查一次眼睛', '查眼睛'],
    en: ['eye test', 'eye exam', 'eye examination', 'sight test', 'check my eyesight', 'test my eyes', 'prescription check'],
  },
  contact_lenses: {
    zh: ['隐形眼镜', '隐形', '美瞳', '日抛', '月抛', '半年抛', '年抛', '彩色隐形', '放大片', '戴完扔', '戴完直接扔', '每天换一副', '眼睛看起来大', '显得眼睛大'],
    en: ['contact lenses', 'contact lens', 'daily disposables', 'dailies', 'monthlies', 'coloured contacts', 'colored contacts'],
    zhNot: ['隐形矫正', '隐形牙套', '隐形拉链', '隐形车衣'],
  },
  glasses_repair: {
    zh: ['镜腿', '鼻托', '镜框…断', '镜架…断', '眼镜…歪', '眼镜…松', '眼镜…断', '眼镜…坏'],
    en: ['broken glasses', 'glasses broke', 'nose pad', 'nose pads', 'frame snapped', 'glasses are loose', 'glasses are crooked', 'arm of my glasses'],
  },
  myopia_control: {
    zh: ['控度数', '控制度数', '近视防控', '度数涨', '度数长得快', '度数加深', '离焦', '角膜塑形', 'ok镜'],
    en: ['myopia control', 'myopia management', 'ortho-k', 'orthokeratology', 'slow down myopia', 'slow myopia'],
  },
  // ── Pet care ──
  pet: {
    zh: ['毛孩', '汪星人', '喵星人', '狗子', '猫主子', '主子', '爱宠', '贵宾', '博美', '雪纳瑞', '萨摩耶', '边牧', '拉布拉多', '法斗', '巴哥', '西高地', '约克夏', '吉娃娃', '德牧', '阿拉斯加', '松狮', '银渐层', '美短', '暹罗', '加菲', '缅因', '幼犬', '幼猫', '奶猫', '老狗', '老猫'],
    en: ['pup', 'puppies', 'doggy', 'doggie', 'pooch', 'kitty', 'kittens', 'poodle', 'labrador', 'retriever', 'husky', 'corgi', 'shih tzu', 'schnauzer', 'pomeranian', 'bichon', 'spaniel', 'terrier', 'bulldog', 'pug', 'dachshund', 'collie', 'samoyed', 'chihuahua', 'persian cat', 'ragdoll', 'maine coon', 'fur baby', 'furbaby'],
    zhNot: ['贵宾卡', '贵宾室', '贵宾厅', '主子女'],
  },
  pet_size: {
    zh: ['大型犬', '中型犬', '小型犬', '大型狗', '小型狗', '大狗', '体型', '体重', '几斤', '多少斤', '公斤', '斤重', '大体型', '小体型', '品种'],
    en: ['large dog', 'small dog', 'big dog', 'medium dog', 'medium-sized', 'large breed', 'small breed', 'giant breed', 'toy breed', 'weighs', 'weight', 'kg', 'kilo', 'kilos', 'lbs', 'pounds', 'breed', 'breeds', 'what breed'],
  },
  // Small and exotic pets by kind: "do you see hamsters?" meets an entry's "rabbits" or "exotic pets". Only animals kept as
  // pets (no "bird" or "snake": a meal and a plumber's drain rod), and "exotic" only with "pet".
  exotic_pet: {
    zh: ['异宠', '爬宠', '兔子', '小兔', '垂耳兔', '仓鼠', '荷兰猪', '豚鼠', '龙猫', '刺猬', '鹦鹉', '虎皮鹦鹉', '玄凤', '乌龟', '陆龟', '蜥蜴', '守宫', '鬃狮蜥', '雪貂'],
    en: ['exotic pet', 'exotic pets', 'exotics', 'exotic animal', 'exotic animals', 'rabbit', 'rabbits', 'bunny', 'bunnies', 'hamster', 'hamsters', 'guinea pig', 'guinea pigs', 'chinchilla', 'hedgehog', 'parrot', 'parrots', 'budgie', 'budgies', 'cockatiel', 'tortoise', 'turtle', 'turtles', 'lizard', 'lizards', 'gecko', 'bearded dragon', 'reptile', 'reptiles', 'ferret', 'ferrets'],
  },
  grooming: {
    zh: ['美容', '洗护', '全套美容', '宠物美容', '造型', '修剪', '美容师', '洗剪', '洗美'],
    en: ['groom', 'grooming', 'groomer', 'groomers', 'full groom', 'groomed', 'pamper', 'pampering', 'tidy-up'],
    zhNot: ['美容院', '美容觉'],
  },
  bath: {
    zh: ['洗澡', '洗个澡', '洗一洗', '药浴', '沐浴', '浴液', '吹干', '吹毛', '吹水', '洗白白', '洗香香', '有味道', '臭臭', '狗味', '猫味', '体味', '身上臭'],
    en: ['bath', 'bathe', 'baths', 'wash my dog', 'wash the dog', 'wash my cat', 'dog wash', 'blow dry', 'blow-dry', 'blowdry', 'shampoo and', 'smells', 'smelly', 'stinks', 'stinky', 'odour', 'odor'],
  },
  matting: {
    zh: ['打结', '毛结', '开结', '梳毛', '梳开', '梳通', '擀毡', '毛打结'],
    en: ['matted fur', 'matted coat', 'matted hair', 'tangles', 'tangled', 'knots in', 'brush out', 'dematting', 'de-matting'],
  },
  shedding: {
    zh: ['掉毛', '换毛', '褪毛', '底绒', '浮毛', '去浮毛'],
    en: ['shedding', 'deshed', 'de-shed', 'deshedding', 'undercoat', 'loose fur', 'loose hair', 'blowing coat'],
  },
  haircut: {
    zh: ['剪发', '理发', '剪头', '剪头发', '修头发', '修个头', '修发', '剪短', '剪一剪', '剃头', '推头', '剪毛', '修毛', '剃毛', '剃光', '推光', '剪刘海', '修刘海', '刘海'],
    en: ['haircut', 'haircuts', 'hair cut', 'a cut', 'cut my hair', 'cut his hair', 'cut her hair', 'cut and', 'trim', 'trimmed', 'trims', 'fringe', 'bangs', 'short back and sides', 'buzz cut', 'clipper', 'clippers', 'shave down', 'shaved', 'hairstyle'],
  },
  ears: {
    zh: ['耳朵', '清耳', '洗耳', '掏耳', '耳道', '耳螨', '耳屎'],
    en: ['ear cleaning', 'ears', 'ear', 'ear mites', 'ear wax', 'earwax'],
    zhNot: ['耳机', '耳环', '耳钉'],
  },
  anal_glands: {
    zh: ['肛门腺', '挤肛门腺', '肛腺'],
    en: ['anal glands', 'anal gland', 'glands expressed', 'express glands'],
  },
  boarding: {
    zh: ['寄养', '寄宿', '宠物酒店', '住几天', '放几天', '放你们那', '放在店里', '出差', '出远门', '回老家', '没人照顾', '帮忙照顾', '照顾几天', '过夜', '寄放', '放你们那', '放在你们那', '放你们店', '出去旅游', '去旅游', '旅游期间', '旅行期间', '出去玩几天', '度假', '放假回家'],
    en: ['boarding', 'board my dog', 'board my cat', 'kennel', 'kennels', 'cattery', 'pet hotel', 'pet sitting', 'pet sitter', 'dog sitter', 'cat sitter', "while i'm away", 'while i am away', "while we're away", 'while we are away', 'going away', 'away on holiday', 'away on business', 'look after my dog', 'look after my cat', 'overnight stay', 'on holiday', 'on vacation', 'going on holiday', 'going on vacation', 'while we travel', 'while i travel', 'stay with you'],
    zhNot: ['托运费', '托运行李'],
  },
  day_care: {
    zh: ['日托', '白天托管', '白天寄养', '白天放', '狗狗幼儿园', '托一天'],
    en: ['daycare', 'day care', 'doggy daycare', 'doggie daycare', 'dog daycare', 'while i work', "while i'm at work", 'during the day', 'day boarding'],
  },
  dog_walk: {
    zh: ['遛狗', '遛弯', '遛', '散步', '放风', '出去玩', '户外活动'],
    en: ['dog walking', 'dog walker', 'dog walks', 'walk my dog', 'walk the dog', 'walk him', 'walk her', 'walk them', 'for a walk', 'walkies', 'playtime', 'play time', 'outdoor time', 'exercise them'],
    zhNot: ['遛娃'],
  },
  pet_updates: {
    zh: ['发照片', '发视频', '拍照', '拍视频', '报平安', '监控', '摄像头', '实时画面', '看看它', '看看他', '看看她', '拍点', '发我看看', '拍给我', '拍…图', '发图', '拍张照', '拍个照', '照片给我', '发给我看', '去看它', '去陪它', '陪它玩', '探望'],
    en: ['photos', 'photo', 'pictures', 'pics', 'video', 'videos', 'webcam', 'live camera', 'cctv', 'send me updates', 'check on him', 'check on her', 'check in on'],
  },
  vaccination: {
    zh: ['疫苗', '打疫苗', '打针', '免疫', '狂犬', '狂犬疫苗', '三联', '四联', '六联', '八联', '猫三联', '接种', '加强针', '防疫'],
    en: ['vaccine', 'vaccines', 'vaccinated', 'vaccination', 'vaccinations', 'unvaccinated', 'jabs', 'jab', 'shots', 'rabies', 'booster shot', 'booster jab', 'immunisation', 'immunization', 'immunised', 'immunized', 'kennel cough'],
    zhNot: ['免疫力'],
  },
  deworming: {
    zh: ['驱虫', '体内驱虫', '打虫', '寄生虫', '蛔虫', '绦虫', '心丝虫'],
    en: ['deworm', 'deworming', 'dewormed', 'worming', 'wormer', 'worms', 'parasite', 'parasites', 'heartworm'],
  },
  fleas: {
    zh: ['跳蚤', '蜱虫', '蜱', '虱子', '螨虫', '体外驱虫', '有虫', '长虫'],
    en: ['flea', 'fleas', 'tick', 'ticks', 'lice', 'mites', 'flea treatment', 'flea bath'],
  },
  neuter: {
    zh: ['绝育', '发情', '没绝育', '已绝育', '去势', '阉'],
    en: ['spay', 'spayed', 'neuter', 'neutered', 'castrated', 'desexed', 'in heat', 'in season', 'unneutered', 'intact'],
  },
  // Medicine the customer asks staff to give (a child at a club, a pet staying over): the name of a drug is the question's topic.
  medicine: {
    zh: ['喂药', '吃药', '服药', '给药', '抗生素', '消炎药', '退烧药', '感冒药', '药水', '药片', '胶囊'],
    en: ['medicine', 'medicines', 'medication', 'medications', 'antibiotics', 'antibiotic', 'a dose', 'dose of', 'doses', 'tablets', 'pills', 'inhaler', 'painkiller', 'painkillers'],
  },
  // An operation by any of its names ("the op", 开刀): the vet's or clinic's surgery entries. "operation" alone is also a
  // business's hours of operation, so it comes with an article or a pronoun.
  surgery: {
    zh: ['手术', '开刀', '动手术', '做手术', '术前', '术后'],
    en: ['surgery', 'surgeries', 'the op', 'his op', 'her op', 'my op', 'an op', 'op is', 'pre-op', 'post-op', 'the operation', 'an operation', 'his operation', 'her operation', 'my operation', 'operated on'],
  },
  // Stitches taken out after an operation: the vet's or clinic's "sutures" are the customer's "stitches".
  stitches_out: {
    zh: ['拆线', '拆线头', '缝的线', '缝针'],
    en: ['sutures', 'suture', 'stitches removed', 'stitches out', 'remove the stitches', 'remove stitches', 'removing the stitches', 'stitches taken out'],
  },
  drop_off: {
    zh: ['送狗', '送猫', '送到店', '放下就走', '交给你们'],
    en: ['drop off', 'drop-off', 'dropping off', 'dropped off', 'bring him in', 'bring her in', 'bring them in', 'bring my dog in', 'bring my cat in', 'leave my dog', 'leave my cat'],
  },
  pickup: {
    zh: ['接回', '接走', '来接', '接狗', '接猫', '领回', '几点接', '来领'],
    en: ['collect my dog', 'collect my cat', 'pick my dog up', 'pick my cat up', 'come back for'],
  },
  pet_transport: {
    zh: ['接送', '上门接', '宠物接送', '宠物专车', '上门接送', '接送服务'],
    en: ['pet taxi', 'pick-up service', 'pickup service', 'pick up and drop off', 'collect and return'],
  },
  aggressive: {
    zh: ['咬人', '会咬', '咬过', '咬伤', '凶', '攻击', '护食', '暴躁', '抓人', '挠人', '不让碰', '不让剪', '不配合', '脾气大', '脾气不好', '性格'],
    en: ['aggressive', 'aggression', 'bite', 'bites', 'biting', 'bitten', 'snap', 'snappy', 'growl', 'growls', 'reactive', 'temperament', 'difficult dog', 'muzzle', 'uncooperative'],
    zhNot: ['凶手', '凶案'],
  },
  anxious: {
    zh: ['紧张', '害怕', '胆小', '焦虑', '应激', '恐惧', '怕生', '怕人', '很怕', '吓到', '吓坏', '发抖', '哆嗦', '分离焦虑', '挣扎', '怕水', '一碰水'],
    en: ['nervous', 'anxious', 'anxiety', 'scared', 'afraid', 'fear', 'fearful', 'phobia', 'stressed', 'stress', 'frightened', 'shaking', 'timid', 'shy', 'separation anxiety', 'panic'],
  },
  // Treats only with whose they are: "treat" is also the verb ("treated 6 weeks ago", "treat my cat for fleas").
  pet_food: {
    zh: ['狗粮', '猫粮', '宠物粮', '口粮', '主粮', '冻干', '罐头', '喂食', '喂饭', '喂几次', '喂它', '喂狗', '喂猫', '喂药', '零食', '自带粮'],
    en: ['pet food', 'dog food', 'cat food', 'kibble', 'feed', 'feeding', 'dog treats', 'cat treats', 'pet treats', 'own treats', 'his treats', 'her treats', 'some treats', 'give treats', 'bring treats', 'wet food', 'dry food', 'raw food', 'raw diet', 'own food', 'meals', 'medication'],
    zhNot: ['喂养'],
  },
  pet_supplies: {
    zh: ['猫砂', '牵引绳', '狗绳', '项圈', '胸背', '笼子', '航空箱', '猫包', '狗窝', '猫窝', '垫子', '尿垫', '宠物用品'],
    en: ['leash', 'dog lead', 'collar', 'harness', 'crate', 'carrier', 'pet carrier', 'litter', 'litter box', 'pet supplies', 'bowls'],
  },

  // ── Beauty, hair and wellness ──
  massage: {
    zh: ['按摩', '推拿', '足疗', '足底', '肩颈', '精油', '开背', '松骨', '泰式', '刮痧', '按一按', '按按', '揉一揉', '捏脚', '头疗', '头部按摩'],
    en: ['massage', 'massages', 'masseuse', 'masseur', 'deep tissue', 'swedish', 'thai massage', 'hot stone', 'aromatherapy', 'reflexology', 'back rub', 'shoulder rub', 'head massage', 'foot massage', 'neck and shoulder'],
    zhNot: ['按摩椅', '按摩器', '按摩枪'],
  },
  spa: {
    zh: ['水疗', '水疗馆', '养生', '养生馆', '放松一下', '汗蒸', '温泉', '泡澡'],
    en: ['spa', 'spa day', 'spa package', 'pamper day', 'relaxation', 'day spa'],
  },
  facial: {
    zh: ['面部护理', '做脸', '做面部', '护肤', '补水', '深层清洁', '小气泡', '去黑头', '黑头', '痘痘', '祛痘', '面膜', '脸部护理', '清痘', '毛孔', '皮肤管理', '光子嫩肤', '水光'],
    en: ['facial', 'facials', 'skincare', 'skin care', 'blackheads', 'acne', 'breakouts', 'chemical peel', 'microdermabrasion', 'hydrafacial', 'face mask', 'pores', 'skin treatment'],
  },
  nails: {
    zh: ['美甲', '指甲', '做指甲', '修指甲', '剪指甲', '磨指甲', '脚指甲', '趾甲', '甲片', '光疗', '甲油', '甲油胶', '卸甲', '修甲', '穿戴甲', '延长甲', '猫眼', '爪子', '剪爪', '手部护理', '足部护理', '做手', '做脚', '做甲', '做的甲', '拆甲', '卸掉甲', '修脚', '死皮', '去死皮'],
    en: ['nail', 'nails', 'manicure', 'manicures', 'pedicure', 'pedicures', 'mani', 'pedi', 'gel nails', 'gel manicure', 'gel polish', 'nail polish', 'shellac', 'acrylic', 'acrylics', 'nail art', 'toes', 'toenails', 'toenail', 'fingernails', 'claw', 'claws', 'nail clipping', 'nail trim', 'cuticle', 'cuticles', 'dead skin'],
    zhNot: ['猫眼睛', '做手术', '做手工', '做手脚'],
  },
  lashes: {
    zh: ['睫毛', '嫁接睫毛', '接睫毛', '美睫', '种睫毛', '补睫毛', '假睫毛', '睫毛烫', '翘睫'],
    en: ['lash', 'lashes', 'eyelash', 'eyelashes', 'lash extensions', 'lash lift', 'lash refill', 'lash infill', 'infill', 'infills'],
  },
  brows: {
    zh: ['眉毛', '修眉', '纹眉', '雾眉', '半永久', '眉形', '画眉', '染眉'],
    en: ['brow', 'brows', 'eyebrow', 'eyebrows', 'brow lamination', 'microblading', 'brow tint', 'brow shaping', 'threading'],
  },
  waxing: {
    zh: ['脱毛', '蜜蜡', '蜜蜡脱毛', '激光脱毛', '冰点脱毛', '腋毛', '腿毛', '唇毛', '比基尼', '去毛'],
    en: ['wax', 'waxing', 'waxed', 'hair removal', 'laser hair removal', 'bikini', 'brazilian', 'underarm', 'underarms', 'leg wax'],
  },
  makeup: {
    zh: ['化妆', '彩妆', '新娘妆', '跟妆', '妆容', '化个妆', '妆面', '定妆', '打扮', '画妆', '把妆', '妆画', '化好妆', '画好妆', '弄头发', '盘头发', '做造型', '弄造型'],
    en: ['makeup', 'make-up artist', 'makeup artist', 'bridal makeup', 'mua', 'glam'],
  },
  wedding: {
    zh: ['婚礼', '结婚', '新娘', '伴娘', '订婚', '婚纱', '婚纱照', '出嫁'],
    // a marriage certificate is a document, no wedding
    zhNot: ['结婚证', '离婚证'],
    en: ['wedding', 'weddings', 'bride', 'brides', 'bridal', 'bridesmaid', 'bridesmaids', 'getting married', 'wedding day', 'engagement'],
  },
  event_styling: {
    zh: ['盘发', '盘头', '编发', '扎头发', '晚宴', '年会', '活动造型', '出席活动', '晚会', '舞会'],
    en: ['updo', 'up-do', 'hair up', 'put my hair up', 'gala', 'prom', 'formal event', 'black tie', 'event styling', 'special occasion', 'braid', 'braids'],
  },
  hair_colour: {
    zh: ['染发', '染头', '染个', '染成', '染一下', '染过', '补染', '补色', '挑染', '漂染', '漂发', '漂色', '发色', '白头发', '白发', '盖白', '发根', '奶茶色', '亚麻色'],
    en: ['hair colour', 'hair color', 'colour my hair', 'color my hair', 'dye', 'dyed', 'dyeing', 'highlights', 'lowlights', 'balayage', 'bleach', 'bleached', 'blonde', 'blond', 'ombre', 'ombré', 'roots', 'toner', 'grey hair', 'gray hair', 'grey coverage', 'full head'],
  },
  perm: {
    zh: ['烫发', '烫头', '烫卷', '烫个', '烫一下', '烫直', '卷度', '大波浪', '拉直', '离子烫', '直发', '软化', '锡纸烫', '羊毛卷', '卷没了', '做卷', '做个卷', '做完卷', '拉个直'],
    en: ['perm', 'perms', 'permed', 'waves', 'wavy', 'straighten my hair', 'hair straightening', 'keratin', 'rebond', 'rebonding', 'relaxer', 'digital perm', 'body wave'],
    zhNot: ['烫伤'],
  },
  curly_hair: {
    zh: ['自然卷', '卷发', '天生卷', '卷毛', '黑人发', '脏辫'],
    en: ['curly', 'curls', 'coily', 'coils', 'afro', 'textured hair', 'kinky', 'frizzy', 'frizz', 'locs', 'dreadlocks'],
  },
  hair_extensions: {
    zh: ['接发', '假发', '发片', '假发片'],
    en: ['hair extensions', 'clip-ins', 'tape-ins', 'wig', 'wigs'],
  },
  beard: {
    zh: ['胡子', '胡须', '修胡子', '刮胡子', '刮脸', '修面'],
    en: ['beard', 'beards', 'moustache', 'mustache', 'hot towel shave', 'wet shave', 'facial hair'],
  },
  redo: {
    zh: ['重做', '返工', '返修', '补做', '免费修补', '修补', '免费修', '再修', '帮我弄', '调整一下', '剪坏', '剪砸', '剪毁', '烫坏', '染坏', '做坏', '翻车', '不对称', '一边长一边短', '不均匀', '效果不好', '效果不满意', '对效果不满意'],
    en: ['redo', 're-do', 'touch up', 'touch-up', 'correction', 'adjust', 'adjustment', 'free fix', 'redone', 'uneven', 'lopsided', 'one side', 'longer than the other', 'messed up', 'botched', 'went wrong', 'turned out', 'brassy', 'patchy', 'not what i asked for', 'ruined', 'unhappy with', 'not happy with my'],
  },
  longevity: {
    zh: ['保持多久', '能保持', '维持多久', '能维持', '持久', '掉色', '褪色', '脱落', '起翘', '翘起', '能撑多久', '管多久', '崩了一小块', '崩了一块', '崩掉', '崩边'],
    en: ['how long does it last', 'how long will it last', 'does it last', 'it last', 'they last', 'last for', 'long-lasting', 'long lasting', 'fade', 'fades', 'faded', 'fading', 'grow out', 'grows out', 'fall off', 'fell off', 'lifting', 'come off', 'came off', 'peel off', 'peeling'],
  },
  bad_breath: {
    zh: ['口臭', '口气', '嘴巴有味', '嘴里有味', '口腔异味'],
    en: ['bad breath', 'halitosis', 'breath smells', 'smelly breath'],
  },
  grinding: {
    zh: ['夜磨牙', '磨牙垫', '咬合垫', '睡觉磨牙', '紧咬牙', '牙垫', '护齿', '运动护齿'],
    en: ['grind my teeth', 'grinding', 'teeth grinding', 'clench', 'clenching', 'bruxism', 'night guard', 'mouthguard', 'mouth guard', 'sports guard'],
  },
  hygiene: {
    zh: ['消毒', '杀菌', '一人一用', '一客一换', '器械消毒', '卫生', '干不干净', '干净吗', '交叉感染'],
    en: ['sterilise', 'sterilize', 'sterilised', 'sterilized', 'sterilisation', 'sterilization', 'disinfect', 'disinfected', 'hygiene', 'hygienic', 'clean tools', 'clean instruments', 'cross-infection', 'sanitise', 'sanitize', 'sanitised', 'sanitized'],
    zhNot: ['卫生间', '卫生纸', '卫生巾', '卫生院'],
  },
  accompany: {
    zh: ['陪同', '陪着', '陪在', '陪我', '在旁边', '旁观', '全程陪', '家长陪', '可以看着', '在旁边看', '一起进去', '跟着进去'],
    en: ['stay with my', 'stay and watch', 'watch the groom', 'be present', 'accompany', 'come in with', 'in the room with', 'wait with', 'sit in'],
  },
  skin_condition: {
    zh: ['皮肤病', '皮肤问题', '湿疹', '真菌', '猫癣', '癣', '皮炎', '掉皮屑', '皮屑', '伤口'],
    en: ['skin condition', 'skin problem', 'skin problems', 'hot spots', 'hotspot', 'eczema', 'fungal', 'ringworm', 'dermatitis', 'dandruff', 'wound', 'open wound'],
  },
  scalp: {
    zh: ['头皮', '头皮护理', '养发', '脱发', '掉发', '掉头发', '发量少', '头油', '头皮屑'],
    en: ['scalp', 'scalp treatment', 'hair loss', 'thinning hair', 'losing hair', 'oily scalp'],
  },
  piercing: {
    zh: ['打耳洞', '耳洞', '穿孔', '打鼻钉'],
    en: ['piercing', 'piercings', 'ear piercing', 'pierced', 'pierce'],
  },
  tanning: {
    zh: ['美黑', '喷雾美黑', '晒黑', '日光浴'],
    en: ['spray tan', 'tanning', 'tan', 'sunbed', 'sunbeds', 'fake tan'],
  },
  patch_test: {
    zh: ['皮试', '过敏测试', '皮肤测试', '试一下过敏', '先测试'],
    en: ['patch test', 'skin test', 'allergy test', 'test my skin', 'check my skin'],
  },
  allergy: {
    zh: ['过敏反应', '不良反应', '起疹', '红疹', '起红点', '发痒', '痒'],
    en: ['reaction', 'reacted', 'bad reaction', 'rash', 'itchy', 'itching', 'irritation', 'irritated'],
    zhNot: ['痒痒挠'],
  },
  hair_products: {
    zh: ['洗护产品', '护发', '发膜', '护发素', '精华', '发油', '造型产品', '发蜡'],
    en: ['hair products', 'hair product', 'hair treatment', 'hair mask', 'styling products', 'products you use', 'serum'],
  },
};
