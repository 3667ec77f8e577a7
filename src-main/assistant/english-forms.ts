// One stem for the forms of one English word that Porter's rules leave apart: British and American spellings
// ("colour"/"color", "grey"/"gray", "centre"/"center", "anaesthetic"/"anesthetic") and irregular inflections
// ("paid"/"pay", "bought"/"buy", "teeth"/"tooth", "forgot"/"forget"). Applied to stems, so the same map serves
// texts, lexicon phrases and the thesaurus (which stores stems). Left out: forms that are also another word
// ("left", "felt", "saw", "wound", "led", "lit", "bit", "stuck", "tire"/"tyre", whose stem is also "tired"'s).
import { porterStem } from '../search/porter-stemmer.ts';

/** British spelling → American, base forms; derivations are added by SUFFIXES. */
const SPELLINGS = `colour color|favour favor|favourite favorite|flavour flavor|harbour harbor|honour honor|humour humor
labour labor|neighbour neighbor|neighbourhood neighborhood|odour odor|rumour rumor|behaviour behavior|vapour vapor
armour armor|parlour parlor|savoury savory|endeavour endeavor|centre center|theatre theater|metre meter|litre liter
fibre fiber|kilometre kilometer|centimetre centimeter|millimetre millimeter|calibre caliber|grey gray|mum mom
mummy mommy|jewellery jewelry|aluminium aluminum|licence license|defence defense|offence offense|practise practice
programme program|catalogue catalog|dialogue dialog|analyse analyze|paralyse paralyze|cosy cozy|ageing aging
judgement judgment|pyjamas pajamas|mould mold|moult molt|plough plow|kerb curb|sceptical skeptical|storey story
aeroplane airplane|moustache mustache|paediatric pediatric|paediatrician pediatrician|orthopaedic orthopedic
anaesthetic anesthetic|anaesthesia anesthesia|anaesthetist anesthetist|haemorrhage hemorrhage|anaemia anemia
oesophagus esophagus|diarrhoea diarrhea|foetus fetus|leukaemia leukemia|oestrogen estrogen|gynaecologist gynecologist
orthodontist orthodontist|enrol enroll|enrolment enrollment|instalment installment|fulfil fulfill|skilful skillful
organise organize|realise realize|recognise recognize|apologise apologize|personalise personalize|customise customize
authorise authorize|finalise finalize|prioritise prioritize|specialise specialize|minimise minimize|maximise maximize
sanitise sanitize|sterilise sterilize|summarise summarize|criticise criticize|utilise utilize|optimise optimize
familiarise familiarize|synchronise synchronize|moisturise moisturize|itemise itemize|neutralise neutralize
penalise penalize|subsidise subsidize|fertilise fertilize|vaporise vaporize|emphasise emphasize|memorise memorize
categorise categorize|visualise visualize|localise localize|normalise normalize|standardise standardize`;

/** Endings added to both spellings; a pair keeps only what Porter stems apart. */
const SUFFIXES = ['', 's', 'ed', 'ing'];

/**
 * Irregular form → base form: past tenses, participles, plurals that -s/-ed/-ing rules do not reach. Not "paid" and
 * "bought": "the chairs I paid for", "something I bought" name the order a question is about, while "pay" and "buy"
 * in the lexicons name paying as the topic (ways to pay, a declined payment), so the past forms stay apart. Nor
 * "sent": a refund entry's "once the item is sent back" would then answer every "how do I send something back?"
 * in full, ahead of the returns policy. Nor "written": in a FAQ it is a document ("a written report", "a written
 * quote"), and as "write" it would lend that entry every request to write something.
 */
const IRREGULAR = `brought bring|spent spend|sold sell|taught teach|thought think|caught catch
told tell|took take|taken take|gave give|given give|broke break|broken break|chose choose|chosen choose|drove drive
driven drive|eaten eat|fell fall|fallen fall|forgot forget|forgotten forget|froze freeze|frozen freeze
grew grow|grown grow|knew know|known know|lost lose|kept keep|slept sleep|stole steal|stolen steal|wore wear|worn wear
spoken speak|flew fly|flown fly|threw throw|thrown throw|shook shake|shaken shake
swam swim|began begin|begun begin|came come|went go|gone go|made make|met meet|held hold|hung hang|fed feed
found find|heard hear|meant mean|understood understand|built build|ran run|won win|stood stand|rang ring
rung ring|sang sing|sung sing|drank drink|drunk drink|bitten bite|hid hide|hidden hide|rode ride|ridden ride|woke wake
woken wake|tore tear|torn tear|spilt spill|burnt burn|learnt learn|spelt spell|lent lend|bled bleed|swollen swell
swelled swell|shrank shrink|shrunk shrink|sought seek|fought fight|got get|gotten get|seen see|laid lay|dealt deal
children child|women woman|men man|teeth tooth|feet foot|mice mouse|geese goose|wives wife|knives knife
shelves shelf|halves half|loaves loaf`;

