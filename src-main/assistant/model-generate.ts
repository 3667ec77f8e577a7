import type { InferenceClient } from '../inference/inference-client.ts';
import type { LoadOptions } from '../model/model-registry.ts';
import type { AnswerSettings } from '../shared/api/chat.ts';
import type { ModelVersion } from '../shared/api/models.ts';
import type { GenerationParams, ModelRef } from '../shared/inference-protocol.ts';
import type { Generate } from './decide.ts';
import { PROMPT_STOP_STRINGS } from './prompt.ts';

/** `decide`'s generate function backed by the inference worker and one model version. */
function modelGenerate(
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
  active(): Promise<ModelVersion | null>;
  ready(version: ModelVersion, options: LoadOptions): ModelRef;
}

/**
 * The chat's generator: the active model version through the inference worker, or null when no model is
 * installed (drafts then quote the closest FAQ answer). When the active version cannot be loaded (files deleted
 * behind the app's back, not enough memory) the generator fails the way a failed model does, with the
 * registry's error, whose `details` say what to do.
 */
export function activeModelGenerator(
  models: ActiveModelSource,
  inference: Pick<InferenceClient, 'generate' | 'loadedModel'>,
): (settings: AnswerSettings, caller: string) => Promise<Generate | null> {
  return async (settings, caller) => {
    const version = await models.active();
    if (!version) return null;
    let model: ModelRef;
    try {
      model = models.ready(version, { loaded: inference.loadedModel });
    } catch (error) {
      return () => Promise.reject(error);
    }
    const params = { maxNewTokens: settings.maxNewTokens, temperature: settings.temperature };
    return modelGenerate(inference, model, params, caller);
  };
}
