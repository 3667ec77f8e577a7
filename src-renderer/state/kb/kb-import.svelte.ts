import type { ApiClient, ImportReport, ImportRowError } from '../../../src-main/shared/api/index.ts';
import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';
import { codeMessageKey, describeError, type UiError } from '../../lib/errors.ts';
import { messageCode } from '../../../src-main/shared/errors.ts';
import { IMPORT_FILE_MAX_BYTES } from '../../../src-main/shared/api/faq-limits.ts';
import { textEncoding } from '../../../src-main/shared/text-encoding.ts';

/** idle → reading → checking (dry run) → preview → committing → idle; `failed` shows why it cannot go on. */
export type ImportPhase = 'idle' | 'reading' | 'checking' | 'preview' | 'committing' | 'failed';

/** The part of a browser `File` the import needs. */
export interface ImportFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const EXTENSIONS = ['.json', '.jsonl', '.csv'];

/**
 * The problems to list besides the duplicates: the server reports each duplicate twice (in `duplicates`, and as
 * a row error in English), and the dialog lists duplicates on their own, in the user's language.
 */
export function otherProblems(report: Pick<ImportReport, 'errors' | 'duplicates'>): ImportRowError[] {
  // The entry's number too: in a one-line JSON file every entry is at line 1.
  const duplicates = new Set(report.duplicates.map((duplicate) => `${duplicate.line}:${duplicate.entry}:${duplicate.reason}`));
  return report.errors.filter((error) => !duplicates.has(`${error.line}:${error.entry}:${error.field}`));
}

/** The label of a row's place: "Line 4", or "Line 1, entry 4" when several JSON entries start on that line. */
export function placeLabel(
  place: { line: number; entry?: number },
  translate: (key: MessageKey, params?: MessageParams) => string,
): string {
  if (place.entry === undefined) return translate('kb.import.line', { line: place.line });
  return translate('kb.import.lineEntry', { line: place.line, entry: place.entry });
}

/**
 * A row's problem as the list shows it: the field (or its path, "tags.3") as a label, then the sentence. A problem
 * the server named with a code is said in the UI's language (a field's problem under its path's label; a sentence
 * that names its column without the label again); any other is the server's English, whose sentence begins with
 * the path ("answer is required") — said once, as the label, not twice.
 */
export function rowProblem(
  error: ImportRowError,
  translate?: (key: MessageKey, params?: MessageParams) => string,
): { field: string | null; text: string } {
  const { code, params } = messageCode(error); // checked: the report came from the server
  const coded = translate ? codeMessageKey(code) : null;
  if (coded) {
    const text = translate!(coded, params);
    if (typeof params?.field === 'string') return { field: params.field || null, text };
    return { field: params?.name === error.field ? null : error.field || null, text };
  }
  if (!error.field) return { field: null, text: error.message };
  const [path, ...rest] = error.message.split(' ');
  if (path !== error.field && !path.startsWith(`${error.field}.`)) return { field: error.field, text: error.message };
  return { field: path, text: rest.join(' ') };
}

/**
 * Import with a preview: the file is read as strict UTF-8, checked by the server with `dryRun`, shown, and
 * only written when the user confirms.
 */
export class KbImport {
  phase = $state<ImportPhase>('idle');
  fileName = $state('');
  report = $state.raw<ImportReport | null>(null);
  /** A problem found before the server saw the file (type, size, encoding). */
  problem = $state<MessageKey | null>(null);
  /** A failure reported by the server. */
  error = $state<UiError | null>(null);

  busy = $derived(this.phase === 'reading' || this.phase === 'checking' || this.phase === 'committing');
  canCommit = $derived(
    this.phase === 'preview' && this.report !== null && this.report.errors.length === 0 && this.report.imported > 0,
  );

  readonly #api: ApiClient;
  readonly #onImported: (report: ImportReport) => void | Promise<void>;
  #content = '';
  #attempt = 0;

  constructor(api: ApiClient, onImported: (report: ImportReport) => void | Promise<void>) {
    this.#api = api;
    this.#onImported = onImported;
  }

  async choose(file: ImportFile): Promise<void> {
    const attempt = ++this.#attempt;
    this.#reset(file.name);
    const name = file.name.toLowerCase();
    if (!EXTENSIONS.some((extension) => name.endsWith(extension))) return this.#fail('kb.import.unsupported');
    if (file.size > IMPORT_FILE_MAX_BYTES) return this.#fail('kb.import.tooLarge');
    this.phase = 'reading';
    let content: string;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const encoding = textEncoding(bytes);
    try {
      // fatal: bad bytes are refused here instead of being silently replaced with U+FFFD.
      content = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      if (attempt === this.#attempt) this.#fail(encoding === 'utf-8' ? 'kb.import.notUtf8' : 'kb.import.notUtf16');
      return;
    }
    if (attempt !== this.#attempt) return;
    this.#content = content;
    this.phase = 'checking';
    try {
      const report = await this.#api.invoke('faq:import', { fileName: file.name, content, dryRun: true });
      if (attempt !== this.#attempt) return;
      this.report = report;
      this.phase = 'preview';
    } catch (error) {
      if (attempt === this.#attempt) this.#failWith(error);
    }
  }

  async commit(): Promise<void> {
    if (!this.canCommit) return;
    const attempt = this.#attempt;
    this.phase = 'committing';
    try {
      const report = await this.#api.invoke('faq:import', { fileName: this.fileName, content: this.#content });
      if (attempt !== this.#attempt) return;
      if (report.errors.length > 0 || report.dryRun) {
        // The file no longer imports cleanly (the KB changed since the preview): show why.
        this.report = report;
        this.phase = 'preview';
        return;
      }
      this.close();
      await this.#onImported(report);
    } catch (error) {
      if (attempt === this.#attempt) this.#failWith(error);
    }
  }

  close(): void {
    this.#attempt++;
    this.#reset('');
    this.phase = 'idle';
  }

  #reset(fileName: string): void {
    this.fileName = fileName;
    this.report = null;
    this.problem = null;
    this.error = null;
    this.#content = '';
  }

  #fail(problem: MessageKey): void {
    this.problem = problem;
    this.phase = 'failed';
  }

  #failWith(error: unknown): void {
    const details = (error as { details?: Partial<ImportReport> } | null)?.details;
    if (Array.isArray(details?.errors) && typeof details.total === 'number') {
      // A refused import that carries its report: show the rows, like a preview.
      this.report = details as ImportReport;
      this.phase = 'preview';
      return;
    }
    this.error = describeError(error);
    this.phase = 'failed';
  }
}
