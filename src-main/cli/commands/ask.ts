import { randomUUID } from 'node:crypto';
import { ANSWER_MODES, answerOnlyIn, type AnswerMode, type ChatReply, type Lang } from '../../shared/api/index.ts';
import { parseCommandArgs, parseInteger, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { emptyKnowledgeBaseNote, type KnowledgeBaseState } from '../empty-knowledge-base.ts';
import { sourceScore } from '../source-score.ts';
import { printJson, withClient } from '../with-app.ts';
import { terminalLine, terminalText } from '../terminal-text.ts';

export const askCommand: Command = {
  name: 'ask',
  usage: `Usage: concierge ask "QUESTION" [--conversation ID] [--force-mode faq|generated|handoff] [--json]

Answers from the knowledge base: the curated answer (faq), a draft written by the active model from the
top entries (generated; it streams as it is written), or a hand-off to a person (handoff, also queued for
review). Prints the answer, its mode, confidence and sources, what to do when the active model could not
write a draft (its files were deleted, or it needs more memory than is free), and a note when the knowledge
base has no enabled entry (every question is then handed off). The question and its answer are
kept as a conversation, as in the app's Chat (so ask needs a database it can write).

Options:
  --conversation ID   continue conversation ID (follow-up questions use its recent turns)
  --force-mode MODE   answer in this mode whatever the confidence (for evaluation and debugging)
  --json              print {"answer", "mode", "confidence", "sources": [{"id", "ref", "question", "score"}],
                      "model", "notice", "otherLanguage", "conversationId", "messageId",
                      "knowledgeBase": {"enabledEntries"}}; notice is null or
                      {"code", "message", "modelId", ...}; otherLanguage is "zh" or "en" when the FAQ answer
                      is quoted from an entry in the other language than the question, else null; a source
                      placed above sources with a higher score because its meaning is closer to the question
                      has "byMeaning": true; enabledEntries counts the entries questions are answered
                      from (0: every question is handed off)`,

  async run(args, leading) {
    const { values, positionals, global } = parseCommandArgs(
      args,
      { conversation: { type: 'string' }, 'force-mode': { type: 'string' } },
      leading,
    );
    if (!positionals.length) throw new UsageError('Give the question to ask');
    const forceMode = values['force-mode'];
    if (forceMode !== undefined && !(ANSWER_MODES as readonly string[]).includes(forceMode)) {
      throw new UsageError(`--force-mode must be one of ${ANSWER_MODES.join(', ')}, got "${forceMode}"`);
    }
    const conversationId = values.conversation === undefined ? undefined : parseInteger(values.conversation, 'ID', 1);
    const requestId = randomUUID();

    const reply = await withClient(global.dataDir, async (client) => {
      // A draft streams to the terminal as it is written (not with --json: stdout is one JSON document then).
      let streamed = '';
      const unsubscribe = global.json
        ? () => {}
        : client.on('chat:token', (event) => {
            if (event.requestId !== requestId) return;
            process.stdout.write(terminalText(event.text));
            streamed += event.text;
          });
      try {
        const result = await client.invoke('chat:send', {
          text: positionals.join(' '),
          conversationId,
          requestId,
          forceMode: forceMode as AnswerMode | undefined,
        });
        return { result, streamed, knowledgeBase: await client.invoke('faq:status', {}) };
      } finally {
        unsubscribe();
      }
    });
    const { message } = reply.result;
    if (global.json) return printJson(toJson(reply.result, reply.knowledgeBase));
    // A streamed draft is already on screen; its final text can differ (cut at a stop string, or replaced by a
    // hand-off or by the quoted answer), so the final text is printed again when it does.
    if (reply.streamed) process.stdout.write('\n');
    if (reply.streamed.trim() !== message.text.trim()) console.log(terminalText(message.text));
    console.log('');
    console.log(describe(reply.result, reply.knowledgeBase));
  },
};

function toJson({ message, conversation }: ChatReply, { enabledEntries }: KnowledgeBaseState) {
  return {
    answer: message.text,
    mode: message.mode,
    confidence: message.confidence,
    sources: message.sources.map(({ id, ref, question, score, byMeaning }) => ({ id, ref, question, score, byMeaning })),
    model: message.model,
    notice: message.notice,
    otherLanguage: answerOnlyIn(message),
    conversationId: conversation.id,
    messageId: message.id,
    knowledgeBase: { enabledEntries },
  };
}

const LANGUAGE_NAME: Record<Lang, string> = { zh: 'Chinese', en: 'English' };

function describe({ message, conversation }: ChatReply, knowledgeBase: KnowledgeBaseState): string {
  const lines = [
    `mode: ${message.mode}${message.handoffReason ? ` (${message.handoffReason})` : ''}   confidence: ${message.confidence?.toFixed(2)}   model: ${message.model ?? '-'}`,
  ];
  if (message.sources.length) {
    lines.push("sources (best first; the figure is the share of the question's words each contains):");
    for (const source of message.sources) {
      lines.push(`  #${source.id}  ${terminalLine(source.ref ?? '-')}  ${terminalLine(source.question)}  (${sourceScore(source)})`);
    }
  }
  if (message.notice) lines.push(`note: the active model could not write a draft. ${message.notice.message}`);
  const onlyIn = answerOnlyIn(message);
  if (onlyIn) lines.push(`note: this answer is only available in ${LANGUAGE_NAME[onlyIn]}.`);
  if (knowledgeBase.enabledEntries === 0) lines.push(`note: ${emptyKnowledgeBaseNote(knowledgeBase)}`);
  lines.push(`conversation: ${conversation.id}  (continue with --conversation ${conversation.id})`);
  return lines.join('\n');
}
