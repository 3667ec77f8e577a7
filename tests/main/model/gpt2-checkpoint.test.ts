import { describe, expect, it } from 'vitest';
import { gpt2WeightsFromSafetensors } from '../../../src-main/model/gpt2-checkpoint.ts';
import { randomGpt2Weights, type Gpt2Config, type Gpt2Weights } from '../../../src-main/model/gpt2-weights.ts';
import { encodeSafetensors, parseSafetensors, type FloatTensor } from '../../../src-main/model/safetensors.ts';

// A tiny vocabulary: the checkpoint rules do not depend on the tokenizer.
const CONFIG: Gpt2Config = { vocabSize: 50, nPositions: 8, nEmbd: 8, nLayer: 2, nHead: 2, layerNormEpsilon: 1e-5 };
const weights = randomGpt2Weights(CONFIG, 3);

/** Stores `weights` the way transformers' GPT2LMHeadModel.save_pretrained() can: prefixed, with mask buffers. */
function hfStyle(source: Gpt2Weights, extra: [string, FloatTensor][] = []): Uint8Array {
  const tensors = new Map<string, FloatTensor>(extra);
  for (const [name, tensor] of source) tensors.set(`transformer.${name}`, tensor);
  for (let i = 0; i < CONFIG.nLayer; i++) {
    tensors.set(`transformer.h.${i}.attn.bias`, { shape: [1, 1, 8, 8], data: new Float32Array(64).fill(1) });
    tensors.set(`transformer.h.${i}.attn.masked_bias`, { shape: [], data: Float32Array.of(-1e4) });
  }
  return encodeSafetensors(tensors, { format: 'pt' });
}

describe('gpt2WeightsFromSafetensors()', () => {
  it('reads plain names', async () => {
    const read = await gpt2WeightsFromSafetensors(parseSafetensors(encodeSafetensors(weights)), CONFIG);
    expect([...read.keys()].sort()).toEqual([...weights.keys()].sort());
    for (const [name, tensor] of weights) expect(read.get(name)).toEqual(tensor);
  });

  it('strips the transformer. prefix and skips mask buffers and a tied lm_head', async () => {
    const file = parseSafetensors(hfStyle(weights, [['lm_head.weight', weights.get('wte.weight')!]]));
    const read = await gpt2WeightsFromSafetensors(file, CONFIG);
    expect(read.size).toBe(weights.size);
    expect(read.get('h.1.mlp.c_fc.weight')).toEqual(weights.get('h.1.mlp.c_fc.weight'));
  });

  it('reads half-precision checkpoints as float32', async () => {
    // F16 of 1.0 is 0x3c00: a hand-made file with every weight 1.0 in F16.
    const header: Record<string, unknown> = {};
    const parts: Buffer[] = [];
    let offset = 0;
    for (const [name, tensor] of weights) {
      const bytes = Buffer.alloc(tensor.data.length * 2);
      for (let i = 0; i < tensor.data.length; i++) bytes.writeUInt16LE(0x3c00, i * 2);
      header[name] = { dtype: 'F16', shape: tensor.shape, data_offsets: [offset, offset + bytes.length] };
      parts.push(bytes);
      offset += bytes.length;
    }
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(json.length));
    const read = await gpt2WeightsFromSafetensors(parseSafetensors(Buffer.concat([length, json, ...parts])), CONFIG);
    expect(read.get('ln_f.bias')!.data).toEqual(new Float32Array(8).fill(1));
  });

  it('rejects an untied lm_head', async () => {
    const other = { shape: [50, 8], data: new Float32Array(400).fill(0.5) };
    const file = parseSafetensors(hfStyle(weights, [['lm_head.weight', other]]));
    await expect(gpt2WeightsFromSafetensors(file, CONFIG, 'ckpt')).rejects.toThrow(
      /ckpt: lm_head.weight differs from wte.weight/,
    );
  });

  it('rejects weights that do not match the config', async () => {
    const file = parseSafetensors(encodeSafetensors(weights));
    await expect(gpt2WeightsFromSafetensors(file, { ...CONFIG, nLayer: 3 })).rejects.toThrow(/missing h.2.ln_1.weight/);
    await expect(gpt2WeightsFromSafetensors(file, { ...CONFIG, nLayer: 1 })).rejects.toThrow(/unexpected tensor "h.1/);
    await expect(gpt2WeightsFromSafetensors(file, { ...CONFIG, vocabSize: 51 })).rejects.toThrow(
      /wte.weight has shape \[50,8\].*expected \[51,8\]/,
    );
  });

  it('rejects a weight stored both with and without prefix', async () => {
    const tensors = new Map(weights);
    tensors.set('transformer.wte.weight', weights.get('wte.weight')!);
    await expect(gpt2WeightsFromSafetensors(parseSafetensors(encodeSafetensors(tensors)), CONFIG)).rejects.toThrow(
      /stored twice/,
    );
  });
});
