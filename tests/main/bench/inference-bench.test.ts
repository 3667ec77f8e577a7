import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInferenceBench, type InferenceBenchReport } from '../../../src-main/bench/inference-bench.ts';
import { formatFigures } from '../../../src-main/cli/commands/bench.ts';
import { QUANTIZED_ONNX_FILE } from '../../../src-main/model/model-folder.ts';
import { createTinyModel, type TinyModel } from '../../helpers/tiny-model.ts';

// `concierge bench inference` in small, on a tiny model the test writes (with its int8 copy, as every folder the
// app writes). No timing is asserted (timings are noisy): only that each precision's figures are there and positive,
// and that the int8 ÷ fp32 comparison says whether the greedy outputs were identical.
describe('runInferenceBench', () => {
  let tiny: TinyModel;

  beforeAll(async () => {
    tiny = await createTinyModel(7, 'tiny');
  });

  afterAll(async () => {
    await tiny?.remove();
  });

  const bench = (precision?: 'fp32' | 'int8' | 'both', runs = 2) =>
    runInferenceBench({
      models: [{ name: tiny.id, dir: tiny.dir }],
      precision,
      runs,
      newTokens: 12,
      threads: { intraOpThreads: 1 },
    });

  describe('both precisions (the default when the folder has the int8 copy)', () => {
    let report: InferenceBenchReport;

    beforeAll(async () => {
      report = await bench();
    });

    it('reports load, first token, ms/token median and p95 for fp32 and for int8 of the same model', () => {
      expect(report.runs).toBe(2);
      expect(report.results.map((row) => [row.shape, row.precision])).toEqual([
        ['tiny', 'fp32'],
        ['tiny', 'int8'],
      ]);
      for (const row of report.results) {
        for (const figure of ['onnx_mb', 'load_ms', 'ttft_ms', 'ms_per_token', 'ms_per_token_p95', 'tokens_per_s', 'ort_ms_per_token', 'overhead_ratio'] as const) {
          expect(row[figure], `${row.precision} ${figure}`).toBeGreaterThan(0);
        }
        expect(row.ms_per_token_p95).toBeGreaterThanOrEqual(row.ms_per_token);
        expect(row.new_tokens).toBeGreaterThan(1);
        // transformers.js and the raw ORT loop run the same graph: the same greedy tokens.
        expect(row.same_tokens).toBe(true);
      }
      // The int8 graph is the smaller file.
      const [fp32, int8] = report.results;
      expect(int8.onnx_mb).toBeLessThan(fp32.onnx_mb);
    });

    it('compares int8 with fp32: each ratio, and whether the greedy outputs were identical', () => {
      expect(report.int8_vs_fp32).toHaveLength(1);
      const comparison = report.int8_vs_fp32![0];
      expect(comparison).toMatchObject({ shape: 'tiny', same_output: expect.any(Boolean), matching_tokens: expect.any(Number) });
      for (const ratio of ['load_ratio', 'ttft_ratio', 'ms_per_token_ratio', 'ms_per_token_p95_ratio', 'ort_ms_per_token_ratio'] as const) {
        expect(comparison[ratio], ratio).toBeGreaterThan(0);
      }
      expect(comparison.matching_tokens).toBeLessThanOrEqual(12);
      if (comparison.same_output) expect(comparison.matching_tokens).toBe(report.results[0].new_tokens);
    });

    it('prints both precisions and the comparison as tables in the text output', () => {
      const text = formatFigures(report);
      expect(text).toMatch(/^results:\n.*precision.*ms_per_token_p95/m);
      expect(text).toMatch(/^int8_vs_fp32:\n.*ms_per_token_ratio.*same_output/m);
    });
  });

  describe('one precision', () => {
    it('keeps the single-precision report: its row, no comparison', async () => {
      const report = await bench('fp32', 1);
      expect(report.results).toEqual([expect.objectContaining({ shape: 'tiny', precision: 'fp32', same_tokens: true })]);
      expect(report.int8_vs_fp32).toBeUndefined();
    });

    it('benches fp32 alone when the folder has no int8 copy, and refuses int8 naming the command that adds it', async () => {
      const plain = await createTinyModel(8, 'plain');
      try {
        await rm(join(plain.dir, QUANTIZED_ONNX_FILE));
        const models = [{ name: plain.id, dir: plain.dir }];
        const threads = { intraOpThreads: 1 };
        const report = await runInferenceBench({ models, runs: 1, newTokens: 4, threads });
        expect(report.results.map((row) => row.precision)).toEqual(['fp32']);
        await expect(runInferenceBench({ models, precision: 'both', runs: 1, threads })).rejects.toMatchObject({
          name: 'InvalidInputError',
          message: expect.stringMatching(/concierge model quantize/),
        });
      } finally {
        await plain.remove();
      }
    });
  });
});
