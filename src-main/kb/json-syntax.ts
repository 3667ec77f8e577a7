// JSON.parse says only "is not valid JSON" for some mistakes, and its wording changes between V8 versions.
// When it fails, this scanner finds where: the offset and a plain reason, for an error with a line number.
// When it succeeds, the same scanner finds where each entry of an import starts, for the line to report it at.

import type { ErrorParams } from '../shared/errors.ts';

/** Why the text is not JSON: English, and a code (`import.json.*`) with values for a UI to say in its language. */
export interface JsonSyntaxProblem {
  offset: number;
  message: string;
  code: string;
  params?: ErrorParams;
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly code: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 1_000;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  fail(message: string, code: string, params?: ErrorParams): never {
    throw new JsonSyntaxError(this.i, message, `import.json.${code}`, params);
  }

  skipSpace(): void {
    while (' \t\n\r'.includes(this.text[this.i] ?? 'x')) this.i++;
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail('nesting is too deep', 'too-deep', { max: MAX_DEPTH });
    this.skipSpace();
    const c = this.text[this.i];
    if (c === '{') return this.container('}', depth, () => this.member(depth));
    if (c === '[') return this.container(']', depth, () => this.value(depth + 1));
    if (c === '"') return this.string();
    if (c === undefined) this.fail('the file ends where a value was expected', 'ends-before-value');
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.i)) {
        this.i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = this.i;
    if (!NUMBER.test(this.text)) this.fail(`unexpected ${JSON.stringify(c)} where a value was expected`, 'unexpected-char', { char: c });
    this.i = NUMBER.lastIndex;
  }

  member(depth: number): void {
    this.memberName();
    this.value(depth + 1);
  }

  /** A member's name, read up to and past its ":". */
  memberName(): string {
    this.skipSpace();
    const start = this.i;
    if (this.text[start] !== '"') this.fail('expected a property name in double quotes', 'expected-name');
    this.string();
    const name = JSON.parse(this.text.slice(start, this.i)) as string;
    this.skipSpace();
    if (this.text[this.i] !== ':') this.fail('expected ":" after the property name', 'expected-colon');
    this.i++;
    return name;
  }

  container(close: '}' | ']', depth: number, item: () => void): void {
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      item();
      this.skipSpace();
      const c = this.text[this.i];
      if (c === close) {
        this.i++;
        return;
      }
      if (c === undefined) this.fail(`the file ends before "${close}"`, 'ends-before-close', { close });
      if (c !== ',') this.fail(`expected "," or "${close}"`, 'expected-comma', { close });
      this.i++;
    }
  }

  string(): void {
    const start = this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) {
        this.i = start;
        this.fail('a string is never closed', 'unclosed-string');
      }
      if (c === '"') {
        this.i++;
        return;
      }
      if (c < ' ') this.fail('a line break or control character inside a string (write it as \\n)', 'control-char');
      if (c === '\\') {
        const escape = this.text[this.i + 1] ?? '';
        if (escape === 'u' ? !/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6)) : !'"\\/bfnrt'.includes(escape || 'x')) {
          this.fail('an invalid escape sequence in a string', 'bad-escape');
        }
        this.i += escape === 'u' ? 6 : 2;
      } else this.i++;
    }
  }
}

/** Where and why `text` is not JSON, or null when it is. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const scanner = new Scanner(text);
  try {
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.i < text.length) scanner.fail('unexpected text after the end of the JSON value', 'text-after-end');
    return null;
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const { offset, message, code, params } = error;
      return params ? { offset, message, code, params } : { offset, message, code };
    }
    throw error;
  }
}

/**
 * Where each entry of a valid JSON import starts (the offset of its first character, `{` for an object): the
 * elements of a top-level array, or of the array under "entries" (the last such key, as JSON.parse keeps the
 * last). Strings are skipped whole, so a `{` or `"` inside one, or an escaped key, never misleads it. [] when
 * there is no such array; null when the text is not JSON.
 */
export function findEntryOffsets(text: string): number[] | null {
  const scanner = new Scanner(text);
  const elements = (): number[] => {
    const offsets: number[] = [];
    scanner.container(']', 1, () => {
      scanner.skipSpace();
      offsets.push(scanner.i);
      scanner.value(2);
    });
    return offsets;
  };
  try {
    scanner.skipSpace();
    if (text[scanner.i] === '[') return elements();
    let offsets: number[] = [];
    if (text[scanner.i] === '{') {
      scanner.container('}', 0, () => {
        const name = scanner.memberName();
        scanner.skipSpace();
        if (name !== 'entries') return scanner.value(1);
        if (text[scanner.i] === '[') offsets = elements();
        else {
          offsets = [];
          scanner.value(1);
        }
      });
    }
    return offsets;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return null;
    throw error;
  }
}
