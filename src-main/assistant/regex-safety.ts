// A static check that a user-supplied regular expression cannot backtrack catastrophically. JavaScript's engine
// backtracks: `(a+)+$` or `(x|x)*y` run against a few dozen characters that almost match try every way of
// splitting them, which takes minutes, and the content filter runs in the main process (the whole app and the
// web server would freeze). The check is conservative: it refuses some patterns that are in fact fast, and says
// which rule they broke so the pattern can be rewritten.
//
// Rules, for a pattern that compiles with the filter's flags ('iu'):
// - too-long: more than PATTERN_MAX_CHARS characters.
// - backreference: `\1`, `\k<name>` (matching them is not bounded by any rewrite of the pattern).
// - nested-quantifier: a group repeated more than once (`*`, `+`, `{2,}`, `{1,5}`) that contains a quantifier
//   with a choice of count (`+`, `*`, `?`, `{1,3}`; a fixed `{3}` is no choice): `(a+)+`, `(\w+\s?)*`.
// - ambiguous-alternation: a group repeated more than once containing alternatives that can start with the same
//   character (or both match nothing), so the same text can be split between them in many ways: `(x|x)*`,
//   `(a|ab)+`, `(\d|[0-9])*`.
// - adjacent-quantifiers: two repeats that can match the same characters with nothing required between them that
//   only one of them can match: `.*.*x`, `\s*\s*x`, `.*foo.*x`. Each such pair multiplies the work by the text's
//   length (measured: `.*.*.*x` on 1,000 characters took 272 s); `\d+ to \d+` is fine (the space separates them).
// - many-choices: more than MAX_AMBIGUOUS_CHOICES places where the same text can be matched in two ways, outside any
//   repeated group: an optional piece that can match what an open repeat or optional before it matches (`a?a?a?…`,
//   `\w+s?`), or alternatives that can start with the same character (`(a|a)`, `(a|ab)`). Each doubles the ways a
//   near miss is tried, even across text between them: `a?` 40 times then `a` 40 times (120 characters) runs for
//   hours, as does `(?:a|a)` written out 25 times. A few are fine (`\w+s?`, `(refunds?|returns?)`); fewer in a
//   pattern with a repeat, whose cost each multiplies (MAX_CHOICES_WITH_REPEAT).
//
// Each rule bounds one pattern; patternCost() estimates what one costs, so that a list of them can be bounded too
// (content-filter.ts sums it).

export const PATTERN_MAX_CHARS = 200;

/** The most two-way choices a pattern may hold (many-choices): 2^8 tries of a near miss is still quick. */
const MAX_AMBIGUOUS_CHOICES = 8;
/**
 * The most in a pattern that also repeats something (`*`, `+`, `{2,}`): a repeat can cost the square of the text's
 * length, and each choice doubles that (4,000 characters: `.*a?a?x` 0.2 s, `.*a?×8 x` 28 s, `(?:a|\w)×8 .*x` 15 s).
 */
const MAX_CHOICES_WITH_REPEAT = 2;

/**
 * patternCost()'s unit: one repeat that can start anywhere in a run of what it matches (`\d+x`, `[a-z]+@`), run over
 * FILTER_SCAN_MAX characters that almost match: every start position runs the repeat to the end and back, the square
 * of the length. Measured on this machine (2 cores, shared): 37–65 ms for 4,000 characters.
 */
export const COST_UNIT_MS = 50;
/**
 * A pattern without such a repeat tries each start position a fixed number of times: the length, not its square.
 * Measured: `a?` 8 times then `a` 8 times then `b` (2^8 ways) took 23 ms on 4,000 `a`s, 0.4 units, so one way of
 * such a pattern costs about 1/256 of a unit (rounded up).
 */
const LINEAR_SHARE = 256;
/** A repeat whose count can vary by more than this is as costly as an open one (`{0,1000}` on 4,000 characters). */
const BOUNDED_REPEAT_MAX = 64;

export type PatternRisk =
  | 'too-long'
  | 'backreference'
  | 'nested-quantifier'
  | 'ambiguous-alternation'
  | 'adjacent-quantifiers'
  | 'many-choices';

type Node =
  | { type: 'alt'; branches: Node[] }
  | { type: 'seq'; items: Node[] }
  | { type: 'group'; body: Node; lookaround: boolean }
  | { type: 'quant'; min: number; max: number; body: Node }
  | { type: 'atom'; source: string }
  | { type: 'assert' }
  | { type: 'backref' };

