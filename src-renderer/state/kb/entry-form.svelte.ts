import type { FaqDraft, FaqEntry, Lang } from '../../../src-main/shared/api/index.ts';
import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';
import { ANSWER_MAX, CATEGORY_MAX, QUESTION_MAX, REF_MAX, TAG_MAX, TAGS_MAX } from '../../../src-main/shared/api/faq-limits.ts';

export type FormField = 'question' | 'answer' | 'category' | 'tags' | 'ref' | `paraphrase.${number}`;
export interface FieldProblem {
  key: MessageKey;
  params?: MessageParams;
}

/** Commas in either script, and the Chinese enumeration comma, separate tags. */
const TAG_SEPARATOR = /[,，、]/;

/** The add/edit form for one entry: its fields, their problems, and the draft sent to the API. */
export class EntryForm {
  readonly original: FaqEntry | null;
  question = $state('');
  answer = $state('');
  category = $state('');
  tags = $state('');
  lang = $state<Lang | ''>('');
  enabled = $state(true);
  ref = $state('');
  paraphrases = $state<string[]>([]);
  /** Problems are shown only after the first save attempt, so an empty new form is not all red. */
  showProblems = $state(false);

  problems: Partial<Record<FormField, FieldProblem>> = $derived(this.#validate());
  valid = $derived(Object.keys(this.problems).length === 0);
  /** The entry as it would be saved when the form opened. */
  readonly #initial: string;

  constructor(entry: FaqEntry | null = null, defaults: { category?: string; lang?: Lang | '' } = {}) {
    this.original = entry;
    if (entry) {
      this.question = entry.question;
      this.answer = entry.answer;
      this.category = entry.category;
      this.tags = entry.tags.join(', ');
      this.lang = entry.lang;
      this.enabled = entry.enabled;
      this.ref = entry.ref ?? '';
      this.paraphrases = [...entry.paraphrases];
    } else {
      this.category = defaults.category ?? '';
      this.lang = defaults.lang ?? '';
    }
    this.#initial = JSON.stringify(this.toDraft());
  }

  get isNew(): boolean {
    return this.original === null;
  }

  /** The entry as it would be saved differs from what the form opened with: closing it would lose something. */
  get dirty(): boolean {
    return JSON.stringify(this.toDraft()) !== this.#initial;
  }

  addParaphrase(text = ''): void {
    this.paraphrases.push(text);
  }

  removeParaphrase(index: number): void {
    this.paraphrases.splice(index, 1);
  }

  /** The cleaned-up entry: trimmed text, split tags, no blank or repeated similar questions. */
  toDraft(): FaqDraft {
    const question = this.question.trim();
    return {
      question,
      answer: this.answer.trim(),
      category: this.category.trim(),
      tags: unique(this.tags.split(TAG_SEPARATOR)),
      lang: this.lang || undefined,
      enabled: this.enabled,
      ref: this.ref.trim() || null,
      paraphrases: unique(this.paraphrases).filter((text) => text !== question),
    };
  }

  #validate(): Partial<Record<FormField, FieldProblem>> {
    const problems: Partial<Record<FormField, FieldProblem>> = {};
    const check = (field: FormField, value: string, max: number, required = false) => {
      const length = value.trim().length;
      if (required && length === 0) problems[field] = { key: 'kb.field.required' };
      else if (length > max) problems[field] = { key: 'kb.field.tooLong', params: { n: length, max } };
    };
    check('question', this.question, QUESTION_MAX, true);
    check('answer', this.answer, ANSWER_MAX, true);
    check('category', this.category, CATEGORY_MAX);
    check('ref', this.ref, REF_MAX);
    const tags = unique(this.tags.split(TAG_SEPARATOR));
    const longTag = tags.find((tag) => tag.length > TAG_MAX);
    if (longTag) problems.tags = { key: 'kb.field.tooLong', params: { n: longTag.length, max: TAG_MAX } };
    else if (tags.length > TAGS_MAX) problems.tags = { key: 'kb.field.tooManyTags', params: { max: TAGS_MAX } };
    this.paraphrases.forEach((text, i) => check(`paraphrase.${i}`, text, QUESTION_MAX));
    return problems;
  }
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts.map((text) => text.trim()).filter(Boolean))];
}
