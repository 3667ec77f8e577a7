import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerationResult } from '../../../../src-main/shared/api/index.ts';
import { runConcierge } from '../../../helpers/run-cli.ts';


// Each case spawns the real CLI (startup dominates), against a data folder with a tiny initialised model.
describe('concierge generate', { timeout: 180_000 }, () => {
  let dataDir: string;
  const inData = (...args: string[]) => runConcierge(['--data', dataDir, ...args]);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-generate-cli-'));
    const init = await inData('model', 'init', '--n-layer', '1', '--n-head', '2', '--n-embd', '16', '--n-positions', '64', '--activate');
    expect(init.code, init.stderr).toBe(0);
  }, 180_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('streams a continuation of the prompt from the active model, and --json prints the same result', async () => {
    const streamed = await inData('generate', 'Hello, my name is', '--max-new-tokens', '8', '--temperature', '0');
    expect(streamed.code, streamed.stderr).toBe(0);
    expect(streamed.stderr).toMatch(/8 tokens, length/);
    const json = await inData('generate', 'Hello, my name is', '--max-new-tokens', '8', '--temperature', '0', '--json');
    expect(json.code, json.stderr).toBe(0);
    const result: GenerationResult = JSON.parse(json.stdout);
    expect(result.sequences[0].tokenIds).toHaveLength(8);
    expect(streamed.stdout).toBe(`${result.sequences[0].text}\n`);
  });

  it('exits non-zero with one line when the options are wrong or the model does not exist', async () => {
    const badTokens = await inData('generate', 'Hi', '--max-new-tokens', '0');
    expect(badTokens.code).not.toBe(0);
    expect(badTokens.stderr).toMatch(/max-new-tokens/);
    const noModel = await inData('generate', 'Hi', '--model', 'no-such-model');
    expect(noModel.code).toBe(1);
    expect(noModel.stderr.trim().split('\n')).toHaveLength(1);
  });
});
