// Streams a draft to the customer while the content filter watches it. The last few characters are held back
// until more text arrives, so a blocked word or price that arrives split over several tokens ("Ama" + "zon",
// "$4" + "5") is caught before any of it is shown; the same hold-back hides a stop string as it forms.
import type { FilterVerdict } from './content-filter.ts';
import { completionText } from './prompt.ts';

/** Longer than any stop string and than most blocked words and prices. */
const HOLD_BACK_CHARS = 24;
const TRAILING_AMOUNT = /[\d.,\s$¥￥€£]+$/u;

export class SafeStream {
  private raw = '';
  private shown = 0;
  blockedReason: string | null = null;

  constructor(
    private readonly check: (draft: string) => FilterVerdict,
    private readonly emit: ((text: string) => void) | undefined,
  ) {}

  /** Adds a generated piece; returns false once the draft is blocked (stop generating then). */
  push(piece: string): boolean {
    if (this.blockedReason) return false;
    this.raw += piece;
    const draft = completionText(this.raw);
    // A number at the very end may still grow ("$4" → "$45"): judge it once the next character arrives.
    const settled = draft.replace(TRAILING_AMOUNT, '');
    if (!this.allowed(settled)) return false;
    this.show(draft, Math.min(settled.length, draft.length - HOLD_BACK_CHARS));
    return true;
  }

  /** The final draft passed the filter: show whatever is still held back. */
  finish(draft: string): void {
    this.show(draft, draft.length);
  }

  /** Generation was stopped: the partial draft, shown in full if it passes the filter, else null. */
  finishPartial(): string | null {
    const draft = completionText(this.raw);
    if (!this.allowed(draft)) return null;
    this.finish(draft);
    return draft;
  }

  private allowed(draft: string): boolean {
    const verdict = this.check(draft);
    if (!verdict.allowed) this.blockedReason = verdict.reason ?? 'blocked';
    return verdict.allowed;
  }

  private show(draft: string, upTo: number): void {
    if (upTo <= this.shown) return;
    this.emit?.(draft.slice(this.shown, upTo));
    this.shown = upTo;
  }
}