/** The first rule the pattern breaks, or null when it is safe to run. Assumes the pattern compiles ('iu'). */
export function patternRisk(pattern: string): PatternRisk | null {
  if ([...pattern].length > PATTERN_MAX_CHARS) return 'too-long';
  const tree = new Parser(pattern).parse();
  if (some(tree, (node) => node.type === 'backref')) return 'backreference';
  const repeated = collect(tree, (node): node is Extract<Node, { type: 'quant' }> => node.type === 'quant' && node.max > 1);
  if (repeated.some((quant) => some(quant.body, (node) => node.type === 'quant' && node.min !== node.max))) return 'nested-quantifier';
  const universe = sampleCharacters(pattern);
  for (const quant of repeated) {
    const alternations = collect(quant.body, (node): node is Extract<Node, { type: 'alt' }> => node.type === 'alt');
    if (alternations.some((alt) => branchesOverlap(alt.branches, universe))) return 'ambiguous-alternation';
  }
  const reach = new Reach(universe);
  try {
    reach.walk(tree, [], true);
  } catch (error) {
    if (error === ADJACENT) return 'adjacent-quantifiers';
    throw error;
  }
  return reach.choices > (reach.repeats ? MAX_CHOICES_WITH_REPEAT : MAX_AMBIGUOUS_CHOICES) ? 'many-choices' : null;
}

/**
 * How long one run of `pattern` over the longest draft can take, in COST_UNIT_MS units: 2^choices (the ways a near
 * miss is tried, counted as patternRisk counts them), whole for a pattern with a sliding repeat (see slidingRepeat),
 * 1/LINEAR_SHARE for one without. Assumes the pattern compiles ('iu') and patternRisk passes it.
 */
export function patternCost(pattern: string): number {
  const tree = new Parser(pattern).parse();
  const universe = sampleCharacters(pattern);
  const reach = new Reach(universe);
  reach.walk(tree, [], true);
  const ways = 2 ** reach.choices;
  return slidingRepeat(tree, [], false, universe) ? ways : ways / LINEAR_SHARE;
}

/**
 * Whether `node` holds a repeat (open, or longer than BOUNDED_REPEAT_MAX) that a match can reach from many start
 * positions inside one run of what the repeat matches, and then fail after it (`failsAfter`: something that can fail
 * follows), so that each of those starts runs the repeat to the run's end and back. Every character the match
 * requires before the repeat (`prefix`, one list of matchers per character) must be one that could be in that run.
 * `\d+x`, `.\d+x` and `a\w+x` slide (a run of digits or letters starts a match at each of its characters);
 * `call\s+\d+` does not (one place leads into a run of spaces), nor `https?://\S+` (nothing after the repeat can fail,
 * so its first character ends the search). `^` counts as any assertion, and characters that are optional or in a
 * lookaround do not count as required: both can only make a repeat slide, never hide one that does.
 */
function slidingRepeat(node: Node, prefix: RegExp[][], failsAfter: boolean, universe: readonly string[]): boolean {
  switch (node.type) {
    case 'atom':
    case 'assert':
    case 'backref':
      return false;
    case 'group':
      return slidingRepeat(node.body, prefix, failsAfter, universe);
    case 'alt':
      return node.branches.some((branch) => slidingRepeat(branch, prefix, failsAfter, universe));
    case 'seq': {
      let before = prefix;
      for (const [i, item] of node.items.entries()) {
        if (slidingRepeat(item, before, failsAfter || node.items.slice(i + 1).some(canFail), universe)) return true;
        before = [...before, ...requiredCharacters(item)];
      }
      return false;
    }
    case 'quant': {
      const open = node.max - node.min > BOUNDED_REPEAT_MAX;
      if (open && failsAfter && prefix.every((required) => overlap(required, atomsOf(node.body), universe))) return true;
      return slidingRepeat(node.body, prefix, true, universe);
    }
  }
}

/** Whether some text can make `node` fail to match (it is not always matched by nothing). */
function canFail(node: Node): boolean {
  switch (node.type) {
    case 'atom':
    case 'assert':
    case 'backref':
      return true;
    case 'group':
      return node.lookaround || canFail(node.body);
    case 'quant':
      return node.min > 0 && canFail(node.body);
    case 'seq':
      return node.items.some(canFail);
    case 'alt':
      return node.branches.every(canFail);
  }
}

/**
 * The characters every match of `node` holds, in order, each as the matchers one of them meets; an alternation
 * holds one character that starts one of its branches (none when a branch can match nothing).
 */
function requiredCharacters(node: Node): RegExp[][] {
  switch (node.type) {
    case 'atom':
      return [[matcher(node.source)]];
    case 'assert':
    case 'backref':
      return [];
    case 'group':
      return node.lookaround ? [] : requiredCharacters(node.body);
    case 'quant':
      return node.min > 0 ? requiredCharacters(node.body) : [];
    case 'seq':
      return node.items.flatMap(requiredCharacters);
    case 'alt': {
      const firsts = node.branches.map((branch) => requiredCharacters(branch)[0]);
      return firsts.every((first) => first !== undefined) ? [firsts.flat()] : [];
    }
  }
}

