// AdamW (Loshchilov & Hutter) as in PyTorch's torch.optim.AdamW, plus global-norm clipping and
// gradient accumulation. Runs in plain JS over Float32Arrays: one pass for the norm, one for the update,
// which costs a few percent of a training step even at gpt2 size.

/** Named float32 tensors: weights or gradients, keyed by Hugging Face GPT-2 names. */
export type NamedTensors = ReadonlyMap<string, { readonly shape: readonly number[]; readonly data: Float32Array }>;
/** Gradients keyed like the weights; only `data` is read. */
export type NamedArrays = ReadonlyMap<string, { readonly data: Float32Array }>;

export interface AdamWConfig {
  beta1: number; // 0.9
  beta2: number; // 0.95 as in nanoGPT: steadier than 0.999 on short runs
  eps: number; // 1e-8
  weightDecay: number; // 0.1 as in nanoGPT; applied to matrices and embeddings only
  /** Clip the global gradient norm to this; 0 disables clipping. */
  maxGradNorm: number; // 1.0
}

export const DEFAULT_ADAMW: AdamWConfig = { beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1, maxGradNorm: 1 };

/** Biases and LayerNorm gains/biases (1-D tensors) are not decayed; matrices and embeddings are (nanoGPT's rule). */
export function isDecayed(shape: readonly number[]): boolean {
  return shape.length >= 2;
}

/** The moments and step count: everything a checkpoint needs to resume the optimizer exactly. */
export interface AdamWState {
  step: number;
  m: Map<string, Float32Array>;
  v: Map<string, Float32Array>;
}

export interface UpdateStats {
  /** Global L2 norm of the (scaled) gradient before clipping. */
  gradNorm: number;
  /** Factor the gradient was multiplied by to clip it (1 when not clipped). */
  clipCoef: number;
}

export class AdamW {
  readonly state: AdamWState;

  constructor(
    weights: NamedTensors,
    readonly config: AdamWConfig = DEFAULT_ADAMW,
    state?: AdamWState,
  ) {
    this.state = state ?? { step: 0, m: zerosLike(weights), v: zerosLike(weights) };
    for (const [name, w] of weights) {
      if (this.state.m.get(name)?.length !== w.data.length || this.state.v.get(name)?.length !== w.data.length) {
        throw new Error(`AdamW state does not match weight ${name}`);
      }
    }
  }

  /**
   * Updates `weights` in place from `grads` × `gradScale` (e.g. 1 / accumulated tokens), clipped to
   * `maxGradNorm`, at learning rate `lr`.
   */
  update(weights: NamedTensors, grads: NamedArrays, lr: number, gradScale = 1): UpdateStats {
    const { beta1, beta2, eps, weightDecay, maxGradNorm } = this.config;
    const gradNorm = gradScale * globalNorm(grads);
    const clipCoef = maxGradNorm > 0 && gradNorm > maxGradNorm ? maxGradNorm / (gradNorm + 1e-6) : 1;
    const scale = gradScale * clipCoef;
    const t = ++this.state.step;
    const bc1 = 1 - beta1 ** t;
    const bc2 = 1 - beta2 ** t;
    const stepSize = lr / bc1;
    const bc2Sqrt = Math.sqrt(bc2);
    for (const [name, w] of weights) {
      const g = grads.get(name)?.data;
      if (!g) throw new Error(`No gradient for weight ${name}`);
      const p = w.data;
      const m = this.state.m.get(name)!;
      const v = this.state.v.get(name)!;
      // Decoupled weight decay: shrink the weight itself, not the gradient.
      const decay = isDecayed(w.shape) ? 1 - lr * weightDecay : 1;
      for (let i = 0; i < p.length; i++) {
        const gi = g[i] * scale;
        const mi = beta1 * m[i] + (1 - beta1) * gi;
        const vi = beta2 * v[i] + (1 - beta2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        // PyTorch's form: p -= lr/bc1 · m / (sqrt(v)/sqrt(bc2) + eps)
        p[i] = p[i] * decay - (stepSize * mi) / (Math.sqrt(vi) / bc2Sqrt + eps);
      }
    }
    return { gradNorm, clipCoef };
  }
}

/** Global L2 norm over every gradient, summed in float64. */
export function globalNorm(grads: NamedArrays): number {
  let sum = 0;
  for (const { data: g } of grads.values()) {
    for (let i = 0; i < g.length; i++) sum += g[i] * g[i];
  }
  return Math.sqrt(sum);
}

function zerosLike(weights: NamedTensors): Map<string, Float32Array> {
  return new Map([...weights].map(([name, w]) => [name, new Float32Array(w.data.length)]));
}

/**
 * Sums micro-batch gradients weighted by their loss-token counts, so the result is the gradient of the
 * mean loss over all tokens of the optimizer step. A single micro-batch passes through without a copy.
 */
export class GradientAccumulator {
  private sums: Map<string, { data: Float32Array }> | null = null; // reused across steps: no 300 MB churn per step
  private first: NamedArrays | null = null;
  private firstWeight = 0;
  private count = 0;
  private total = 0;

  /** `grads` is the gradient of a mean loss over `tokens` tokens. */
  add(grads: NamedArrays, tokens: number): void {
    if (this.count === 0) {
      this.first = grads;
      this.firstWeight = tokens;
    } else {
      if (this.count === 1) this.materializeFirst();
      for (const [name, { data: g }] of grads) {
        const sum = this.sums!.get(name)!.data;
        for (let i = 0; i < g.length; i++) sum[i] += g[i] * tokens;
      }
    }
    this.count++;
    this.total += tokens;
  }

  /** The accumulated gradient and the scale that turns it into the mean; resets for the next step. */
  take(): { grads: NamedArrays; scale: number; tokens: number } {
    if (this.count === 0) throw new Error('No gradients accumulated');
    const result =
      this.count === 1
        ? { grads: this.first!, scale: 1, tokens: this.total }
        : { grads: this.sums!, scale: 1 / this.total, tokens: this.total };
    this.first = null;
    this.count = 0;
    this.total = 0;
    return result;
  }

  private materializeFirst(): void {
    this.sums ??= new Map([...this.first!].map(([name, g]) => [name, { data: new Float32Array(g.data.length) }]));
    for (const [name, { data: g }] of this.first!) {
      const sum = this.sums.get(name)!.data;
      for (let i = 0; i < g.length; i++) sum[i] = g[i] * this.firstWeight;
    }
    this.first = null;
  }
}
