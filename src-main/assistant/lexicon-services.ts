// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Bookings, appointments, classes and memberships: gyms, studios, salons, schools, clinics' front desks,
// coworking spaces, repair and rental services; and the trades' own topics of tailors, photo studios, laundries,
// movers and escape rooms. Written from how customers of such businesses talk, not from
// any one FAQ. Ids the shop lexicon already has (cancel, price, hours, discount, gift_card…) take extra forms
// here; everything health itself (symptoms, treatment) stays a foreign domain: only what a front desk or a
// gym needs to know about a customer's condition is here.
import type { Concept } from './concept-lexicon.ts';

/** What a customer cannot make: a day, a time or the booking itself. */
const CANNOT_MAKE = ['today', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'this afternoon', 'this morning', 'this evening', 'the weekend', 'my appointment', 'the appointment', 'my booking', 'my slot', 'my session', 'my class', 'my lesson', 'the class', 'the lesson', 'the session'];

export const SERVICE_CONCEPTS: Record<string, Concept> = {
  // Bookings and appointments.
  booking: {
    zh: ['预约', '预订', '预定', '约课', '订课', '约个', '约一', '约了', '约上', '约不上', '约到', '约满', '抢课', '抢位', '占位', '订位', '订个位', '留位', '报名', '挂号预约', '网上预约', '提前约', '排期', '档期', '定个时间', '约时间', '约号', '登记个时间', '登记时间'],
    en: ['book a', 'book an', 'book the', 'book my', 'book me', 'book it', 'book in', 'book on', 'book onto', 'book online', 'book for', 'to book', 'i book', 'we book', 'make a booking', 'my booking', 'the booking', 'your booking', 'online booking', 'booking system', 'reserve', 'reservation', 'appointment', 'appointments', 'schedule a', 'sign up for a class', 'sign up for classes', 'save a spot', 'save me a spot', 'secure a spot', 'get a spot', 'get a place', 'grab a spot', 'book ahead', 'book in advance', 'pre-book'],
    // A holding fee (占位费) is a deposit, not a booking.
    zhNot: ['占位费'],
  },
  availability: {
    zh: ['名额', '空位', '有空位', '空档', '空闲时段', '时段', '还有位', '有位置', '没位置', '剩几个位', '满员', '满额', '约满了', '已满', '爆满', '人太多', '太挤'],
    en: ['availability', 'available slot', 'slot', 'slots', 'spot', 'spots', 'spaces left', 'places left', 'any space', 'fully booked', 'booked up', 'full class', 'class is full', 'too crowded', 'crowded', 'busy', 'capacity'],
    // Spotting something is seeing it ("spot an error", "spotted a crack"), not a free place.
    enNot: ['spot an error', 'spot a mistake', 'spot a typo', 'spot a problem', 'spot any', 'spot the mistake', 'spot the error', 'spot something', 'spot errors', 'spot mistakes'],
  },
  waitlist: {
    zh: ['候补', '排队', '等位', '排号', '排几周', '排几天', '排几个月', '排多长', '得排', '要排', '递补', '候补名单', '等别人取消', '有人取消', '让出来', '空出来', '放出来'],
    en: ['waiting list', 'waitlist', 'wait list', 'waitlisted', 'standby', 'queue', 'if someone cancels', 'spot opens up', 'place opens up', 'frees up'],
  },
  reschedule: {
    zh: ['改约', '改期', '改时间', '换时间', '换个时间', '调时间', '调整时间', '换一天', '换个日子', '挪到', '往后挪', '再挪', '挪一下', '挪个', '挪日子', '挪时间', '挪过', '推迟', '延后', '改到', '改天', '换到别的时间', '重新约'],
    en: ['reschedule', 'rescheduling', 'rebook', 'move my booking', 'move my appointment', 'move my class', 'move my session', 'move…lesson to', 'move…appointment to', 'move…class to', 'move…session to', 'move…booking to', 'change my booking', 'change my appointment', 'change the time', 'different time', 'another time', 'another day', 'different day', 'postpone', 'push back'],
  },
  walk_in: {
    zh: ['不预约', '没预约', '不用预约', '免预约', '直接去', '直接来', '直接过去', '直接进', '临时过去', '现场'],
    en: ['walk-in', 'walk-ins', 'walk in', 'without booking', 'without a booking', 'without an appointment', 'no appointment', 'just turn up', 'just show up', 'just come in', 'drop-in'],
  },
  late_arrival: {
    zh: ['迟到', '晚到', '来晚', '晚点到', '晚一点到', '赶不上', '堵车', '晚几分钟', '晚了几分钟'],
    en: ['late', 'running late', 'running behind', 'minutes behind', 'arrive late', 'turn up late', 'show up late', 'a few minutes late', 'stuck in traffic', 'after it starts', 'after the start'],
  },
  no_show: {
    zh: ['爽约', '没去成', '没能去', '去不了', '来不了', '去不成', '不去了', '不来了', '缺席', '缺课', '旷课', '放鸽子', '未到场', '没到场', '没出现', '没签到', '错过了'],
    en: ['no-show', 'no show', 'no-shows', "don't show up", "didn't show up", 'not show up', "don't turn up", "didn't turn up", 'fail to show', 'did not attend', "didn't attend", "couldn't make it", "didn't make it to", 'missed my class', 'missed a class', 'missed my session', 'missed my appointment', 'missed my booking', 'skip a class', 'skipped a class', 'skipped my'],
  },
  penalty: {
    zh: ['处罚', '惩罚', '罚款', '罚钱', '扣次数', '扣课时', '后果', '什么影响', '有影响', '会怎样', '会怎么样', '封号', '禁约', '限制预约', '黑名单', '违约金', '滞纳金'],
    en: ['penalty', 'penalties', 'penalise', 'penalised', 'penalize', 'penalized', 'fined', 'late fee', 'cancellation fee', 'charged anyway', 'consequence', 'consequences', 'banned', 'blocked from booking', 'strike', 'strikes', 'blacklist'],
  },
  last_minute: {
    zh: ['临时', '最后一刻', '临开课', '开课前', '马上开始', '当天取消', '临时有事', '临时加班'],
    en: ['last minute', 'last-minute', 'short notice', 'same-day', 'something came up', 'at the last', 'just before'],
  },
  cancel: {
    zh: ['取消预约', '取消课程', '取消课', '退课', '不上了', '撤掉', '取消报名', '退订课程', '退卡', '退会', '解约', '取消会员', '取消会籍'],
    en: ["can't make it", 'cannot make it', "won't make it", "can't come", 'cannot come', "can't attend", 'cancel my booking', 'cancel my class', 'cancel my appointment', 'cancel my session', 'cancellation policy', 'cancel a class', 'cancel a booking', 'cancel an appointment',
      // "something came up and I can't make tomorrow 3pm": a day or a booking one cannot make
      ...["can't make", 'cannot make', "won't make", "can't do", "won't be able to make"].flatMap((verb) => CANNOT_MAKE.map((what) => `${verb} ${what}`))],
  },

  // Memberships and plans.
  membership: {
    zh: ['会员', '会籍', '会员资格', '卡种', '会员身份'],
    en: ['membership', 'memberships', 'member', 'members', 'subscription'],
  },
  join: {
    zh: ['办卡', '办个卡', '办张卡', '办会员', '入会', '加入', '注册会员', '成为会员', '开卡'],
    en: ['join', 'joining', 'sign up', 'signing up', 'signed up', 'become a member'],
  },
  membership_plan: {
    zh: ['月卡', '季卡', '年卡', '半年卡', '周卡', '次卡', '课时卡', '包月', '包年', '按月', '按年', '按次', '月付', '年付', '一整年', '一年下来', '长期的', '日卡', '天卡', '单日卡', '单日票', '一日票', '会员套餐', '卡的类型', '哪几种卡', '什么卡', '套餐', '档次'],
    en: ['monthly membership', 'annual membership', 'yearly membership', 'membership plan', 'membership plans', 'membership options', 'membership types', 'monthly plan', 'annual plan', 'yearly plan', 'monthly pass', 'annual pass', 'day pass', 'one-day pass', 'class pass', 'class pack', 'punch card', 'pay as you go', 'monthly', 'annual', 'yearly', 'tier', 'tiers', 'premium', 'standard', 'basic plan'],
  },
  joining_fee: {
    zh: ['入会费', '开卡费', '办卡费', '注册费', '报名费', '入会手续费', '一次性费用', '首次费用', '初始费用', '开户费', '一次性收费'],
    en: ['joining fee', 'join fee', 'enrolment fee', 'enrollment fee', 'sign-up fee', 'signup fee', 'admin fee', 'administration fee', 'setup fee', 'set-up fee', 'activation fee', 'registration fee', 'initiation fee', 'start-up fee', 'at the start', 'when i start', 'one-off', 'one-time', 'one time', 'upfront', 'up front', 'initial'],
  },
  freeze: {
    zh: ['停卡', '冻结', '冻卡', '暂停', '停一停', '先停', '停一段', '停几天', '停一个月', '挂起', '不走天数', '不计天数', '不扣天数', '天数顺延', '顺延', '保留会籍', '请假'],
    en: ['freeze', 'freezing', 'frozen', 'pause', 'paused', 'suspend', 'suspension', 'on hold', 'put my membership on hold', 'hold my membership', 'take a break', 'break from', 'stop temporarily', 'temporarily stop'],
    zhNot: ['暂停营业', '冻结银行卡'],
  },
  quit_membership: {
    zh: ['退卡', '退会', '退会籍', '退会员', '不练了', '不想练', '不打算继续', '不继续', '不续', '解约', '终止合同', '终止会籍', '取消会员', '取消会籍', '中途退', '折现', '剩下的钱', '剩余的钱', '剩余费用'],
    en: ['cancel my membership', 'cancel membership', 'cancel the membership', 'end my membership', 'terminate', 'termination', 'quit', 'quit the gym', 'leave the gym', 'stop my membership', 'get out of my contract', 'end my contract', 'end my plan', 'cancel my plan', 'stop my plan', 'end my subscription', 'remaining months', 'rest of my membership'],
  },
  renew: {
    zh: ['续卡', '续费', '续约', '续会', '续一年', '续办', '自动续费', '自动续', '到期后', '快到期', '延长', '续租', '多租', '多用几天'],
    en: ['renew', 'renewal', 'renewing', 'auto-renew', 'auto renew', 'automatic renewal', 'roll over', 'rolls over', 'extend', 'extension', 'keep it longer', 'keep it for longer'],
  },
  contract: {
    zh: ['合同', '合约', '协议', '最短期限', '绑定', '签约', '违约'],
    en: ['contract', 'minimum term', 'commitment', 'tied in', 'lock-in', 'locked in', 'notice period', 'how much notice', 'what notice', 'give notice', 'agreement', 'terms and conditions'],
  },
  transfer: {
    zh: ['转让', '转卡', '转给', '过户', '让给', '转手', '卖给别人', '给别人用', '别人用', '家人用', '家里人用', '朋友用', '转到别人', '换人用', '出让', '我妈能刷', '我爸能刷', '家人能刷', '家里人能刷', '老公能刷', '老婆能刷', '朋友能刷'],
    en: ['transfer my', 'transfer the membership', 'transfer it to', 'transferable', 'hand over', 'hand it over', 'give my membership', 'pass my membership', 'sell my membership', 'someone else use', 'let someone else', 'in their name', 'change the name'],
  },
  billing: {
    zh: ['扣款日', '扣费', '自动扣款', '自动扣费', '代扣', '每月扣', '按月扣', '月费', '几号扣', '扣月费', '绑卡', '换绑', '银行卡信息'],
    en: ['direct debit', 'standing order', 'auto-pay', 'autopay', 'automatic payment', 'recurring payment', 'monthly payment', 'billing date', 'take the money', 'out of my account', 'charged each month', 'charged every month', 'card details', 'payment details', 'update my card', 'new card details'],
  },
  member_card: {
    zh: ['会员卡', '实体卡', '门禁卡', '手环', '手牌', '电子卡', '会员码'],
    en: ['membership card', 'member card', 'access card', 'key card', 'key fob', 'fob', 'wristband', 'member code', 'membership number'],
    zhNot: ['信用卡', '银行卡', '卡住', '卡顿', '卡路里', '社保卡', '购物卡', '礼品卡', '储值卡', '卡车', '贺卡', '卡片', '刷卡', '卡号', '卡了', '卡在', '卡死', '卡通', '充值卡', '电话卡', '手机卡', '积分卡', '优惠卡', '卡券', '医保卡', '身份证'],
  },
  lost: {
    zh: ['丢了', '丢失', '弄丢', '遗失', '找不到', '不见了', '挂失', '忘带', '没带', '忘了带'],
    en: ['lost', 'lose my', 'misplaced', "can't find", 'cannot find', 'left it at home', 'forgot my', 'forgotten my'],
    // losing interest in a course is quitting it; forgetting a lesson is missing it (absence)
    enNot: ['lost interest', 'losing interest', 'lose interest', 'forgot my lesson', 'forgot my class', 'forgot my appointment'],
  },
  replacement_card: {
    zh: ['补办', '补卡', '重新办', '重办', '重新做', '补一张', '再做一张', '新卡', '换卡'],
    en: ['replacement card', 'replace my card', 'new card', 'replacement fob', 'new fob', 'another card'],
  },

  // Visits: guests, trials, first steps, people.
  guest: {
    zh: ['带朋友', '带个朋友', '带上朋友', '带人', '带个人', '带同事', '带家人', '带老婆', '带老公', '带女朋友', '带男朋友', '拉个朋友', '拉个同事', '朋友一起', '买票', '非会员', '不是会员', '没办会员', '没有会员', '外来人员', '访客', '单次票', '次票', '日票', '入场券', '体验票'],
    en: ['guest', 'guests', 'guest pass', 'bring a friend', 'bring my friend', 'bring a mate', 'bring someone', 'bring my partner', 'bring my wife', 'bring my husband', 'plus one', 'non-member', 'non-members', 'not a member', 'visitor', 'visitors', 'day pass', 'single visit', 'one-off visit', 'buddy pass', 'come with me'],
  },
  trial: {
    zh: ['体验', '试课', '试听', '试练', '试一节', '试一次', '试一下', '试试', '先试', '试上', '体验课', '免费体验', '体验卡', '第一节免费', '首次免费', '试吃', '品尝', '尝一下', '尝尝', '先尝', '尝一个', '尝个', '尝一口', '试喝', '试饮', '免费尝'],
    en: ['trial', 'free trial', 'try out', 'try it out', 'try a class', 'try a session', 'trial class', 'trial session', 'taster', 'taster session', 'first class free', 'free session', 'free class', 'free visit', 'test it out', 'have a go', 'give it a go', 'give it a try', 'have a try'],
    zhNot: ['体验店', '用户体验', '购物体验', '体验感', '品尝套餐', '品尝菜单'],
  },
  beginner: {
    zh: ['新手', '新人', '小白', '零基础', '初学', '初学者', '入门', '第一次来', '第一次去', '第一次练', '从没练过', '没练过', '没基础', '刚开始', '新会员', '刚办卡', '刚入会', '第一次上课', '首次到店', '首次上课'],
    en: ['beginner', 'beginners', 'novice', 'newbie', 'newcomer', 'newcomers', 'new member', 'new members', 'first timer', 'first-timer', 'first time', 'first visit', 'first lesson', 'first appointment', 'never been', 'never done', 'never tried', 'just joined', 'just started', 'getting started', 'new to'],
  },
  induction: {
    zh: ['入门指导', '新手指导', '带我熟悉', '熟悉器械', '教我用', '教一下', '参观', '讲解', '演示'],
    en: ['induction', 'orientation', 'intro session', 'introduction', 'introductory', 'walk me through', 'show me around', 'show us around', 'walkthrough', 'walk-through', 'look around', 'a look round', 'show me how', 'tour', 'explain the machines', 'explains everything', 'onboarding'],
  },
  level: {
    zh: ['初级', '中级', '高级', '进阶', '基础班', '提高班', '难度', '强度', '水平', '级别', '跟不上'],
    en: ['level', 'levels', 'intermediate', 'advanced', 'all levels', 'difficulty', 'intensity', 'experienced', 'keep up', 'too hard'],
  },
  age: {
    zh: ['年龄', '年纪', '多大年纪', '多大岁数', '多大可以', '多大能', '几岁', '周岁', '岁', '未成年', '成年', '年满', '未满', '青少年', '高中生', '初中生', '中学生', '小学生', '老年人', '老人', '长者', '上了年纪', '年纪大'],
    en: ['age', 'aged', 'how old', 'years old', 'year old', 'year-old', 'minimum age', 'age limit', 'under 18', 'under-18s', 'under 16', 'under-16s', 'over 65', 'over 60', 'teen', 'teens', 'teenager', 'teenagers', 'minors', 'underage', 'elderly', 'older people', 'old enough'],
    zhNot: ['岁月', '万岁'],
  },
  children: {
    zh: ['孩子', '小孩', '儿童', '小朋友', '宝宝', '婴儿', '幼儿', '娃', '儿子', '女儿', '少儿', '亲子'],
    en: ['child', 'children', 'kid', 'kids', "kids'", 'toddler', 'toddlers', 'little ones', 'little one', 'son', 'daughter'],
    zhNot: ['娃娃'],
  },
  childcare: {
    zh: ['托儿', '托管', '看孩子', '照看孩子', '看娃', '带娃', '带孩子', '儿童看护', '儿童托管', '儿童区', '儿童房', '托班'],
    en: ['childcare', 'child care', 'creche', 'crèche', 'babysitter', 'babysitting', 'babysit', 'nursery', 'kids club', "kids' room", 'kids room', 'play area', 'look after the kids', 'look after my kids', 'mind the kids', 'mind the little', 'watch my kids', 'supervise'],
  },
  student: {
    zh: ['学生', '大学生', '研究生', '学生证', '学生价', '学生卡', '在校', '在读', '读大学', '校园'],
    en: ['student', 'students', 'uni', 'university', 'college', 'student id', 'student card', 'full-time student', 'nus'],
  },
  senior: {
    zh: ['老年', '老人', '长者', '退休', '老年人', '老人家', '银发', '六十多', '七十多', '60岁', '65岁', '70岁'],
    en: ['senior', 'seniors', 'senior citizen', 'elderly', 'pensioner', 'pensioners', 'retired', 'retiree', 'oap', 'older adults', 'over 60s', 'over 65s'],
  },
  corporate: {
    zh: ['企业', '团体', '团办', '同事们', '集体办', '企业会员', '公司团办', '单位团办', '公司报销', '公司出钱', '公司付', '单位报销', '员工福利', '合作'],
    en: ['corporate', 'company', 'companies', 'employer', 'employees', 'through work', 'through my work', 'our office', 'hr', 'wellness', 'partnership', 'colleagues', 'coworkers', 'co-workers', 'workplace', 'group rate', 'group rates', 'team rate', 'business'],
  },
  instructor: {
    zh: ['教练', '私教', '老师', '导师', '指导', '换教练', '换老师', '带练', '陪练', '专人', '专业的人', '发型师', '理发师', '美甲师', '技师', '治疗师'],
    en: ['coach', 'coaches', 'trainer', 'trainers', 'instructor', 'instructors', 'teacher', 'teachers', 'tutor', 'tutors', 'stylist', 'stylists', 'hairdresser', 'hairdressers', 'barber', 'beautician', 'therapist', 'pt', 'staff member', 'someone to guide'],
    zhNot: ['指导价'],
  },
  choose_staff: {
    zh: ['指定老师', '指定教练', '指定技师', '指定发型师', '指定理发师', '选老师', '选教练', '挑老师', '换老师', '换教练', '固定老师', '同一个老师', '同一位老师', '同一个教练'],
    en: ['particular stylist', 'particular hairdresser', 'particular teacher', 'particular tutor', 'particular coach', 'particular trainer', 'specific stylist', 'specific teacher', 'specific tutor', 'specific coach', 'specific trainer', 'choose my stylist', 'choose my teacher', 'choose my tutor', 'choose my coach', 'choose my trainer', 'pick my stylist', 'same stylist', 'same teacher', 'same tutor', 'same coach', 'same trainer', 'preferred stylist', 'different teacher', 'different tutor', 'different trainer', 'change my teacher', 'change my tutor', 'change my trainer'],
  },
  // A fever (发烧, 烧到38度, "running a temperature") is why a child or member stays away.
  absence: {
    zh: ['请假', '缺课', '缺席', '旷课', '没来上课', '没去上课', '生病', '病了', '身体不舒服', '有事去不了', '有事来不了', '来不了', '跟老师说一声', '和老师说一声', '忘了去', '忘记去', '忘了来', '忘记来', '忘了上课', '忘了没去', '忘记没去', '忘了没来', '发烧', '发高烧', '烧到', '低烧', '高烧'],
    en: ['absent', 'absence', 'sick', 'unwell', 'off sick', 'miss a lesson', 'miss a class', 'missed a lesson', 'missed lesson', 'missed class', 'miss class', 'fever', 'a temperature', 'high temperature', 'running a temp', 'got flu', 'got the flu', 'have flu', 'have the flu', 'got a cold', 'have a cold', 'got covid', 'have covid', 'forgot about my lesson', 'forgot about my class', 'forgot about my appointment', 'forgot my lesson', 'forgot my class', 'forgot my appointment', 'forgot to come', 'forgot to turn up', 'forgot to show up', 'still have to pay', 'still pay for', 'still be charged', 'still get charged'],
  },
  private_session: {
    zh: ['私教', '私人教练', '私教课', '一对一', '1对1', '一对一课', '私课', '单独上课', '单独指导', '专门带', '专人带', '带我练', '私人课'],
    en: ['personal training', 'personal trainer', 'personal trainers', 'one-to-one', 'one to one', 'one-on-one', 'one on one', '1:1', 'private session', 'private sessions', 'private lesson', 'private lessons', 'private class', 'pt session', 'pt sessions'],
  },
  session_pack: {
    zh: ['课时', '课时包', '课包', '一节课', '几节课', '节课', '十节', '20节', '10节', '按节', '按次买', '剩余课时', '剩下的课', '没上完', '打包买', '打包价', '买多次', '多买几次', '次卡'],
    en: ['session', 'sessions', 'pack of', 'block of', 'bundle', 'per session', 'per class', 'per lesson', 'sessions left', 'classes left', 'unused sessions', 'remaining sessions', 'remaining classes', 'leftover sessions'],
  },

  // Working out, not the gym itself: on a gym's FAQ "gym" is in every other entry, and as a concept it let any
  // entry about training answer "can I bring my dog to the gym?".
  workout: {
    zh: ['健身', '锻炼', '练', '撸铁', '举铁', '训练', '运动', '增肌', '减脂', '塑形', '有氧运动', '力量训练'],
    en: ['work out', 'working out', 'workout', 'workouts', 'exercise', 'exercising', 'train', 'training', 'lift weights', 'weight training', 'weightlifting', 'fitness'],
    zhNot: ['教练', '熟练', '练习册', '老练', '干练', '简练', '运动鞋', '运动服', '运动裤', '运动装', '运动衣', '运动手表', '运动手环', '运动相机', '运动耳机', '运动内衣', '运动袜', '运动包', '运动水壶', '运动会', '训练营'],
  },

  // Classes and timetables.
  group_class: {
    zh: ['团课', '团操', '操课', '集体课', '大课', '团体课', '小组课', '公开课'],
    en: ['group class', 'group classes', 'group exercise', 'group session', 'group sessions', 'group workout', 'group fitness'],
  },
  class: {
    zh: ['团课', '团操', '操课', '集体课', '课程', '上课', '课', '瑜伽', '普拉提', '动感单车', '单车课', '尊巴', '搏击', '拳击', '有氧', '舞蹈', '跳舞', '街舞', '芭蕾', '蹦床', '杠铃操', 'hiit'],
    en: ['class', 'classes', 'group class', 'group classes', 'group exercise', 'lesson', 'lessons', 'workshop', 'yoga', 'pilates', 'spin', 'spinning', 'cycling class', 'zumba', 'boxing class', 'boxing classes', 'boxing lesson', 'kickboxing', 'aerobics', 'dance', 'barre', 'bootcamp', 'hiit', 'circuit'],
    zhNot: ['课税', '功课', '课本'],
  },
  make_up_class: {
    zh: ['补课', '调课', '补一节', '补上', '补回来', '换班', '插班', '跟班', '请假的课', '缺的课', '落下的课'],
    en: ['make-up class', 'make-up lesson', 'makeup class', 'makeup lesson', 'make up the class', 'make up the lesson', 'catch up on', 'catch-up class', 'swap to another class', 'join another class', 'change class'],
  },
  class_size: {
    zh: ['班级人数', '几个人一个班', '一个班几个人', '多少人一个班', '一班多少人', '小班', '大班', '人数上限', '最多几个人', '几个学生', '多少学生', '多少个学生', '几个人上课', '几个人一起上'],
    en: ['class size', 'class sizes', 'how many people in a class', 'how many students', 'how many in a class', 'small class', 'small group', 'maximum number', 'max number', 'people per class'],
  },
  placement: {
    zh: ['分班', '分班测试', '水平测试', '入学测试', '测评', '评估', '定级', '摸底', '哪个班', '报哪个', '适合哪个', '哪个级别'],
    en: ['placement test', 'level test', 'assessment', 'assess my level', 'which level', 'what level', 'placement'],
  },
  timetable: {
    zh: ['课表', '课程表', '排课', '时间表', '上课时间', '开课时间', '什么时候上课', '哪天有课', '几点上课', '开课'],
    en: ['timetable', 'schedule', 'class times', 'class schedule', 'what classes', 'which classes', 'when are the classes', 'start time'],
  },
  online_session: {
    zh: ['线上课', '网课', '直播课', '远程', '视频课', '在线课', '线上上课', '录播'],
    en: ['online class', 'online classes', 'online session', 'online lesson', 'remote session', 'remote lesson', 'remote class', 'remotely', 'zoom', 'live stream', 'livestream', 'virtual', 'video call', 'on-demand', 'on demand'],
  },
  certificate: {
    zh: ['证书', '结业证', '结业', '考级', '等级证', '资格证', '证明书', '进度报告', '学习进度', '训练记录'],
    en: ['certificate', 'certification', 'certified', 'diploma', 'grading', 'progress report', 'progress', 'track my progress'],
  },

  // Facilities and what to bring.
  locker: {
    zh: ['储物柜', '更衣柜', '存物柜', '寄存', '存包', '存东西', '放东西', '放包', '放衣服', '挂锁', '带锁', '能锁', '锁柜', '租柜', '柜子', '柜', '专用的箱子', '留个箱子', '专用柜', '月租柜'],
    en: ['locker', 'lockers', 'store my', 'keep my stuff', 'keep my things', 'keep my bag', 'leave my bag', 'leave my stuff', 'padlock', 'bag storage', 'cloakroom'],
    zhNot: ['柜台', '橱柜', '鞋柜', '衣柜', '书柜', '酒柜', '冰柜', '柜员', '货柜', '专柜'],
  },
  changing_room: {
    zh: ['更衣室', '换衣间', '更衣间'],
    en: ['changing room', 'changing rooms', 'locker room', 'locker rooms', 'change room', 'dressing room', 'get changed'],
  },
  shower: {
    zh: ['淋浴', '洗澡', '冲澡', '冲凉', '冲个澡', '冲个热水澡', '洗个澡', '浴室', '洗浴', '沐浴', '洗头', '吹风机', '洗漱'],
    en: ['shower', 'showers', 'have a wash', 'wash my hair', 'freshen up', 'hot shower', 'hairdryer', 'hair dryer'],
  },
  toiletries: {
    zh: ['毛巾', '浴巾', '洗发水', '沐浴露', '洗护', '洗漱用品', '护发素', '洗头洗澡的东西', '洗浴用品'],
    en: ['towel', 'towels', 'toiletries', 'shampoo', 'shower gel', 'body wash', 'soap', 'conditioner'],
  },
  what_to_bring: {
    zh: ['带什么', '要带', '自己带', '需要带', '自带', '准备什么', '要准备', '自己准备', '之前要注意', '来之前要', '去之前要', '提前准备'],
    en: ['what to bring', 'what should i bring', 'need to bring', 'do i bring', 'bring my own', 'bring your own', 'own towel'],
  },
  dress_code: {
    zh: ['着装', '穿什么', '服装', '运动服', '运动装', '穿运动鞋', '穿球鞋', '穿拖鞋', '穿凉鞋', '光脚', '赤脚', '光膀子', '赤膊', '脱上衣', '穿牛仔裤', '衣着', '袜子', '穿袜', '防滑袜'],
    en: ['dress code', 'wear', 'wearing', 'gym clothes', 'sportswear', 'activewear', 'athletic wear', 'sneakers', 'flip-flops', 'flip flops', 'sandals', 'barefoot', 'shirtless', 'without a shirt', 'top off', 'what clothes', 'which clothes', 'socks', 'grip socks', 'clothes to bring', 'clothes should i', 'ok to wear', 'okay to wear', 'fine to wear', 'outfit', 'outfits'],
  },
  equipment: {
    zh: ['器械', '器材', '跑步机', '哑铃', '杠铃', '深蹲架', '卧推', '椭圆机', '划船机', '力量区', '有氧区', '器械区', '自由重量'],
    en: ['equipment', 'gym equipment', 'weights', 'free weights', 'treadmill', 'treadmills', 'dumbbell', 'dumbbells', 'barbell', 'squat rack', 'squat racks', 'weights floor', 'gym floor', 'cardio', 'rowing machine'],
    // a weight one loses, or that laundry is priced by, is no gym's weights
    enNot: ['by weight', 'lose weight', 'lost weight', 'lose some weight', 'lost some weight', 'weight loss', 'put on weight'],
  },
  pool: {
    zh: ['泳池', '游泳池', '游泳', '泳道', '泳帽', '泳衣', '泳裤', '泳镜', '戏水'],
    en: ['pool', 'swimming pool', 'swim', 'swimming', 'swimmer', 'swimmers', 'lane', 'lanes', 'swim cap', 'swimming cap', 'swimsuit', 'goggles'],
  },
  sauna: {
    zh: ['桑拿', '汗蒸', '蒸汽房', '蒸汽浴', '蒸房', '干蒸', '湿蒸', '蒸桑拿'],
    en: ['sauna', 'saunas', 'steam room', 'steam', 'hot room', 'heat room', 'sweat it out'],
  },
  body_check: {
    zh: ['体测', '体脂', '体脂率', '体成分', '肌肉量', '测体脂', '体脂秤', '体重秤', '围度', '身体数据', '测一下身体'],
    en: ['body fat', 'fat percentage', 'muscle mass', 'body composition', 'inbody', 'body scan', 'body analysis', 'weigh-in', 'bmi', 'fitness test', 'fitness assessment'],
  },
  desk: {
    zh: ['工位', '固定工位', '流动工位', '独立办公室', '办公桌', '共享办公', '联合办公'],
    en: ['hot desk', 'hot-desk', 'hot desking', 'dedicated desk', 'desk space', 'coworking', 'co-working', 'private office', 'a desk'],
  },
  lost_property: {
    // 在 is often left out before the place: 手机忘车上了, 钥匙落店里了.
    zh: ['失物招领', '落下', '落在', '忘在', '丢在', '遗落', '忘拿', '捡到', '有人捡', '失物', '忘…上了', '忘…里了', '落…上了', '落…里了', '丢…上了', '丢…里了'],
    en: ['lost and found', 'lost property', 'left behind', 'leave behind', 'left my', 'left something', 'forgot a', 'handed in', 'hand in', 'anyone found', 'found a'],
  },
  branches: {
    zh: ['分店', '分馆', '其他店', '别的店', '其他门店', '别的门店', '其他分店', '通店', '全城通', '多店', '每个店', '所有门店', '其他场馆', '别的场馆'],
    en: ['branch', 'branches', 'other locations', 'locations', 'other site', 'other sites', 'another site', 'other club', 'other clubs', 'another club', 'all clubs', 'every club', 'home club', 'any location', 'every location', 'different branch'],
  },
  health_condition: {
    zh: ['身体状况', '健康状况', '病史', '慢性病', '高血压', '心脏病', '哮喘', '糖尿病', '怀孕', '孕妇', '孕期', '产后', '受伤', '伤病', '骨折', '术后', '康复', '体检报告', '医生证明', '医生同意'],
    en: ['medical condition', 'health condition', 'asthma', 'blood pressure', 'heart condition', 'diabetes', 'pregnant', 'pregnancy', 'expecting a baby', 'injury', 'injured', 'surgery', 'hip replacement', 'knee replacement', 'gp', "doctor's note", 'medical clearance', 'clearance'],
  },

  documents: {
    zh: ['证件', '身份证', '材料', '资料', '手续', '证明', '同意书', '监护人'],
    en: ['documents', 'document', 'paperwork', 'photo id', 'identification', 'proof of', 'consent form', 'waiver', 'guardian'],
    zhNot: ['材料费', '面料', '手续费'],
  },

  // Money of a service business: deposits, vouchers, reduced rates, packages.
  estimate: {
    zh: ['报价', '估价', '估个价', '检测费', '诊断费', '上门费', '出诊费', '先看一下', '大概多少钱', '预估'],
    en: ['estimate', 'quote', 'quotation', 'diagnostic fee', 'inspection fee', 'call-out fee', 'callout fee', 'assessment fee', 'rough price', 'ballpark'],
  },
  plan_change: {
    zh: ['升级', '降级', '换套餐', '换卡种', '升卡', '补差价升级', '改套餐', '换成年卡', '换成月卡'],
    en: ['upgrade', 'upgrading', 'downgrade', 'downgrading', 'switch plan', 'switch my plan', 'change my plan', 'change plan', 'switch to annual', 'switch to monthly', 'move to a different plan'],
    zhNot: ['系统升级', '升级系统', '固件升级', '软件升级'],
  },
  deposit: {
    zh: ['定金', '订金', '押金', '押的钱', '压的钱', '预付', '预付款', '先付', '提前付', '预交'],
    en: ['deposit', 'prepay', 'prepayment', 'pay in advance', 'pay upfront', 'pay up front', 'advance payment', 'upfront', 'up front', 'security amount', 'security money', 'security fee'],
  },
  gift_card: {
    zh: ['礼品卡', '礼券', '体验券', '课程券', '兑换券', '送人会员', '送一张卡'],
    en: ['gift voucher', 'gift pass', 'gift membership', 'gift a membership', 'gift a class', 'gift certificate'],
  },
  discount: {
    zh: ['优惠价', '便宜点', '便宜一点', '少交', '少付', '折扣价', '减免', '半价', '打几折', '最便宜'],
    en: ['pay less', 'cheaper rate', 'reduced rate', 'reduced price', 'concession', 'concessions', 'money off', 'cheapest'],
  },
  price: {
    zh: ['价位', '什么价', '多少费用', '费用怎么算', '怎么收费', '收不收费', '要不要钱', '另外收费', '额外收费', '另收费'],
    en: ['how much extra', 'paid add-on', 'add-on', 'extra cost', 'costs extra', 'included in my membership', 'included in the membership', 'included in the price'],
  },
  // Trying on what is being made (a tailor's, a bridal shop's fittings) and how many visits it takes.
  fitting: {
    zh: ['试穿', '试身', '试衣', '试样', '去几回', '来几回', '跑几回', '去几次', '得去几次', '要去几次', '跑几趟'],
    en: ['fitting', 'fittings', 'try it on', 'try on', 'how many visits', 'how many times do i need to come', 'how many times do i have to come'],
  },
  // Laundries: a stain to get out, shoes to clean, washing charged by weight.
  stain: {
    zh: ['污渍', '油渍', '油污', '红油', '血渍', '汗渍', '黄渍', '墨水', '口红印', '咖啡渍', '串色', '洗不掉', '去渍', '沾上了', '溅了'],
    en: ['stain', 'stains', 'stained', 'grease mark', 'ink mark', 'red wine on', 'colour run', 'color run', 'dye transfer'],
  },
  shoe_cleaning: {
    zh: ['洗鞋', '刷鞋', '板鞋', '小白鞋', '球鞋', '鞋子清洗', '鞋子脏', '鞋脏', '运动鞋'],
    en: ['shoe cleaning', 'clean my shoes', 'clean my trainers', 'sneaker cleaning', 'trainers cleaned', 'clean my sneakers'],
  },
  by_weight: {
    zh: ['按斤', '论斤', '称重', '按公斤', '按重量', '称着洗', '按袋'],
    en: ['by weight', 'per kilo', 'per kg', 'by the kilo', 'by the bag', 'wash and fold'],
  },
  // Movers: keeping furniture somewhere for a while, packing it up.
  storage: {
    zh: ['仓储', '存放家具', '存家具', '寄存家具', '暂存', '找地方放', '放两三个月', '放几个月', '放一段时间'],
    en: ['furniture storage', 'store my furniture', 'store our furniture', 'storage unit', 'self storage', 'store our things', 'store my things'],
  },
  packing: {
    zh: ['打包服务', '帮忙打包', '帮我打包', '打包的阿姨', '打包阿姨', '打包师傅', '装箱', '帮忙装箱'],
    en: ['packing service', 'pack for us', 'pack everything', 'pack my things', 'pack our things', 'packers'],
  },
  // Escape rooms and games: how many play, how frightening, and help when stuck.
  player_count: {
    zh: ['够开一场', '几个人能玩', '几个人可以玩', '最少几个人', '最少要几个人', '至少几个人', '两个人能玩', '两个人够', '人够不够', '几个人一场', '一场几个人'],
    en: ['how many players', 'how many people can play', 'minimum players', 'minimum number of players', 'just the two of us', 'only two of us'],
  },
  scare_level: {
    zh: ['鬼屋', '吓人', '恐怖', '惊悚', '胆小', '怕鬼', '不敢玩', '有多吓'],
    en: ['scary', 'scare', 'frightening', 'horror', 'jump scares', 'too scared', 'spooky'],
  },
  hints: {
    zh: ['想不出来', '卡关', '卡住了', '解不开', '要提示', '给提示', '给点提示', '玩不下去'],
    en: ['hint', 'hints', 'clue', 'clues', 'get stuck', 'we get stuck', 'stuck on a puzzle'],
  },
  // Photo studios: choosing and retouching the pictures, getting them, and having all of them.
  retouching: {
    zh: ['精修', '修图', '修片', '选片', '挑片', '挑照片', '选照片', '加修', '多修几张', '修好的'],
    en: ['retouch', 'retouched', 'retouching', 'edited photos', 'photo editing', 'choose the photos', 'pick the photos', 'select the photos'],
  },
  photo_delivery: {
    zh: ['出片', '成片', '交片', '拿到照片', '收到照片', '照片什么时候', '照片多久', '几天出', '多久出'],
    en: ['get my photos', 'receive my photos', 'receive the photos', 'get the photos', 'photos ready', 'final images', 'turnaround for photos'],
  },
  original_files: {
    zh: ['底片', '原片', '原图', '所有照片', '全部照片', '所有的照片', '所有图', '全部图', '拍的所有', '拍的全部', '未修'],
    en: ['raw files', 'original files', 'unedited', 'all the photos', 'all the pictures', 'all the shots', 'raw photos', 'negatives'],
  },
  hours: {
    zh: ['开放时间', '开馆', '闭馆', '照常营业', '正常营业', '照常开', '正常开', '最早几点', '最晚几点'],
    en: ['opening times', 'closing time', 'round the clock', 'around the clock', '24/7', 'any hour', 'middle of the night', 'opening time', 'how late', 'how early', 'earliest', 'open till', 'open until', 'last entry'],
  },
};
