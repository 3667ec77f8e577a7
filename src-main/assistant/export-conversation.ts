// A conversation as a file a person can read (Markdown) or a program can load (JSON).
import { answerOnlyIn, type ChatMessage, type Conversation, type MessageSource } from '../shared/api/chat.ts';

export type ExportFormat = 'markdown' | 'json';

const MODE_LABEL = { faq: 'FAQ answer', generated: 'Draft', handoff: 'Handed off' } as const;
const LANGUAGE_NAME = { zh: 'Chinese', en: 'English' } as const;

export function exportConversation(
  conversation: Conversation,
  messages: readonly ChatMessage[],
  format: ExportFormat,
): { fileName: string; content: string } {
  const base = fileBase(conversation);
  if (format === 'json') {
    return { fileName: `${base}.json`, content: `${JSON.stringify({ conversation, messages }, null, 2)}\n` };
  }
  return { fileName: `${base}.md`, content: toMarkdown(conversation, messages) };
}

/** File names get at most this many characters of the title (most file systems allow 255 bytes: 80 CJK take 240). */
const TITLE_CHARS_MAX = 80;
/** Names Windows keeps for devices, with or without an extension. */
const RESERVED_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * The file's name without its extension: the conversation's title on one line, without the characters file systems
 * refuse (\ / : * ? " < > | and control characters) or dots and spaces at its ends, Chinese kept; `conversation-<id>`
 * when no title is left (none, only such characters, or a name Windows keeps).
 */
export function fileBase(conversation: Pick<Conversation, 'id' | 'title'>): string {
  const cleaned = (conversation.title ?? '')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const title = Array.from(cleaned).slice(0, TITLE_CHARS_MAX).join('').replace(/[\s.]+$/, '');
  return title && !RESERVED_NAME.test(title) ? title : `conversation-${conversation.id}`;
}

function toMarkdown(conversation: Conversation, messages: readonly ChatMessage[]): string {
  // The file is in English throughout (Customer, Assistant): a conversation without a title is named by its number.
  const lines = [`# ${oneLine(conversation.title ?? `Conversation ${conversation.id}`)}`, '', `_${conversation.createdAt}_`, ''];
  for (const message of messages) {
    if (message.role === 'user') {
      lines.push(`**Customer** (${message.createdAt}):`, '', quote(message.text), '');
      continue;
    }
    const facts = [
      message.mode ? MODE_LABEL[message.mode] : null,
      message.confidence !== null ? `confidence ${message.confidence.toFixed(2)}` : null,
      message.model ? `model ${message.model}` : null,
      message.interrupted ? 'interrupted' : null,
      message.feedback ? `feedback ${message.feedback === 'up' ? '👍' : '👎'}` : null,
    ].filter(Boolean);
    lines.push(`**Assistant** (${facts.join(', ')}):`, '', quote(message.text), '');
    // What the chat shows under the answer goes with it: why the model could not draft, and a one-language answer.
    if (message.notice) lines.push(`_Note: ${oneLine(message.notice.message)}_`, '');
    const onlyIn = answerOnlyIn(message);
    if (onlyIn) lines.push(`_This answer is only available in ${LANGUAGE_NAME[onlyIn]}._`, '');
    if (message.sources.length) {
      const source = (s: MessageSource) =>
        `- ${oneLine(s.question)}${s.ref ? ` (\`${s.ref}\`)` : ''} — ${s.score.toFixed(2)}${s.byMeaning ? ', placed higher by meaning' : ''}`;
      lines.push("Sources (best first; the figure is the share of the question's words each contains):", ...message.sources.map(source), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Every line as a Markdown block quote, so customer text cannot turn into headings or lists. */
const quote = (text: string) => (text || ' ').split('\n').map((line) => `> ${line}`).join('\n');
