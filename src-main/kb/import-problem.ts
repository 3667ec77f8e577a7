import type { ErrorParams } from '../shared/errors.ts';

/** A problem at a place in an import file; the import turns it into a row error of its report. */
export class ImportProblem extends Error {
  code?: string;
  params?: ErrorParams;
  constructor(
    /** 1-based line the problem is reported at (for a JSON entry, the line where the entry starts). */
    readonly line: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ImportProblem';
  }

  /** Names the problem with a stable code and its values, so the UI can say it in its language (see MessageCode). */
  withCode(code: string, params?: ErrorParams): this {
    this.code = code;
    if (params) this.params = params;
    return this;
  }
}

/** The 1-based line of character `offset` in `text` (a CRLF or LF ends a line). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The 1-based lines of ascending offsets in `text`, in one pass (as lineAt, for every entry of a large file). */
export function linesAt(text: string, offsets: readonly number[]): number[] {
  let line = 1;
  let from = 0;
  return offsets.map((offset) => {
    for (let i = text.indexOf('\n', from); i !== -1 && i < offset; i = text.indexOf('\n', from)) {
      line++;
      from = i + 1;
    }
    return line;
  });
}
