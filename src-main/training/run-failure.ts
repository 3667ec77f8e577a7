// Why a training run stopped, in English and as a code the UI says in its language.
//
// ONNX Runtime reports an allocation it could not make as an ordinary error: "…BFCArena::AllocateRawInternal…
// Failed to allocate memory for requested buffer of size N", or std::bad_alloc from a kernel. The resource check
// before a run counts the memory free then; other programs may take it while the run works. That is a passing
// condition, not a broken run: the run keeps its last checkpoint and can resume once memory is free again.

import { messageCode, type CodedMessage } from '../shared/errors.ts';

const OUT_OF_MEMORY = /Failed to allocate memory|bad_alloc|out of memory/i;
const REQUESTED = /buffer of size (\d+)/;

/** What to tell the user when `error` is ONNX Runtime running out of memory at `step`; null for any other error. */
export function outOfMemoryMessage(error: unknown, step: number): CodedMessage | null {
  const text = error instanceof Error ? error.message : String(error);
  if (!OUT_OF_MEMORY.test(text)) return null;
  const requested = Number(REQUESTED.exec(text)?.[1] ?? 0);
  const gb = (requested / 1024 ** 3).toFixed(1);
  const size = requested > 0 ? ` (it asked for ${gb} GB more)` : '';
  const message =
    `Training ran out of memory at step ${step}${size}. Close other programs, then resume the run: it continues ` +
    'from its last checkpoint.';
  return requested > 0
    ? { message, code: 'training.out-of-memory-size', params: { step, gb } }
    : { message, code: 'training.out-of-memory', params: { step } };
}

/**
 * Why a run failed, for its history row and the live panel, when it did not run out of memory: the error's own
 * code (a full disk, a damaged checkpoint…) when it has one, else `training.failed` with the English as {detail}.
 */
export function failureReason(error: unknown): CodedMessage {
  const message = error instanceof Error ? error.message : String(error);
  const { code, params } = messageCode(error);
  if (code) return { message, code, ...(params && { params }) };
  return { message, code: 'training.failed', params: { detail: message } };
}
