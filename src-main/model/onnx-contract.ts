// Checks that an ONNX file is a GPT-2 decoder transformers.js can drive (ARCHITECTURE.md "Models"):
// inputs input_ids, attention_mask, [position_ids], past_key_values.{i}.key|value (batch_size, H, past, D),
// [num_logits_to_keep int64 scalar: transformers.js feeds it when present, older exports lack it];
// outputs logits (…, vocab) and present.{i}.key|value. Loading it in ONNX Runtime also proves the file is whole.
import type * as Ort from 'onnxruntime-node';
import { InvalidInputError } from '../shared/errors.ts';
import { headDim, type Gpt2Config } from './gpt2-weights.ts';

export async function checkOnnxContract(modelPath: string, config: Gpt2Config): Promise<void> {
  // Loaded on first use: onnxruntime-node costs ~150 MB and a second of start-up to every command otherwise.
  const ort = await import('onnxruntime-node');
  let session: Ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(modelPath, { intraOpNumThreads: 1, graphOptimizationLevel: 'disabled' });
  } catch (error) {
    throw new InvalidInputError(`${modelPath} does not load in ONNX Runtime: ${firstLine(error)}`);
  }
  try {
    const fail = (why: string) => new InvalidInputError(`${modelPath}: ${why}`);
    const inputs = new Map(session.inputMetadata.map((m) => [m.name, m]));
    const outputs = new Map(session.outputMetadata.map((m) => [m.name, m]));
    for (const name of ['input_ids', 'attention_mask']) if (!inputs.has(name)) throw fail(`has no input "${name}"`);
    if (!outputs.has('logits')) throw fail('has no output "logits"');
    const keep = inputs.get('num_logits_to_keep');
    if (keep?.isTensor && (keep.type !== 'int64' || keep.shape.length !== 0)) {
      throw fail(`num_logits_to_keep must be an int64 scalar, is ${keep.type} [${keep.shape}]`);
    }
    const pastNames = [...inputs.keys()].filter((name) => name.startsWith('past_key_values.'));
    if (pastNames.length !== 2 * config.nLayer) {
      throw fail(`has ${pastNames.length / 2} layers of past_key_values, config.json says n_layer ${config.nLayer}`);
    }
    for (let i = 0; i < config.nLayer; i++) {
      for (const part of ['key', 'value']) {
        const past = inputs.get(`past_key_values.${i}.${part}`);
        if (!past) throw fail(`has no input "past_key_values.${i}.${part}"`);
        if (!outputs.has(`present.${i}.${part}`)) throw fail(`has no output "present.${i}.${part}"`);
        if (past.isTensor) {
          const [batch, heads, , dim] = past.shape;
          if (batch !== 'batch_size') throw fail(`past_key_values.${i}.${part} must name its first dim "batch_size"`);
          if (heads !== config.nHead || dim !== headDim(config)) {
            throw fail(
              `past_key_values.${i}.${part} is [${past.shape}], config.json needs ` +
                `[batch_size, ${config.nHead}, past_sequence_length, ${headDim(config)}]`,
            );
          }
        }
      }
    }
    const logits = outputs.get('logits')!;
    const vocab = logits.isTensor ? logits.shape.at(-1) : undefined;
    if (typeof vocab === 'number' && vocab !== config.vocabSize) {
      throw fail(`logits have ${vocab} entries, config.json says vocab_size ${config.vocabSize}`);
    }
  } finally {
    await session.release();
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
