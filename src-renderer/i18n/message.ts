/** A catalogue entry: plain text, or plural forms chosen with `Intl.PluralRules` (`{n}` is the count). */
export type Message = string | { one?: string; other: string };

/** Values substituted for `{name}` placeholders (`{name, percent}`: a number shown as a percentage). */
export type MessageParams = Record<string, string | number>;
