/**
 * `concierge bench load --json` (`npm run bench:load`): web mode under load, through the real protocol.
 *
 * Starts `concierge serve` as a child process on port 0 with a new temporary data folder (the sample FAQ is
 * seeded; CONCIERGE_STARTER=off, so no starter model trains in the background) and activates a tiny random
 * GPT-2 (2 layers, 64 wide, GPT-2's real 50,257-token vocabulary) through the API, so drafts are really
 * generated and streamed by the inference worker, cheaply. Questions are customer wordings sorted by the mode
 * the server answers them in (its own `eval:run`): FAQ hits, and medium-confidence ones that get a draft.
 * Every client is one WebSocket with the launch token, as a browser tab on the served page.
 *
 *   load   --clients N (50) UIs ask back to back for --duration S (60) seconds, --generated-share (0.3) of the
 *          questions drafted. Per answer: sending → answer complete (a draft's last streamed piece and the reply).
 *          requests_per_s and p50/p95/p99 latency overall and per mode; ttft of drafts (the wait for the single
 *          inference worker); errors with their messages (must be 0); the server's RSS and peak (VmHWM).
 *   soak   --conversations N (2000) of --turns T (5) through --soak-clients C (8) UIs: FAQ hits, follow-ups and a
 *          few drafts (2 %); every 10th conversation the UI lists and reopens conversations, every 2nd is deleted.
 *          The server's RSS every 100 conversations; growth after the first 200 must stay under 10 %.
 * `--only load|soak` runs one of them; `--no-model` runs without a model (medium-confidence answers then quote the
 * closest FAQ answer, as the app does before it has one), which leaves the inference worker out of the figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInteger, UsageError } from '../cli/args.ts';
import type { BenchKind } from '../cli/commands/bench.ts';
import { pickQuestions } from './load-questions.ts';
import { runLoad, type LoadFigures } from './load-run.ts';
import { startServedWebMode } from './served-web-mode.ts';
import { runSoak, type SoakFigures } from './soak-run.ts';
import { WsApiClient } from './ws-api-client.ts';

export interface LoadBenchOptions {
  clients: number;
  durationS: number;
  generatedShare: number;
  conversations: number;
  turns: number;
  soakClients: number;
  /** Share of the soak's later turns asked from the medium-confidence pool (default 0.02). */
  soakGeneratedShare?: number;
  only?: 'load' | 'soak';
  /** The random GPT-2 that drafts (default TINY_MODEL); null runs without a model (drafts quote the FAQ). */
  model?: ModelShape | null;
  /** Added to the server's environment (tests: CONCIERGE_RENDERER_DIR). */
  serverEnv?: Record<string, string>;
  log?: (line: string) => void;
}

export interface LoadBenchReport {
  cores: number;
  load_average_before: number[];
  model: { layers: number; width: number; heads: number; vocabulary: number } | null;
  question_pools: { faq: number; generated: number; follow_ups: number };
  load?: LoadFigures;
  soak?: SoakFigures;
  /** How `concierge serve` ended on SIGTERM (0: it shut down cleanly). */
  server_exit_code: number | null;
}

const DEFAULT_LOAD_OPTIONS: LoadBenchOptions = {
  clients: 50,
  durationS: 60,
  generatedShare: 0.3,
  conversations: 2_000,
  turns: 5,
  soakClients: 8,
};

export interface ModelShape {
  nLayer: number;
  nHead: number;
  nEmbd: number;
}

/** Wide enough for real streaming and batching behaviour, small enough that a draft costs little CPU. */
const TINY_MODEL: ModelShape = { nLayer: 2, nHead: 4, nEmbd: 64 };
const SOAK_GENERATED_SHARE = 0.02;
const SOAK_SAMPLE_EVERY = 100;
const SOAK_WARMUP = 200;
const TURNS_PER_CONVERSATION = 5;