/** Whether some sample character meets one of `a` and one of `b`. */
function overlap(a: readonly RegExp[], b: readonly RegExp[], universe: readonly string[]): boolean {
  return universe.some((char) => a.some((re) => re.test(char)) && b.some((re) => re.test(char)));
}

const ADJACENT = Symbol('adjacent-quantifiers');

/** What the text matched so far could extend into the next piece: a repeat (`*`, `+`, `{2,}`) or an optional (`?`). */
interface OpenPiece {
  atoms: RegExp[];
  repeat: boolean;
}

/**
 * Walks the pattern in order keeping the pieces still "open": repeats and optionals that the text matched so far
 * could extend into the next piece. A required character only one side can match closes a piece; a new repeat that
 * shares a character with an open repeat throws ADJACENT. Counts the two-way choices met on the way (`choices`): an
 * optional or repeat sharing a character with an open piece, and alternatives that can start with the same character;
 * and whether it met a repeat (`repeats`).
 */
class Reach {
  choices = 0;
  repeats = false;

  constructor(private readonly universe: readonly string[]) {}

  walk(node: Node, open: OpenPiece[], required: boolean): OpenPiece[] {
    switch (node.type) {
      case 'atom': {
        if (!required) return open;
        const atom = [matcher(node.source)];
        return open.filter((piece) => this.overlap(piece.atoms, atom));
      }
      case 'assert':
      case 'backref':
        return open;
      case 'group':
        return node.lookaround ? (this.walk(node.body, open, false), open) : this.walk(node.body, open, required);
      case 'seq':
        return node.items.reduce((reach, item) => this.walk(item, reach, required), open);
      case 'alt':
        if (branchesOverlap(node.branches, this.universe)) this.choices++;
        return [...new Set(node.branches.flatMap((branch) => this.walk(branch, open, false)))];
      case 'quant': {
        if (node.min === node.max) return this.walk(node.body, open, required && node.min > 0);
        const atoms = atomsOf(node.body);
        const shared = open.filter((other) => this.overlap(other.atoms, atoms));
        if (node.max <= 1) {
          if (shared.length) this.choices++;
          return [...this.walk(node.body, open, false), { atoms, repeat: false }];
        }
        if (shared.some((other) => other.repeat)) throw ADJACENT;
        if (shared.length) this.choices++;
        this.repeats = true;
        return [...open, { atoms, repeat: true }];
      }
    }
  }

  private overlap(a: RegExp[], b: RegExp[]): boolean {
    return overlap(a, b, this.universe);
  }
}

/** The one-character pieces of `node`, as matchers. */
function atomsOf(node: Node): RegExp[] {
  return collect(node, (n): n is Extract<Node, { type: 'atom' }> => n.type === 'atom').map((atom) => matcher(atom.source));
}

/** A one-character piece of the pattern as an expression matching exactly one character. */
function matcher(source: string): RegExp {
  try {
    return new RegExp(`^(?:${source})$`, 'isu');
  } catch {
    return /^[^]$/u; // a piece this parser misread: assume it matches anything
  }
}

function some(node: Node, test: (node: Node) => boolean): boolean {
  return collect(node, (n): n is Node => test(n)).length > 0;
}

function collect<T extends Node>(node: Node, test: (node: Node) => node is T, into: T[] = []): T[] {
  if (test(node)) into.push(node);
  if (node.type === 'alt') for (const branch of node.branches) collect(branch, test, into);
  else if (node.type === 'seq') for (const item of node.items) collect(item, test, into);
  else if (node.type === 'group' || node.type === 'quant') collect(node.body, test, into);
  return into;
}

interface FirstSet {
  /** Sources of the one-character matchers the text can start with. */
  atoms: string[];
  /** Whether the node can match empty text. */
  nullable: boolean;
}

function first(node: Node): FirstSet {
  switch (node.type) {
    case 'atom':
      return { atoms: [node.source], nullable: false };
    case 'assert':
    case 'backref':
      return { atoms: [], nullable: true };
    case 'group':
      return node.lookaround ? { atoms: [], nullable: true } : first(node.body);
    case 'quant': {
      const body = first(node.body);
      return { atoms: body.atoms, nullable: node.min === 0 || body.nullable };
    }
    case 'alt': {
      const sets = node.branches.map(first);
      return { atoms: sets.flatMap((set) => set.atoms), nullable: sets.some((set) => set.nullable) };
    }
    case 'seq': {
      const atoms: string[] = [];
      for (const item of node.items) {
        const set = first(item);
        atoms.push(...set.atoms);
        if (!set.nullable) return { atoms, nullable: false };
      }
      return { atoms, nullable: true };
    }
  }
}

