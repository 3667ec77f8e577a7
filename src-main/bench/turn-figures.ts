// Figures over many timed turns, shared by the load and the soak: counts, errors with their messages,
// and latency per answer mode.
import type { AnswerMode } from '../shared/api/index.ts';
import type { TurnOutcome } from './load-client.ts';
import { summarizeLatencies, type LatencySummary } from './latency-summary.ts';

export interface ModeFigures extends LatencySummary {
  requests_per_s: number;
  /** Drafts only: sending → first streamed piece (queueing for the inference worker plus the prompt). */
  ttft?: LatencySummary;
}

export interface TurnFigures {
  requests: number;
  requests_per_s: number;
  /** Failed requests (questions and other calls); every distinct message is listed in `error_messages`. */
  errors: number;
  error_messages: { message: string; count: number }[];
  /** Answers that came back interrupted, empty, or whose streamed pieces did not add up to the stored text. */
  incomplete: number;
  latency: LatencySummary;
  by_mode: Partial<Record<AnswerMode, ModeFigures>>;
}

export class TurnRecorder {
  readonly outcomes: TurnOutcome[] = [];
  /** Failures of the calls a UI makes besides asking (listing, opening, deleting conversations). */
  private readonly callErrors: string[] = [];

  add(outcome: TurnOutcome): void {
    this.outcomes.push(outcome);
  }

  /** Runs one such call; a failure is counted as an error with its message. */
  async call(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.callErrors.push((error as Error).message);
    }
  }

  get errorCount(): number {
    return this.outcomes.filter((outcome) => !outcome.ok).length + this.callErrors.length;
  }

  figures(elapsedMs: number): TurnFigures {
    const perSecond = (count: number) => Math.round((count / (elapsedMs / 1000)) * 100) / 100;
    const answered = this.outcomes.filter((outcome) => outcome.ok);
    const failed = this.outcomes.filter((outcome) => !outcome.ok);
    const messages = new Map<string, number>();
    for (const error of [...failed.map((outcome) => outcome.error), ...this.callErrors]) {
      messages.set(error, (messages.get(error) ?? 0) + 1);
    }

    const byMode: TurnFigures['by_mode'] = {};
    for (const mode of new Set(answered.map((outcome) => outcome.mode))) {
      const group = answered.filter((outcome) => outcome.mode === mode);
      const ttfts = group.flatMap((outcome) => (outcome.ttftMs === null ? [] : [outcome.ttftMs]));
      byMode[mode] = {
        ...summarizeLatencies(group.map((outcome) => outcome.latencyMs)),
        requests_per_s: perSecond(group.length),
        ...(ttfts.length ? { ttft: summarizeLatencies(ttfts) } : {}),
      };
    }
    return {
      requests: this.outcomes.length,
      requests_per_s: perSecond(this.outcomes.length),
      errors: this.errorCount,
      error_messages: [...messages].map(([message, count]) => ({ message, count })),
      incomplete: answered.filter((outcome) => !outcome.complete).length,
      latency: summarizeLatencies(this.outcomes.map((outcome) => outcome.latencyMs)),
      by_mode: byMode,
    };
  }
}
