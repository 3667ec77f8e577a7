/** Learning-rate schedule: linear warmup, then cosine decay to `minLr` (nanoGPT's `get_lr`). */
export interface ScheduleConfig {
  /** Peak learning rate, reached at the end of warmup. */
  maxLr: number;
  /** Floor the cosine decays to; nanoGPT uses maxLr / 10. */
  minLr: number;
  /** Optimizer steps of linear warmup. */
  warmupSteps: number;
  /** Step at which decay reaches `minLr`; usually the run's total optimizer steps. */
  decaySteps: number;
}

/** The learning rate for optimizer step `step` (0-based). Pure, so a resumed run picks up exactly where it stopped. */
export function learningRate(step: number, cfg: ScheduleConfig): number {
  // Warmup: (step + 1) / (warmup + 1) never gives 0 at step 0, as in nanoGPT.
  if (step < cfg.warmupSteps) return (cfg.maxLr * (step + 1)) / (cfg.warmupSteps + 1);
  if (step >= cfg.decaySteps) return cfg.minLr;
  const ratio = (step - cfg.warmupSteps) / (cfg.decaySteps - cfg.warmupSteps);
  const coeff = 0.5 * (1 + Math.cos(Math.PI * ratio)); // 1 → 0
  return cfg.minLr + coeff * (cfg.maxLr - cfg.minLr);
}
