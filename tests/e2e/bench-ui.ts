// UI benchmark (not a test), behind `concierge bench ui --json` (src-main/bench/ui-bench.ts), or run alone:
// npx vite build && npx tsx tests/e2e/bench-ui.ts. Against `concierge serve` in Debian's Chromium:
//   paint          first paint / first contentful paint of the served UI in fresh browser contexts, and when
//                  the Svelte app replaced the static shell (performance mark `concierge:app-mounted`)
//   kb             filter-as-you-type response and long tasks while scrolling, at 10,000 entries (long tasks
//                  are wall time; maxTaskCpuMs is the longest task's CPU time, which other load does not inflate)
//   training       API round trips over the WebSocket (faq:list and chat:send on FAQ hits) while a training
//                  run works in its worker, against the same calls before it starts; sidebar navigation
// Wall-clock figures on a shared machine: read them next to `load_average`.
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { startServedApp, type ServedApp } from './support/served-app.ts';
import { connectWsApi, type WsApiClient } from './support/ws-client.ts';

export interface UiBenchOptions {
  entries?: number;
  /** Fresh page loads for the paint figures. */
  loads?: number;
  /** Round trips per phase (idle, training). */
  roundTrips?: number;
  /** Progress lines (stderr from the CLI). */
  log?: (line: string) => void;
}

const SEARCH_DEBOUNCE_MS = 200; // KbList's debounce; reported separately from the response time
const QUERIES = ['order 123', 'case 42', 'number 9876', '退货', 'gift', 'rephrased 4321', 'order 7', 'answer 5000'];
/** A UI-like pace for the round trips: a user does not fire 100 calls a second (and the rate limit would). */
const ROUND_TRIP_GAP_MS = 40;
const SCREENS: [number, string][] = [[0, 'chat-heading'], [2, 'training-heading'], [3, 'models-heading'], [4, 'settings-heading'], [1, 'kb-heading']];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number) => Math.round(value * 10) / 10;
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const stats = (values: number[]) => ({
  median: round(quantile(values, 0.5)),
  p95: round(quantile(values, 0.95)),
  max: round(Math.max(...values)),
  n: values.length,
});

export async function runUiBench(options: UiBenchOptions = {}) {
  const { entries = 10_000, loads = 5, roundTrips = 200, log = () => {} } = options;
  const browser = await launchChromium();
  try {
    log('paint: fresh page loads');
    const paint = await withServer((server) => measurePaint(browser, server, loads));
    log(`kb: importing ${entries} entries, then filtering and scrolling`);
    const kb = await withServer((server) => measureKnowledgeBase(browser, server, entries));
    log('training: round trips idle, then while a run trains');
    const training = await withServer((server) => measureDuringTraining(browser, server, roundTrips, log));
    return { load_average: round(loadavg()[0]), cores: availableParallelism(), paint, kb, training };
  } finally {
    await browser.close();
  }
}

async function withServer<T>(work: (server: ServedApp) => Promise<T>): Promise<T> {
  const server = await startServedApp();
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

/** Each load in a new context: nothing cached, as on first launch. */
async function measurePaint(browser: Browser, server: ServedApp, loads: number) {
  const fp: number[] = [];
  const fcp: number[] = [];
  const mounted: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript({ path: join(import.meta.dirname, 'support', 'bench-page.js') });
    await page.goto(server.url);
    await page.getByTestId('kb-count').waitFor();
    const marks = await page.evaluate<Record<string, number>>('window.benchPaint()');
    fp.push(marks['first-paint']);
    fcp.push(marks['first-contentful-paint']);
    mounted.push(marks['concierge:app-mounted']);
    await context.close();
  }
  return {
    first_paint_ms: stats(fp),
    first_contentful_paint_ms: stats(fcp),
    app_mounted_ms: stats(mounted),
    load_average: round(loadavg()[0]),
  };
}

