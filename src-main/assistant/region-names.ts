// Country and region names in English and Chinese, from ICU (Intl.DisplayNames), for the "international
// shipping" concept: a customer names where they live ("Brazil", "德国") rather than saying "abroad".

/** The shop's home market: naming it is not a question about shipping abroad. */
const HOME = 'CN';
/** Names that are also everyday words in a shop ("a football jersey", "turkey"). */
const AMBIGUOUS = new Set(['jersey', 'turkey', 'chad', 'jordan', 'georgia', 'guinea', 'niger', 'unknown region']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function regionNames(locale: 'en' | 'zh'): string[] {
  const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const names = new Set<string>();
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      if (code === HOME) continue;
      const name = safeName(display, code);
      // Short, plain names only: "Hong Kong SAR China" is not how a customer names a place.
      const lower = name?.toLowerCase();
      if (lower && lower.length <= 20 && !AMBIGUOUS.has(lower) && !/[(),&]|sar|特别行政区|未知/.test(lower)) names.add(lower);
    }
  }
  return [...names];
}

function safeName(display: Intl.DisplayNames, code: string): string | undefined {
  try {
    return display.of(code);
  } catch {
    return undefined;
  }
}
