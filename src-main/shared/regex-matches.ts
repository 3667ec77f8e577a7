// Every match of a global regular expression, as String.prototype.matchAll gives them, without its cost:
// matchAll clones the expression (a new RegExp each call) and walks it through an iterator, which made it 3–5
// times slower than exec() over the short texts the analyser reads (its number patterns were most of
// numberFacts' time while building the index).

/**
 * The matches of `pattern` (global flag required) in `text`, in order, as `text.matchAll(pattern)` lists them:
 * after an empty match the search moves on by one character (a code point with the u or v flag). Starts at 0
 * and leaves `pattern.lastIndex` at 0, as exec() does once it finds no more.
 */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  return matches;
}

/** The index after the one at `index`: past a surrogate pair when the pattern reads code points. */
function advance(text: string, index: number, codePoints: boolean): number {
  if (!codePoints || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
