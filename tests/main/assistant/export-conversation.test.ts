import { describe, expect, it } from 'vitest';
import { exportConversation, fileBase } from '../../../src-main/assistant/export-conversation.ts';
import type { ChatMessage, Conversation } from '../../../src-main/shared/api/chat.ts';

const conversation: Conversation = { id: 7, title: 'Refunds\n# not a heading', messageCount: 2, createdAt: '2026-11-29T10:00:00Z', updatedAt: '2026-11-29T10:01:00Z' };

const message = (fields: Partial<ChatMessage>): ChatMessage => ({
  id: 1,
  conversationId: 7,
  role: 'assistant',
  text: '',
  mode: null,
  confidence: null,
  sources: [],
  model: null,
  latencyMs: null,
  feedback: null,
  interrupted: false,
  handoffReason: null,
  notice: null,
  lang: 'en',
  createdAt: '2026-11-29T10:00:30Z',
  updatedAt: '2026-11-29T10:00:30Z',
  ...fields,
});

describe('exportConversation() as Markdown', () => {
  const customer = message({ id: 1, role: 'user', text: 'How long does a refund take?\n- and to my card?' });
  const faqInChinese = message({
    id: 2,
    text: '仓库收到退货后1–2个工作日内完成退款。',
    mode: 'faq',
    confidence: 0.82,
    sources: [{ id: 3, ref: 'refund-time', question: '退款多久能到账？', score: 0.82, lang: 'zh' }],
  });
  const brokenModel = message({
    id: 3,
    text: "Sorry, I can't answer that reliably.",
    mode: 'handoff',
    confidence: 0.5,
    handoffReason: 'generation-failed',
    notice: { code: 'model-missing', modelId: 'tiny', files: ['onnx/model.onnx'], folderMissing: false, message: "The active model's files are missing (onnx/model.onnx)." },
  });

  it('quotes every text, keeps the title on one line, and lists the sources', () => {
    const { fileName, content } = exportConversation(conversation, [customer, faqInChinese], 'markdown');
    expect(fileName).toBe('Refunds # not a heading.md'); // named by its title, on one line
    expect(content.startsWith('# Refunds # not a heading\n')).toBe(true);
    expect(content).toContain('> How long does a refund take?\n> - and to my card?');
    expect(content).toContain('**Assistant** (FAQ answer, confidence 0.82):');
    expect(content).toContain('- 退款多久能到账？ (`refund-time`) — 0.82');
  });

  it('heads a conversation without a title with its number, the file being English throughout', () => {
    const { content } = exportConversation({ ...conversation, title: null }, [customer], 'markdown');
    expect(content.startsWith('# Conversation 7\n')).toBe(true);
  });

  it('says which source its meaning placed above sources whose words match better', () => {
    const draft = message({
      id: 4,
      text: 'Click "Unsubscribe" at the bottom of any newsletter.',
      mode: 'generated',
      confidence: 0.5,
      sources: [
        { id: 30, ref: 'newsletter-unsubscribe', question: 'How do I unsubscribe from the newsletter?', score: 0.19, lang: 'en', byMeaning: true },
        { id: 23, ref: 'contact-us', question: 'How can I contact customer support?', score: 0.24, lang: 'en' },
      ],
    });
    const { content } = exportConversation(conversation, [customer, draft], 'markdown');
    expect(content).toContain(
      [
        "Sources (best first; the figure is the share of the question's words each contains):",
        '- How do I unsubscribe from the newsletter? (`newsletter-unsubscribe`) — 0.19, placed higher by meaning',
        '- How can I contact customer support? (`contact-us`) — 0.24',
      ].join('\n'),
    );
  });

  it('carries the notes the chat shows under an answer', () => {
    const { content } = exportConversation(conversation, [customer, faqInChinese, brokenModel], 'markdown');
    expect(content).toContain('_This answer is only available in Chinese._');
    expect(content).toContain("_Note: The active model's files are missing (onnx/model.onnx)._");
    const sameLanguage = exportConversation(conversation, [message({ ...faqInChinese, lang: 'zh' })], 'markdown');
    expect(sameLanguage.content).not.toContain('only available');
  });

  it('exports JSON with every stored field, notice included', () => {
    const { fileName, content } = exportConversation(conversation, [customer, brokenModel], 'json');
    expect(fileName).toBe('Refunds # not a heading.json');
    expect(JSON.parse(content)).toEqual({ conversation, messages: [customer, brokenModel] });
  });
});

describe('fileBase()', () => {
  const named = (title: string | null) => fileBase({ id: 7, title });

  it('names the file by the title, Chinese kept, without the characters file systems refuse', () => {
    expect(named('退款多久能到账？')).toBe('退款多久能到账？');
    expect(named('How long does a refund take?')).toBe('How long does a refund take');
    expect(named('A/B: "test" <1> | 2\\3*\t')).toBe('A B test 1 2 3');
    expect(named(' ..hidden.. ')).toBe('hidden');
  });

  it('cuts a long title to 80 characters, never inside a character', () => {
    expect(Array.from(named('退'.repeat(100)))).toHaveLength(80);
    expect(named('😀'.repeat(100))).toBe('😀'.repeat(80));
  });

  it('falls back to the conversation’s number when no usable title is left', () => {
    expect(named(null)).toBe('conversation-7');
    expect(named('???')).toBe('conversation-7');
    expect(named('CON')).toBe('conversation-7');
    expect(named('nul.txt')).toBe('conversation-7');
  });
});
