// Property tests (fast-check) draw random cases. In CI (CI=true) every property runs with one fixed seed, so the
// gate checks the same cases on every run and cannot turn red on a counterexample nobody's change introduced;
// locally each run draws a new seed and explores further, and fast-check prints the seed and path of a failure.
// FC_SEED=<seed> replays a failure (or pins the cases) anywhere.
import fc from 'fast-check';

const CI_SEED = 20_261_129;
const ci = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : ci ? CI_SEED : undefined;
if (seed !== undefined) {
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${process.env.FC_SEED}"`);
  fc.configureGlobal({ seed });
}
