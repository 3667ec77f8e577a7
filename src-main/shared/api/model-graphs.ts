// What graphs a model version's folder holds, in a module of its own without zod: `model list` and the Models
// screen both say it from here, and importing models.ts would bundle zod into the renderer.
import type { ModelPrecision } from '../inference-protocol.ts';

/**
 * What graphs a version's folder really holds, as `model list` and the Models screen both say it: `int8` is the int8
 * copy alone (a broken version whose onnx/model.onnx is gone), `none` neither graph. Said from `precisions`, never
 * assumed from the version's format or from `missing`.
 */
export type GraphsHeld = 'fp32+int8' | 'fp32' | 'int8' | 'none';

export function graphsHeld(precisions: readonly ModelPrecision[]): GraphsHeld {
  const fp32 = precisions.includes('fp32');
  const int8 = precisions.includes('int8');
  if (fp32) return int8 ? 'fp32+int8' : 'fp32';
  return int8 ? 'int8' : 'none';
}
