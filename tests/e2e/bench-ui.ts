// UI benchmark (not a test): first paint, filter-as-you-type and scrolling at 10,000 entries, against
// `concierge serve` in Debian's Chromium. Prints JSON. Run: npx vite build && npx tsx tests/e2e/bench-ui.ts
import { join } from 'node:path';
import { launchChromium } from './support/browser.ts';
import { startServedApp } from './support/served-app.ts';

const ENTRIES = 10_000;
const SEARCH_DEBOUNCE_MS = 200; // KbList's debounce; reported separately from the response time
const QUERIES = ['order 123', 'case 42', 'number 9876', '退货', 'gift', 'rephrased 4321', 'order 7', 'answer 5000'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startServedApp();
const browser = await launchChromium();
try {
  const rows = Array.from({ length: ENTRIES }, (_, i) =>
    JSON.stringify({
      question: `Customer question number ${i}: how do I handle order ${i % 500} with a refund, delivery or payment issue?`,
      answer: `Answer ${i}: open My orders, choose the order and follow the steps. Entry ${i} covers case ${i % 97}.`,
      category: `category-${i % 20}`,
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
  const paint = await page.evaluate<Record<string, number>>('window.benchPaint()');

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

  // Scrolling: long tasks while the table scrolls through all 10,000 rows in 3 s. The first pass also
  // fetches every page; the second shows rendering alone.
  type ScrollReport = { longTasks: number; maxLongTaskMs: number; frames: number; worstFrameMs: number };
  const scrollPass = () => page.evaluate<ScrollReport>('window.benchScroll()');
  const scrollFirst = await scrollPass();
  await page.waitForTimeout(2_000);
  const scrollAgain = await scrollPass();

  console.log(
    JSON.stringify(
      {
        entries: ENTRIES,
        import_ms: Math.round(importMs),
        first_paint_ms: Math.round(paint['first-paint'] ?? Number.NaN),
        first_contentful_paint_ms: Math.round(paint['first-contentful-paint'] ?? Number.NaN),
        filter_response_ms: { median: Math.round(median(responses)), max: Math.round(Math.max(...responses)), n: responses.length },
        filter_api_round_trip_ms: { median: Math.round(median(apiTimes)), max: Math.round(Math.max(...apiTimes)) },
        scroll_fetching_pages: scrollFirst,
        scroll_pages_loaded: scrollAgain,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await server.stop();
}
