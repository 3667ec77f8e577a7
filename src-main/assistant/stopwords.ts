// Words that carry no topic: question scaffolding, pronouns, particles. They neither earn nor cost confidence,
// so "how do I …" does not make every "how do I" entry look like a match. Chat spellings of the same
// ("u", "pls", "wanna", "lol") are scaffolding too.

const EN = `a an the and or but if so of to in on at by for from with about into over as than then
i me my mine we us our you your yours he him his she her it its they them their this that these those there here
is are was were be been being am do does did doing done have has had having can could will would shall should may might must
what which who whom whose when where why how whether
not no yes ok okay please thanks thank hi hello hey just also still really very too any some all each every
get got make made let lets want need like know tell say give go going able
what's how's where's who's that's it's there's here's you're you've i'm i've we're they're he's she's when's why's we've they've
don't doesn't didn't can't won't isn't aren't wasn't weren't shouldn't couldn't wouldn't haven't hasn't
one ones thing things something anything way
u ur r ya yall pls plz thx thanx ty lol btw wanna gonna gotta yeah yep`;

/**
 * Surface forms (lower-case, apostrophes dropped as the tokenizer drops them). Not "i'd", "i'll", "you'd":
 * text-analysis spells 'd and 'll out, so "id" and "ill" stay words (an ID card, feeling ill).
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(EN.split(/\s+/).map((word) => word.replace(/'/g, '')));

/** Han characters that only build sentences around the topic (particles, pronouns, question words). */
export const CHINESE_STOP_CHARS: ReadonlySet<string> = new Set(
  Array.from('为的了吗呢吧啊呀嘛哦啦么我你您他她它们是这那个些怎什样哪如何请问吧就都也还又很要会能可以把被给让在有和与或及呗诶哈嗯喔咋啥'),
);

/**
 * Everyday words and characters that appear in any topic ("set a new password", "买完第二天"). They still
 * match, but count less than words that name a topic, so filler does not drown a question's point.
 */
export const GENERIC_WEIGHT = 0.4;

const EN_GENERIC = `use used using set new time times day week month year today now again already soon yet ever never always
often still back take took put see look find think come came right next first last other another same after before
people someone anyone everyone help try ask sure maybe only even well lot little big good bad best better keep show
mean place start end thing stuff kind sort bit part much many more most less few every since while during around
work works worked working possible available happen happened problem question issue info information`;

export const ENGLISH_GENERIC: ReadonlySet<string> = new Set(EN_GENERIC.split(/\s+/));

/**
 * What any business does with what it has: in "do you sell flowers?" the topic is what is sold, and the verb
 * alone made every entry that says "we sell" explain half of it. Everyday in a question (text-analysis.ts), but
 * not in ENGLISH_GENERIC, which the thesaurus and word-family builders leave out: "sell"/"seller" and
 * "offer"/"offering" still join.
 */
export const ENGLISH_OFFER_VERBS: ReadonlySet<string> = new Set('sell sells selling sold offer offers offering provide provides providing'.split(' '));

/**
 * Frequent Chinese characters that carry grammar or everyday meaning rather than a shop topic. Numbers are
 * (一二三十 always were; 两四五…百千万 too: "两件衬衫", "三千多分").
 */
export const CHINESE_GENERIC_CHARS: ReadonlySet<string> = new Set(
  Array.from(
    '一不人上中大来到说地子时道出而于下得年生自后对着事其里所去行过家十用天然作方成者多日三小二无同经法当起与好看学进种将分此心前面又定见只主没从' +
      '已现但实最想完第几次再些后每东西点儿吧把给候让才刚还该著件样直接知开关问题情况办' +
      '两四五六七八九百千万' +
      // Everyday verbs and a preposition: 弄 / 搞 ("do", "get": 弄坏了, 怎么搞的), 帮 (帮我…, "help"), 跟 ("with":
      // 跟车, 跟你们说). Not 做 (做头发, 做美甲: a salon's service) nor 卖 (卖完了: sold out).
      '弄搞帮跟',
  ),
);
