// The load: N customer UIs at once, each asking its next question as soon as the previous answer has
// completed (no think time, so this is the most a team of N could ask), for a fixed time.
import { loadavg } from 'node:os';
import { SeededRandom } from '../model/seeded-random.ts';
import { LoadClient } from './load-client.ts';
import type { QuestionPools } from './load-questions.ts';
import type { ServedWebMode } from './served-web-mode.ts';
import { TurnRecorder, type TurnFigures } from './turn-figures.ts';

export interface LoadOptions {
  clients: number;
  durationMs: number;
  /** Share of questions taken from the medium-confidence pool (answered with a model draft). */
  generatedShare: number;
  /** A client starts a new conversation after this many questions, as a person starting a new chat. */
  turnsPerConversation: number;
  log: (line: string) => void;
}

export interface LoadFigures extends TurnFigures {
  clients: number;
  duration_s: number;
  /** Wall time from the first question to the last answer (questions in flight at the deadline finish). */
  elapsed_s: number;
  rss_mb: { start: number; max_sampled: number; end: number };
  /** The server process's highest resident memory since it started (VmHWM). */
  peak_rss_mb: number;
  load_average_1m: { start: number; end: number };
  inference: {
    drafts: number;
    streamed_pieces_per_s: number;
    /** Little's law: drafts/s × mean draft latency; how many drafts were waiting or running on average. */
    mean_drafts_in_flight: number;
  };
  /** Other clients' `chat:token` events delivered to a client: web mode broadcasts every event to every socket. */
  foreign_token_events: number;
}

const SAMPLE_MS = 1_000;

export async function runLoad(server: ServedWebMode, pools: QuestionPools, options: LoadOptions): Promise<LoadFigures> {
  const clients = await Promise.all(
    Array.from({ length: options.clients }, (_, i) => LoadClient.connect(server.port, server.token, `load-${i}`)),
  );
  const recorder = new TurnRecorder();
  const startRss = server.memory().rssMb;
  let maxRss = startRss;
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, server.memory().rssMb)), SAMPLE_MS);
  const loadStart = loadavg()[0];
  const started = performance.now();
  const deadline = started + options.durationMs;
  const progress = setInterval(() => {
    const seconds = Math.round((performance.now() - started) / 1000);
    options.log(`load: ${seconds} s, ${recorder.outcomes.length} answers, ${recorder.errorCount} errors, RSS ${server.memory().rssMb} MiB`);
  }, 10_000);

  try {
    await Promise.all(
      clients.map(async (client, index) => {
        const random = new SeededRandom(index + 1);
        const pick = (items: string[]) => items[Math.floor(random.next() * items.length)];
        let conversationId: number | undefined;
        for (let turn = 0; performance.now() < deadline; turn++) {
          if (turn % options.turnsPerConversation === 0) conversationId = undefined;
          const pool = random.next() < options.generatedShare ? pools.generated : pools.faq;
          const outcome = await client.ask(pick(pool), conversationId);
          recorder.add(outcome);
          if (outcome.ok) conversationId = outcome.conversationId;
        }
      }),
    );
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
  }
  const elapsedMs = performance.now() - started;
  const memory = server.memory();
  const foreign = clients.reduce((sum, client) => sum + client.foreignTokenEvents, 0);
  await Promise.all(clients.map((client) => client.close()));

  const figures = recorder.figures(elapsedMs);
  const drafts = recorder.outcomes.filter((outcome) => outcome.ok && outcome.mode === 'generated');
  const pieces = drafts.reduce((sum, outcome) => sum + (outcome.ok ? outcome.streamedPieces : 0), 0);
  const meanDraftMs = drafts.reduce((sum, outcome) => sum + outcome.latencyMs, 0) / Math.max(1, drafts.length);
  return {
    clients: options.clients,
    duration_s: options.durationMs / 1000,
    elapsed_s: round2(elapsedMs / 1000),
    ...figures,
    rss_mb: { start: startRss, max_sampled: Math.max(maxRss, memory.rssMb), end: memory.rssMb },
    peak_rss_mb: memory.peakRssMb,
    load_average_1m: { start: round2(loadStart), end: round2(loadavg()[0]) },
    inference: {
      drafts: drafts.length,
      streamed_pieces_per_s: round2(pieces / (elapsedMs / 1000)),
      mean_drafts_in_flight: round2((drafts.length / (elapsedMs / 1000)) * (meanDraftMs / 1000)),
    },
    foreign_token_events: foreign,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