const pairs = (list: string) => list.split(/[|\n]/).map((pair) => pair.trim().split(/\s+/) as [string, string]);

const CANONICAL = new Map<string, string>();
// An ending glued onto a word that does not take it ("programmeed") can give the stem of a real American form:
// such a stem is never rewritten.
const american = new Set(pairs(SPELLINGS).flatMap(([, word]) => SUFFIXES.map((suffix) => porterStem(word + suffix))));
for (const [british, word] of pairs(SPELLINGS)) {
  for (const suffix of SUFFIXES) {
    const from = porterStem(british + suffix);
    const to = porterStem(word + suffix);
    if (from !== to && !american.has(from) && !CANONICAL.has(from)) CANONICAL.set(from, to);
  }
}
for (const [form, base] of pairs(IRREGULAR)) {
  const from = porterStem(form);
  const to = porterStem(base);
  if (from !== to) CANONICAL.set(from, to);
}

/** The stem that stands for all spellings and forms of the word `stem` (a Porter stem) comes from. */
export const canonicalStem = (stem: string): string => CANONICAL.get(stem) ?? stem;

/**
 * Words Porter stems onto the stem of another word, given a stem of their own: a "customer" is no "customs"
 * (international shipping) nor a "custom" order, "busy" (a crowded time) is no "business" (a company's bulk
 * order), "personal" (a personal trainer, personal data) is no "person" to talk to, installing is no paying in
 * instalments, a price "range" no phone that "rang", "fitness" no good fit, an "identity" card nothing "identical",
 * the "initials" stitched on a towel no "initial" (one-time) fee, and an item "missing" from a parcel no one a
 * customer will "miss" ("going to miss my plants" read as "go missing"; "missed my class" keeps "miss").
 * Read from the word as written.
 */
const LOOK_ALIKES = new Map<string, string>([
  ...['customer', 'customers'].map((word) => [word, 'customer'] as const),
  ...['busy', 'busier', 'busiest'].map((word) => [word, 'busy'] as const),
  ...['personal', 'personally'].map((word) => [word, 'personal'] as const),
  ...['install', 'installs', 'installed', 'installing', 'installation', 'installations', 'installer'].map((word) => [word, 'install'] as const),
  ...['range', 'ranges'].map((word) => [word, 'range'] as const),
  ...['fitness'].map((word) => [word, 'fitness'] as const),
  ...['identity', 'identities'].map((word) => [word, 'identity'] as const),
  ...['initials'].map((word) => [word, 'initials'] as const),
  ...['missing'].map((word) => [word, 'missing'] as const),
]);

/** The stem of a written word: its own for a look-alike (LOOK_ALIKES), else the canonical form of its Porter stem. */
export const wordStem = (surface: string, stem: string): string => LOOK_ALIKES.get(surface.toLowerCase()) ?? canonicalStem(stem);

/** Every stem canonicalStem changes, with what it becomes (for tests and audits). */
export const canonicalStems = (): ReadonlyMap<string, string> => CANONICAL;

/**
 * Chat shorthand → the words it stands for, read before stemming (text-analysis.ts): "my gf", "bday", "appt",
 * "tmrw", "ppl", "2 hrs", "mobiles" are how customers of any business type, and as units of their own they met
 * nothing and counted against the question. Only spellings with one everyday reading: not "min" (minimum or
 * minute; CHAT_PHRASES reads it, and "max", before what they measure), "hr" (HR), "doc" (a doctor), "mo", "bc"; a bare "mobile" may be a mobile service, so only "mobiles" and
 * "mobile number".
 */
