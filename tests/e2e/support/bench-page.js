// Runs inside the page for tests/e2e/bench-ui.ts (installed as an init script, so the app's CSP allows it).
// Plain JavaScript: the project's TypeScript config for tests has no DOM types.

/** Types `query` into the KB search box; resolves with ms until the count shows `expected`. */
window.benchFilter = (query, expected) =>
  new Promise((resolve) => {
    const input = document.querySelector('input[type=search]');
    const count = document.querySelector('[data-testid=kb-count]');
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (count.textContent.trim() !== expected) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(count, { childList: true, characterData: true, subtree: true });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

/** Scrolls the KB table from top to bottom in 3 s; reports long tasks and frame gaps. */
window.benchScroll = () =>
  new Promise((resolve) => {
    const durations = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const body = document.querySelector('[role=table] .body');
    body.scrollTop = 0;
    const start = performance.now();
    let last = start;
    let frames = 0;
    let worst = 0;
    const step = (now) => {
      frames++;
      worst = Math.max(worst, now - last);
      last = now;
      const t = Math.min(1, (now - start) / 3000);
      body.scrollTop = t * (body.scrollHeight - body.clientHeight);
      if (t < 1) return requestAnimationFrame(step);
      setTimeout(() => {
        observer.disconnect();
        resolve({
          longTasks: durations.length,
          maxLongTaskMs: Math.round(Math.max(0, ...durations)),
          frames,
          worstFrameMs: Math.round(worst),
        });
      }, 500);
    };
    requestAnimationFrame(step);
  });

/** Paint timings of this page load, and the app's own marks (`concierge:app-mounted`). */
window.benchPaint = () =>
  Object.fromEntries(
    [...performance.getEntriesByType('paint'), ...performance.getEntriesByType('mark')].map((entry) => [entry.name, entry.startTime]),
  );

/**
 * Clicks the `index`th sidebar button; resolves with ms until the frame after the screen's heading
 * (`#<headingId>`) is in the page, i.e. the new screen is on its way to the display.
 */
window.benchNavigate = (index, headingId) =>
  new Promise((resolve) => {
    const start = performance.now();
    document.querySelectorAll('nav button')[index].click();
    const check = () => {
      if (document.getElementById(headingId)) requestAnimationFrame(() => resolve(performance.now() - start));
      else requestAnimationFrame(check);
    };
    check();
  });
