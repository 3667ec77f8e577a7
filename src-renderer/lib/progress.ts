/**
 * How much of a progress bar is filled, 0 to 1, for `value` done out of `max`; null when `value` is not known (null or
 * undefined): the bar sweeps then. Nothing to measure against (`max` 0 or less, as for a run stopped before it counted
 * its steps) or a value that is not a finite number fills nothing: never a NaN or infinite width.
 */
export function progressFraction(value: number | null | undefined, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (!(max > 0) || !Number.isFinite(max) || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value / max));
}
