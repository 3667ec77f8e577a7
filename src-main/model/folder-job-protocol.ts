// Messages between the main side (runFolderJob) and the model-folder worker thread: the CPU-heavy work on a
// model folder (exporting the ONNX graph, writing the int8 copy), which would otherwise stall the main thread
// (the API, the chat's streaming) for seconds on a distilgpt2-sized model.
// Request `{seq, request}`; reply `{type:'response', seq, error?, response}`; streaming `{type:'progress', seq, progress}`.
import type { SerializedError } from '../shared/errors.ts';

/** What a full disk is reported as (disk-space.ts diskError): a worker's ENOSPC loses its code crossing over. */
export interface DiskContext {
  /** What failed, e.g. `install model "gpt2"`. */
  what: string;
  /** The folder whose file system filled up. */
  dir: string;
  neededBytes?: number;
}

export type FolderJob =
  /**
   * completeModelFolder: the small files a Hugging Face folder lacks, the ONNX graph when there is none, and the
   * int8 copy when `quantize` and the folder has weights but no int8 copy.
   */
  | { type: 'complete'; dir: string; quantize: boolean; disk: DiskContext }
  /** quantizeModelFolder: (re)writes the int8 copy from model.safetensors. */
  | { type: 'quantize'; dir: string; disk: DiskContext };

export interface FolderJobResponses {
  complete: { exported: boolean; quantized: boolean };
  quantize: { path: string; sizeBytes: number };
}

export type FolderJobPhase = 'exporting' | 'quantizing';

export interface FolderJobRequestMessage {
  seq: number;
  request: FolderJob;
}

export type FolderJobWorkerMessage =
  | { type: 'progress'; seq: number; progress: { phase: FolderJobPhase } }
  | { type: 'response'; seq: number; error?: SerializedError; response?: unknown };
