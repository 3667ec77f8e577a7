/**
 * `text` cut to at most `max` characters, the last of them an ellipsis where it was cut: for a message or a
 * tooltip that must stay short whatever the server sent. Never cuts a character in two (an emoji's surrogate pair).
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}
