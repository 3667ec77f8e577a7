import type { Lang } from '../shared/api/faq.ts';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/**
 * The language a customer wrote in: Chinese as soon as Han characters outnumber Latin words
 * ("我的order在哪" is Chinese), English when there are Latin words, else `fallback` (emoji, digits).
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  const han = text.match(HAN)?.length ?? 0;
  const latinWords = text.match(LATIN_WORD)?.length ?? 0;
  if (han === 0 && latinWords === 0) return fallback;
  return han >= latinWords ? 'zh' : 'en';
}