async function measureKnowledgeBase(browser: Browser, server: ServedApp, entries: number) {
  const rows = Array.from({ length: entries }, (_, i) =>
    JSON.stringify({
      question: `Customer question number ${i}: how do I handle order ${i % 500} with a refund, delivery or payment issue?`,
      answer: `Answer ${i}: open My orders, choose the order and follow the steps. Entry ${i} covers case ${i % 97}.`,
      category: `category-${i % 20}`,
      tags: [`tag-${i % 7}`],
      paraphrases: [`Rephrased question ${i} about order ${i % 500}`],
    }),
  ).join('\n');
  const importStart = performance.now();
  await server.invoke('faq:import', { fileName: 'bench.jsonl', content: rows });
  const importMs = performance.now() - importStart;

  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.addInitScript({ path: join(import.meta.dirname, 'support', 'bench-page.js') });
  await page.goto(server.url);
  await page.getByTestId('kb-count').waitFor();

  // Filter-as-you-type: time from the keystroke to the new count on screen, minus the debounce.
  const responses: number[] = [];
  const apiTimes: number[] = [];
  const fullTotal = (await server.invoke('faq:list', { limit: 1 })).total;
  const search = page.getByRole('searchbox', { name: 'Search entries' });
  for (const query of QUERIES) {
    await search.fill('');
    await page.waitForTimeout(400);
    const apiStart = performance.now();
    const { total } = await server.invoke('faq:list', { search: query, limit: 200 });
    apiTimes.push(performance.now() - apiStart);
    if (total === fullTotal) continue; // the count would not change: not measurable this way
    const expected = total === 1 ? '1 match' : `${total.toLocaleString('en')} matches`;
    const elapsed = await page.evaluate<number>(`window.benchFilter(${JSON.stringify(query)}, ${JSON.stringify(expected)})`);
    responses.push(elapsed - SEARCH_DEBOUNCE_MS);
  }
  await search.fill('');
  await page.waitForTimeout(500);

  // Scrolling: long tasks while the table scrolls through every row in 3 s. The first pass also fetches
  // pages; the second shows rendering alone.
  type ScrollReport = { longTasks: number; maxLongTaskMs: number; frames: number; worstFrameMs: number };
  // Traced as well: a task's CPU time on the page's main thread (trace `tdur`) does not grow when other
  // processes take the cores, unlike the long-task durations, which are wall time.
  const scrollPass = async () => {
    await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline'] });
    const report = await page.evaluate<ScrollReport>('window.benchScroll()');
    return { ...report, ...mainThreadTaskCpu(JSON.parse((await browser.stopTracing()).toString()) as TraceFile) };
  };
  const scrollFirst = await scrollPass();
  await page.waitForTimeout(2_000);
  const scrollAgain = await scrollPass();
  return {
    entries,
    import_ms: Math.round(importMs),
    filter_response_ms: stats(responses),
    filter_api_round_trip_ms: stats(apiTimes),
    scroll_fetching_pages: scrollFirst,
    scroll_pages_loaded: scrollAgain,
    load_average: round(loadavg()[0]),
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}
type TraceFile = { traceEvents: TraceEvent[] };

/**
 * The page's main-thread tasks in a trace: the longest one's CPU time, and how many took over 50 ms of CPU.
 * The page is the renderer main thread (CrRendererMain) that ran the most task CPU during the trace.
 */
function mainThreadTaskCpu({ traceEvents }: TraceFile) {
  const mainThreads = new Set(
    traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const byThread = new Map<string, number[]>();
  for (const event of traceEvents) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.name !== 'RunTask' || event.ph !== 'X' || !mainThreads.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), (event.tdur ?? 0) / 1000]);
  }
  const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
  const cpu = [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
  return { maxTaskCpuMs: Math.round(Math.max(0, ...cpu)), tasksOver50MsCpu: cpu.filter((ms) => ms > 50).length };
}

/** Cheap calls the UI makes all the time: the KB table's filter and a chat question the FAQ answers. */
async function timeRoundTrips(api: WsApiClient, count: number, questions: string[]) {
  const times: number[] = [];
  const modes = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    if (i % 2 === 0) {
      await api.invoke('faq:list', { search: questions[i % questions.length].split(/\s+/)[0], limit: 50 });
    } else {
      const reply = await api.invoke('chat:send', { text: questions[i % questions.length] });
      const mode = String(reply.message.mode);
      modes.set(mode, (modes.get(mode) ?? 0) + 1);
    }
    times.push(performance.now() - start);
    await sleep(ROUND_TRIP_GAP_MS);
  }
  return { ...stats(times), chat_modes: Object.fromEntries(modes) };
}

/** Sidebar clicks timed inside the page (no Playwright round trips), in sidebar order: [index, heading id]. */
async function timeNavigation(browser: Browser, server: ServedApp, rounds: number) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
  await page.addInitScript({ path: join(import.meta.dirname, 'support', 'bench-page.js') });
  await page.goto(server.url);
  await page.getByTestId('kb-count').waitFor();
  await page.waitForTimeout(2_000); // the split-out screens are prefetched by now
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [index, heading] of SCREENS) {
      times.push(await page.evaluate<number>(`window.benchNavigate(${index}, ${JSON.stringify(heading)})`));
      await page.waitForTimeout(100);
    }
  }
  await page.context().close();
  return stats(times);
}

async function measureDuringTraining(browser: Browser, server: ServedApp, roundTrips: number, log: (line: string) => void) {
  const api = await connectWsApi(server.url);
  try {
    const { entries } = await api.invoke('faq:list', { enabled: true, limit: 20 });
    const questions = entries.map((entry) => entry.question);
    if (questions.length === 0) throw new Error('The served app has no FAQ entries to ask about');
    await timeRoundTrips(api, 20, questions); // warm-up: statements prepared, indexes cached
    const idle = await timeRoundTrips(api, roundTrips, questions);
    const navigationIdle = await timeNavigation(browser, server, 4);

    // Many epochs so the run outlasts the measurement; it is cancelled afterwards.
    const run = await api.invoke('training:start', { epochs: 50, checkpointEvery: 1000, activate: 'never' });
    const ready = Date.now();
    for (;;) {
      const [current] = await api.invoke('training:runs', { limit: 1 });
      if (current.phase === 'training' && current.step >= 1) break;
      if (current.status !== 'running') throw new Error(`The training run stopped early: ${current.status} ${current.error ?? ''}`);
      if (Date.now() - ready > 300_000) throw new Error('The training run did not reach its first step in 5 min');
      await sleep(500);
    }
    log('training: the run is at its first step; timing round trips');
    const eventsBefore = api.eventCounts.get('training:progress') ?? 0;
    const started = performance.now();
    const busy = await timeRoundTrips(api, roundTrips, questions);
    const seconds = (performance.now() - started) / 1000;
    const progressEvents = (api.eventCounts.get('training:progress') ?? 0) - eventsBefore;
    const navigationBusy = await timeNavigation(browser, server, 4);
    const [during] = await api.invoke('training:runs', { limit: 1 });
    await api.invoke('training:cancel', { runId: run.id });
    return {
      idle_round_trip_ms: idle,
      training_round_trip_ms: busy,
      idle_navigation_ms: navigationIdle,
      training_navigation_ms: navigationBusy,
      training_still_running: during.status === 'running',
      training_steps_during_measurement: during.step,
      progress_events_per_second: round(progressEvents / seconds),
      load_average: round(loadavg()[0]),
    };
  } finally {
    api.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await runUiBench({ log: (line) => console.error(line) });
  console.log(JSON.stringify(figures, null, 2));
}
