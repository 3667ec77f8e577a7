import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { TEMPLATE_FILE_NAME, ThresholdCalibrationState } from '../../../src-renderer/state/threshold-calibration.svelte.ts';

// The calibration template against the real app (SQLite in a temp folder, the sample FAQ) through its in-process client.
let dataDir: string;
let app: App;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'concierge-calibration-'));
  app = await createApp({ dataDir, seedSample: true });
});

afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const saved = async (state: ThresholdCalibrationState) => {
  const files: { fileName: string; content: string }[] = [];
  const made = await state.saveTemplate((fileName, content) => files.push({ fileName, content }));
  return { made, files };
};

describe('ThresholdCalibrationState', () => {
  describe('saveTemplate()', () => {
    it('saves a question set from the FAQ, in both its languages, that Calibrate can fit thresholds to as it is', async () => {
      const state = new ThresholdCalibrationState(app.client, (file) => `${file}?`);
      const { made, files } = await saved(state);
      expect(made).toBe(true);
      expect(files.map((file) => file.fileName)).toEqual([TEMPLATE_FILE_NAME]);
      const { cases } = JSON.parse(files[0].content) as { cases: { query: string; expect: string | null }[] };
      const { entries } = await app.client.invoke('faq:list', { limit: 1000 });
      const byRef = new Map(entries.map((entry) => [entry.ref, entry]));
      const inScope = cases.filter((item) => item.expect !== null);
      // Twelve of the entries' own questions, each expecting its entry, taken in turn from each language.
      expect(inScope).toHaveLength(12);
      for (const item of inScope) expect(byRef.get(item.expect)?.question).toBe(item.query);
      expect(inScope.map((item) => byRef.get(item.expect)!.lang)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 ? 'zh' : 'en')));
      // Spread over the list, not its first twelve.
      expect(new Set(inScope.map((item) => byRef.get(item.expect)!.category)).size).toBeGreaterThan(3);
      // Off-topic ones in each of the knowledge base's languages, whatever the UI's.
      const offTopic = cases.filter((item) => item.expect === null).map((item) => item.query);
      expect(offTopic).toEqual(expect.arrayContaining(['Write me a poem', '给我写一首诗']));
      expect(offTopic).toHaveLength(12);
      // The format eval reads, with enough of each kind to calibrate.
      const report = await app.client.invoke('eval:run', { cases, calibrate: true });
      expect(report.calibration?.suggested).toBeDefined();
      expect(report.unknown_refs ?? []).toEqual([]);
    });

    it('saves nothing, and says so, when no enabled entry has an external reference to expect', async () => {
      const { entries } = await app.client.invoke('faq:list', { limit: 1000 });
      await app.client.invoke('faq:delete', { ids: entries.map((entry) => entry.id) });
      await app.client.invoke('faq:create', { question: 'Do you open on Sundays?', answer: 'No.' });
      const { made, files } = await saved(new ThresholdCalibrationState(app.client, (file) => file));
      expect(made).toBe(false);
      expect(files).toEqual([]);
    });
  });
});
