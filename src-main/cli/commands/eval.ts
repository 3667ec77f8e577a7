import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { describeIssues } from '../../app/router.ts';
import { EvalCase, type EvalReport } from '../../shared/api/index.ts';
import { InvalidInputError } from '../../shared/errors.ts';
import { onePositional, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { printJson, withClient } from '../with-app.ts';

const EvalFile = z.object({ cases: z.array(EvalCase).min(1) });

export const evalCommand: Command = {
  name: 'eval',
  summary: 'measure ranking and hand-off quality on a labelled question set',
  usage: `Usage: concierge eval FILE [--json]

FILE is JSON: {"cases": [{"query": "...", "expect": "<entry ref>" | null}]}; null means the question is
out of scope and should be handed off. Each question is retrieved and decided as a chat message would be
(without generating a draft), against the current knowledge base and thresholds.

Prints P@1 and MRR@10 (in-scope questions), the accuracy of answered questions, the hand-off rate on
out-of-scope questions and the answered rate on in-scope ones. --json prints {"n", "p_at_1", "mrr_at_10",
"answered_accuracy", "handoff_rate_out_of_scope", "answered_rate_in_scope", "cases": [...]}.`,

  async run(args, leading) {
    const { positionals, global } = parseCommandArgs(args, {}, leading);
    const file = onePositional(positionals, 'FILE');
    const cases = parseEvalFile(file, await readFile(file, 'utf8'));
    const report = await withClient(global.dataDir, (client) => client.invoke('eval:run', { cases }));
    if (global.json) return printJson(report);
    console.log(summary(report));
  },
};

function parseEvalFile(file: string, text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = EvalFile.safeParse(json);
  if (!parsed.success) throw new InvalidInputError(`${file}: ${describeIssues(parsed.error.issues)}`);
  return parsed.data.cases;
}

const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)} %`);

function summary(report: EvalReport): string {
  const misses = report.cases.filter((result) => !result.correct);
  return [
    `cases:                      ${report.n}`,
    `P@1:                        ${percent(report.p_at_1)}`,
    `MRR@10:                     ${report.mrr_at_10?.toFixed(3) ?? '-'}`,
    `answered accuracy:          ${percent(report.answered_accuracy)}`,
    `hand-off rate, off-topic:   ${percent(report.handoff_rate_out_of_scope)}`,
    `answered rate, in scope:    ${percent(report.answered_rate_in_scope)}`,
    ...(misses.length ? ['', 'misses (expected → got, mode, confidence):'] : []),
    ...misses.map((r) => `  ${r.expect ?? '(hand-off)'} → ${r.top ?? '-'}  ${r.mode}  ${r.confidence.toFixed(2)}  ${r.query}`),
  ].join('\n');
}
