import type { ApiClient, Input, ThresholdCalibration } from '../../src-main/shared/api/index.ts';

type QuestionSet = Input<'eval:run'>['cases'];

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
