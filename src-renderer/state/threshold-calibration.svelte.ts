import type { ApiClient, FaqEntry, Input, Lang, ThresholdCalibration } from '../../src-main/shared/api/index.ts';
import { formatMessage } from '../i18n/i18n.svelte.ts';

type QuestionSet = Input<'eval:run'>['cases'];

/** The template's questions the FAQ answers: twelve, two more than calibrating needs. */
const TEMPLATE_IN_SCOPE = 12;
/** The name a downloaded template is saved under. */
export const TEMPLATE_FILE_NAME = 'calibration-questions.json';

/**
 * A question set as the owner writes one: a question the FAQ answers (`answered`), with its entry's external
 * reference, and one to hand off (`handedOff`), both in the UI's language. Shown under the Calibrate button and in
 * the error for a file that is not one.
 */
export function questionSetExample(answered: string, handedOff: string): string {
  return JSON.stringify({
    cases: [
      { query: answered, expect: 'international-shipping' },
      { query: handedOff, expect: null },
    ],
  });
}

/**
 * A question set made from the knowledge base, for the owner to reword and choose: the questions of up to twelve
 * enabled entries that have an external reference (spread over the list, and over its languages), each expecting its
 * entry, then `offTopic(lang)`'s questions to hand off in each language the knowledge base has. The format is the one
 * Calibrate and `concierge eval` read; an entry without a reference cannot be expected, so it is left out.
 */
export function calibrationTemplate(entries: readonly FaqEntry[], offTopic: (lang: Lang) => readonly string[]): { cases: QuestionSet } {
  const live = entries.filter((entry) => entry.enabled && entry.deletedAt === null);
  const langs = [...new Set(live.map((entry) => entry.lang))].sort();
  const pools = langs.map((lang) => live.filter((entry) => entry.lang === lang && entry.ref));
  // Twelve shared out in turn between the languages, a language with too few leaving its share to the others.
  const counts = pools.map(() => 0);
  for (let left = TEMPLATE_IN_SCOPE, gave = true; left > 0 && gave; ) {
    gave = false;
    pools.forEach((pool, i) => {
      if (left > 0 && counts[i] < pool.length) [counts[i], left, gave] = [counts[i] + 1, left - 1, true];
    });
  }
  const picks = pools.map((pool, i) => spread(pool, counts[i]));
  const inScope = Array.from({ length: Math.max(0, ...counts) }, (_, i) => picks.flatMap((list) => list[i] ?? [])).flat();
  return {
    cases: [
      ...inScope.map((entry) => ({ query: entry.question, expect: entry.ref! })),
      ...langs.flatMap((lang) => offTopic(lang).map((query) => ({ query, expect: null }))),
    ],
  };
}

/** Up to `count` of `items`, evenly spaced from the first: a few of every part of the list, not only its start. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

/**
 * Thresholds fitted to a question set the owner chooses (the JSON file `concierge eval` reads), shown beside
 * the ones in force until the owner applies or dismisses them.
 */
export class ThresholdCalibrationState {
  calibration = $state.raw<ThresholdCalibration | null>(null);
  fileName = $state<string | null>(null);
  /** Expected refs of the set that no enabled entry has: those questions counted as misses. */
  unknownRefs = $state.raw<string[]>([]);
  busy = $state(false);
  /** How many questions the chosen set has, once read: said while they are answered. */
  questions = $state<number | null>(null);
  /** Why the chosen file could not be used (not a question set, too few questions…). */
  problem = $state<string | null>(null);

  readonly #api: ApiClient;
  readonly #notQuestionSet: (fileName: string) => string;

  constructor(api: ApiClient, notQuestionSet: (fileName: string) => string) {
    this.#api = api;
    this.#notQuestionSet = notQuestionSet;
  }

  async choose(file: File): Promise<void> {
    this.clear();
    this.fileName = file.name;
    this.busy = true;
    try {
      const cases = questionSet(await file.text());
      if (!cases) throw new Error(this.#notQuestionSet(file.name));
      this.questions = cases.length;
      // The server validates every case and says which one is wrong.
      const report = await this.#api.invoke('eval:run', { cases, calibrate: true });
      this.calibration = report.calibration ?? null;
      this.unknownRefs = report.unknown_refs ?? [];
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Hands `save` a question set made from the knowledge base (calibrationTemplate, its off-topic questions in each
   * entry language's own words) for the owner to reword and choose. False, saving nothing, when no enabled entry has
   * an external reference to expect.
   */
  async saveTemplate(save: (fileName: string, content: string) => void): Promise<boolean> {
    const { entries } = await this.#api.invoke('faq:list', { enabled: true, limit: 50_000 });
    const template = calibrationTemplate(entries, (lang) => formatMessage(lang, 'settings.calibrationTemplate.offTopic').split('\n'));
    if (!template.cases.some((item) => item.expect !== null)) return false;
    save(TEMPLATE_FILE_NAME, `${JSON.stringify(template, null, 2)}\n`);
    return true;
  }

  clear(): void {
    this.calibration = null;
    this.unknownRefs = [];
    this.fileName = null;
    this.problem = null;
    this.questions = null;
  }
}

function questionSet(text: string): QuestionSet | null {
  try {
    const cases = (JSON.parse(text) as { cases?: unknown } | null)?.cases;
    return Array.isArray(cases) ? (cases as QuestionSet) : null;
  } catch {
    return null;
  }
}
