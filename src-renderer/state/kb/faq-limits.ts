// The limits of `src-main/shared/api/faq.ts`, repeated because the renderer imports only types from shared/
// (importing values would bundle zod). tests/renderer/kb/faq-limits.test.ts keeps the two in step.
export const QUESTION_MAX = 1_000;
export const ANSWER_MAX = 20_000;
export const CATEGORY_MAX = 100;
export const REF_MAX = 200;
export const TAG_MAX = 100;
export const TAGS_MAX = 50;
export const IMPORT_FILE_MAX_BYTES = 50 * 1024 * 1024;
