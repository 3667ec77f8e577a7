// Fixed texts the assistant says in the customer's language.
import type { Lang } from '../shared/api/faq.ts';

const HANDOFF: Record<Lang, string> = {
  zh: '抱歉，这个问题我暂时无法准确回答。我已经把您的问题转给人工客服，他们会尽快回复您。',
  en: "Sorry, I can't answer that reliably. I've passed your question to a member of our support team, who will get back to you shortly.",
};

/** The polite hand-off to a person. */
export function handoffMessage(lang: Lang): string {
  return HANDOFF[lang];
}

/** Said, in the customer's language, of an answer quoted from an entry in the other language (two languages). */
const ONLY_IN_OTHER_LANGUAGE: Record<Lang, string> = { zh: '，只有英文版本', en: ', only available in Chinese' };

/**
 * The draft when no model is available: the closest entry's curated answer, introduced as a suggestion
 * rather than presented as a sure answer. An entry in the other language says so, as a quoted FAQ answer does
 * (answerOnlyIn), since the customer gets its text verbatim.
 */
export function extractiveDraft(lang: Lang, entry: { question: string; answer: string; lang: Lang }): string {
  const onlyIn = entry.lang === lang ? '' : ONLY_IN_OTHER_LANGUAGE[lang];
  return lang === 'zh'
    ? `以下内容可能对您有帮助（常见问题“${entry.question}”${onlyIn}）：${entry.answer}`
    : `This may help (from our FAQ "${entry.question}"${onlyIn}): ${entry.answer}`;
}
