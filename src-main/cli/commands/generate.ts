import { randomUUID } from 'node:crypto';
import type { GenerationParamsInput, GenerationResult } from '../../shared/api/index.ts';
import { parseCommandArgs, parseInteger, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { printJson, withClient } from '../with-app.ts';

export const generateCommand: Command = {
  name: 'generate',
  usage: `Usage: concierge generate "PROMPT" [--model ID] [--max-new-tokens N] [sampling options] [--json]

Continues PROMPT with a local GPT-2 model, offline, streaming the text as it is generated.
Ctrl+C stops the generation and keeps what was generated so far.

Options:
  --model ID                  model version (default: the active model; see "concierge model list")
  --max-new-tokens N          tokens to generate, 1-1024 (default 64)
  --temperature T             0 = greedy decoding (default 0.7)
  --top-k K                   sample from the K most likely tokens; 0 = all (default 50)
  --top-p P                   nucleus sampling mass, 0-1 (default 0.95)
  --repetition-penalty R      > 1 discourages repeats (default 1.1)
  --stop TEXT                 end before TEXT (repeatable)
  --num-return-sequences N    N drafts of the same prompt, 1-8 (needs temperature > 0)
  --seed S                    reproducible sampling
  --json                      print {"modelId", "promptTokens", "sequences": [{"text", "tokenIds",
                              "finishReason"}], "timings"} instead of streaming`,

  async run(args, leading) {
    const { values, positionals, global } = parseCommandArgs(
      args,
      {
        model: { type: 'string' },
        'max-new-tokens': { type: 'string' },
        temperature: { type: 'string' },
        'top-k': { type: 'string' },
        'top-p': { type: 'string' },
        'repetition-penalty': { type: 'string' },
        stop: { type: 'string', multiple: true },
        'num-return-sequences': { type: 'string' },
        seed: { type: 'string' },
      },
      leading,
    );
    if (!positionals.length) throw new UsageError('Give the prompt to continue');
    const prompt = positionals.join(' ');
    const params: GenerationParamsInput = {
      maxNewTokens: optionalInteger(values['max-new-tokens'], '--max-new-tokens', 1, 1024),
      temperature: optionalNumber(values.temperature, '--temperature'),
      topK: optionalInteger(values['top-k'], '--top-k', 0, 50_257),
      topP: optionalNumber(values['top-p'], '--top-p'),
      repetitionPenalty: optionalNumber(values['repetition-penalty'], '--repetition-penalty'),
      stop: values.stop,
      numReturnSequences: optionalInteger(values['num-return-sequences'], '--num-return-sequences', 1, 8),
      seed: optionalInteger(values.seed, '--seed', 0, 2 ** 31 - 1),
    };
    const requestId = randomUUID();

    const result = await withClient(global.dataDir, async (client) => {
      // Sequence 0 streams to the terminal; with --json stdout is one JSON document instead.
      const unsubscribe = global.json
        ? () => {}
        : client.on('generate:token', (event) => {
            if (event.requestId === requestId && event.sequence === 0) process.stdout.write(event.text);
          });
      const stop = () => void client.invoke('generate:cancel', { requestId });
      process.once('SIGINT', stop);
      try {
        return await client.invoke('generate:run', { requestId, prompt, model: values.model, params });
      } finally {
        process.off('SIGINT', stop);
        unsubscribe();
      }
    });
    if (global.json) return printJson(result);
    process.stdout.write('\n');
    printOtherDrafts(result);
    console.error(summary(result));
  },
};

function printOtherDrafts(result: GenerationResult): void {
  for (const [index, sequence] of result.sequences.entries()) {
    if (index > 0) console.log(`\n--- draft ${index + 1} ---\n${sequence.text}`);
  }
}

/** One line on stderr, so stdout holds only the generated text. */
function summary({ modelId, sequences, timings }: GenerationResult): string {
  const tokens = sequences.reduce((sum, sequence) => sum + sequence.tokenIds.length, 0);
  const reasons = [...new Set(sequences.map((sequence) => sequence.finishReason))].join(', ');
  return `[${modelId}: ${tokens} tokens, ${reasons}, first token ${Math.round(timings.firstTokenMs)} ms, ${timings.tokensPerSecond.toFixed(1)} tokens/s]`;
}

function optionalInteger(text: string | undefined, name: string, min: number, max: number): number | undefined {
  return text === undefined ? undefined : parseInteger(text, name, min, max);
}

function optionalNumber(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${name} must be a number, got "${text}"`);
  return value;
}
