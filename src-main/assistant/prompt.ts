// The one prompt format of the assistant's model, shared by inference and by the training data set (the
// training engineer builds examples with the same function, so the model sees at inference exactly the
// layout it was fine-tuned on). The answer follows the prompt after one space and ends with <|endoftext|>.
//
//   Q: 如何申请退货？
//   A: 签收后30天内……
//   ###
//   Customer: How do refunds work?
//   Agent: Once your return reaches our warehouse …
//   Customer: how long does that take?
//   Agent:

export interface PromptEntry {
  question: string;
  answer: string;
}

export interface PromptTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface PromptInput {
  question: string;
  /** The FAQ entries the answer must stand on, best first. */
  context: readonly PromptEntry[];
  /** Earlier turns of the conversation, oldest first. */
  history?: readonly PromptTurn[];
}

/** Limits that keep a prompt well inside GPT-2's 1,024-token window (Chinese takes ~2 tokens a character). */
export const PROMPT_LIMITS = {
  contextEntries: 3,
  answerChars: 300,
  questionChars: 200,
  historyTurns: 2,
  historyChars: 150,
} as const;

/** Generation stops at any of these: the model starting the next turn or a new FAQ block. */
export const PROMPT_STOP_STRINGS = ['\nCustomer:', '\nAgent:', '\n###', '\nQ:'];

// GPT-2's tokenizer reads this literal as its end-of-text token: in customer or FAQ text it would end the
// prompt early or teach the model to stop, so it never reaches the model as text.
const END_OF_TEXT = /<\|endoftext\|>/g;
const plain = (text: string) => text.replace(END_OF_TEXT, ' ');

const clip = (text: string, max: number) => {
  const flat = plain(text).replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

export function buildPrompt({ question, context, history = [] }: PromptInput): string {
  const lines: string[] = [];
  for (const entry of context.slice(0, PROMPT_LIMITS.contextEntries)) {
    lines.push(`Q: ${clip(entry.question, PROMPT_LIMITS.questionChars)}`, `A: ${clip(entry.answer, PROMPT_LIMITS.answerChars)}`);
  }
  lines.push('###');
  for (const turn of history.slice(-PROMPT_LIMITS.historyTurns)) {
    lines.push(`${turn.role === 'user' ? 'Customer' : 'Agent'}: ${clip(turn.text, PROMPT_LIMITS.historyChars)}`);
  }
  lines.push(`Customer: ${clip(question, PROMPT_LIMITS.questionChars)}`, 'Agent:');
  return lines.join('\n');
}

/** The text the model is trained to produce after `buildPrompt(...)` (the caller appends <|endoftext|>). */
export function promptTarget(answer: string): string {
  return ` ${plain(answer).trim()}`;
}

/** A generated continuation cut at the first stop string and trimmed. */
export function completionText(generated: string): string {
  let end = generated.length;
  for (const stop of PROMPT_STOP_STRINGS) {
    const at = generated.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  return generated.slice(0, end).trim();
}
