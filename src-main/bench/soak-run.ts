// The soak: many whole conversations through a few UIs, mostly FAQ hits with follow-ups and a few drafts, while
// the server's resident memory is sampled; it must level off once the first conversations have warmed it up.
import { SeededRandom } from '../model/seeded-random.ts';
import { LoadClient } from './load-client.ts';
import type { QuestionPools } from './load-questions.ts';
import type { ServedWebMode } from './served-web-mode.ts';
import { TurnRecorder, type TurnFigures } from './turn-figures.ts';

export interface SoakOptions {
  conversations: number;
  turns: number;
  clients: number;
  /** Share of later turns taken from the medium-confidence pool (a model draft). */
  generatedShare: number;
  /** Conversations between two memory samples. */
  sampleEvery: number;
  /** Conversations before the baseline sample that growth is measured from (warm-up: caches, JIT, heap). */
  warmup: number;
  log: (line: string) => void;
}

export interface SoakFigures extends TurnFigures {
  conversations: number;
  turns: number;
  clients: number;
  /** Conversations deleted afterwards, as a person tidying the list would (every second one). */
  deleted: number;
  elapsed_s: number;
  /**
   * Per `sampleEvery` conversations: RSS when they were done, and the lowest and highest RSS read (every
   * 250 ms) while they ran. Drafts allocate large short-lived buffers (logits for every prompt position), so
   * single readings swing with the garbage collector; the floor is what stays allocated, and a leak lifts it.
   */
  memory_curve: { conversations: number; rss_mb: number; floor_mb: number; max_mb: number }[];
  /** Floor of the last interval against the floor of the interval that ends the warm-up. */
  growth_after_warmup_pct: number;
  /** The highest floor after the warm-up against that baseline. */
  max_growth_after_warmup_pct: number;
  /** The same for the readings at the marks themselves (noisier). */
  rss_growth_after_warmup_pct: number;
  peak_rss_mb: number;
}

/** Share of later turns that are short follow-ups ("How long does that take?") read with the earlier turns. */
const FOLLOW_UP_SHARE = 0.25;
/** How often the server's RSS is read between two marks (for the floor and the highest reading). */
const READ_MS = 250;
/** Every this many conversations the UI lists the conversations and reopens one (the history sidebar). */
const BROWSE_EVERY = 10;
const UI_LIST_LIMIT = 500;

export async function runSoak(server: ServedWebMode, pools: QuestionPools, options: SoakOptions): Promise<SoakFigures> {
  const clients = await Promise.all(
    Array.from({ length: options.clients }, (_, i) => LoadClient.connect(server.port, server.token, `soak-${i}`)),
  );
  const recorder = new TurnRecorder();
  const curve: SoakFigures['memory_curve'] = [];
  let next = 0;
  let done = 0;
  let deleted = 0;
  let floor = Infinity;
  let max = 0;
  const read = () => {
    const { rssMb } = server.memory();
    floor = Math.min(floor, rssMb);
    max = Math.max(max, rssMb);
    return rssMb;
  };
  const reader = setInterval(read, READ_MS);
  const started = performance.now();

  const converse = async (client: LoadClient, index: number, random: SeededRandom) => {
    const pick = (items: string[]) => items[Math.floor(random.next() * items.length)];
    let conversationId: number | undefined;
    for (let turn = 0; turn < options.turns; turn++) {
      const draw = random.next();
      const pool =
        turn === 0 ? pools.faq
        : draw < options.generatedShare ? pools.generated
        : draw < options.generatedShare + FOLLOW_UP_SHARE ? pools.followUps
        : pools.faq;
      const outcome = await client.ask(pick(pool), conversationId);
      recorder.add(outcome);
      if (outcome.ok) conversationId = outcome.conversationId;
    }
    if (conversationId === undefined) return;
    const id = conversationId;
    if (index % BROWSE_EVERY === 0) {
      await recorder.call(() => client.api.invoke('chat:conversations', { limit: UI_LIST_LIMIT }));
      await recorder.call(() => client.api.invoke('chat:messages', { conversationId: id }));
    }
    if (index % 2 === 0) {
      await recorder.call(async () => {
        if ((await client.api.invoke('chat:delete', { conversationId: id })).deleted) deleted++;
      });
    }
  };

  try {
    await Promise.all(
      clients.map(async (client, clientIndex) => {
        const random = new SeededRandom(1_000 + clientIndex);
        for (let index = next++; index < options.conversations; index = next++) {
          await converse(client, index, random);
          done++;
          if (done % options.sampleEvery === 0 || done === options.conversations) {
            const rssMb = read();
            curve.push({ conversations: done, rss_mb: rssMb, floor_mb: floor, max_mb: max });
            options.log(`soak: ${done} conversations, RSS ${rssMb} MiB (floor ${floor}, max ${max}), ${recorder.errorCount} errors`);
            floor = Infinity;
            max = 0;
          }
        }
      }),
    );
  } finally {
    clearInterval(reader);
  }
  const elapsedMs = performance.now() - started;
  await Promise.all(clients.map((client) => client.close()));

  const baseline = curve.find((point) => point.conversations >= options.warmup) ?? curve[0];
  const after = curve.filter((point) => point.conversations > baseline.conversations);
  const last = curve[curve.length - 1];
  const growth = (to: number, from: number) => Math.round(((to - from) / from) * 1000) / 10;
  return {
    conversations: options.conversations,
    turns: options.turns,
    clients: options.clients,
    deleted,
    elapsed_s: Math.round(elapsedMs / 100) / 10,
    ...recorder.figures(elapsedMs),
    memory_curve: curve,
    growth_after_warmup_pct: growth(last.floor_mb, baseline.floor_mb),
    max_growth_after_warmup_pct: growth(Math.max(baseline.floor_mb, ...after.map((point) => point.floor_mb)), baseline.floor_mb),
    rss_growth_after_warmup_pct: growth(last.rss_mb, baseline.rss_mb),
    peak_rss_mb: server.memory().peakRssMb,
  };
}