const CHAT_WORDS: Record<string, string> = {
  gf: 'girlfriend', bf: 'boyfriend', bday: 'birthday', 'b-day': 'birthday', hubby: 'husband',
  pic: 'picture', pics: 'pictures', vid: 'video', vids: 'videos', appt: 'appointment', appts: 'appointments',
  tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', tmw: 'tomorrow', '2moro': 'tomorrow', '2morrow': 'tomorrow',
  tonite: 'tonight', '2nite': 'tonight', nite: 'night', b4: 'before', thru: 'through', tho: 'though', cuz: 'because', coz: 'because',
  msg: 'message', msgs: 'messages', txt: 'text', ppl: 'people', hrs: 'hours', wk: 'week', wks: 'weeks',
  addr: 'address', yr: 'year', yrs: 'years', mth: 'month', mths: 'months', docs: 'documents', addy: 'address', convo: 'conversation',
  lil: 'little', kiddo: 'child', kiddos: 'children', mobiles: 'phones',
};
const CHAT_PHRASES: [RegExp, string][] = [
  [/\bmobile number\b/giu, 'phone number'],
  // "min order?", "min number of ppl", "max group size": the least or most of something, as "minimum" and "maximum"
  // say it; before the thing measured only, so "10 min late" and "wait a min" stay minutes.
  [/(?<![\d.]\s*)\b(min|max)\.?(?=\s+(?:order|orders|age|number|spend|charge|amount|purchase|price|fee|booking|stay|group|size|people|ppl|guests|players|quantity|qty|deposit|length|weight|term)\b)/giu, '$1imum'],
  // Porter stems "quite" "quit" ("they're quite personal" asked to cancel a membership): read as the stopword "very".
  [/\bquite\b/giu, 'very'],
  // "extra cost if the shirts are mine?", "the towels are ours": what the customer owns, as "my own" says it.
  [/\b(is|are|was|were|be|it['’]s|they['’]re)\s+mine\b/giu, '$1 my own'],
  [/\b(is|are|was|were|be|it['’]s|they['’]re)\s+ours\b/giu, '$1 our own'],
  // "how much more would that cost", "do I pay more for it": more than the plain price, an extra charge (not "more than").
  [/\b(how much|pay|cost|costs|charge|charges|charged)\s+more\b(?!\s+than)/giu, '$1 extra'],
  // "email me when the rug comes back", "once the green vase is in again", "when size L returns": a thing (not "I", "we",
  // "you") coming back is stock coming back; the customer's "when I return it" is a return.
  [/\b(when|once|till|until|as soon as)\s+(?!(?:i|we|you|u|they|he|she|my|our|someone|somebody|anyone|anybody|someone's)\b)((?:[\w-]+\s+){1,5}?)(?:returns|return|comes back|come back|is back|are back|is in again|are in again|is in stock again|are in stock again|is available again|are available again|can be bought again)\b/giu, '$1 $2is back in stock'],
  // "when you've got the M again", "when you'll have the oak table again": the shop having it again.
  [/\b(?:you['’]ve got|you have got|you(?:['’]ve| have| will have|['’]ll have)|you get)\s+((?:[\w-]+\s+){1,4}?)again\b/giu, '$1is back in stock'],
  // "ordered the large blue throw and got a small grey one", "got a blue cushion, ordered green": what came is not
  // what was ordered, however the two are described (a colour, a size: details of their own). "got a red one" is the
  // wrong_item lexicon's own form.
  [/\b(ordered|bought|paid for)\b([^.?!]{1,50}?)\s(?:and|but)\s+(?:i\s+|we\s+)?(?:got|received)\s+(?=(?:a|an|the|some|\d+)\s)(?!(?:a|an)\s+[\w-]+\s+ones?\b)(?!\S+\s+(?:[\w-]+\s+)?(?:refund|reply|response|email|e-mail|message|text|call|confirmation|notification|receipt|invoice|tracking|code|discount|voucher|coupon)s?\b)/giu, '$1$2 but received the wrong item: '],
  [/\b(?:got|received)\s+(?!(?:a|an|the|some)\s+(?:[\w-]+\s+)?(?:refund|reply|response|email|e-mail|message|text|call|confirmation|notification|receipt|invoice|tracking|code|discount|voucher|coupon)s?\b)((?:a|an|the|some)\s+(?:[\w-]+\s+){0,2}[\w-]+)\s*(?:,|but|and)\s*(?:i\s+|we\s+)?(?:ordered|paid for)\b/giu, 'received the wrong item: $1, ordered'],
  // "is that fine?", "a tote bag is fine", "fine with 2 cats?": all right, not the penalty a "fine" is (Porter stems
  // "fined", a penalty form, to "fine"). Left as it is where it is paid or given: "a fine", "pay the fine", "got fined".
  [/\b(?<!\b(?:a|the|any|no|pay|paying|paid|get|got|getting|give|gave|issue|issued|parking|late|big|hefty)\s+)fine\b(?!\s+(?:for|print)\b)/giu, 'ok'],
  // "do moms and dads need tickets", "mum or dad": a child's parents, whichever words name them.
  [/\b(?:moms?|mums?|mothers?|mommies|mommy|mummies|mummy)\s+(?:and|&|or|n|\/)\s+(?:dads?|fathers?|daddies|daddy)\b|\b(?:dads?|fathers?)\s+(?:and|&|or|n|\/)\s+(?:moms?|mums?|mothers?)\b/giu, 'parents'],
];
// Not inside a longer word, a hyphenated one or a code ("x-pic", "pic2").
const CHAT_WORD = new RegExp(`(?<![\\w'’-])(${Object.keys(CHAT_WORDS).join('|')})(?![\\w-])`, 'giu');

/** `text` with chat shorthand spelled out (CHAT_WORDS): "my gf" → "my girlfriend", "are mobiles allowed" → "are phones allowed". */
export const expandChatWords = (text: string): string => {
  let out = text;
  for (const [pattern, replacement] of CHAT_PHRASES) out = out.replace(pattern, replacement);
  return out.replace(CHAT_WORD, (word: string) => CHAT_WORDS[word.toLowerCase()] ?? word);
};
