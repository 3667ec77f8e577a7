// Text from the knowledge base or a customer goes to a terminal as it was typed, but not its control characters:
// an imported file or a question asked in web mode could otherwise hold an escape sequence that recolours,
// clears or retitles the operator's terminal when `faq list` or `review list` prints it.

// C0 controls but tab and line feed, DEL, and the C1 controls (0x9b is a one-byte CSI in some terminals).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escaped = (char: string) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** Multi-line text (an answer): line breaks and tabs kept, other control characters shown as `\xHH`. */
export function terminalText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, escaped);
}

/** One line of a listing (a question): line breaks and tabs become spaces, other controls `\xHH`. */
export function terminalLine(text: string): string {
  return text.replace(/\r\n?|[\n\t]/g, ' ').replace(CONTROL, escaped);
}
