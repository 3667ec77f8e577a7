// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Education: language and tutoring schools, training courses and children's classes (levels, placement tests, trial lessons, tuition, timetables, make-up lessons, exams, certificates, visas).
// Written from how customers of such businesses talk, not from any one FAQ. Classes, trials, levels, timetables,
// make-up classes, class sizes and one-to-one sessions are service concepts (lexicon-services.ts): the ids
// used here add a school's wording to them. Exams, tuition and homework stay a foreign domain for shops
// (foreign-domains.ts): a school's entries name them, which exempts them there.
import type { Concept } from './concept-lexicon.ts';

export const EDUCATION_CONCEPTS: Record<string, Concept> = {
  // What is taught.
  mandarin: {
    zh: ['普通话', '汉语', '中文课', '学中文', '学汉语', '对外汉语', '华语', '国语', '汉字', '拼音', '简体字', '繁体字', '中文水平', '中文基础'],
    en: ['mandarin', 'putonghua', 'chinese lessons', 'chinese classes', 'chinese course', 'chinese courses', 'learn chinese', 'learning chinese', 'study chinese', 'studying chinese', 'speak chinese', 'my chinese', 'chinese characters', 'pinyin', 'hanzi', 'simplified characters', 'traditional characters', 'chinese language'],
  },
  cantonese: {
    zh: ['粤语', '广东话', '白话'],
    en: ['cantonese'],
    zhNot: ['白话文'],
  },
  english_lessons: {
    zh: ['学英语', '学英文', '英语课', '英文课', '英语班', '英语培训', '少儿英语', '成人英语', '幼儿英语', '英语启蒙', '英语口语', '英文口语', '自然拼读', '学外语'],
    en: ['english lessons', 'english classes', 'english course', 'english courses', 'learn english', 'learning english', 'study english', 'spoken english', 'english tutor', 'english teacher', 'phonics', 'esl', 'efl'],
  },
  business_language: {
    zh: ['商务英语', '商务汉语', '商务中文', '商务口语', '职场英语', '职场中文', '职场汉语', '工作用', '工作中用', '跟客户沟通', '和客户沟通', '开会用'],
    en: ['business chinese', 'business english', 'business mandarin', 'business language', 'business-focused', 'with clients', 'with colleagues', 'business meetings', 'for my job', 'negotiate', 'negotiations', 'professional context'],
  },
  speaking: {
    zh: ['口语', '会话', '开口说', '张口', '听说', '发音', '口音', '日常交流'],
    en: ['speaking', 'conversation', 'conversational', 'pronunciation', 'accent', 'fluency', 'fluent', 'everyday phrases', 'survival'],
  },

  // Other subjects of tutoring centres and children's classes, one concept each: a piano question must not
  // meet a drawing class.
  music_lessons: {
    zh: ['钢琴', '小提琴', '大提琴', '吉他', '尤克里里', '架子鼓', '打鼓', '古筝', '二胡', '声乐', '唱歌课', '学唱歌', '乐理', '视唱练耳', '音乐课', '学乐器', '乐器课'],
    en: ['piano', 'violin', 'cello', 'guitar', 'ukulele', 'drums', 'drum lessons', 'singing lessons', 'vocal lessons', 'music theory', 'music lessons', 'music classes', 'learn an instrument', 'instrument lessons'],
  },
  art_class: {
    zh: ['美术', '绘画', '画画', '素描', '水彩', '油画', '国画', '书法', '练字', '硬笔', '毛笔字', '手工课', '陶艺'],
    en: ['art class', 'art classes', 'art lessons', 'drawing class', 'drawing classes', 'drawing lessons', 'learn to draw', 'painting class', 'painting classes', 'sketching', 'watercolour', 'watercolor', 'calligraphy', 'handwriting', 'pottery', 'crafts'],
  },
  coding_class: {
    zh: ['少儿编程', '编程课', '学编程', '编程班', '机器人编程', '乐高编程', '信息学奥赛', '图形化编程'],
    en: ['coding class', 'coding classes', 'coding for kids', 'learn to code', 'programming class', 'programming classes', 'scratch programming', 'robotics class', 'robotics classes', 'stem class', 'stem classes'],
  },
  academic_tutoring: {
    zh: ['数学', '语文', '物理', '化学', '生物课', '奥数', '作文', '阅读理解', '补习', '课外辅导', '学科辅导', '功课辅导', '作业辅导', '辅导作业', '提分班', '培优', '家庭作业'],
    en: ['maths', 'math', 'mathematics', 'physics', 'chemistry', 'biology', 'science tutoring', 'essay writing', 'reading comprehension', 'maths tutoring', 'math tutoring', 'subject tutoring', 'homework help', 'help with homework', 'extra lessons', 'after-school tutoring', 'academic tutoring'],
    zhNot: ['化学成分', '化学品', '物理降温'],
    // 'physical' stems like 'physics'
    enNot: ['physical copy', 'physical copies', 'physical store', 'physical shop', 'physical exam', 'physical therapy', 'physical activity'],
  },
  // A course packed into a short time (速成, a crash course, "cram all my lessons into the summer").
  intensive_course: {
    zh: ['速成', '速成班', '集训', '集中训练', '集中学', '强化班', '强化训练', '短期班', '快速拿证', '快速学会'],
    en: ['intensive', 'crash course', 'crash courses', 'fast-track', 'fast track', 'cram…into', 'squeeze…into', 'all my lessons into', 'learn quickly', 'learn fast', 'as quickly as possible', 'as fast as possible'],
  },
  holiday_course: {
    zh: ['夏令营', '冬令营', '暑假班', '寒假班', '假期班', '暑期班', '暑期课', '寒假课', '暑假课', '游学'],
    en: ['summer camp', 'winter camp', 'holiday camp', 'day camp', 'summer course', 'summer courses', 'summer school', 'holiday course', 'holiday courses', 'winter course', 'intensive summer'],
  },

  // Exams a course prepares for.
  language_exam: {
    zh: ['雅思', '托福', '剑桥', '汉语水平考试', '汉考', '四级', '六级', '四六级', '专四', '专八', '托业', '多邻国', '中考英语', '高考英语', '小升初', '水平考试', '等级考试', '考点', '考场', '考试中心', '官方考试'],
    en: ['ielts', 'toefl', 'hsk', 'ket', 'cambridge english', 'cambridge exam', 'cambridge exams', 'yle', 'toeic', 'duolingo english test', 'cet-4', 'cet-6', 'proficiency test', 'proficiency exam', 'official exam', 'official test', 'test centre', 'test center', 'exam centre', 'exam center', 'testing centre', 'sit the exam', 'sit the test', 'take the exam', 'take the test', 'pass the exam', 'exam registration', 'register for the exam'],
    zhNot: ['剑桥大学'],
  },
  exam_prep: {
    zh: ['备考', '考前', '考试班', '考级班', '冲刺班', '冲刺', '应试', '刷分', '提分', '冲分', '考高分', '过考试', '考过', '模考', '模拟考', '模拟题', '真题', '押题', '考试课', '考试辅导', '刷…分数', '刷…成绩', '出国…分数'],
    en: ['exam prep', 'exam preparation', 'test prep', 'test preparation', 'prep course', 'prep class', 'prep classes', 'preparation course', 'mock exam', 'mock exams', 'mock test', 'mock tests', 'practice paper', 'practice papers', 'practice test', 'past papers', 'cram', 'cramming', 'exam classes', 'exam class', 'exam course', 'get a score', 'score of', 'band score', 'need to pass'],
  },

  // Joining a course: enrolment, levels, trials.
  enrol: {
    zh: ['报名', '报班', '报个班', '报课', '报读', '入学', '入读', '招生', '招收', '还收', '收不收学生', '收不收小孩', '收不收孩子', '收不收成人', '收不收零基础', '收学生', '收几岁', '收多大', '注册课程', '交钱报', '报进去', '开始学'],
    en: ['enrol', 'enroll', 'enrolment', 'enrollment', 'enrolling', 'enrolled', 'sign up for a course', 'sign up for the course', 'sign up for lessons', 'register for a course', 'register for classes', 'join a course', 'join a class', 'join the course', 'take a course', 'start a course', 'start lessons', 'start learning', 'admissions', 'accept students', 'take students'],
    zhNot: ['还收费', '收不收费'],
  },
  placement: {
    zh: ['入学测评', '测试水平', '测水平', '测一下水平', '考一下', '先考', '先测', '什么水平', '什么程度', '哪个程度', '我的程度', '从哪个班', '从哪开始', '从哪里开始', '从哪学起', '上哪个级别', '适合哪个班', '分级', '定级', '水平怎么样', '插哪个班'],
    en: ['level assessment', 'level check', 'entry test', 'entrance test', 'diagnostic test', 'where should i start', 'where to start', 'where would i fit', 'which class', 'what stage', 'which stage', 'my level', 'your test', 'assess', 'right level', 'which group', 'test my chinese', 'test my english'],
  },
  level: {
    zh: ['零基础', '初级班', '中级班', '高级班', '阶段', '级别', '几级', '学过', '有基础', '忘得差不多', '很久没用'],
    en: ['stage', 'grade level', 'beginner level', 'intermediate level', 'advanced level', 'level 1', 'level 2', 'level 3', 'level 4', 'level 5', 'level 6', 'rusty', 'studied before', 'learned before', 'some chinese', 'some english'],
  },
  beginner: {
    zh: ['从零开始', '一点不会', '完全不会', '一句都不会', '没学过', '启蒙', '入门班', '没碰过', '没摸过', '没接触过', '从来没学', '从没学过'],
    en: ['from scratch', 'from zero', 'starting from zero', 'total beginner', 'complete beginner', 'absolute beginner', "don't speak any", 'no chinese', 'no english', 'zero chinese', 'never studied', 'never learned', 'never played', 'never touched'],
  },
  trial: {
    zh: ['试听课', '旁听', '听一节', '听一次', '听一回', '先上一节', '先听听', '感受一下', '体验一下', '试着上', '跟班试听', '老师怎么教', '看看怎么教', '先跟着上', '试听后', '看看…适不适合', '适不适合再', '再交钱', '再报名'],
    en: ['trial lesson', 'trial lessons', 'sit in on', 'demo class', 'demo lesson', 'sample lesson', 'sample class', 'see how you teach', 'check out a class', 'experience a class', 'experience a lesson', 'experience a session', 'teaching style', 'see how the teacher teaches', 'check out a group', 'check out a lesson', 'without enrolling', 'without signing up', 'without committing', 'without commitment', 'no obligation', 'before committing', 'before we commit', 'before i commit', 'before they commit', 'before signing up', 'before i sign up', 'before enrolling', 'before i enrol'],
  },

  // Money of a course.
  tuition: {
    zh: ['学费', '课时费', '课费', '培训费', '学杂费', '课程费用', '课程价格', '课程收费', '报班费用', '价目表', '价目', '收费标准', '一期多少', '多少钱一节', '一节课多少', '一课时多少', '一节多少'],
    en: ['tuition', 'tuition fee', 'tuition fees', 'course fee', 'course fees', 'course cost', 'courses cost', 'course price', 'course prices', 'lesson fee', 'lesson fees', 'lesson price', 'lesson prices', 'class fee', 'class fees', 'price list', 'price per lesson', 'price per hour', 'hourly rate', 'rate per hour', 'per hour', 'set me back', 'cost of the course', 'cost of lessons'],
  },
  extra_cost: {
    zh: ['其他费用', '其它费用', '额外费用', '另外的费用', '杂费', '另计', '另外付', '还要交', '还要付', '还要花', '另外掏', '还要掏', '另外交', '另外收', '乱收费', '乱收钱', '包不包', '含不含', '隐形消费', '隐藏费用', '附加费', '教材费', '书本费', '资料费', '包含在学费', '含在学费', '包括在学费', '包含在内', '包括在内'],
    en: ['other fees', 'other costs', 'other charges', 'hidden costs', 'hidden fees', 'hidden charges', 'extra fees', 'extra costs', 'additional costs', 'additional fees', 'on top of', 'anything else to pay', 'textbook fee', 'materials fee', 'included in the price', 'included in the fee', 'included in the fees', 'included in the course fee'],
  },
  instalments: {
    zh: ['分期', '分期付款', '分几期', '分三期', '分六期', '分12期', '分几个月', '分月付', '按月付', '按月还', '按月交', '每月还', '每个月还', '月供', '慢慢付', '分批交', '分批付', '分次付', '分次交', '按期交', '按期缴', '免息', '一次交清', '一次性交', '一次交一年', '交一整年', '钱不够'],
    en: ['instalment', 'instalments', 'installment', 'installments', 'payment plan', 'spread the cost', 'spread the payment', 'spread the payments', 'pay monthly', 'pay in parts', 'pay in stages', 'pay per term', 'interest-free', 'interest free', 'split the payment', 'split the cost', 'pay it all at once', 'pay everything upfront'],
  },
  refund: {
    zh: ['退费', '退学费', '钱拿回来', '钱能拿回', '没上的课', '没上完的课', '剩下的课', '剩的课', '剩余课时', '剩的怎么算', '剩下的怎么算', '剩余学费', '原来付款的', '原付款方式', '原支付方式', '原来的支付方式', '原来的账户', '退回原', '退到原'],
    en: ['cash out', 'get everything back', 'get it all back', 'unused lessons', 'unused hours', 'unused classes', 'lessons i won\'t use', "won't use", 'refund the rest', 'rest of the money', 'paid for but', 'original payment method', 'original payment', 'card i paid with', 'same way i paid', 'account i paid from'],
  },
  quit_membership: {
    zh: ['不学了', '不想学了', '不想上了', '不上了', '不肯去', '不愿意去', '不愿去', '退学', '中途退出', '学不下去', '上不下去', '坚持不下去', '不想继续学'],
    en: ['stop the course', 'quit the course', 'leave the course', 'drop out', 'dropping out', 'withdraw from the course', 'stop my course', 'cancel my course', 'cancel the course', 'halfway through', 'part way through', 'partway through', 'give up the course', 'lost interest', 'losing interest', 'lose interest', 'want out', 'wants out', 'stop halfway', 'gone off it', 'go off it'],
  },

  // Classes: who, how many, when, where.
  class_size: {
    zh: ['人太多', '顾不过来', '照顾不过来', '几个小朋友', '几个同学', '多少同学', '几个人上', '班里几个', '班上几个', '一个班', '小班课', '凑不够', '凑不齐', '开不成', '不开班', '开班人数', '几个人一班', '人数'],
    en: ['how many others', 'how big are the classes', 'how big is the class', 'how big are the groups', 'group size', 'group sizes', 'lots of people', 'how many people', 'how many learners', 'students per class', 'students in a group', 'not enough students', 'enough students', 'minimum number of students'],
  },
  private_session: {
    zh: ['只教我', '单独教', '一个人上', '单独上', '单独辅导', '1对2', '一对二', '两个人一起上', '两个人上', '私人辅导', '家教', '上门教', '上门上课'],
    en: ['tailored', 'just the two of us', 'share a teacher', 'one-to-two', '1-on-2', '1-on-1', '1 on 1', '1-to-1', 'private tutor', 'private tuition', 'individual lessons', 'individual lesson', 'individual tuition', 'personal tutor', 'come to my office', 'at my office'],
  },
  timetable: {
    zh: ['一次上多久', '一节课多久', '一节课多长', '一次课多长', '一周几次', '一周上几次', '一周几节', '礼拜几', '几趟', '来几次', '上几次课', '下班后', '下班赶', '晚上的课', '晚上有课', '周末班', '周末有课', '周末上课', '周六上午', '周日上午', '上课时段', '排得进', '排不进', '有空的时间', '哪几天上课', '白天班', '晚班', '周一三五', '周二四', '每周只来', '只来几天', '一周来几天', '每周来几天', '全周'],
    en: ['evening classes', 'evening class', 'weekend classes', 'weekend class', 'lunch break', 'lunchtime', 'after work', 'once a week', 'twice a week', 'how often', 'times a week', 'days a week', 'when are lessons', 'class times', 'lesson times', 'how long is each lesson', 'how long is a lesson', 'how long are the lessons', 'weekday classes', 'morning classes', 'full-time', 'part-time', 'mon wed fri', 'mon, wed, fri', 'tue thu', 'tues thurs', 'some days a week', 'every weekday'],
  },
  term: {
    zh: ['学期', '每期', '一期', '下一期', '开学', '开班', '新班', '新一期', '期中', '期末', '季度班'],
    en: ['this term', 'next term', 'per term', 'each term', 'the term', 'term dates', 'school term', 'semester', 'next intake', 'new intake', 'spring intake', 'autumn intake', 'september intake', 'new group', 'new groups', 'next course', 'next group', 'course start', 'course starts', 'start date', 'when does the course start', 'when does the next', 'groups start', 'group starts', 'group begin', 'group begins', 'course begin', 'course begins', 'when do groups start', 'next start date'],
    zhNot: ['一期一会'],
  },
  online_session: {
    zh: ['在家上', '在家学', '远程学', '视频上课', '视频教学', '视频授课', '视频连线', '跟老师视频', '和老师视频', '视频课', '电脑上', '平板上', '手机上课', '用手机上', '线上学', '网上上课', '网上学', '上网课', '线上上', '在线上课', '在线学', '不去学校', '不用去学校', '线上', '视频…上课', '视频…上网课'],
    en: ['video call lesson', 'video lesson', 'video lessons', 'from home', 'over video', 'via video', 'virtual lessons', 'study online', 'learn online', 'online lessons', 'online lesson', 'classin', 'take lessons online', 'lessons online', 'classes online', 'study remotely', 'learn remotely', 'keep learning remotely'],
    zhNot: ['线上支付', '线上付款', '线上商城', '线上店', '线上下单', '线上购买', '线上客服'],
  },
  in_person: {
    zh: ['线下课', '线下上课', '到校', '来学校', '去学校', '面授', '面对面', '实体课'],
    en: ['in-person', 'in person', 'face-to-face', 'face to face', 'at the school', 'come to the school'],
  },
  materials: {
    zh: ['教材', '课本', '书本', '讲义', '练习册', '学习资料', '学习材料', '课件', '教辅', '用什么书', '什么教材'],
    en: ['textbook', 'textbooks', 'course book', 'coursebook', 'workbook', 'workbooks', 'course materials', 'learning materials', 'study materials', 'teaching materials', 'handouts', 'which books', 'what books'],
  },

  change_level: {
    zh: ['转班', '调班', '换个班', '换班级', '升班', '跳级', '升一级', '升到下一级', '换到高级', '换到低级', '太简单', '太难了', '进度太快', '进度太慢', '学不懂', '听不懂'],
    en: ['change groups', 'change group', 'switch groups', 'switch group', 'switch classes', 'move up a level', 'move down a level', 'higher level', 'lower level', 'next level', 'too easy', 'too difficult', 'too fast', 'too slow for me', 'move to another group'],
  },
  parent_present: {
    zh: ['家长陪同', '家长陪', '陪孩子上课', '陪着上课', '家长在旁边', '家长等候', '家长休息区', '等孩子下课', '家长能进', '家长可以进', '家长旁听'],
    en: ['parents stay', 'stay with my child', 'stay with my kid', 'wait for my child', 'wait for my kid', 'parents waiting', 'waiting area for parents', 'sit with my child', 'parents in the classroom', 'parents watch', 'watch the class'],
  },
  sibling: {
    zh: ['两个孩子', '俩孩子', '两个娃', '兄弟姐妹', '姐弟', '兄妹', '姐妹俩', '兄弟俩', '二胎', '老二', '大宝', '二宝'],
    en: ['siblings', 'sibling', 'brother and sister', 'two kids', 'two children', 'both kids', 'both children', 'second child', 'my other child'],
  },
  attendance: {
    zh: ['考勤', '出勤', '出勤率', '到课率', '上课记录', '签到记录', '缺勤'],
    en: ['attendance rate', 'attendance record', 'attendance requirement', 'attendance policy', 'minimum attendance', 'attend at least'],
  },

  // Teachers and what a student gets from the school.
  teacher_background: {
    zh: ['外教', '中教', '外籍老师', '外国老师', '老外老师', '母语老师', '母语是', '资格证', '教师资格', '资质', '教龄', '学历', '专业八级', '教学经验', '师资', '老师背景', '老师水平', '老师的水平', '老师是哪', '哪国人', '哪个国家的', '工作证', '工作签证', '持证'],
    en: ['native speaker', 'native speakers', 'native teacher', 'native teachers', 'native english', 'native chinese', 'foreign teacher', 'foreign teachers', 'qualified teacher', 'qualified teachers', 'teachers qualified', 'fully qualified', 'teaching qualification', 'teaching qualifications', 'teaching certificate', 'teaching licence', 'teaching license', 'certified teacher', 'teaching experience', 'years of experience', 'experienced teachers', 'tefl', 'celta', 'tesol', 'teacher background', "teachers' background", 'where are the teachers from', 'work permit'],
  },
  choose_staff: {
    zh: ['换个老师', '调换老师', '换一个老师', '调一个老师', '合不来', '不喜欢这个老师', '对老师不满意'],
    en: ['switch teachers', 'another teacher', 'new teacher', "don't get on with", "don't get along", 'clash with my', 'we clash', 'just clash', 'rather have someone else', 'not happy with my teacher', 'not happy with the teacher'],
  },
  progress_feedback: {
    zh: ['学习反馈', '课堂反馈', '课后反馈', '反馈', '课上表现', '课堂表现', '学得怎么样', '学得好不好', '学得如何', '有没有进步', '进步', '学习情况', '家长会', '家长群', '开放课', '班主任', '成绩单', '学习报告', '测评报告', '阶段测评', '作业', '陪读', '了解孩子'],
    en: ['feedback', 'report card', 'progress report', 'how my child is doing', "how my child's doing", 'how my kid is doing', 'how my son is doing', 'how my daughter is doing', 'parent-teacher', "parents' meeting", 'parents meeting', 'parent meeting', 'homework', "child's progress", 'learning progress', 'class teacher', 'homeroom teacher'],
  },
  certificate: {
    zh: ['结业证书', '结业证明', '结课证明', '完成证明', '学时证明', '证明我学完', '官方认可', '有证书', '发证', '发证书', '补发证书', '证书丢了'],
    en: ['certificate of completion', 'completion certificate', 'completion document', 'proof of completion', 'prove i completed', 'proof i completed', 'officially recognised', 'officially recognized', 'recognised qualification', 'recognized qualification', 'accredited', 'at the end of the course', 'when the course ends', 'copy of my certificate'],
  },
  student_visa: {
    zh: ['签证', '学生签证', '学习签证', '留学签证', 'x签', '居留许可', '居留证', '签证延期', '留在中国', '在读证明', '入学证明', '学习证明', '邀请函', '担保签证', '办签证'],
    en: ['student visa', 'study visa', 'tourist visa', 'work visa', 'right visa', 'visa extension', 'extend my visa', 'extend … visa', 'renew my visa', 'renew … visa', 'visa renewal', 'visa runs out', 'x visa', 'x1 visa', 'x2 visa', 'jw202', 'residence permit', 'visa sponsorship', 'sponsor my visa', 'sponsor a visa', 'sponsor visas', 'stay in china', 'invitation letter', 'enrolment letter', 'enrollment letter', 'proof of enrolment', 'proof of enrollment', "i'm enrolled", 'attendance record'],
  },

  // Missed lessons and closures.
  absence: {
    zh: ['请个假', '请病假', '告假', '出差', '去不成', '上不成', '上不了课', '白白浪费', '浪费了', '课时照扣', '扣课时', '课会不会作废'],
    en: ['business trip', 'away on business', 'travelling for work', 'traveling for work', 'skip two', 'skip a lesson', 'skip lessons', 'skip sessions', 'have to miss', 'if i miss', 'miss a group', 'missed a group', 'miss two', 'miss lessons', 'miss my lesson', 'miss a session', 'miss sessions', 'lose the lesson', 'lose my lesson', 'wasted', "can't make my"],
  },
  make_up_class: {
    zh: ['回放', '看回放', '录播', '落下的内容', '落下的那节', '补上', '补上内容', '缺的内容', '补一节课', '跟其他班', '插到别的班', '同级别其他班'],
    en: ['catch up', 'catch-up', 'recording', 'recorded lesson', 'recorded lessons', 'replay', 'make it up', 'make up for it', 'another group of the same level', 'join another group'],
  },
  weather_closure: {
    zh: ['台风', '暴雨', '大暴雨', '下大雨', '雨太大', '红色预警', '黄色预警', '橙色预警', '黑色暴雨', '暴雨预警', '台风预警', '八号风球', '风球', '恶劣天气', '天气不好', '极端天气', '停课', '照常上课', '还上课吗', '大风'],
    en: ['typhoon', 'typhoons', 'rainstorm', 'rainstorms', 'storm', 'storms', 'heavy rain', 'rain warning', 'weather warning', 'red warning', 'black rainstorm', 'bad weather', 'severe weather', 'extreme weather', 'signal 8', 'typhoon signal', 'storm forecast', 'typhoon forecast', 'storm warning', 'storm is coming', 'storm hitting', 'class still on', 'lesson still on', 'snow day', 'school closed', 'classes cancelled', 'class cancelled'],
  },

  // Kids: ages as school years.
  age: {
    zh: ['幼儿园', '上幼儿园', '小班的孩子', '中班的孩子', '大班的孩子', '学龄前', '一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '初一', '初二', '初三', '高一', '高二', '高三', '小学', '初中', '高中', '多大开始', '几岁开始', '岁半'],
    en: ['year old', 'years old', 'preschool', 'pre-school', 'kindergarten', 'primary school', 'elementary school', 'middle school', 'high school', 'secondary school', 'grade 1', 'grade 2', 'grade 3', 'grade 4', 'grade 5', 'grade 6', 'too young', 'what age'],
  },
  // A test or exam failed and taken again (考砸了还能考几回, "if I fail, is the resit free?").
  retake: {
    zh: ['补考', '重考', '再考一次', '再考一回', '挂科', '考砸', '没考过', '考没过', '没有考过', '考试没过', '考试没通过', '没通过考试', '考不过', '挂了科'],
    en: ['retake', 'retakes', 'resit', 'resits', 're-sit', 'retest', 're-test', 'failed my test', 'fail my test', 'fail the test', 'failed the test', 'failed my exam', 'fail my exam', 'fail the exam', 'failed the exam', 'fails her test', 'fails his test', 'fails her exam', 'fails his exam', 'if i fail', 'if she fails', 'if he fails', 'if they fail'],
  },
};