function branchesOverlap(branches: Node[], universe: readonly string[]): boolean {
  const sets = branches.map(first);
  const matchers = sets.map((set) => set.atoms.map(matcher));
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      if (sets[i]!.nullable && sets[j]!.nullable) return true;
      const a = matchers[i]!;
      const b = matchers[j]!;
      if (universe.some((char) => a.some((re) => re.test(char)) && b.some((re) => re.test(char)))) return true;
    }
  }
  return false;
}

/**
 * Characters to test first-character matchers on: Latin and its extensions, one or two of each script and symbol
 * a shop's drafts use, and every character of the pattern and its neighbours (class ranges overlap at an end).
 */
function sampleCharacters(pattern: string): string[] {
  const points = new Set<number>();
  for (let code = 0; code <= 0x2ff; code++) points.add(code);
  const samples = 'αΩяЯאش्ก一中龥あア가，。！？、：；￥＄０９Ａａ€£—–“”‘’…😀\u00a0\u2000\u2028\u3000\ufeff';
  for (const char of samples + pattern) {
    const code = char.codePointAt(0)!;
    for (const near of [code - 1, code, code + 1]) if (near >= 0 && near <= 0x10ffff) points.add(near);
  }
  for (const match of pattern.matchAll(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})/giu)) {
    const code = parseInt(match[1] ?? match[2] ?? match[3]!, 16);
    for (const near of [code - 1, code, code + 1]) if (near >= 0 && near <= 0x10ffff) points.add(near);
  }
  return [...points].filter((code) => code < 0xd800 || code > 0xdfff).map((code) => String.fromCodePoint(code));
}

/** A parser for the syntax `new RegExp(pattern, 'u')` accepts (unicode mode is strict, so no Annex B leniency). */
class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    return this.alternation();
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { type: 'alt', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.quantified(this.term()));
    }
    return { type: 'seq', items };
  }

  private quantified(body: Node): Node {
    let min: number;
    let max: number;
    const char = this.peek();
    if (char === '*') [min, max] = [0, Infinity];
    else if (char === '+') [min, max] = [1, Infinity];
    else if (char === '?') [min, max] = [0, 1];
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) return body;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity;
      this.at += match[0].length - 1;
    } else return body;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same choices, tried in another order
    return { type: 'quant', min, max, body };
  }

  private term(): Node {
    const start = this.at;
    const char = this.peek();
    if (char === '(') {
      let lookaround = false;
      if (this.source.startsWith('(?:', this.at)) this.at += 3;
      else if (this.source.startsWith('(?=', this.at) || this.source.startsWith('(?!', this.at)) [this.at, lookaround] = [this.at + 3, true];
      else if (this.source.startsWith('(?<=', this.at) || this.source.startsWith('(?<!', this.at)) [this.at, lookaround] = [this.at + 4, true];
      else if (this.source.startsWith('(?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
      else if (this.source.startsWith('(?', this.at)) this.at = this.source.indexOf(':', this.at) + 1; // modifiers (?i:…)
      else this.at++;
      const body = this.alternation();
      this.at++; // ')'
      return { type: 'group', body, lookaround };
    }
    if (char === '[') {
      this.at++;
      while (this.at < this.source.length && this.peek() !== ']') this.at += this.peek() === '\\' ? 2 : 1;
      this.at++;
      return { type: 'atom', source: this.source.slice(start, this.at) };
    }
    if (char === '^' || char === '$') {
      this.at++;
      return { type: 'assert' };
    }
    if (char === '\\') return this.escape();
    const code = this.source.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    return { type: 'atom', source: this.source.slice(start, this.at) };
  }

  private escape(): Node {
    const start = this.at;
    const next = this.peek(1);
    this.at += 2;
    if (/[1-9]/.test(next)) {
      while (/\d/.test(this.peek())) this.at++;
      return { type: 'backref' };
    }
    if (next === 'k') {
      this.at = this.source.indexOf('>', this.at) + 1;
      return { type: 'backref' };
    }
    if (next === 'b' || next === 'B') return { type: 'assert' };
    if ((next === 'p' || next === 'P') && this.peek() === '{') this.at = this.source.indexOf('}', this.at) + 1;
    else if (next === 'u' && this.peek() === '{') this.at = this.source.indexOf('}', this.at) + 1;
    else if (next === 'u') {
      this.at += 4;
      // A surrogate pair written as two escapes is one character.
      if (/^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(this.source.slice(this.at, this.at + 6))) this.at += 6;
    } else if (next === 'x') this.at += 2;
    else if (next === 'c') this.at += 1;
    return { type: 'atom', source: this.source.slice(start, this.at) };
  }
}
