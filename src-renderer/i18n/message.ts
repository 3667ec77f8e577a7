/** A catalogue entry: plain text, or plural forms chosen with `Intl.PluralRules` (`{n}` is the count). */
export type Message = string | { one?: string; other: string };

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;
