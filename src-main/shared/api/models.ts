import { z } from 'zod';
import type { ModelPrecision } from '../inference-protocol.ts';
import { channel } from './define.ts';

/** How a model version came to be. */
export type ModelSource = 'starter' | 'init' | 'import' | 'pull' | 'train';

/** A model version id: a lowercase slug, safe as a folder name (`models/<id>/`). */
export const MODEL_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const ModelId = z.string().regex(MODEL_ID_PATTERN, 'a model id is lowercase letters, digits and dashes');

/** The sentence of AbsolutePath's rule; input-issues.ts codes it `input.absolute-path`. */
export const ABSOLUTE_PATH_RULE = 'must be a full path, from the root of the disk, not one relative to the server\'s folder';

/**
 * A folder or file on the server's disk, named from the root: `/srv/models/gpt2`, `C:\models\gpt2`,
 * `\\host\share`. A relative path would be read against the server's own working folder, which a client
 * neither knows nor chose; the CLI resolves one against the user's folder before it calls.
 */
export const AbsolutePath = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^(?:\/|[A-Za-z]:[\\/]|\\\\)/, ABSOLUTE_PATH_RULE);

/** GPT-2 architecture numbers (GPT2Config's n_* fields). */
export interface ModelArchitecture {
  vocabSize: number;
  nPositions: number;
  nEmbd: number;
  nLayer: number;
  nHead: number;
  layerNormEpsilon: number;
}

export interface ModelVersion {
  id: string;
  name: string;
  source: ModelSource;
  /** The version it was fine-tuned from. */
  parentId: string | null;
  /** KB revision a trained version learned; null for versions not trained on the KB. */
  kbRevision: number | null;
  config: ModelArchitecture;
  /** Evaluation figures (e.g. valLoss, f1) recorded by training. */
  metrics: Record<string, number>;
  /** `safetensors`: weights + ONNX; `onnx`: an ONNX-only transformers.js copy (cannot be fine-tuned). */
  format: 'safetensors' | 'onnx';
  /** Hub repo or folder it came from, for pulls and imports. */
  origin: string | null;
  /** The hub commit a pulled version's files came from (40 hex digits); null for other versions, or a hub that did not say. */
  revision: string | null;
  sizeBytes: number;
  createdAt: string; // ISO 8601
  active: boolean;
  /**
   * True when the version is broken: its folder, or a file loading or training needs, was deleted behind the
   * app's back. It cannot be activated or answer until it is installed again.
   */
  missing: boolean;
  /** The files that are gone, as paths inside its folder (`onnx/model.onnx`); every needed file when the folder is. */
  missingFiles: string[];
  /** The whole folder is gone. */
  folderMissing: boolean;
  /**
   * The graphs its folder holds, in MODEL_PRECISIONS order: `fp32` (onnx/model.onnx) and `int8` (the int8 copy,
   * onnx/model_quantized.onnx). Without `int8` the version answers in fp32 even when inference.precision is int8;
   * `model:quantize` adds it to a version with weights (format `safetensors`).
   */
  precisions: ModelPrecision[];
}

/**
 * Why a model version cannot be used right now, carried as an error's `details` (and stored with an answer
 * whose draft could not be written), so a client can say what to do in its own language.
 */
export type ModelProblem =
  | { code: 'model-missing'; modelId: string; files: string[]; folderMissing: boolean }
  | { code: 'model-memory'; modelId: string; neededBytes: number; freeBytes: number };

/** The ModelProblem an error carries, or null. */
export function modelProblemOf(error: unknown): ModelProblem | null {
  const details = (error as { details?: { code?: unknown } } | null)?.details;
  return details?.code === 'model-missing' || details?.code === 'model-memory' ? (details as ModelProblem) : null;
}

/**
 * `exporting`: the ONNX graph is written from the weights; `quantizing`: the int8 copy (an install of a folder
 * without one, or `model:quantize`). Both run in a worker thread.
 */
export type ModelPullPhase =
  | 'resolving'
  | 'downloading'
  | 'verifying'
  | 'installing'
  | 'exporting'
  | 'quantizing'
  | 'done';

export interface ModelProgress {
  /** The `requestId` the caller gave `model:pull` / `model:import` / `model:quantize`. */
  requestId: string;
  phase: ModelPullPhase;
  /** File being downloaded (downloading phase). */
  file?: string;
  /** Bytes so far and in total, over all files of the pull. */
  receivedBytes: number;
  totalBytes: number;
}

const requestId = z.string().trim().min(1).max(100);
const name = z.string().trim().min(1).max(200);

export const modelChannels = {
  'model:list': channel(z.object({})).returns<ModelVersion[]>(),
  /**
   * Imports a GPT-2 folder: a safetensors checkpoint in Hugging Face layout, or an ONNX-only transformers.js copy.
   * What a checkpoint lacks (the ONNX graph, the int8 copy) is written in a worker thread, reported as
   * `model:progress` events with the same `requestId`.
   */
  'model:import': channel(
    z.object({
      path: AbsolutePath,
      name: name.optional(),
      activate: z.boolean().optional(),
      requestId: requestId.optional(),
    }),
  ).returns<ModelVersion>(),
  'model:activate': channel(z.object({ id: ModelId })).returns<ModelVersion>(),
  /**
   * Writes the int8 copy of a version (onnx/model_quantized.onnx) from its weights, in a worker thread, for
   * inference with precision int8. Versions the app writes or installs from weights have it already; this adds
   * it to older ones (an ONNX-only copy cannot have one). Progress streams as `model:progress` (phase
   * `quantizing`, then `done`) with the same `requestId`; a second call for a version being quantized is refused.
   */
  'model:quantize': channel(z.object({ id: ModelId, requestId: requestId.optional() })).returns<ModelVersion>(),
  /** Deletes a version and its folder; the active version cannot be deleted. */
  'model:delete': channel(z.object({ id: ModelId })).returns<{ id: string }>(),
  /**
   * Downloads `gpt2`, `distilgpt2` or `owner/name` from the hub (HF_ENDPOINT or huggingface.co), verifies it,
   * exports ONNX and registers it. Progress streams as `model:progress` events with the same `requestId`.
   */
  'model:pull': channel(
    z.object({
      repo: z.string().trim().min(1).max(200),
      name: name.optional(),
      activate: z.boolean().optional(),
      requestId: requestId.optional(),
    }),
  ).returns<ModelVersion>(),
  /** Writes a randomly initialised GPT-2 of the given shape as a new version (tests, benchmarks, from-scratch training). */
  'model:init': channel(
    z.object({
      nLayer: z.number().int().min(1).max(96),
      nHead: z.number().int().min(1).max(128),
      nEmbd: z.number().int().min(1).max(8192),
      nPositions: z.number().int().min(1).max(8192).optional(),
      seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
      name: name.optional(),
      activate: z.boolean().optional(),
    }),
  ).returns<ModelVersion>(),
};
