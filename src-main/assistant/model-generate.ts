import type { InferenceClient } from '../inference/inference-client.ts';
import type { AnswerSettings } from '../shared/api/chat.ts';
import type { GenerationParams, ModelRef } from '../shared/inference-protocol.ts';
import type { Generate } from './decide.ts';
import { PROMPT_STOP_STRINGS } from './prompt.ts';

/** `decide`'s generate function backed by the inference worker and one model version. */
export function modelGenerate(
  inference: Pick<InferenceClient, 'generate'>,
  model: ModelRef,
  params: Partial<GenerationParams>,
  caller?: string,
): Generate {
  return async ({ prompt, onToken, signal }) => {
    const result = await inference.generate({
      model,
      prompt,
      params: { ...params, stop: PROMPT_STOP_STRINGS, numReturnSequences: 1 },
      caller,
      signal,
      onToken: (token) => onToken(token.text),
    });
    const sequence = result.sequences[0];
    return { text: sequence?.text ?? '', model: result.modelId, cancelled: sequence?.finishReason === 'cancelled' };
  };
}

interface ActiveModelSource {
  active(): Promise<{ id: string; missing?: boolean } | null>;
  dir(id: string): string;
}

/**
 * The chat's generator: the active model version through the inference worker, or null when no model is
 * installed (or its folder has vanished), in which case drafts quote the closest FAQ answer instead.
 */
export function activeModelGenerator(
  models: ActiveModelSource,
  inference: Pick<InferenceClient, 'generate'>,
): (settings: AnswerSettings, caller: string) => Promise<Generate | null> {
  return async (settings, caller) => {
    const version = await models.active();
    if (!version || version.missing) return null;
    const params = { maxNewTokens: settings.maxNewTokens, temperature: settings.temperature };
    return modelGenerate(inference, { id: version.id, dir: models.dir(version.id) }, params, caller);
  };
}
