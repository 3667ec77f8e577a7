// FTS5 MATCH strings built only from our own tokens, each one a quoted string, so nothing a user types
// (`"`, `*`, `NEAR(`, `OR`, `col:`) can ever be read as FTS5 query syntax.
import { scanTokens, type Token } from './tokenize.ts';

/** A long pasted question is cut to its first terms: FTS5 cost grows with every OR branch. */
const MAX_QUERY_TERMS = 64;
/** ...and only its start is tokenized at all, so a 100 KB paste costs no more than a long question. */
const MAX_QUERY_CHARS = 2_000;

/** An FTS5 string literal: `"…"` with inner quotes doubled (our tokens never contain any; this is the seal). */
export function quoteFtsString(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/** Distinct query tokens in order of first appearance, without those `drop` rejects, at most MAX_QUERY_TERMS. */
export function queryTokens(query: string, drop?: (token: Token) => boolean): Token[] {
  const seen = new Set<string>();
  const terms: Token[] = [];
  scanTokens(query.slice(0, MAX_QUERY_CHARS), (text, kind, surface) => {
    const token = { text, kind, surface };
    if (seen.has(text) || drop?.(token)) return;
    seen.add(text);
    terms.push(token);
    return terms.length < MAX_QUERY_TERMS;
  });
  return terms;
}

/** Ranked retrieval: any term may match and BM25 rewards more and rarer ones. Null when there is nothing to match. */
export function rankedMatch(tokens: readonly Token[]): string | null {
  return tokens.length ? tokens.map((token) => quoteFtsString(token.text)).join(' OR ') : null;
}

/**
 * Filtering as you type: every term must occur in the entry (question, similar questions or answer). The
 * last term is a prefix while it may be unfinished ("refu" finds "refund"), unless the query ends in a space
 * or punctuation. Null when there is nothing to match.
 */
export function filterMatch(query: string): string | null {
  const terms = queryTokens(query, (token) => token.kind === 'cjk-word');
  const finished = /[\s\p{P}]$/u.test(query);
  const parts = terms.map((token, i) => {
    // A lone CJK character is stored only inside bigrams, so it is always looked up as their prefix.
    const isPrefix = (!finished && i === terms.length - 1) || (token.kind === 'cjk-gram' && [...token.text].length === 1);
    return quoteFtsString(token.text) + (isPrefix ? '*' : '');
  });
  return parts.length ? parts.join(' AND ') : null;
}
