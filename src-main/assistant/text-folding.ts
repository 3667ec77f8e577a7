// One spelling for the texts and the lexicon forms they are matched against (text-analysis.ts, analysis-tables.ts):
// the search tokenizer's folding (width, case), spoken Chinese question words written out, English contractions
// spelled out, and English words as stems.
import { tokenize } from '../search/tokenize.ts';
import { expandChatWords, wordStem } from './english-forms.ts';

/**
 * Spoken question words in their written form: 啥 is 什么 and 咋 is 怎么 (啥时候能好, 咋算), so every lexicon form
 * written with one also reads the other.
 */
const SPOKEN_ZH: Record<string, string> = { 啥: '什么', 咋: '怎么' };

/**
 * Same folding as the search tokenizer (width, case), so lexicon forms and texts meet in one spelling; and
 * spoken question words written out (SPOKEN_ZH).
 */
export const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[啥咋]/gu, (word) => SPOKEN_ZH[word]);

/**
 * 'd and 'll spelled out: the tokenizer drops apostrophes, and "i'd", "i'll", "she'll", "we'd" would read as the
 * words "id", "ill", "shell", "wed" (a passport ID, being ill). Without the apostrophe, "id"/"ill" before a verb
 * they go with ("id like", "ill be") are read so too; elsewhere they are the words.
 */
const CONTRACTIONS = /\b(i|you|he|she|we|they|it|that|there|who|what)['’](d|ll)\b/giu;
const BARE_CONTRACTIONS = /\b(id|ill)(?= (?:like|love|prefer|rather|be|have|need|want|appreciate|come|bring|call|wait|pay|send|take|try|just|probably|definitely)\b)/giu;

export const expandContractions = (text: string): string =>
  text
    .replace(CONTRACTIONS, (_, who: string, verb: string) => `${who} ${verb.toLowerCase() === 'd' ? 'would' : 'will'}`)
    .replace(BARE_CONTRACTIONS, (word: string) => (word.toLowerCase() === 'id' ? 'i would' : 'i will'));

/** Stems of the English words of `text`, one stem for a word's spellings, irregular forms and chat shorthand (english-forms.ts). */
export const englishStems = (text: string): string[] => tokenize(expandChatWords(expandContractions(text))).map((token) => wordStem(token.surface, token.text));
