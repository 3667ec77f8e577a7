import { z } from 'zod';
import { describeIssues } from '../../app/router.ts';
import { EvalCase, type EvalReport, type ThresholdCalibration, type ThresholdOutcome } from '../../shared/api/index.ts';
import { ImportProblem, lineAt } from '../../kb/import-problem.ts';
import { findJsonSyntaxError } from '../../kb/json-syntax.ts';
import { decodeText } from '../../kb/utf8.ts';
import { inputName, readInput } from '../../node/input-file.ts';
import { IMPORT_FILE_MAX_BYTES } from '../../shared/api/faq-limits.ts';
import { InvalidInputError } from '../../shared/errors.ts';
import { onePositional, parseCommandArgs, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { emptyKnowledgeBaseNote, type KnowledgeBaseState } from '../empty-knowledge-base.ts';
import { printJson, withClient } from '../with-app.ts';
import { terminalLine } from '../terminal-text.ts';

const EvalFile = z.object({ cases: z.array(EvalCase).min(1) });

export const evalCommand: Command = {
  name: 'eval',
  usage: `Usage: concierge eval FILE [--calibrate [--apply]] [--json]

FILE is JSON: {"cases": [{"query": "...", "expect": "<entry ref>" | null, "tag": "..."}]}; null means the
question is out of scope and should be handed off; the optional tag labels a case ("far", "typo"…) and
the figures are also given for each tag's cases. FILE "-" reads standard input (up to 50 MB, as a file). Each question is retrieved and decided as a chat message would be
(without generating a draft), against the current knowledge base and thresholds. A knowledge base with no
enabled entry hands every question off: eval then says so first (also on stderr with --json), and how to fill it.

Prints P@1 and MRR@10 (in-scope questions), the accuracy of answered questions, the hand-off rate on
out-of-scope questions and the answered rate on in-scope ones. --json prints {"n", "p_at_1", "mrr_at_10",
"answered_accuracy", "handoff_rate_out_of_scope", "answered_rate_in_scope", "cases": [...],
"by_tag": {"<tag>": {the same figures}} (only when a case has a tag), "warnings": [{"code", "message"}]}; warnings (always present, often empty) say why figures may mislead:
code "knowledge-base-empty" (no enabled entry: every question is handed off) or "unknown-refs" (no enabled
entry has an expected ref; "unknown_refs" lists them).

--calibrate  also suggests thresholds for this knowledge base from the set (at least 10 in-scope and 5
             off-topic questions): the draft threshold that best balances in-scope questions answered against
             off-topic ones handed off, and the lowest verbatim threshold at which 95 % of the answers came
             from the expected entry. --json adds "calibration": {"current", "suggested"}.
--apply      saves the suggested thresholds (Settings shows them; set them back there or with --apply again).`,

  async run(args, leading) {
    const { positionals, values, global } = parseCommandArgs(args, { calibrate: { type: 'boolean' }, apply: { type: 'boolean' } }, leading);
    if (values.apply && !values.calibrate) throw new UsageError('--apply saves what --calibrate suggests: give both');
    const file = onePositional(positionals, 'FILE');
    // As large as an import file: its cases travel in one request, whose body the API caps near that size.
    const cases = parseEvalFile(inputName(file), await readInput(file, IMPORT_FILE_MAX_BYTES));
    const { report, knowledgeBase } = await withClient(global.dataDir, async (client) => {
      const report = await client.invoke('eval:run', { cases, calibrate: values.calibrate });
      const suggested = report.calibration?.suggested.thresholds;
      if (values.apply && suggested) await client.invoke('settings:set', { generateThreshold: suggested.generated, faqThreshold: suggested.faq });
      return { report, knowledgeBase: await client.invoke('faq:status', {}) };
    });
    const warnings = evalWarnings(report, knowledgeBase);
    if (global.json) {
      // On stderr too, for whoever runs it by hand: stdout is the report alone, which a script reads.
      for (const { message } of warnings) console.error(`warning: ${message}`);
      return printJson({ ...report, warnings });
    }
    console.log(summary(report, warnings));
    if (report.calibration) console.log(`\n${calibrationTable(report.calibration, Boolean(values.apply))}`);
  },
};

/** UTF-8 with or without a BOM, or UTF-16 with one, as the import files (Notepad and Excel write a BOM). */
function parseEvalFile(file: string, bytes: Uint8Array) {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (error) {
    if (error instanceof ImportProblem) throw new InvalidInputError(`${file}: line ${error.line}: ${error.message}`);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const where = found ? `line ${lineAt(text, found.offset)}: ${found.message}` : (error as Error).message.split('\n')[0];
    throw new InvalidInputError(`${file} is not valid JSON: ${where}`);
  }
  const parsed = EvalFile.safeParse(json);
  if (!parsed.success) throw new InvalidInputError(`${file}: ${describeIssues(parsed.error.issues)}`);
  return parsed.data.cases;
}

const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)} %`);

interface EvalWarning {
  code: 'knowledge-base-empty' | 'unknown-refs';
  message: string;
}

/** Why the figures may mislead, for the text summary and the JSON report alike. */
function evalWarnings(report: EvalReport, knowledgeBase: KnowledgeBaseState): EvalWarning[] {
  // An empty knowledge base has none of the refs: the one reason says more than the list of them.
  if (knowledgeBase.enabledEntries === 0) {
    const message = `${emptyKnowledgeBaseNote(knowledgeBase)} Every question that expects an entry counts as a miss.`;
    return [{ code: 'knowledge-base-empty', message }];
  }
  const unknown = report.unknown_refs ?? [];
  if (!unknown.length) return [];
  return [{ code: 'unknown-refs', message: `no enabled entry has the ref ${unknown.join(', ')}; those questions count as misses` }];
}

function summary(report: EvalReport, warnings: EvalWarning[]): string {
  const misses = report.cases.filter((result) => !result.correct);
  return [
    ...warnings.map(({ message }) => `warning: ${message}`),
    ...(warnings.length ? [''] : []),
    `cases:                      ${report.n}`,
    `P@1:                        ${percent(report.p_at_1)}`,
    `MRR@10:                     ${report.mrr_at_10?.toFixed(3) ?? '-'}`,
    `answered accuracy:          ${percent(report.answered_accuracy)}`,
    `hand-off rate, off-topic:   ${percent(report.handoff_rate_out_of_scope)}`,
    `answered rate, in scope:    ${percent(report.answered_rate_in_scope)}`,
    ...tagLines(report.by_tag),
    ...(misses.length ? ['', 'misses (expected → got, mode, confidence):'] : []),
    ...misses.map((r) => `  ${r.expect ?? '(hand-off)'} → ${r.top ?? '-'}  ${r.mode}  ${r.confidence.toFixed(2)}  ${terminalLine(r.query)}`),
  ].join('\n');
}

/** One line per tag: its case count and the figures its cases have (off-topic cases alone have no P@1). */
function tagLines(byTag: EvalReport['by_tag']): string[] {
  if (!byTag) return [];
  const lines = Object.entries(byTag).map(([tag, figures]) => {
    const parts = [
      figures.p_at_1 === null ? null : `P@1 ${percent(figures.p_at_1)}`,
      figures.answered_rate_in_scope === null ? null : `answered ${percent(figures.answered_rate_in_scope)}`,
      figures.handoff_rate_out_of_scope === null ? null : `handed off ${percent(figures.handoff_rate_out_of_scope)}`,
    ];
    return `  ${tag} (${figures.n}): ${parts.filter((part) => part !== null).join(', ')}`;
  });
  return ['', 'by tag:', ...lines];
}

function calibrationTable({ current, suggested }: ThresholdCalibration, applied: boolean): string {
  const widths = [12, 7, 10, 20, 22];
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('').trimEnd();
  const row = (name: string, outcome: ThresholdOutcome) =>
    line([`  ${name}`, outcome.thresholds.generated.toFixed(3), outcome.thresholds.faq.toFixed(3),
      percent(outcome.answeredInScope), percent(outcome.handedOffOutOfScope), percent(outcome.faqPrecision)]);
  return [
    line(['thresholds', 'draft', 'verbatim', 'in scope answered', 'off-topic handed off', 'verbatim right']),
    row('current', current),
    row('suggested', suggested),
    applied ? 'Saved the suggested thresholds.' : 'Save them with --apply, or in Settings.',
  ].join('\n');
}
