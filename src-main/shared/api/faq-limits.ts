// The knowledge base's size limits, in a module of their own without zod: the renderer imports these values
// (its forms and import dialog check them before a request), and importing faq.ts would bundle zod.
export const QUESTION_MAX = 1_000;
export const ANSWER_MAX = 20_000;
export const CATEGORY_MAX = 100;
export const REF_MAX = 200;
export const TAG_MAX = 100;
export const TAGS_MAX = 50;
export const PARAPHRASES_MAX = 200;
export const IMPORT_FILE_MAX_BYTES = 50 * 1024 * 1024;
/** Most entry ids one request may name (a list of just those entries, a bulk change, a delete). */
export const LIST_IDS_MAX = 50_000;