export async function runLoadBench(options: LoadBenchOptions): Promise<LoadBenchReport> {
  const log = options.log ?? ((line: string) => console.error(line));
  const loadBefore = loadavg().map((value) => Math.round(value * 100) / 100);
  const dataDir = await mkdtemp(join(tmpdir(), 'concierge-load-bench-'));
  try {
    log(`Starting concierge serve on ${dataDir} (load average ${loadBefore.join(', ')})…`);
    const server = await startServedWebMode(dataDir, { ...options.serverEnv, CONCIERGE_STARTER: 'off' });
    let report: Omit<LoadBenchReport, 'server_exit_code'>;
    try {
      const admin = await WsApiClient.connect(server.port, server.token);
      const shape = options.model === undefined ? TINY_MODEL : options.model;
      const version = shape && (await admin.invoke('model:init', { ...shape, nPositions: 1024, seed: 11, name: 'load-bench tiny', activate: true }));
      // A random model writes stray bytes in most drafts; the bench measures drafts as they stream, so they stand.
      if (version) await admin.invoke('settings:set', { replaceGarbledDrafts: false });
      const pools = await pickQuestions(admin);
      await admin.close();
      log(`${version ? `Model ${version.id} active` : 'No model'}; ${pools.faq.length} FAQ-hit and ${pools.generated.length} medium-confidence questions.`);

      report = {
        cores: cpus().length,
        load_average_before: loadBefore,
        model: shape && version && { layers: shape.nLayer, width: shape.nEmbd, heads: shape.nHead, vocabulary: version.config.vocabSize },
        question_pools: { faq: pools.faq.length, generated: pools.generated.length, follow_ups: pools.followUps.length },
      };
      if (options.only !== 'soak') {
        report.load = await runLoad(server, pools, {
          clients: options.clients,
          durationMs: options.durationS * 1000,
          generatedShare: options.generatedShare,
          turnsPerConversation: TURNS_PER_CONVERSATION,
          log,
        });
      }
      if (options.only !== 'load') {
        report.soak = await runSoak(server, pools, {
          conversations: options.conversations,
          turns: options.turns,
          clients: options.soakClients,
          generatedShare: options.soakGeneratedShare ?? SOAK_GENERATED_SHARE,
          sampleEvery: Math.min(SOAK_SAMPLE_EVERY, options.conversations),
          warmup: Math.min(SOAK_WARMUP, options.conversations),
          log,
        });
      }
    } catch (error) {
      await server.stop();
      const tail = server.stderrTail();
      throw tail.length ? new Error(`${(error as Error).message}\nServer log:\n${tail.join('\n')}`) : error;
    }
    return { ...report, server_exit_code: await server.stop() };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function parseShare(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !(value >= 0 && value <= 1)) throw new UsageError(`--generated-share must be a number from 0 to 1, got "${text}"`);
  return value;
}

export const loadBench: BenchKind = {
  summary:
    'web mode under load: 50 WebSocket clients for 60 s, then a 2,000-conversation memory soak\n' +
    '             [--clients 50] [--duration 60] [--generated-share 0.3] [--conversations 2000] [--turns 5]\n' +
    '             [--soak-clients 8] [--only load|soak] [--no-model]',
  options: {
    clients: { type: 'string' },
    duration: { type: 'string' },
    'generated-share': { type: 'string' },
    conversations: { type: 'string' },
    turns: { type: 'string' },
    'soak-clients': { type: 'string' },
    only: { type: 'string' },
    'no-model': { type: 'boolean' },
  },
  run({ values }) {
    const text = (name: string) => values[name] as string | undefined;
    const only = text('only');
    if (only !== undefined && only !== 'load' && only !== 'soak') throw new UsageError(`--only must be "load" or "soak", got "${only}"`);
    const defaults = DEFAULT_LOAD_OPTIONS;
    const integer = (name: string, fallback: number, max: number) => {
      const given = text(name);
      return given === undefined ? fallback : parseInteger(given, `--${name}`, 1, max);
    };
    return runLoadBench({
      clients: integer('clients', defaults.clients, 1_000),
      durationS: integer('duration', defaults.durationS, 3_600),
      generatedShare: parseShare(text('generated-share'), defaults.generatedShare),
      conversations: integer('conversations', defaults.conversations, 1_000_000),
      turns: integer('turns', defaults.turns, 100),
      soakClients: integer('soak-clients', defaults.soakClients, 1_000),
      only,
      model: values['no-model'] ? null : undefined,
    });
  },
};
